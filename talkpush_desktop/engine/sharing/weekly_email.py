"""``ws.weekly_email``: the weekly statistics email to managers who turned it on.

Every Monday at 08:00 company time a week becomes due: the one that ended the Sunday
before. :meth:`WeeklyEmailService.send_due` (``weekly-email send-due``, and the window
while it is open) first makes one ``weekly_emails`` row per subscribed active user for
the due week (unique per user and week: a second run, a restart or another process finds
it made), then delivers the queued rows through the company's email provider. A machine
that was off on Monday morning sends it the next time it runs; only the latest due week
is made (a manager away three weeks gets one email, not three). A row is claimed
(``queued`` -> ``sending``) before it is handed over, so nothing is sent twice; a row left
``sending`` by a process that died is never resent.

The email's charts are drawn by the views' analytics charts: the caller gives the
renderer (:attr:`WeeklyEmailService.renderer`); without one the rows wait, queued. The
window checks :meth:`WeeklyEmailService.due` (two small queries) when it opens and every
few minutes, on the Qt thread where the charts can be drawn, and sends when it is.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from talkpush_desktop.engine.analytics import series as analytics
from talkpush_desktop.engine.analytics.series import Dashboard
from talkpush_desktop.engine.company import settings as company_settings
from talkpush_desktop.engine.context import Service
from talkpush_desktop.engine.errors import NotFoundError
from talkpush_desktop.engine.providers.base import Outgoing
from talkpush_desktop.engine.sharing import weekly_report
from talkpush_desktop.engine.sharing.staff_mail import QUEUED, SENDING, SENT, hand_over
from talkpush_desktop.engine.sharing.weekly_report import ChartRenderer, InlineImage
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.storage.models import Company, User, WeeklyEmail

SEND_AT = time(8, 0)
"""Monday's local time from which the past week's email is due."""


def due_week(now: datetime, zone: str) -> date:
    """The Monday starting the latest week whose email is due at ``now`` (naive UTC): the
    week before the latest Monday 08:00 in ``zone`` that has passed."""
    try:
        tz = ZoneInfo(zone or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        tz = ZoneInfo("UTC")
    local = now.replace(tzinfo=UTC).astimezone(tz)
    monday = local.date() - timedelta(days=local.weekday())
    if local.weekday() == 0 and local.time() < SEND_AT:
        monday -= timedelta(days=7)
    return monday - timedelta(days=7)


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


@dataclass(slots=True)
class SendReport:
    """What one :meth:`WeeklyEmailService.send_due` did."""

    week_start: date
    made: int = 0
    sent: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    waiting: int = 0

    def to_json(self) -> dict[str, object]:
        return {
            "week_start": self.week_start.isoformat(),
            "made": self.made,
            "sent": self.sent,
            "failed": self.failed,
            "waiting": self.waiting,
        }


class WeeklyEmailService(Service):
    """The weekly statistics emails of the acting company."""

    renderer: ChartRenderer | None = None
    """Draws the two charts (set by the window or the CLI); None: emails wait."""

    # -- who gets it ----------------------------------------------------------------------

    def set_enabled(self, email: str, on: bool) -> None:
        """Turn Receive Weekly Statistics Email on or off for a manager of the company."""
        with self._ctx.transaction() as s:
            self._user(s, email).weekly_stats_email = on

    def _user(self, s: Session, email: str) -> User:
        user = s.scalar(
            select(User).where(User.company_id == self._ctx.company_id, User.email == email.strip())
        )
        if user is None:
            raise NotFoundError(f"no user with the email {email.strip()!r} in this company")
        return user

    # -- the email --------------------------------------------------------------------------

    def _compose(
        self, s: Session, user: User, week: date
    ) -> tuple[weekly_report.WeeklyFigures, list[InlineImage]]:
        company = s.get(Company, self._ctx.company_id)
        board = analytics.dashboard(s, self._ctx.company_id, week, week + timedelta(days=6))
        figures = weekly_report.figures(
            board,
            company=company.name if company else "",
            reader=user.name,
            user_id=user.id,
            week_start=week,
            language=user.language or "en",
        )
        zone = company_settings.timezone(s, self._ctx.company_id)
        images = list(self.renderer(board, zone)) if self.renderer is not None else []
        return figures, images

    def due_board(self, now: datetime | None = None) -> tuple[Dashboard, str]:
        """The due week's dashboard and the company zone: what a caller whose charts must
        be drawn on another thread draws them from before :meth:`send_due`."""
        with self._ctx.transaction() as s:
            zone = company_settings.timezone(s, self._ctx.company_id)
            week = due_week(now or utcnow(), zone)
            end = week + timedelta(days=6)
            return analytics.dashboard(s, self._ctx.company_id, week, end), zone

    def preview(
        self, email: str, out: Path | str, now: datetime | None = None, week: date | None = None
    ) -> Path:
        """Write the email the manager would get for the week due now (or the week of
        ``week``) as one HTML file (charts as data URIs), whether or not they receive it."""
        with self._ctx.transaction() as s:
            user = self._user(s, email)
            zone = company_settings.timezone(s, self._ctx.company_id)
            week = due_week(now or utcnow(), zone) if week is None else _monday(week)
            figures, images = self._compose(s, user, week)
        uris = {
            i.cid: f"data:image/png;base64,{base64.b64encode(i.png).decode('ascii')}"
            for i in images
        }
        target = Path(out)
        partial = target.with_name(target.name + ".partial")
        partial.write_text(weekly_report.html(figures, uris.get), encoding="utf-8")
        partial.replace(target)
        return target

    # -- sending ----------------------------------------------------------------------------

    def due(self, now: datetime | None = None) -> bool:
        """Whether :meth:`send_due` has something to do: a subscribed active user without
        the due week's email, or an email still queued (two small queries)."""
        with self._ctx.reading() as s:
            week = due_week(now or utcnow(), company_settings.timezone(s, self._ctx.company_id))
            made = select(WeeklyEmail.id).where(
                WeeklyEmail.user_id == User.id, WeeklyEmail.week_start == week
            )
            missing = s.scalar(
                select(User.id)
                .where(
                    User.company_id == self._ctx.company_id,
                    User.active.is_(True),
                    User.weekly_stats_email.is_(True),
                    ~made.exists(),
                )
                .limit(1)
            )
            queued = s.scalar(
                select(WeeklyEmail.id)
                .where(WeeklyEmail.company_id == self._ctx.company_id, WeeklyEmail.state == QUEUED)
                .limit(1)
            )
        return missing is not None or queued is not None

    def send_due(self, now: datetime | None = None) -> SendReport:
        """Make the due week's rows (once per user and week) and send what is queued."""
        at = now or utcnow()
        with self._ctx.transaction() as s:
            week = due_week(at, company_settings.timezone(s, self._ctx.company_id))
            subscribed = list(
                s.execute(
                    select(User.id, User.email).where(
                        User.company_id == self._ctx.company_id,
                        User.active.is_(True),
                        User.weekly_stats_email.is_(True),
                    )
                )
            )
        report = SendReport(week)
        for user_id, email in subscribed:
            report.made += self._make(user_id, email, week, at)
        with self._ctx.reading() as s:
            queued = list(
                s.scalars(
                    select(WeeklyEmail.id).where(
                        WeeklyEmail.company_id == self._ctx.company_id,
                        WeeklyEmail.state == QUEUED,
                    )
                )
            )
        if self.renderer is None:
            report.waiting = len(queued)
            return report
        for row_id in queued:
            self._deliver(row_id, report, at)
        return report

    def _make(self, user_id: int, email: str, week: date, at: datetime) -> int:
        try:
            with self._ctx.transaction() as s:
                made = s.scalar(
                    select(WeeklyEmail.id).where(
                        WeeklyEmail.user_id == user_id, WeeklyEmail.week_start == week
                    )
                )
                if made is not None:
                    return 0
                s.add(
                    WeeklyEmail(
                        company_id=self._ctx.company_id,
                        user_id=user_id,
                        week_start=week,
                        recipient=email,
                        state=QUEUED,
                        created_at=at,
                    )
                )
            return 1
        except IntegrityError:  # another process made it at the same moment
            return 0

    def _deliver(self, row_id: int, report: SendReport, at: datetime) -> None:
        with self._ctx.transaction() as s:
            claimed = s.execute(
                update(WeeklyEmail)
                .where(WeeklyEmail.id == row_id, WeeklyEmail.state == QUEUED)
                .values(state=SENDING)
            )
            if not claimed.rowcount:  # type: ignore[attr-defined]
                return  # another process has it
            row = s.get(WeeklyEmail, row_id)
            assert row is not None
            user = s.get(User, row.user_id)
            assert user is not None
            figures, images = self._compose(s, user, row.week_start)
            row.subject = weekly_report.subject(figures)
            row.html = weekly_report.html(figures, lambda name: f"cid:{name}")
            outgoing = Outgoing(
                0,  # no outbox message: named by ``key``
                "email",
                row.recipient,
                weekly_report.text(figures),
                row.subject,
                row.html,
                figures.company,
                at,
                tuple((i.cid, i.filename, i.png) for i in images),
                f"weekly-{row.id}",
            )
        state, provider_id, error = hand_over(self._ctx, outgoing)
        with self._ctx.transaction() as s:
            row = s.get(WeeklyEmail, row_id)
            assert row is not None
            row.state, row.provider_id, row.error = state, provider_id, error[:1000]
            row.sent_at = at if state == SENT else None
        (report.sent if state == SENT else report.failed).append(outgoing.to)
