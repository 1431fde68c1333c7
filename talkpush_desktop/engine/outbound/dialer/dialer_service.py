"""``ws.dialer``: the company campaigns' dialer for the acting company.

The sync worker keeps one :class:`~.runner.Dialer` and runs a pass each round
(:mod:`engine.messaging.sync`); this service gives the same pass to a command, a test or
the window (:meth:`DialerService.run_once`), and answers Twilio's ``<Gather>`` of an IVR
or AI call (:meth:`DialerService.gathered`) when the workspace has a public URL.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from talkpush_desktop.engine.context import Service
from talkpush_desktop.engine.errors import NotFoundError
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.storage.models import CallAttempt, CampaignLead, CompanyCampaign

if TYPE_CHECKING:
    from talkpush_desktop.engine.outbound.dialer.runner import Dialer, DialReport
    from talkpush_desktop.engine.outbound.dialer.sandbox_line import CallPlan

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

    def attempt_company(self, attempt_key: str) -> int:
        """The company whose call attempt this is (Twilio's callback names no company);
        NotFoundError for an unknown key."""
        with self._ctx.reading() as s:
            found = s.scalar(
                select(CallAttempt.company_id).where(CallAttempt.idempotency_key == attempt_key)
            )
        if found is None:
            raise NotFoundError(f"no call attempt {attempt_key!r}")
        return int(found)

    def _public_url(self) -> str:
        from talkpush_desktop.engine.company.public_url import public_url

        with self._ctx.reading() as s:
            return public_url(s, self._ctx.company_id)

    def gather_url(self, attempt_key: str, step: int) -> str:
        """The address step ``step``'s ``<Gather>`` posts to ("" without a public URL)."""
        from talkpush_desktop.engine.outbound.dialer import ivr

        return ivr.action_url(self._public_url(), attempt_key, step)

    def status_url(self, attempt_key: str) -> str:
        """The address the attempt's call posts its status to ("" without a public URL)."""
        from talkpush_desktop.engine.outbound.dialer.call_status import status_url

        return status_url(self._public_url(), attempt_key)

    def call_status(self, attempt_key: str, params: Mapping[str, str]) -> bool:
        """Twilio's status callback of the attempt's call: a final ``CallStatus`` finishes
        the attempt now, as the dialer's poll would (:mod:`.call_status`); True when it
        did. A callback naming another call than the attempt's changes nothing."""
        from talkpush_desktop.engine.outbound.dialer.call_status import finish_reported, reported

        found = reported(params)
        with self._ctx.transaction() as s:
            row, _campaign = self._attempt(s, attempt_key)
            if row.provider_call_sid and found.sid != row.provider_call_sid:
                return False
            if not row.provider_call_sid and found.sid:  # ended before the SID was kept
                row.provider_call_sid = found.sid
            return finish_reported(s, row.id, row.digits, found, utcnow())

    def signed_by_twilio(self, url: str, params: Mapping[str, str], signature: str) -> bool:
        """Whether ``X-Twilio-Signature`` signs this request to ``url`` with the voice
        service's auth token (a callback anybody else sends is refused)."""
        from twilio.request_validator import RequestValidator

        from talkpush_desktop.engine.interview.call_line import voice_info

        info = voice_info(self._ctx)
        token = self._ctx.secrets.get(str(info.settings.get("secret_ref", ""))) or ""
        if info.kind != "twilio" or not token or not signature or not url:
            return False
        return bool(RequestValidator(token).validate(url, dict(params), signature))

    def _attempt(self, s: Session, attempt_key: str) -> tuple[CallAttempt, CompanyCampaign]:
        row = s.scalar(
            select(CallAttempt).where(
                CallAttempt.idempotency_key == attempt_key,
                CallAttempt.company_id == self._ctx.company_id,
            )
        )
        campaign = s.get(CompanyCampaign, row.campaign_id) if row is not None else None
        if row is None or campaign is None:
            raise NotFoundError(f"no call attempt {attempt_key!r}")
        return row, campaign

    def gathered(self, attempt_key: str, step: int, params: Mapping[str, str]) -> str:
        """What Twilio's ``<Gather>`` of step ``step`` heard on the attempt's call; returns
        the TwiML of what the call says next. An IVR call keeps the key with the attempt
        (the outcome reads them when the call ends) and goes to the next question, or the
        closing; an AI call asks its conversation engine (:mod:`.ai_live`)."""
        from talkpush_desktop.engine.outbound.dialer import ivr
        from talkpush_desktop.engine.outbound.dialer.call_outcomes import STOP_KEY, read_reply
        from talkpush_desktop.engine.outbound.dialer.runner import plan_of
        from talkpush_desktop.engine.outbound.dialer.sandbox_line import AI_CALL

        with self._ctx.reading() as s:
            row, campaign = self._attempt(s, attempt_key)
            lead = s.get(CampaignLead, row.lead_id)
            plan = plan_of(campaign).for_lead(lead.first_name if lead is not None else "")
            turns = row.turns
        if plan.call_type == AI_CALL:
            return self._ai_turn(attempt_key, plan, turns, step, params)
        with self._ctx.transaction() as s:
            row, _campaign = self._attempt(s, attempt_key)
            heard = ivr.gathered(params, step)
            key = heard.digits[:1] or read_reply("", heard.speech).key
            row.digits = (row.digits + (key or "-"))[:MAX_DIGITS]
            row.updated_at = utcnow()
        script = plan.script
        following = len(script.questions) if key == STOP_KEY else step + 1
        return ivr.step_twiml(script, following, self.gather_url(attempt_key, following))

    def _ai_turn(
        self,
        attempt_key: str,
        plan: CallPlan,
        turns: list[Any] | None,
        step: int,
        params: Mapping[str, str],
    ) -> str:
        """An AI call's next turn: the engine is asked outside the write transaction; the
        turns are stored unless a repeated post stored this step first (then its turn is
        said again)."""
        from talkpush_desktop.engine.outbound.dialer import ai_live

        found = ai_live.answer(plan.ai, plan.engine, turns, step, ai_live.heard(params))
        if found.rows is not None:
            with self._ctx.transaction() as s:
                row, _campaign = self._attempt(s, attempt_key)
                if list(row.turns or []) == list(turns or []):
                    row.turns, row.digits, row.updated_at = found.rows, found.key, utcnow()
                else:
                    found = ai_live.answer(plan.ai, plan.engine, row.turns, step, "")
        action = "" if found.end else self.gather_url(attempt_key, found.step)
        return ai_live.turn_twiml(found.say, found.end, action, plan.language)
