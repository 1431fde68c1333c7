"""``ws.dialer``: the company campaigns' dialer for the acting company.

The sync worker keeps one :class:`~.runner.Dialer` and runs a pass each round
(:mod:`engine.messaging.sync`); this service gives the same pass to a command, a test or
the window (:meth:`DialerService.run_once`), and answers Twilio's ``<Gather>`` of an IVR
call (:meth:`DialerService.gathered`) when the workspace has a public URL.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from talkpush_desktop.engine.context import Service
from talkpush_desktop.engine.errors import NotFoundError
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.storage.models import CallAttempt, CompanyCampaign

if TYPE_CHECKING:
    from talkpush_desktop.engine.outbound.dialer.runner import Dialer, DialReport

MAX_DIGITS = 64


class DialerService(Service):
    """Passes of the dialer, and the keys an IVR call's lead pressed.

    The dialer's modules load the Twilio SDK; they are imported when first used, so
    opening a workspace does not pay for them.
    """

    def dialer(self, *, clock: Callable[[], datetime] = utcnow, **options: Any) -> Dialer:
        """A dialer of this workspace's company (close it when done); ``options``: those
        of :class:`~.runner.Dialer` (``ring``, ``lease``, ``poll_every``...)."""
        from talkpush_desktop.engine.outbound.dialer.runner import Dialer

        return Dialer(self._ctx, clock=clock, **options)

    def run_once(
        self, *, clock: Callable[[], datetime] = utcnow, ring: timedelta | None = None
    ) -> DialReport:
        """One pass: place the due calls and follow the live ones."""
        options: dict[str, Any] = {"poll_every": 0.0} | ({"ring": ring} if ring else {})
        dialer = self.dialer(clock=clock, **options)
        try:
            return dialer.run_once()
        finally:
            dialer.close()

    def gathered(self, attempt_key: str, step: int, params: Mapping[str, str]) -> str:
        """What Twilio's ``<Gather>`` of step ``step`` heard on the attempt's call: the keys
        are kept with the attempt (the outcome reads them when the call ends); returns the
        TwiML of the call's next step (the next question, or the closing)."""
        from talkpush_desktop.engine.outbound.dialer import ivr
        from talkpush_desktop.engine.outbound.dialer.call_outcomes import read_reply
        from talkpush_desktop.engine.outbound.dialer.runner import plan_of

        with self._ctx.transaction() as s:
            row = s.scalar(
                select(CallAttempt).where(
                    CallAttempt.idempotency_key == attempt_key,
                    CallAttempt.company_id == self._ctx.company_id,
                )
            )
            campaign = s.get(CompanyCampaign, row.campaign_id) if row is not None else None
            if row is None or campaign is None:
                raise NotFoundError(f"no call attempt {attempt_key!r}")
            heard = ivr.gathered(params, step)
            key = heard.digits[:1] or read_reply("", heard.speech).key
            row.digits = (row.digits + (key or "-"))[:MAX_DIGITS]
            row.updated_at = utcnow()
            script = plan_of(campaign).script
            stop = key == "9"
            following = len(script.questions) if stop else step + 1
            return ivr.step_twiml(script, following, "")
