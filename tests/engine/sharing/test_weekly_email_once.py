"""The weekly statistics email is due Mondays 08:00 company time and goes out once per user
and week with a frozen clock: run twice, after a restart, after a missed Monday; only to
active managers who turned it on; a row a dead process left ``sending`` is never resent."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from talkpush_desktop.engine.analytics.series import Dashboard
from talkpush_desktop.engine.company import settings as company_settings
from talkpush_desktop.engine.sharing.weekly_email import due_week
from talkpush_desktop.engine.sharing.weekly_report import InlineImage
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.engine.workspace import Workspace

ZONE = "Asia/Manila"
PNG = b"\x89PNG\r\n\x1a\n-a-chart"
drawn: list[tuple[date, str]] = []


def charts(board: Dashboard, zone: str) -> list[InlineImage]:
    """Stands in for the views' chart cards (the CLI test draws the real ones)."""
    drawn.append((board.days[0], zone))
    return [InlineImage("overview", "overview.png", PNG), InlineImage("rates", "rates.png", PNG)]


def _utc(day: date, at: time) -> datetime:
    local = datetime.combine(day, at, tzinfo=ZoneInfo(ZONE))
    return local.astimezone(UTC).replace(tzinfo=None)


def test_due_week_turns_on_monday_at_eight_company_time() -> None:
    monday = date(2026, 12, 7)
    assert due_week(_utc(monday, time(7, 59)), ZONE) == date(2026, 11, 23)
    assert due_week(_utc(monday, time(8, 0)), ZONE) == date(2026, 11, 30)
    assert due_week(_utc(monday + timedelta(days=2), time(23, 0)), ZONE) == date(2026, 11, 30)
    assert due_week(_utc(monday + timedelta(days=7), time(8, 0)), ZONE) == monday
    # 08:00 in Manila is Sunday midnight UTC: the zone decides, not the machine's clock
    assert _utc(monday, time(8, 0)) == datetime(2026, 12, 7, 0, 0)
    assert due_week(datetime(2026, 12, 6, 23, 59), ZONE) == date(2026, 11, 23)


def _workspace(folder: Path) -> Workspace:
    ws = Workspace.open(data_dir=folder)
    ws.weekly_email.renderer = charts
    return ws


@pytest.fixture
def week(workspace_dir: Path) -> date:
    """A week of work in Manila: three added, two completed, one shortlisted and one
    rejected by the owner; the owner and Ana receive the email, Ben does not, Cy left."""
    with _workspace(workspace_dir) as ws:
        ws.company.rename("Acme BPO", ZONE)
        for name, email in (("Ana", "ana@acme.example"), ("Ben", "ben@acme.example")):
            ws.company.add_user(name, email)
        ws.company.add_user("Cy", "cy@acme.example")
        ws.company.set_user_active("cy@acme.example", False)
        camp = ws.campaigns.create("CSR Manila", hotline_country="PH")
        ids = [
            ws.intake.add_candidate(camp.id, first_name=n, email=f"{n}@example.com")
            for n in ("Mia", "Leo", "Sam")
        ]
        for cid in ids[:2]:
            ws.interview.complete(cid)
        ws.candidates.move([ids[0]], "Shortlisted")
        ws.candidates.move([ids[1]], "Rejected")
        start = company_settings.today(ZONE, utcnow())
        for email in ("ana@acme.example", "cy@acme.example"):
            ws.weekly_email.set_enabled(email, True)
        ws.weekly_email.set_enabled(_owner_email(ws), True)
    return start - timedelta(days=start.weekday())


def _owner_email(ws: Workspace) -> str:
    from sqlalchemy import select

    from talkpush_desktop.storage.models import User

    with ws.transaction() as s:
        return str(s.scalar(select(User.email).where(User.id == ws.user_id)))


def _inbox(ws: Workspace, address: str) -> list[str]:
    return [i.subject for i in ws.providers.sandbox_inbox(address) if i.channel == "email"]


