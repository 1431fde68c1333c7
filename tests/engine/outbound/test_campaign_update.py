"""Updating, pausing, resuming and finding company campaigns (aliases, 404s, companies)."""

from __future__ import annotations

import pytest
from support.two_companies import TwoCompanies

from talkpush_desktop.engine.outbound import shapes
from talkpush_desktop.engine.outbound.errors import OutboundError
from talkpush_desktop.engine.workspace import Workspace
from tests.engine.outbound.conftest import Body


def test_the_seed_update_example(outbound_ws: Workspace, body: Body) -> None:
    made = outbound_ws.outbound.create(body())
    changed = outbound_ws.outbound.update(
        str(made.id),
        {
            "title": "Q2 eng reminders (updated)",
            "assessmentReminderSmsTemplate": "Acme: finish your tech screen today.",
            "openingMessage": "Hi, calling from Acme about your assessment.",
        },
    )
    shown = shapes.detail(changed)
    assert shown["title"] == "Q2 eng reminders (updated)"
    assert shown["messages"]["openingMessage"] == "Hi, calling from Acme about your assessment."
    assert shown["assessment"]["assessmentReminderSmsTemplate"] == (
        "Acme: finish your tech screen today."
    )
    assert shown["assessment"]["jobTitle"] == "Software Engineer"  # untouched
    assert changed.updated_at >= made.updated_at


def test_aliases(outbound_ws: Workspace, body: Body) -> None:
    made = outbound_ws.outbound.create(body())
    ws = outbound_ws.outbound
    assert ws.update(made.id, {"campaignName": "By name"}).title == "By name"
    assert ws.update(made.id, {"header": {"title": "By header"}}).title == "By header"
    assert ws.update(made.id, {"jobName": "Staff Engineer"}).job_details["jobTitle"] == (
        "Staff Engineer"
    )
    both = ws.update(made.id, {"startMessage": "Hello.", "endMessage": "Bye."})
    assert (both.opening_message, both.closing_message) == ("Hello.", "Bye.")
    assert ws.update(made.id, {"callType": "aiCALL"}).call_type == "AICall"


def test_update_rules(outbound_ws: Workspace, body: Body) -> None:
    made = outbound_ws.outbound.create(body())
    cases = [
        ({}, {"body": '"value" must have at least 1 key'}),
        ({"status": "PAUSED"}, {"status": '"status" is not allowed'}),
        ({"header": {"name": "x"}}, {"header.name": '"name" is not allowed'}),
        ({"title": ""}, {"title": '"title" is not allowed to be empty'}),
        (
            {"assessmentPostCallSmsTemplate": "x" * 301},
            {
                "assessmentPostCallSmsTemplate": (
                    '"assessmentPostCallSmsTemplate" length must be less than or equal to 300'
                    " characters long"
                )
            },
        ),
        (
            {"phoneNumber": "+15557654321"},
            {"phoneNumber": '"phoneNumber" must be a VERIFIED caller ID of the company'},
        ),
    ]
    for change, details in cases:
        with pytest.raises(OutboundError) as err:
            outbound_ws.outbound.update(made.id, change)
        assert (err.value.code, err.value.details) == ("INVALID_REQUEST", details), change
    outbound_ws.outbound.add_caller_id("+15557654321")
    assert outbound_ws.outbound.update(made.id, {"phoneNumber": "+15557654321"}).phone_number == (
        "+15557654321"
    )


def test_sms_templates_on_another_purpose(outbound_ws: Workspace, body: Body) -> None:
    made = outbound_ws.outbound.create(body(interest=True))
    with pytest.raises(OutboundError) as err:
        outbound_ws.outbound.update(made.id, {"assessmentReminderSmsTemplate": "Hi"})
    assert err.value.code == "PURPOSE_NOT_ALLOWED_FOR_PARTNER"
    assert err.value.http_status == 400


def test_pause_and_resume(outbound_ws: Workspace, body: Body) -> None:
    made = outbound_ws.outbound.create(body())
    assert outbound_ws.outbound.pause(made.id).status == "PAUSED"
    assert outbound_ws.outbound.campaigns(status="PAUSED").total == 1
    assert outbound_ws.outbound.resume(made.id).status == "RUNNING"
    done = outbound_ws.outbound.create(body(status="COMPLETED"))
    with pytest.raises(OutboundError) as err:
        outbound_ws.outbound.pause(done.id)
    assert err.value.code == "PURPOSE_NOT_ALLOWED_FOR_PARTNER"


def test_list_filters_and_pages(outbound_ws: Workspace, body: Body) -> None:
    ids = [outbound_ws.outbound.create(body(title=f"C{i}")).id for i in range(3)]
    interest = outbound_ws.outbound.create(body(interest=True)).id
    page = outbound_ws.outbound.campaigns(limit=2, page=1)
    assert [c.id for c in page.campaigns] == [interest, ids[2]]
    assert page.pagination() == {"page": 1, "limit": 2, "total": 4, "totalPages": 2}
    assert [c.id for c in outbound_ws.outbound.campaigns(limit=2, page=3).campaigns] == []
    only = outbound_ws.outbound.campaigns(purpose_type="INTEREST_CHECK")
    assert [c.id for c in only.campaigns] == [interest]
    assert outbound_ws.outbound.campaigns(status="\x00").total == 0  # (PostgreSQL refuses NUL)
    assert outbound_ws.outbound.campaigns(purpose_type="SCHEDULE\x00").total == 0
    for page_no, limit, key in ((0, 20, "page"), (1, 101, "limit"), (1, 0, "limit")):
        with pytest.raises(OutboundError) as err:
            outbound_ws.outbound.campaigns(page=page_no, limit=limit)
        assert list(err.value.details) == [key]


def test_not_found_for_bad_ids_and_other_companies(two_companies: TwoCompanies, body: Body) -> None:
    with Workspace.open(data_dir=two_companies.folder) as acme:
        acme.outbound.add_site("Acme HQ", country="US", primary=True)
        acme.outbound.add_caller_id("+15551234567")
        site = acme.outbound.sites()[0].id
        made = acme.outbound.create(body(companySiteId=site))
        globex = acme.for_company(two_companies.b.id)
        try:
            for bad in (
                made.id,
                "abc",
                -1,
                0,
                True,
                "99999999999999999999",
                two_companies.a.campaign_id,
            ):
                with pytest.raises(OutboundError) as err:
                    globex.outbound.get(bad)
                assert (err.value.code, err.value.http_status) == ("NOT_FOUND", 404)
            with pytest.raises(OutboundError):
                globex.outbound.update(made.id, {"title": "x"})
            assert globex.outbound.campaigns().total == 0
        finally:
            globex.close()


def test_a_deleted_campaign_is_not_found(outbound_ws: Workspace, body: Body) -> None:
    made = outbound_ws.outbound.create(body())
    kept = outbound_ws.outbound.create(body(title="Kept"))
    assert outbound_ws.outbound.delete(str(made.id)) == made.id
    for act in (
        lambda: outbound_ws.outbound.get(made.id),
        lambda: outbound_ws.outbound.update(made.id, {"title": "x"}),
        lambda: outbound_ws.outbound.leads(made.id),
        lambda: outbound_ws.outbound.delete(made.id),
    ):
        with pytest.raises(OutboundError) as err:
            act()
        assert err.value.code == "NOT_FOUND"
    assert [c.id for c in outbound_ws.outbound.campaigns().campaigns] == [kept.id]
