"""The texts of an ASSESSMENT_REMINDER campaign on the sandbox phone: the reminder goes
``assessmentFirstReminderDelayHours`` after the lead was added (not before), the post-call
text only after an answered call, each exactly once however often the pass runs; a lead
on the do-not-call list (or who already submitted) gets none; an in-doubt send is looked
up, not repeated."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy import select

from talkpush_desktop.engine.outbound.dialer.runner import Dialer
from talkpush_desktop.engine.providers.base import AmbiguousError, Outgoing, Sent
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.storage.models import CampaignLead, LeadSms

from .conftest import Body

READY, LATER, BLOCKED, DONE = "+12125550101", "+12125550102", "+12125550103", "+12125550104"
REMINDER = "Hi {first_name}, your {assessment_name} for {job_title} at {company} is waiting."
POST_CALL = "Thanks {first_name}! Here is your {assessment_name} again."
T0 = datetime(2026, 12, 7, 15, 0)  # 10:00 in New York


def texts(ws: Workspace, phone: str) -> list[str]:
    return [i.body for i in ws.providers.sandbox_inbox(phone) if i.channel == "sms"]


def rows(ws: Workspace) -> dict[tuple[int, str], tuple[str, str, datetime]]:
    with ws.transaction() as s:
        return {
            (r.lead_id, r.kind): (r.state, r.error, r.due_at) for r in s.scalars(select(LeadSms))
        }


def campaign(ws: Workspace, body: Body, start: datetime, delay: float, **details: str) -> int:
    job = {
        "assessmentTestId": "t-1",
        "jobTitle": "Software Engineer",
        "assessmentName": "Technical screen",
        "assessmentFirstReminderDelayHours": delay,
        "assessmentReminderSmsTemplate": REMINDER,
    } | details
    made = body(callStartTimeUtc=start.isoformat() + "Z", jobDetails=job)
    return ws.outbound.create(made).id


def add(ws: Workspace, campaign_id: int, phones: list[str]) -> dict[str, int]:
    leads = [
        {"email": f"l{i}@example.com", "firstName": f"Ann{i}", "phoneNumber": p}
        for i, p in enumerate(phones)
    ]
    ws.outbound.add_leads(campaign_id, {"leads": leads})
    found = ws.outbound.leads(campaign_id, limit=100).leads
    return {x.phone: x.id for x in found}


def run(ws: Workspace, at: datetime, **options: object) -> Dialer:
    dialer = Dialer(ws.context, clock=lambda: at, ring=timedelta(seconds=5), **options)  # type: ignore[arg-type]
    try:
        dialer.run_once()
    finally:
        dialer.close()
    return dialer


def test_reminder_goes_after_the_delay_once_and_skips_blocked(
    outbound_ws: Workspace, body: Body
) -> None:
    ws = outbound_ws
    cid = campaign(ws, body, datetime(2030, 1, 1, 15, 0), 48)
    ids = add(ws, cid, [READY, BLOCKED, DONE])
    ws.outbound.add_do_not_call(phone=BLOCKED)  # opted out after being added
    ws.outbound.set_assessment_submitted(cid, [ids[DONE]], True)
    due = rows(ws)[(ids[READY], "reminder")][2]
    with ws.transaction() as s:
        added = s.get(CampaignLead, ids[READY])
        assert added is not None and due == added.added_at + timedelta(hours=48)

    run(ws, due - timedelta(minutes=1))
    assert texts(ws, READY) == []
    assert {v[0] for v in rows(ws).values()} == {"due"}

    for _ in range(2):  # the pass runs twice: one text
        run(ws, due)
    expected = "Hi Ann0, your Technical screen for Software Engineer at "
    [sent] = texts(ws, READY)
    assert sent.startswith(expected) and sent.endswith(" is waiting.") and "{" not in sent
    assert texts(ws, BLOCKED) == [] and texts(ws, DONE) == []
    states = rows(ws)
    assert states[(ids[READY], "reminder")][0] == "sent"
    assert states[(ids[BLOCKED], "reminder")][:2] == ("skipped", "on the do-not-call list")
    assert states[(ids[DONE], "reminder")][0] == "skipped"
    run(ws, due + timedelta(days=3))
    assert len(texts(ws, READY)) == 1


def _answer(ws: Workspace, phone: str) -> None:
    waiting = [c for c in ws.calls.sandbox_incoming(phone) if c.state == "waiting"]
    for call in waiting:
        ws.calls.sandbox_answer(call.id, "1")


def test_post_call_text_only_after_an_answered_call(outbound_ws: Workspace, body: Body) -> None:
    ws = outbound_ws
    cid = campaign(
        ws, body, T0 + timedelta(seconds=3), 168, assessmentPostCallSmsTemplate=POST_CALL
    )
    ids = add(ws, cid, [READY, LATER, BLOCKED])
    ws.outbound.add_do_not_call(phone=BLOCKED)
    clock = {"now": T0}
    dialer = Dialer(ws.context, clock=lambda: clock["now"], ring=timedelta(seconds=5))
    try:
        dialer.run_once()
        clock["now"] = T0 + timedelta(seconds=3)
        assert dialer.run_once().placed == 2
        assert texts(ws, READY) == []  # ringing: no text yet
        _answer(ws, READY)
        for step in (4, 5, 6, 12, 20):
            clock["now"] = T0 + timedelta(seconds=step)
            dialer.run_once()
            _answer(ws, READY)
    finally:
        dialer.close()
    assert texts(ws, READY) == ["Thanks Ann0! Here is your Technical screen again."]
    assert texts(ws, LATER) == [] and texts(ws, BLOCKED) == []  # not answered; blocked
    kinds = {k for k in rows(ws) if k[1] == "post_call"}
    assert kinds == {(ids[READY], "post_call")}


class Doubtful:
    """A provider whose first send is ambiguous though it took the text."""

    kind = "twilio"
    reconcilable = True

    def __init__(self) -> None:
        self.sent: list[Outgoing] = []

    def send(self, message: Outgoing) -> Sent:
        self.sent.append(message)
        if len(self.sent) == 1:
            raise AmbiguousError("timed out after sending")
        return Sent(f"SM{len(self.sent)}")

    def find_sent(self, message: Outgoing) -> Sent | None:
        return Sent("SM1") if self.sent and self.sent[0].body == message.body else None

    def close(self) -> None:
        pass


def test_an_in_doubt_text_is_looked_up_not_sent_again(outbound_ws: Workspace, body: Body) -> None:
    ws = outbound_ws
    cid = campaign(ws, body, datetime(2030, 1, 1, 15, 0), 0)
    ids = add(ws, cid, [READY])
    provider = Doubtful()
    factory: Callable[[], Doubtful] = lambda: provider  # noqa: E731
    start = rows(ws)[(ids[READY], "reminder")][2] + timedelta(seconds=1)
    run(ws, start, sms_provider=factory)
    assert rows(ws)[(ids[READY], "reminder")][0] == "sending"
    run(ws, start + timedelta(seconds=30), sms_provider=factory)  # lease still held
    assert len(provider.sent) == 1
    run(ws, start + timedelta(minutes=5), sms_provider=factory)  # in doubt: looked up
    assert len(provider.sent) == 1
    assert rows(ws)[(ids[READY], "reminder")][0] == "sent"
