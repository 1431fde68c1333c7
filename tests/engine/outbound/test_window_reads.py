"""What the window reads beside the API's operations: leads pasted from a spreadsheet, the
next call time, leads per status and the outcomes over time of the chart."""

from __future__ import annotations

from datetime import datetime

from support.outbound_calls import finish_call

from talkpush_desktop.engine.outbound import outcome_series
from talkpush_desktop.engine.outbound.bodies.lead_files import parse
from talkpush_desktop.engine.workspace import Workspace
from tests.engine.outbound.conftest import Body


def test_rows_pasted_from_a_spreadsheet_without_a_header() -> None:
    text = "Ana Cruz\tana@example.com\t0917 123 4567\nJose\tReyes\tjose@example.com\n"
    assert parse(text) == {
        "leads": [
            {
                "firstName": "Ana",
                "lastName": "Cruz",
                "email": "ana@example.com",
                "phoneNumber": "0917 123 4567",
            },
            {"firstName": "Jose", "lastName": "Reyes", "email": "jose@example.com"},
        ]
    }
    assert parse("ana@example.com, https://www.linkedin.com/in/ana\n") == {
        "leads": [{"email": "ana@example.com", "linkedin": "https://www.linkedin.com/in/ana"}]
    }


def test_next_execution_is_the_first_call_or_retry_still_ahead(
    outbound_ws: Workspace, body: Body
) -> None:
    camp = outbound_ws.outbound.create(body(interest=True))
    first, retry, last = camp.execution_times()
    assert camp.next_execution(datetime(2026, 12, 1)) == first
    assert camp.next_execution(first) == first
    assert camp.next_execution(retry) == retry
    assert camp.next_execution(last.replace(year=2027)) is None


def test_outcomes_per_hour_and_leads_per_status(outbound_ws: Workspace, body: Body) -> None:
    out = outbound_ws.outbound
    camp = out.create(body(interest=True))
    emails = [f"lead{i}@example.com" for i in range(4)]
    ids = out.add_leads(camp.id, {"leads": [{"email": e} for e in emails]}).lead_ids
    finish_call(outbound_ws, camp.id, ids[0], digits="1", ended_at=datetime(2026, 12, 7, 1, 5))
    finish_call(outbound_ws, camp.id, ids[1], digits="2", ended_at=datetime(2026, 12, 7, 1, 50))
    finish_call(
        outbound_ws, camp.id, ids[2], outcome="machine", ended_at=datetime(2026, 12, 7, 3, 1)
    )
    series = out.outcomes_over_time(camp.id)
    assert series.hours == 1
    assert series.starts == tuple(datetime(2026, 12, 7, h) for h in (1, 2, 3))
    assert series.counts["Interested"] == (1, 0, 0)
    assert series.counts["NotInterested"] == (1, 0, 0)
    assert series.counts["NotReached"] == (0, 0, 1)
    assert series.total == 3
    assert out.lead_counts(camp.id) == {
        "Pending": 2,
        "Interested": 1,
        "NotInterested": 1,
        "NoAnswer": 0,
    }


def test_long_spans_count_per_local_day() -> None:
    ended = [
        (datetime(2026, 12, 6, 15, 0), "Answered"),  # Dec 6, 11 PM in Manila
        (datetime(2026, 12, 6, 17, 0), "Answered"),  # Dec 7, 1 AM
        (datetime(2026, 12, 10, 1, 0), "NotReached"),
    ]
    series = outcome_series.bucketed(ended, "Asia/Manila")
    assert series.hours == 24
    assert series.starts[0] == datetime(2026, 12, 5, 16, 0)
    assert len(series.starts) == 5
    assert series.counts["Answered"][:2] == (1, 1)
    assert series.counts["NotReached"][-1] == 1