def test_sent_once_per_user_and_week_across_reruns_restarts_and_a_missed_monday(
    workspace_dir: Path, week: date
) -> None:
    next_monday = week + timedelta(days=7)
    with _workspace(workspace_dir) as ws:
        owner = _owner_email(ws)
        before = ws.weekly_email.send_due(_utc(next_monday, time(7, 59)))
        assert before.week_start == week - timedelta(days=7)  # the week before: not this one
        assert sorted(before.sent) == sorted([owner, "ana@acme.example"])
        first = ws.weekly_email.send_due(_utc(next_monday, time(8, 0)))
        assert first.week_start == week and first.made == 2
        assert sorted(first.sent) == sorted([owner, "ana@acme.example"])
        again = ws.weekly_email.send_due(_utc(next_monday, time(8, 5)))
        assert (again.made, again.sent, again.failed) == (0, [], [])
        subjects = _inbox(ws, "ana@acme.example")
        assert len(subjects) == 2 and "Acme BPO: your weekly statistics" in subjects[-1]
        assert _inbox(ws, "ben@acme.example") == [] and _inbox(ws, "cy@acme.example") == []
    with _workspace(workspace_dir) as ws:  # a restart, later that Monday
        later = ws.weekly_email.send_due(_utc(next_monday, time(17, 0)))
        assert (later.made, later.sent) == (0, [])
        assert len(_inbox(ws, "ana@acme.example")) == 2
    with _workspace(workspace_dir) as ws:  # off all next Monday: goes out on Wednesday
        missed = ws.weekly_email.send_due(_utc(next_monday + timedelta(days=9), time(10, 0)))
        assert missed.week_start == next_monday and missed.made == 2
        twice = ws.weekly_email.send_due(_utc(next_monday + timedelta(days=9), time(10, 1)))
        assert twice.made == 0 and twice.sent == []
        assert len(_inbox(ws, "ana@acme.example")) == 3
    assert (week, ZONE) in drawn


def test_the_email_holds_the_week_and_waits_without_charts(workspace_dir: Path, week: date) -> None:
    monday = _utc(week + timedelta(days=7), time(9, 0))
    with Workspace.open(data_dir=workspace_dir) as ws:  # no renderer: nothing is sent yet
        waiting = ws.weekly_email.send_due(monday)
        assert waiting.sent == [] and waiting.waiting == 2
        assert _inbox(ws, "ana@acme.example") == []
    with _workspace(workspace_dir) as ws:
        done = ws.weekly_email.send_due(monday)
        assert done.made == 0 and len(done.sent) == 2  # made once, sent when charts can be
        body = ws.providers.sandbox_inbox("ana@acme.example")[-1].body
        assert "Added: 3" in body and "Completed: 2" in body
        assert "Shortlisted: 1" in body and "Rejected: 1" in body
        assert "Pass rate: 50 %" in body
        owner_body = ws.providers.sandbox_inbox(_owner_email(ws))[-1].body
        assert "2 decisions" in owner_body and "Within the 24-hour target" in owner_body
        assert "no decision" in body  # Ana decided nothing


def test_a_row_left_sending_by_a_dead_process_is_not_sent_again(
    workspace_dir: Path, week: date
) -> None:
    from sqlalchemy import update

    from talkpush_desktop.storage.models import WeeklyEmail

    monday = _utc(week + timedelta(days=7), time(9, 0))
    with Workspace.open(data_dir=workspace_dir) as ws:
        ws.weekly_email.send_due(monday)  # made, waiting for charts
        with ws.transaction() as s:
            s.execute(update(WeeklyEmail).values(state="sending"))  # the process died here
    with _workspace(workspace_dir) as ws:
        done = ws.weekly_email.send_due(monday)
        assert (done.made, done.sent) == (0, [])
        assert _inbox(ws, "ana@acme.example") == []
