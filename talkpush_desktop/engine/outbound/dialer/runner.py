"""The dialer's pass, run by the sync worker (:mod:`engine.messaging.sync`) each round.

One :meth:`Dialer.run_once`:

1. **schedule and claim** in one write transaction (:mod:`.attempts`): every lead of a
   running campaign gets its next attempt at the campaign's next execution time; due
   attempts are judged by the selection rule with the do-not-call list read right then;
   those to dial become ``dialing`` with a lease and are committed *before* any request;
2. **place** the claimed calls: through Twilio from a pool of threads, each start spaced
   by the campaign's pacer (calls per second), an in-doubt attempt first looked up
   (:func:`.dialer_calls.dial`); on the sandbox, the first step is written with the call's
   id in one transaction;
3. **record** what the provider said in one transaction: the call SID, a retry time
   (nothing placed), or in doubt (the lease is extended and the call looked up later);
4. **follow** the live calls (at most every ``poll_every`` seconds for Twilio, the
   fallback of Twilio's status callback when there is a public URL, :mod:`.call_status`):
   a final status ends the attempt (:func:`.attempts.finish`: outcome, the lead's bucket, the
   next attempt or ``NoAnswer``, the do-not-call row for a 9); on the sandbox the next
   step is said by what the simulated phone heard.
5. **text** the leads of assessment campaigns (:mod:`.assessment_sms`): the due reminders
   and the post-call texts of answered calls, each once, through the SMS provider.

A worker killed anywhere leaves either a ``queued`` attempt (nothing happened), a
``dialing`` one with no SID (in doubt: looked up before it is dialled again) or one with
its SID (followed): exactly one call per lead per attempt. Each claim keeps the worker's
name (:mod:`engine.owners`); a worker restarted on the same workstation looks up at once the
in-doubt attempts of a worker whose process is gone, instead of after their lease.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from talkpush_desktop.engine import owners
from talkpush_desktop.engine.company.public_url import public_url
from talkpush_desktop.engine.interview.call_line import voice_info
from talkpush_desktop.engine.outbound.dialer import (
    ai_call,
    ai_live,
    assessment_sms,
    attempts,
    ivr,
    sandbox_line,
)
from talkpush_desktop.engine.outbound.dialer.attempts import Claimed, Live
from talkpush_desktop.engine.outbound.dialer.call_outcomes import FAILED
from talkpush_desktop.engine.outbound.dialer.call_status import finish_reported, status_url
from talkpush_desktop.engine.outbound.dialer.dial_rules import Pacer
from talkpush_desktop.engine.outbound.dialer.dialer_calls import (
    DialLine,
    DialRequest,
    Placed,
    dial,
    from_settings,
)
from talkpush_desktop.engine.outbound.dialer.sandbox_line import AI_CALL, RING, CallPlan
from talkpush_desktop.engine.providers import config
from talkpush_desktop.engine.providers.base import (
    AmbiguousError,
    PermanentError,
    Provider,
    ProviderError,
    RetryableError,
)
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.storage.models import CompanyCampaign

if TYPE_CHECKING:
    from talkpush_desktop.engine.context import Context

log = logging.getLogger(__name__)
SANDBOX = "sandbox"
RETRY_DELAY = timedelta(seconds=30)
DOUBT_DELAY = timedelta(seconds=30)


@dataclass
class DialReport:
    """What a pass did (``sync --json`` and the tests read it)."""

    scheduled: int = 0
    placed: int = 0
    reconciled: int = 0
    finished: int = 0
    skipped: int = 0
    waiting: int = 0
    retrying: int = 0
    sms_sent: int = 0
    sms_skipped: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def changed(self) -> int:
        calls = self.scheduled + self.placed + self.reconciled + self.finished + self.skipped
        return calls + self.sms_sent + self.sms_skipped

    def to_json(self) -> dict[str, Any]:
        return {
            "scheduled": self.scheduled,
            "placed": self.placed,
            "reconciled": self.reconciled,
            "finished": self.finished,
            "skipped": self.skipped,
            "waiting": self.waiting,
            "retrying": self.retrying,
            "sms_sent": self.sms_sent,
            "sms_skipped": self.sms_skipped,
            "errors": self.errors[-20:],
        }


@dataclass(frozen=True, slots=True)
class _Campaign:
    id: int
    purpose: str
    caller_id: str
    calls_per_second: float
    plan: CallPlan


def plan_of(campaign: CompanyCampaign) -> CallPlan:
    """What the campaign's calls say."""
    script = ivr.script_for(
        campaign.purpose_type,
        campaign.opening_message or "",
        campaign.closing_message or "",
        list(campaign.questions or []),
    )
    ai = ai_call.AiCall(
        campaign.purpose_type,
        campaign.ai_call_script or "",
        opening=campaign.opening_message or "",
        closing=campaign.closing_message or "",
    )
    return CallPlan(campaign.call_type or "IVR", script, ai)


