"""Any JSON body is either accepted or refused with an OutboundError (never another
exception: the API would answer 500): generated bodies around the seed's create, update and
leads bodies, and values at the edges (huge numbers, far dates, Infinity)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from talkpush_desktop.engine.outbound.errors import OutboundError
from talkpush_desktop.engine.workspace import Workspace
from tests.engine.outbound.conftest import INTEREST, SEED_CREATE, Body

EDGES: list[Any] = [
    None,
    True,
    0,
    -1,
    10**30,
    -(10**30),
    10**400,
    1e308,
    float("inf"),
    float("nan"),
    "",
    " ",
    "x",
    "0001-01-01T00:00",
    "9999-12-31T23:59:59-05:00",
    "9999-12-31T23:59",
    "Jun 01, 2025 11:00 AM",
    "25:00",
    "12:00",
    [],
    {},
    [{}],
    {"time": "10:00", "delayDays": 10**20},
    "a" * 1000,
    "²",
    "12\x00",
]
json_values = st.recursive(
    st.sampled_from(EDGES) | st.text(max_size=20) | st.integers() | st.floats(),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)
KEYS = sorted(
    {
        *SEED_CREATE,
        *INTEREST,
        "callTime",
        "followUpRetries",
        "retryScheduleUtc",
        "callingWindow",
        "callsPerSecond",
        "questions",
        "status",
        "header",
        "campaignName",
        "startMessage",
        "assessmentFirstReminderDelayHours",
    }
)
NESTED = sorted({*SEED_CREATE["jobDetails"], "interviewSlots", "meetingUrl", "jobLocation"})


def _attempt(call: Any) -> None:
    try:
        call()
    except OutboundError:
        pass


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    changes=st.dictionaries(st.sampled_from(KEYS), json_values, max_size=4),
    nested=st.dictionaries(st.sampled_from(NESTED), json_values, max_size=3),
    interest=st.booleans(),
)
def test_create_and_update_never_fail_otherwise(
    outbound_ws: Workspace,
    body: Body,
    changes: dict[str, Any],
    nested: dict[str, Any],
    interest: bool,
) -> None:
    made = body(interest=interest)
    made.update(changes)
    if isinstance(made.get("jobDetails"), dict):
        made["jobDetails"].update(nested)
    _attempt(lambda: outbound_ws.outbound.create(made))
    camp = outbound_ws.outbound.campaigns(limit=1).campaigns
    if camp:
        _attempt(lambda: outbound_ws.outbound.update(camp[0].id, changes | {"jobDetails": nested}))


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    leads=st.lists(
        st.dictionaries(
            st.sampled_from(["email", "firstName", "lastName", "phoneNumber", "linkedin", "x"]),
            json_values,
            max_size=4,
        ),
        max_size=3,
    ),
    query=st.sampled_from(EDGES) | st.text(max_size=10),
)
def test_leads_never_fail_otherwise(
    outbound_ws: Workspace, body: Body, leads: list[Any], query: Any
) -> None:
    camp = outbound_ws.outbound.campaigns(limit=1).campaigns or [
        outbound_ws.outbound.create(body())
    ]
    _attempt(lambda: outbound_ws.outbound.add_leads(camp[0].id, {"leads": leads}))
    search = query if isinstance(query, str) else None
    _attempt(lambda: outbound_ws.outbound.leads(camp[0].id, search=search, status=search))
    _attempt(lambda: outbound_ws.outbound.leads(camp[0].id, page=query, limit=query))
    _attempt(lambda: outbound_ws.outbound.get(query))


@pytest.mark.parametrize("value", EDGES)
def test_edge_values_for_every_key(outbound_ws: Workspace, body: Body, value: Any) -> None:
    for key in KEYS:
        _attempt(lambda key=key: outbound_ws.outbound.create(body(**{key: value})))
    for key in NESTED:
        made = body()
        made["jobDetails"][key] = value
        _attempt(lambda made=made: outbound_ws.outbound.create(made))
