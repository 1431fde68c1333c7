"""The dialer end to end on the sandbox phone: an INTEREST_CHECK campaign whose call time
is a few seconds ahead with one retry; leads press 1, press 2, never answer (NoAnswer after
the retry); a lead outside its calling window waits for it; a do-not-call lead is skipped;
pressing 9 puts the number on the company's list, which another campaign honours at once."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select
from support.dialer_campaigns import add_leads, lead_state, make_campaign

from talkpush_desktop.engine.outbound.dialer.runner import Dialer
from talkpush_desktop.engine.outbound.errors import OutboundError
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.storage.models import CallAttempt, DoNotCall

from .conftest import Body

T0 = datetime(2026, 12, 7, 4, 0)  # noon in Manila, 23:00 in New York
PRESSES_1, PRESSES_2, SILENT = "+639171234501", "+639171234502", "+639171234503"
NEW_YORK, BLOCKED, OPTS_OUT = "+12127365000", "+639171234505", "+639171234506"


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now

    def at(self, seconds: float) -> None:
        self.now = T0 + timedelta(seconds=seconds)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def dialer(ws: Workspace, clock: Clock) -> Iterator[Dialer]:
    d = Dialer(ws.context, clock=clock, ring=timedelta(seconds=5))
    yield d
    d.close()


def answer(ws: Workspace, phone: str, keys: str) -> None:
    [waiting] = [c for c in ws.calls.sandbox_incoming(phone) if c.state == "waiting"]
    ws.calls.sandbox_answer(waiting.id, keys)


def attempts_of(ws: Workspace, lead_id: int) -> list[tuple[int, str, str]]:
    with ws.transaction() as s:
        rows = s.scalars(
            select(CallAttempt).where(CallAttempt.lead_id == lead_id).order_by(CallAttempt.id)
        )
        return [(r.attempt_no, r.state, r.outcome) for r in rows]


def lead_of(ws: Workspace, campaign: int, phone: str) -> tuple[int, str, str]:
    [lead] = [x for x in ws.outbound.leads(campaign, limit=100).leads if x.phone == phone]
    return lead.id, lead.status, lead.flow_status


def test_interest_check_end_to_end(outbound_ws: Workspace, body: Body, clock: Clock) -> None:
    """The issue's acceptance 2, through ws.outbound (create, leads, do-not-call) and
    ws.dialer, on the sandbox phone."""
    ws = outbound_ws
    campaign = ws.outbound.create(
        body(
            interest=True,
            callTime=None,
            followUpRetries=None,
            callStartTimeUtc=(T0 + timedelta(seconds=3)).isoformat() + "Z",
            retryScheduleUtc=[(T0 + timedelta(seconds=60)).isoformat() + "Z"],
        )
    ).id
    phones = [PRESSES_1, PRESSES_2, SILENT, NEW_YORK, BLOCKED]
    added = ws.outbound.add_leads(
        campaign,
        {"leads": [{"email": f"l{i}@example.com", "phoneNumber": p} for i, p in enumerate(phones)]},
    )
    assert added.added == 5
    ws.outbound.add_do_not_call(phone=BLOCKED)  # opted out elsewhere after being added
    ids = {p: lead_of(ws, campaign, p)[0] for p in phones}
    dialer = ws.dialer.dialer(clock=clock, ring=timedelta(seconds=5))
    try:
        first = dialer.run_once()
        assert (first.scheduled, first.placed) == (5, 0)  # not yet: the call time is ahead
        clock.at(3)
        report = dialer.run_once()
        assert (report.placed, report.skipped, report.waiting) == (3, 1, 1)
        call = ws.calls.sandbox_incoming(PRESSES_1)[0]
        assert "press 1" in call.script and call.script.startswith("Hi, press 1")
        assert ws.calls.sandbox_incoming(NEW_YORK) == []  # 23:00 there
        assert ws.calls.sandbox_incoming(BLOCKED) == []
        assert attempts_of(ws, ids[BLOCKED]) == [(1, "done", "skipped")]
        with pytest.raises(OutboundError, match="first outbound call"):  # schedule locked
            ws.outbound.update(campaign, {"callStartTimeUtc": "2026-12-08T04:00:00Z"})

        answer(ws, PRESSES_1, "1")
        answer(ws, PRESSES_2, "2")
        clock.at(4)
        assert dialer.run_once().finished == 2
        assert lead_of(ws, campaign, PRESSES_1)[1:] == ("Interested", "Completed")
        assert lead_of(ws, campaign, PRESSES_2)[1:] == ("NotInterested", "Completed")
        assert ws.calls.sandbox_incoming(PRESSES_1)[-1].script == "Thank you. Goodbye."
        assert lead_of(ws, campaign, SILENT)[1:] == ("Pending", "InProgress")

        clock.at(9)  # nobody picked up within the ring time: retried at the follow-up
        dialer.run_once()
        assert attempts_of(ws, ids[SILENT]) == [(1, "done", "no-answer")]
        clock.at(30)
        assert dialer.run_once().placed == 0
        assert attempts_of(ws, ids[SILENT])[-1] == (2, "queued", "")
        clock.at(60)
        assert dialer.run_once().placed == 1
        clock.at(66)
        dialer.run_once()
        assert lead_of(ws, campaign, SILENT)[1:] == ("NoAnswer", "Completed")
        assert attempts_of(ws, ids[SILENT]) == [(1, "done", "no-answer"), (2, "done", "no-answer")]

        clock.now = datetime(2026, 12, 7, 13, 0)  # 08:00 in New York: the window opens
        assert dialer.run_once().placed == 1
        answer(ws, NEW_YORK, "1")
        clock.now += timedelta(seconds=1)
        dialer.run_once()
    finally:
        dialer.close()
    assert lead_of(ws, campaign, NEW_YORK)[1:] == ("Interested", "Completed")
    assert lead_of(ws, campaign, BLOCKED)[1:] == ("Pending", "Completed")
    for phone in (PRESSES_1, PRESSES_2, NEW_YORK):  # exactly one call each
        assert [a[0] for a in attempts_of(ws, ids[phone])] == [1]
    shown = ws.outbound.attempts(campaign, ids[PRESSES_1])
    assert [(a.outcome, a.digits) for a in shown] == [("answered", "1")]


def test_pressing_9_blocks_the_number_for_every_campaign(
    ws: Workspace, clock: Clock, dialer: Dialer
) -> None:
    first = make_campaign(ws, T0, title="First")
    later = make_campaign(ws, T0 + timedelta(seconds=20), title="Second")
    [lead] = add_leads(ws, first, [OPTS_OUT], T0)
    with ws.transaction() as s:
        from talkpush_desktop.storage.models import CampaignLead

        s.add(
            CampaignLead(
                company_id=ws.company_id,
                campaign_id=later,
                email="same@example.com",
                email_key="same@example.com",
                phone=OPTS_OUT,
                added_at=T0,
                updated_at=T0,
            )
        )
    assert dialer.run_once().placed == 1
    answer(ws, OPTS_OUT, "9")
    clock.at(1)
    dialer.run_once()
    assert lead_state(ws, lead) == ("NotInterested", "Completed")
    with ws.transaction() as s:
        assert s.scalars(select(DoNotCall.phone)).all() == [OPTS_OUT]
    clock.at(20)  # the second campaign's lead was queued before; checked when dialling
    report = dialer.run_once()
    assert (report.placed, report.skipped) == (0, 1)
    assert len(ws.calls.sandbox_incoming(OPTS_OUT)) == 2  # the question and the closing


def test_answers_to_campaign_calls_are_not_chat_replies(
    ws: Workspace, clock: Clock, dialer: Dialer
) -> None:
    import asyncio

    from talkpush_desktop.engine.messaging.sync import SyncWorker

    campaign = make_campaign(ws, T0)
    add_leads(ws, campaign, [PRESSES_1], T0)
    dialer.run_once()
    answer(ws, PRESSES_1, "1")
    worker = SyncWorker(ws.context, clock=clock)
    try:
        assert asyncio.run(worker.pull()) == 0  # no inquiry is made of the lead's keys
    finally:
        worker.close()