def call_twiml(
    plan: CallPlan,
    public_url: str = "",
    attempt_key: str = "",
    first: ai_call.AgentTurn | None = None,
) -> str:
    """The call's document on Twilio: its first step with a ``<Gather>`` posting to the
    workspace's public URL (an IVR's first question; an AI call's first turn, ``first``
    or the engine's, :mod:`.ai_live`); without a public URL the script said in one go.
    ``plan`` is the lead's (:meth:`CallPlan.for_lead`) for an AI call's own words."""
    if plan.call_type != AI_CALL:
        return ivr.call_twiml(plan.script, public_url, attempt_key)
    if not public_url:
        return ai_live.one_document(plan.ai, plan.script.purpose)
    if first is None:
        _call, first = ai_call.first_turn(plan.engine, plan.ai)
    action = ivr.action_url(public_url, attempt_key, 0)
    return ai_live.turn_twiml(first.say, first.end, action, plan.language)


def _lead_key(c: Claimed, campaigns: dict[int, _Campaign]) -> tuple[int, str]:
    """What makes a call's words differ: its campaign, and an AI call's first name."""
    ai = campaigns[c.campaign_id].plan.call_type == AI_CALL
    return c.campaign_id, c.first_name if ai else ""


class Dialer:
    """The dialer of the context's company (the sync worker keeps one)."""

    def __init__(
        self,
        ctx: Context,
        *,
        clock: Callable[[], datetime] = utcnow,
        line_for: Callable[[str], DialLine] | None = None,
        concurrency: int = 8,
        batch: int = 500,
        lease: timedelta = attempts.LEASE,
        ring: timedelta = RING,
        poll_every: float = 5.0,
        paced: bool = True,
        sms_provider: Callable[[], Provider] | None = None,
    ) -> None:
        self.ctx = ctx
        self.clock = clock
        self.batch = batch
        self.lease = lease
        self.ring = ring
        self.poll_every = poll_every
        self.paced = paced
        self._line_for = line_for
        self._sms_provider = sms_provider
        self._lines: dict[str, DialLine] = {}
        self._pacers: dict[int, Pacer] = {}
        self._kind: str | None = None
        self._next_poll = time.monotonic() + poll_every  # calls just placed are queued
        self.owner = owners.this_process()
        self._dead: set[str] | None = None
        """The owners of attempts whose worker is gone, read on the first pass."""
        self._net = ThreadPoolExecutor(concurrency, thread_name_prefix="dialer-net")

    def close(self) -> None:
        self.reset()
        self._net.shutdown(wait=True, cancel_futures=True)

    def reset(self) -> None:
        """Forget the provider (after the settings changed)."""
        for line in self._lines.values():
            line.close()
        self._lines.clear()
        self._kind = None

    # -- the provider --------------------------------------------------------------------

    @property
    def kind(self) -> str:
        if self._kind is None:
            self._kind = SANDBOX if self._line_for is None and self._sandbox() else "twilio"
        return self._kind

    def _sandbox(self) -> bool:
        return voice_info(self.ctx).kind != "twilio"

    def line(self, caller_id: str) -> DialLine:
        found = self._lines.get(caller_id)
        if found is None:
            if self._line_for is not None:
                found = self._line_for(caller_id)
            else:
                info = voice_info(self.ctx)
                secret = self.ctx.secrets.get(str(info.settings.get("secret_ref", ""))) or ""
                found = from_settings(info.settings, secret, caller_id)
            self._lines[caller_id] = found
        return found

    def _pacer(self, campaign: _Campaign) -> Pacer:
        pacer = self._pacers.get(campaign.id)
        rate = campaign.calls_per_second if self.paced else 0.0
        if pacer is None or pacer.interval != (1.0 / rate if rate else 0.0):
            pacer = self._pacers[campaign.id] = Pacer(rate)
        return pacer

    # -- the pass ------------------------------------------------------------------------

    def run_once(self) -> DialReport:
        """Schedule, claim, place, record and follow (see the module's documentation)."""
        report = DialReport()
        now = self.clock()
        with self.ctx.transaction() as s:
            if self._dead is None:  # start-up: a dead worker's attempts are ours at once
                self._dead = attempts.dead_owners(s, self.ctx.company_id, now, self._gone)
            report.scheduled = attempts.schedule(s, self.ctx.company_id, now)
            claim = attempts.claim(
                s,
                self.ctx.company_id,
                now,
                limit=self.batch,
                provider=self.kind,
                lease=self.lease,
                owner=self.owner,
                dead=self._dead,
            )
        report.skipped, report.waiting = claim.skipped, claim.waiting
        campaigns = self._campaigns()
        if claim.claimed:
            if self.kind == SANDBOX:
                self._ring_sandbox(claim.claimed, campaigns, report)
            else:
                self._place(claim.claimed, campaigns, report)
        self._follow(campaigns, report)
        self._texts(report)
        return report

    def _gone(self, owner: str) -> bool:
        return owner != self.owner and not owners.owner_alive(owner)

    # -- the assessment campaigns' texts -------------------------------------------------

    def _texts(self, report: DialReport) -> None:
        """Send the due reminder and post-call texts (:mod:`.assessment_sms`)."""
        if self._sms_provider is not None:
            kind, provider_for = "custom", self._sms_provider
        else:
            with self.ctx.reading() as s:
                infos = {
                    i.service: i for i in config.describe(s, self.ctx.company_id, self.ctx.secrets)
                }
            info = config.info_for("sms", infos)
            kind = info.kind

            def provider_for() -> Provider:
                return config.build(
                    info, self.ctx.secrets, self.ctx.db.sessions, self.ctx.company_id
                )

        try:
            sms = assessment_sms.send_due(
                self.ctx.transaction,
                self.ctx.company_id,
                self.clock(),
                provider_kind=kind,
                provider_for=provider_for,
            )
        except ProviderError as exc:  # the provider could not be built (secret store)
            report.errors.append(exc.reason)
            return
        report.sms_sent += sms.sent
        report.sms_skipped += sms.skipped

    def _campaigns(self) -> dict[int, _Campaign]:
        with self.ctx.reading() as s:
            rows = s.scalars(
                select(CompanyCampaign).where(CompanyCampaign.company_id == self.ctx.company_id)
            ).all()
            return {
                c.id: _Campaign(
                    c.id, c.purpose_type, c.phone_number, c.calls_per_second or 1.0, plan_of(c)
                )
                for c in rows
            }

    def _ring_sandbox(
        self, claimed: Sequence[Claimed], campaigns: dict[int, _Campaign], report: DialReport
    ) -> None:
        for c in claimed:
            campaign = campaigns[c.campaign_id]
            self._pacer(campaign).wait()
            now = self.clock()
            with self.ctx.transaction() as s:
                sid = sandbox_line.place(s, c.to, campaign.plan.for_lead(c.first_name), now)
                attempts.placed(s, [(c.attempt_id, sid)], now)
            report.placed += 1

    def _place(
        self, claimed: Sequence[Claimed], campaigns: dict[int, _Campaign], report: DialReport
    ) -> None:
        with self.ctx.reading() as s:
            base = public_url(s, self.ctx.company_id)
        # without a public URL every call of a campaign says the same document (an AI
        # call's, the same for each first name)
        same: dict[tuple[int, str], str] = {}
        for c in [] if base else claimed:
            if (found := _lead_key(c, campaigns)) not in same:
                same[found] = call_twiml(campaigns[c.campaign_id].plan.for_lead(c.first_name))
        firsts = self._ai_first_turns(claimed, campaigns) if base else {}

        def one(c: Claimed) -> tuple[Claimed, Any]:
            campaign = campaigns[c.campaign_id]
            first = firsts.get(c.attempt_id)
            twiml = same.get(_lead_key(c, campaigns)) or call_twiml(
                campaign.plan, base, c.key, first
            )
            request = DialRequest(
                c.key,
                c.to,
                twiml,
                c.intent_at,
                in_doubt=c.in_doubt,
                status_callback=status_url(base, c.key),
            )
            try:
                if not c.in_doubt:
                    self._pacer(campaign).wait()
                return c, dial(self.line(campaign.caller_id), request)
            except ProviderError as exc:
                return c, exc
            except Exception as exc:  # a bug: the request may have gone, so in doubt
                log.exception("dialling attempt %s failed unexpectedly", c.attempt_id)
                return c, AmbiguousError(f"unexpected error ({type(exc).__name__})")

        results = list(self._net.map(one, claimed))
        now = self.clock()
        with self.ctx.transaction() as s:
            sids = [(c.attempt_id, r.sid) for c, r in results if isinstance(r, Placed)]
            attempts.placed(s, sids, now)
            for c, result in results:
                self._record(s, c, result, now, report)

    def _ai_first_turns(
        self, claimed: Sequence[Claimed], campaigns: dict[int, _Campaign]
    ) -> dict[int, ai_call.AgentTurn]:
        """The first turn of each AI call (by attempt id), with its lead's first name,
        stored on the attempts before any is dialled (the ``<Gather>`` route continues
        from it, :mod:`.ai_live`). The engine is asked once per campaign and first name."""
        turns: dict[tuple[int, str], tuple[ai_call.AiCall, ai_call.AgentTurn]] = {}
        firsts: dict[int, ai_call.AgentTurn] = {}
        rows: dict[int, ai_live.Rows] = {}
        for c in claimed:
            plan = campaigns[c.campaign_id].plan
            if plan.call_type != AI_CALL:
                continue
            key = (c.campaign_id, c.first_name)
            if key not in turns:
                turns[key] = ai_call.first_turn(plan.engine, plan.for_lead(c.first_name).ai)
            call, firsts[c.attempt_id] = turns[key]
            if not c.in_doubt:
                rows[c.attempt_id] = ai_live.stored(call, firsts[c.attempt_id].end)
        if rows:
            with self.ctx.transaction() as s:
                ai_live.begin(s, rows)
        return firsts

    @staticmethod
    def _record(s: Any, c: Claimed, result: Any, now: datetime, report: DialReport) -> None:
        if isinstance(result, Placed):
            report.reconciled += result.reconciled
            report.placed += not result.reconciled
            return
        if isinstance(result, ProviderError):
            report.errors.append(result.reason)
        if isinstance(result, PermanentError):
            attempts.finish(s, c.attempt_id, FAILED, now=now, error=result.reason[:1000])
            report.finished += 1
        elif isinstance(result, RetryableError):
            delay = timedelta(seconds=result.retry_after) if result.retry_after else RETRY_DELAY
            attempts.requeue(s, c.attempt_id, now + delay, result.reason, now)
            report.retrying += 1
        else:  # ambiguous: look for the call later
            attempts.in_doubt(s, c.attempt_id, now + DOUBT_DELAY, result.reason, now)
            report.retrying += 1

    # -- following live calls ------------------------------------------------------------

    def _follow(self, campaigns: dict[int, _Campaign], report: DialReport) -> None:
        with self.ctx.reading() as s:
            calls = attempts.live(s, self.ctx.company_id, sandbox=True)
        for call in calls:
            self._follow_sandbox(call, campaigns[call.campaign_id], report)
        if time.monotonic() < self._next_poll:
            return
        self._next_poll = time.monotonic() + self.poll_every
        with self.ctx.reading() as s:
            calls = attempts.live(s, self.ctx.company_id, sandbox=False)
        if calls:
            self._follow_twilio(calls, campaigns, report)

    def _follow_sandbox(self, call: Live, campaign: _Campaign, report: DialReport) -> None:
        now = self.clock()
        with self.ctx.transaction() as s:
            plan = campaign.plan.for_lead(call.first_name)
            ended = sandbox_line.advance(s, call.sid, call.address, plan, now, ring=self.ring)
            if ended is None:
                return
            finished = attempts.finish(
                s,
                call.attempt_id,
                ended.outcome,
                now=now,
                reply=ended.reply,
                digits=ended.digits,
                answered_by="human" if ended.outcome == "answered" else "",
                duration_seconds=int((now - call.started_at).total_seconds()),
            )
        report.finished += finished

    def _follow_twilio(
        self, calls: Sequence[Live], campaigns: dict[int, _Campaign], report: DialReport
    ) -> None:
        def one(call: Live) -> tuple[Live, Any]:
            try:
                return call, self.line(campaigns[call.campaign_id].caller_id).report(call.sid)
            except ProviderError as exc:
                return call, exc

        results = list(self._net.map(one, calls))
        now = self.clock()
        with self.ctx.transaction() as s:
            for call, found in results:
                if isinstance(found, ProviderError):
                    report.errors.append(found.reason)
                    continue
                report.finished += finish_reported(s, call.attempt_id, call.digits, found, now)
