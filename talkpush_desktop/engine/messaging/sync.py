"""The sync worker: delivers the outbox and pulls replies, on asyncio, without Qt.

It runs in the window's qasync loop or under ``asyncio.run`` for ``talkpush-desktop
sync``. Database work goes to one thread (SQLite has one writer); provider requests go to
a small pool, so a slow network never blocks a loop or the UI. Each round claims a batch
(stored as ``sending`` before any request), sends it concurrently and records every
outcome in one transaction: see :mod:`engine.messaging.outbox` for the exactly-once rules.

Another program may hold the workspace's write lock for longer than the busy timeout (and
its bounded retries). The worker does not stop then: outcomes it could not record are kept
and recorded first in the next round, the round is logged, and the loop waits and goes on.
"""

from __future__ import annotations

import asyncio
import logging
import socket
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Protocol, TypeVar

from sqlalchemy import select, update
from sqlalchemy.exc import OperationalError

from talkpush_desktop.engine.candidates.service import CandidatesService
from talkpush_desktop.engine.context import Context
from talkpush_desktop.engine.interview import phone as ivr
from talkpush_desktop.engine.interview import transcripts
from talkpush_desktop.engine.interview.transcription import Transcriber, default_transcriber
from talkpush_desktop.engine.messaging import inbound, outbox, replies
from talkpush_desktop.engine.messaging.inbound import Received
from talkpush_desktop.engine.messaging.outbox import Claimed, Outcome
from talkpush_desktop.engine.outbound.dialer.runner import Dialer, DialReport
from talkpush_desktop.engine.owners import owner_alive, this_process
from talkpush_desktop.engine.providers.base import (
    AmbiguousError,
    OfflineError,
    PermanentError,
    Provider,
    ProviderError,
    RetryableError,
    Sent,
)
from talkpush_desktop.engine.providers.config import CHAT, NOT_CONNECTED, ProviderInfo, info_for
from talkpush_desktop.engine.providers.service import ProvidersService
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.storage.job_locks import JobLocks
from talkpush_desktop.storage.models import DeliveryState, Message, SyncCursor
from talkpush_desktop.storage.write_lock import is_busy

log = logging.getLogger(__name__)
T = TypeVar("T")


def _presence(owner: str) -> str:
    """The job lock a running worker holds (:mod:`storage.job_locks`)."""
    return f"talkpush/worker/{owner}"


OFFLINE_PAUSE_MAX = 60.0
TRANSCRIBE_BATCH = 2
"""Recorded answers transcribed per round (a few seconds of CPU each)."""
EXPIRY_BATCH = 2000
"""PINs expired per pass (one short transaction; a backlog drains over a few passes)."""


@dataclass
class SyncReport:
    """What a run did (``talkpush-desktop sync --json`` prints it)."""

    sent: int = 0
    failed: int = 0
    retrying: int = 0
    received: int = 0
    status_updates: int = 0
    expired_pins: int = 0  # Inbox candidates moved to No Response (PIN expired unanswered)
    calls_placed: int = 0  # company campaigns' calls (the dialer)
    calls_finished: int = 0
    campaign_texts: int = 0  # assessment campaigns' reminder and post-call texts sent
    transcribed: int = 0  # recorded answers transcribed offline
    intake: int = 0  # candidates added by polled sheets and Lead Ads
    offline: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "sent": self.sent,
            "failed": self.failed,
            "retrying": self.retrying,
            "received": self.received,
            "status_updates": self.status_updates,
            "expired_pins": self.expired_pins,
            "calls_placed": self.calls_placed,
            "calls_finished": self.calls_finished,
            "campaign_texts": self.campaign_texts,
            "transcribed": self.transcribed,
            "intake": self.intake,
            "offline": sorted(set(self.offline)),
        }


class FeedsPass(Protocol):
    """The intake's pass over its polled feeds (``engine.intake.feeds.Feeds``: sheets and
    Lead Ads), handed in by whoever starts the worker: messaging does not import intake."""

    def run_once(self) -> int:
        """Poll the due feeds; how many candidates came in."""
        ...

    def close(self) -> None: ...


@dataclass
class _RunState:
    next_pull: float = 0.0


class SyncWorker:
    """One outbox worker for a workspace.

    Everything a pass does (sending, pulling, what replies set off, PIN expiry) is the
    worker's own; ``on_received`` and ``on_change`` only tell a caller (the window) that
    something happened.
    """

    def __init__(
        self,
        ctx: Context,
        *,
        concurrency: int = 8,
        batch: int = 100,
        clock: Callable[[], datetime] = utcnow,
        on_received: Callable[[Sequence[Received]], None] | None = None,
        on_change: Callable[[], None] | None = None,
        transcriber: Transcriber | None = None,
        feeds: FeedsPass | None = None,
    ) -> None:
        self.ctx = ctx
        self.providers = ProvidersService(ctx)
        self.candidates = CandidatesService(ctx)
        self.batch = batch
        self.clock = clock
        self.on_received = on_received
        self.on_change = on_change
        self.host = socket.gethostname()
        self.owner = this_process()
        self._db = ThreadPoolExecutor(1, thread_name_prefix="sync-db")
        self._net = ThreadPoolExecutor(concurrency, thread_name_prefix="sync-net")
        self._speech = ThreadPoolExecutor(1, thread_name_prefix="sync-speech")  # CPU-bound
        self.transcriber = transcriber  # None: the default offline engine, loaded when needed
        self._providers: dict[str, Provider] = {}
        self._building = threading.Lock()
        self._infos: dict[str, ProviderInfo] = {}
        self._paused: dict[str, float] = {}
        self._offline_streak: dict[str, int] = {}
        self.report = SyncReport()
        self.handled = 0  # replies the last pull handled (the interview bot's steps)
        self.calls = ivr.CallDriver(ctx, clock=clock)
        self.dialer = Dialer(ctx, clock=clock)
        self.feeds = feeds
        self._unrecorded: list[tuple[Sequence[Claimed], Sequence[Outcome]]] = []
        self.lock_waits = 0  # rounds cut short by another program's write lock
        self.jobs = JobLocks.of(ctx.db.engine)
        """The jobs done in one place at a time that this worker holds (PostgreSQL)."""

    # -- plumbing --------------------------------------------------------------------------

    async def _in_db(self, fn: Callable[..., T], *args: Any) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._db, fn, *args)

    def close(self) -> None:
        self.jobs.close()
        self.calls.close()
        self.dialer.close()
        if self.feeds is not None:
            self.feeds.close()
        for provider in self._providers.values():
            provider.close()
        self._providers.clear()
        self._net.shutdown(wait=True, cancel_futures=True)
        self._speech.shutdown(wait=True, cancel_futures=True)
        self._db.shutdown(wait=True)

    def reload(self) -> None:
        """Forget built providers (after the settings changed)."""
        for provider in self._providers.values():
            provider.close()
        self._providers.clear()
        self._infos.clear()
        self.calls.reset()
        self.dialer.reset()

    def _provider(self, service: str) -> Provider:
        """The service's provider, built once (sending threads ask at the same time)."""
        with self._building:
            provider = self._providers.get(service)
            if provider is None:
                if not self._infos:
                    self._infos = {i.service: i for i in self.providers.infos()}
                provider = self.providers.build(info_for(service, self._infos))
                self._providers[service] = provider
            return provider

    def _paused_services(self) -> list[str]:
        now = time.monotonic()
        return [s for s, until in self._paused.items() if until > now]

    # -- delivering ------------------------------------------------------------------------

    def _claim(self) -> list[Claimed]:
        now = self.clock()
        self.jobs.held(_presence(self.owner))  # before any row names this worker
        with self.ctx.transaction() as s:
            self._release_dead_leases(s, now)
            paused = self._paused_services()
            mine = self.ctx.company_id
            return outbox.claim(s, mine, now, self.batch, paused=paused, owner=self.owner)

    def _gone(self, owner: str) -> bool:
        """Whether the worker ``owner`` is dead: a process of this machine no longer
        running, or (PostgreSQL) one elsewhere whose presence lock is free."""
        if owner == self.owner:
            return False
        if not owner_alive(owner, self.host):
            return True
        return owner.partition(":")[0] != self.host and self.jobs.free(_presence(owner))

    def _release_dead_leases(self, s: Any, now: datetime) -> None:
        """Rows a dead worker was sending become in doubt at once."""
        owners = set(
            s.scalars(
                select(Message.lease_owner)
                .where(Message.state == DeliveryState.SENDING.value)
                .distinct()
            )
        )
        dead = [o for o in owners if o and self._gone(o)]
        if dead:
            s.execute(
                update(Message)
                .where(Message.state == DeliveryState.SENDING.value, Message.lease_owner.in_(dead))
                .values(lease_until=now - timedelta(seconds=1))
            )

    def _attempt(self, c: Claimed) -> Outcome:
        """Send one message (after asking the provider, if a past outcome is unknown)."""
        mid = c.outgoing.message_id
        try:
            provider = self._provider(c.service)
            if c.in_doubt:
                if not provider.reconcilable:
                    return Outcome(
                        mid, "failed", error=outbox.UNKNOWN.format(provider=provider.kind)
                    )
                found = self._look_up(provider, c)
                if isinstance(found, Outcome):
                    return found
                if found is not None:
                    return Outcome(mid, "sent", found.provider_id, found.delivered)
            sent = provider.send(c.outgoing)
            return Outcome(mid, "sent", sent.provider_id, sent.delivered)
        except PermanentError as exc:
            return Outcome(mid, "failed", error=exc.reason)
        except OfflineError as exc:
            return Outcome(mid, "offline", error=exc.reason, delay=self._pause(c.service))
        except RetryableError as exc:
            delay = exc.retry_after if exc.retry_after is not None else outbox.backoff(c.attempts)
            return Outcome(mid, "retry", error=exc.reason, delay=delay)
        except AmbiguousError as exc:
            return Outcome(mid, "doubt", error=exc.reason, delay=outbox.backoff(c.attempts))
        except ProviderError as exc:
            return Outcome(mid, "retry", error=exc.reason, delay=outbox.backoff(c.attempts))
        except Exception as exc:  # a bug: the request may have gone, so treat it as in doubt
            log.exception("sending message %s failed unexpectedly", mid)
            reason = f"unexpected error ({type(exc).__name__})"
            return Outcome(mid, "doubt", error=reason, delay=outbox.backoff(c.attempts))

    @staticmethod
    def _look_up(provider: Provider, c: Claimed) -> Sent | Outcome | None:
        """Ask the provider about an in-doubt message; any failure keeps it in doubt."""
        try:
            return provider.find_sent(c.outgoing)
        except Exception as exc:  # never resend what might have gone: ask again later
            reason = exc.reason if isinstance(exc, ProviderError) else type(exc).__name__
            delay = outbox.backoff(c.attempts)
            return Outcome(c.outgoing.message_id, "doubt", error=reason, delay=delay)

    def _attempt_lane(self, lane: Sequence[Claimed]) -> list[Outcome]:
        """Send one recipient's messages in order; after a failure the rest wait."""
        outcomes: list[Outcome] = []
        for c in lane:
            if outcomes and outcomes[-1].kind in ("retry", "offline", "doubt", "held"):
                wait = max(outcomes[-1].delay, 1.0)
                outcomes.append(Outcome(c.outgoing.message_id, "held", delay=wait))
                continue
            outcomes.append(self._attempt(c))
        return outcomes

    def _pause(self, service: str) -> float:
        """Pause a service that could not be reached; the pause doubles per episode."""
        until = self._paused.get(service, 0.0)
        if until > time.monotonic():  # the same outage, seen by another message
            return until - time.monotonic()
        streak = self._offline_streak.get(service, 0) + 1
        self._offline_streak[service] = streak
        delay = min(OFFLINE_PAUSE_MAX, 2.0 ** (streak - 1))
        self._paused[service] = time.monotonic() + delay
        return delay

    def _record(self, claimed: Sequence[Claimed], outcomes: Sequence[Outcome]) -> None:
        with self.ctx.transaction() as s:
            outbox.record(s, claimed, outcomes, self.clock())

    def _record_unrecorded(self) -> None:
        """Outcomes a locked database kept from being recorded, oldest first."""
        while self._unrecorded:
            claimed, outcomes = self._unrecorded[0]
            self._record(claimed, outcomes)
            self._unrecorded.pop(0)

    async def deliver(self) -> int:
        """One round: claim a batch, send it, record the outcomes. Returns how many."""
        if self._unrecorded:
            await self._in_db(self._record_unrecorded)
        claimed = await self._in_db(self._claim)
        if not claimed:
            return 0
        loop = asyncio.get_running_loop()
        lanes: dict[tuple[str, str], list[Claimed]] = {}
        for c in claimed:  # one lane per recipient keeps a conversation in order
            lanes.setdefault((c.service, c.outgoing.to), []).append(c)
        done = await asyncio.gather(
            *(loop.run_in_executor(self._net, self._attempt_lane, lane) for lane in lanes.values())
        )
        outcomes = [o for lane_outcomes in done for o in lane_outcomes]
        self._tally(outcomes)
        try:
            await self._in_db(self._record, claimed, outcomes)
        except OperationalError as exc:
            if is_busy(exc):  # sent: recorded next round, never sent again
                self._unrecorded.append((claimed, outcomes))
            raise
        if self.on_change is not None:
            self.on_change()
        return len(claimed)

    def _tally(self, outcomes: Sequence[Outcome]) -> None:
        for o in outcomes:
            if o.kind == "sent":
                self._offline_streak.clear()
                self.report.sent += 1
            elif o.kind == "failed":
                self.report.failed += 1
            elif o.kind == "offline":
                self.report.offline.append(o.error)
            else:
                self.report.retrying += 1

    def holds(self, job: str) -> bool:
        """Whether this worker does ``job`` (robocalls, dialer, feeds, pull, transcribe)
        for its company now: with several workers on one database only one does
        (:mod:`storage.job_locks`)."""
        return self.jobs.held(f"talkpush/{job}/{self.ctx.company_id}")

    def _if_held(self, job: str, work: Callable[[], T], otherwise: T) -> T:
        return work() if self.holds(job) else otherwise

    async def advance_calls(self) -> int:
        """Move live phone interviews on (next question, closing, answers stored)."""
        loop = asyncio.get_running_loop()
        changed = await loop.run_in_executor(
            self._net, self._if_held, "calls", self.calls.advance, 0
        )
        if changed and self.on_change is not None:
            self.on_change()
        return changed

    async def dial(self) -> int:
        """The company campaigns' dialer: place the due calls, follow the live ones."""
        loop = asyncio.get_running_loop()
        done = await loop.run_in_executor(
            self._net, self._if_held, "dialer", self.dialer.run_once, DialReport()
        )
        self.report.calls_placed += done.placed + done.reconciled
        self.report.calls_finished += done.finished
        self.report.campaign_texts += done.sms_sent
        if done.changed and self.on_change is not None:
            self.on_change()
        return done.placed + done.reconciled

    def _transcribe(self) -> int:
        if self.transcriber is None:
            self.transcriber = default_transcriber()
        return transcripts.transcribe_pending(self.ctx, self.transcriber, TRANSCRIBE_BATCH)

    async def transcribe(self) -> int:
        """Transcribe a few recorded answers that wait for it, in the worker's own thread
        (:mod:`engine.interview.transcripts`); how many were stored."""
        if not await self._in_db(self._any_waiting) or not await self._in_db(
            self.holds, "transcribe"
        ):
            return 0
        loop = asyncio.get_running_loop()
        done = await loop.run_in_executor(self._speech, self._transcribe)
        self.report.transcribed += done
        if done and self.on_change is not None:
            self.on_change()
        return done

    def _any_waiting(self) -> bool:
        with self.ctx.reading() as s:
            return bool(transcripts.waiting(s, self.ctx.company_id, 1))

    async def poll_feeds(self) -> int:
        """The sheets and Lead Ads whose poll is due: their new sign-ups come in, invited."""
        if self.feeds is None:
            return 0
        loop = asyncio.get_running_loop()
        added = await loop.run_in_executor(
            self._net, self._if_held, "feeds", self.feeds.run_once, 0
        )
        self.report.intake += added
        if added and self.on_change is not None:
            self.on_change()
        return added

    # -- pulling ---------------------------------------------------------------------------

    def _cursor_name(self, service: str) -> tuple[str, str]:
        """The company's cursor of this provider account, and its name before cursors were
        kept per company (read when the company has none yet)."""
        info = info_for(service, self._infos)
        account = info.settings.get("account_sid") or info.settings.get("from_address") or ""
        shared = f"{service}:{info.kind}:{account}"
        return f"{self.ctx.company_id}/{shared}", shared

    def _pull_service(self, service: str) -> tuple[str, Any]:
        provider = self._provider(service)
        name, shared = self._cursor_name(service)
        with self.ctx.transaction() as s:
            row = s.get(SyncCursor, name) or s.get(SyncCursor, shared)
            cursor = row.value if row else ""
        return name, provider.pull(cursor)

    def _store_pulled(self, name: str, pulled: Any) -> list[Received]:
        items, updates, cursor = pulled
        with self.ctx.transaction() as s:
            received = inbound.record(s, self.ctx.company_id, items)
            self.report.status_updates += inbound.apply_statuses(s, self.ctx.company_id, updates)
            row = s.get(SyncCursor, name)
            if row is None:
                s.add(SyncCursor(name=name, value=cursor, updated_at=self.clock()))
            else:
                row.value, row.updated_at = cursor, self.clock()
        return received

    async def pull(self) -> int:
        """Pull replies and delivery states from every provider that has them, then handle
        every stored reply not handled yet (:mod:`engine.messaging.replies`: the interview bot).
        Returns how many replies came in (none while another worker does it)."""
        loop = asyncio.get_running_loop()
        if not await self._in_db(self.holds, "pull"):
            self.handled = 0
            return 0
        total: list[Received] = []
        if not self._infos:
            self._infos = {i.service: i for i in self.providers.infos()}
        kinds_seen: set[tuple[str, str]] = set()
        for service in ("sms", "email", "messenger", "voice", CHAT):
            info = info_for(service, self._infos)
            key = (info.kind, str(info.settings.get("account_sid", "")))
            if (
                service in self._paused_services()
                or key in kinds_seen
                or info.kind == NOT_CONNECTED
            ):
                continue  # one pull per account: sandbox and Twilio serve several services
            kinds_seen.add(key)
            try:
                name, pulled = await loop.run_in_executor(self._net, self._pull_service, service)
            except ProviderError as exc:
                self.report.offline.append(exc.reason)
                continue
            total += await self._in_db(self._store_pulled, name, pulled)
        self.report.received += len(total)
        if total and self.on_received is not None:
            self.on_received(total)
        self.handled = await self._in_db(replies.handle, self.ctx)
        if (total or self.handled) and self.on_change is not None:
            self.on_change()
        return len(total)

    # -- running ---------------------------------------------------------------------------

    def _due(self) -> tuple[int, datetime | None]:
        with self.ctx.transaction() as s:
            return outbox.pending(s, self.ctx.company_id, self.clock())

    async def run(
        self,
        *,
        once: bool = False,
        stop: asyncio.Event | None = None,
        idle: float = 2.0,
        pull_every: float = 15.0,
    ) -> SyncReport:
        """Deliver and pull until ``stop`` is set, or (``once``) until nothing is due."""
        state = _RunState()
        while stop is None or not stop.is_set():
            try:
                step = await self._round(state, once, pull_every)
            except OperationalError as exc:
                if not is_busy(exc):
                    raise
                self.lock_waits += 1
                log.warning(
                    "sync: the workspace is locked by another program; going on after %.0f s", idle
                )
                await self._sleep(stop, idle)
                continue
            if step == "done":
                return self.report
            if step == "sleep":
                await self._sleep(stop, idle)
        return self.report

    async def _round(self, state: _RunState, once: bool, pull_every: float) -> str:
        """One pass of :meth:`run`: "again" (at once), "sleep" (idle first) or "done"."""
        while await self.deliver():
            pass
        if await self.advance_calls():
            return "again"  # a call moved on; its completion template may be queued
        if await self.dial():
            return "again"  # calls went out: follow them at once
        if once or time.monotonic() >= state.next_pull:
            await self.pull()
            self.report.expired_pins += await self._in_db(
                self.candidates.expire_pins, self.clock(), EXPIRY_BATCH
            )
            state.next_pull = time.monotonic() + pull_every
            if await self.poll_feeds():
                return "again"  # the new sign-ups' invitations are queued: send them
            if self.handled:
                return "again"  # the interview bot may have queued its next words
        if await self.transcribe():
            return "again"  # more answers may wait
        if once:
            due, _later = await self._in_db(self._due)
            if (not due and not self._unrecorded) or self._paused_services():
                return "done"
            await asyncio.sleep(0.05)  # due but held by a live worker's lease
            return "again"
        return "sleep"

    @staticmethod
    async def _sleep(stop: asyncio.Event | None, seconds: float) -> None:
        if stop is None:
            await asyncio.sleep(seconds)
            return
        try:
            await asyncio.wait_for(stop.wait(), seconds)
        except TimeoutError:
            pass
