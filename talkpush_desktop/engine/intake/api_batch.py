"""Intake API requests written together: every request queued while the previous write ran
goes into one transaction (:class:`storage.group_commit.GroupCommit` hands them over).

Each request keeps its own outcome. Its refusals (its API key revoked or its address
taken off the whitelist since the server checked it, a stored ``Idempotency-Key`` with other
parameters, an unknown campaign, refused fields) are found before anything is written and
answer that request alone; the others are stored by :func:`api_invitation.create_many`,
one campaign at a time, with their keys' first answers. A retry of a key stored before
answers the stored answer; a twin of a request in the same batch answers its first's. When
the transaction fails as a whole, :func:`invite_alone` writes each request on its own,
so one bad request never loses the others.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from talkpush_desktop.engine.access import keys as api_keys
from talkpush_desktop.engine.context import Context
from talkpush_desktop.engine.errors import ValidationError, WorkspaceError
from talkpush_desktop.engine.intake import api_invitation as api
from talkpush_desktop.engine.intake import idempotency
from talkpush_desktop.engine.intake.cv_files import CvFile
from talkpush_desktop.engine.timeutil import utcnow

Outcome = api.Answer | BaseException
PURGE_EVERY = timedelta(minutes=10)
"""How often a server's intake forgets idempotency keys past their 24 hours."""


@dataclass(frozen=True, slots=True)
class Request:
    """One intake request: the campaign, what it sent, its CV (read, and stored at
    ``stored``), its ``Idempotency-Key`` (checked) and the hash of its parameters."""

    campaign_id: int
    data: api.InvitationData
    cv: CvFile | None = None
    stored: str = ""
    key: str | None = None
    request_hash: str = ""
    acting_key: tuple[int, str | None] | None = None
    """The API key that sent it and the client's address: checked again in the writing
    transaction (still live, the address still allowed)."""


@dataclass
class Writer:
    """What the batches share: the context, the ATS shape and when keys were last purged."""

    ctx: Context
    shape: api.CandidateShape
    purged_at: datetime | None = None

    def run(self, requests: Sequence[Request]) -> list[Outcome]:
        """The outcome of each request: one transaction for all, else one each."""
        try:
            return self._together(requests)
        except Exception:  # noqa: BLE001 - a write failed: find which, one at a time
            return [self.alone(r) for r in requests]

    def alone(self, request: Request) -> Outcome:
        """One request in its own transaction (its error as its outcome)."""
        try:
            try:
                return self._together([request])[0]
            except IntegrityError:  # PostgreSQL: a concurrent twin stored the key first
                if request.key is None:
                    raise
                return self._replay(request)
        except Exception as exc:  # noqa: BLE001 - the request's own outcome
            return exc

    def _replay(self, request: Request) -> api.Answer:
        assert request.key is not None
        with self.ctx.reading() as s:
            found = idempotency.lookup_many(s, self.ctx.company_id, [request.key])
        if request.key not in found:  # the twin rolled back after all: nothing was stored
            raise ValidationError("the request could not be stored; send it again")
        stored = idempotency.replay(found[request.key], api.ROUTE, request.request_hash)
        return api.Answer.replay(stored)

    def _together(self, requests: Sequence[Request]) -> list[Outcome]:
        with self.ctx.transaction() as s:
            at = utcnow()
            batch = _Batch(self.ctx.company_id, requests)
            batch.check(s)
            batch.create(s, self.ctx.user_id, self.shape, at)
            if self.purged_at is None or at - self.purged_at > PURGE_EVERY:
                idempotency.purge(s, at)
                self.purged_at = at
        return batch.outcomes(self.alone)


@dataclass
class _Batch:
    """The requests of one transaction and what became of each."""

    company_id: int
    requests: Sequence[Request]
    results: dict[int, Outcome] = field(default_factory=dict)
    ready: dict[int, list[tuple[int, api.Ready]]] = field(default_factory=dict)  # by campaign
    twins: dict[int, int] = field(default_factory=dict)  # index -> index of the first
    campaigns: dict[int, api.IntakeCampaign] = field(default_factory=dict)

    def check(self, s: Session) -> None:
        """Sort the requests: replays, refusals (before any write), twins, and the ready."""
        keys = [r.key for r in self.requests if r.key is not None]
        stored = idempotency.lookup_many(s, self.company_id, keys) if keys else {}
        acting = [r.acting_key[0] for r in self.requests if r.acting_key is not None]
        live = api_keys.live_keys(s, self.company_id, acting)
        users = api_keys.users_of(s, acting)
        first_of: dict[str, int] = {}
        campaigns = self.campaigns
        for i, r in enumerate(self.requests):
            try:
                if r.acting_key is not None:
                    api_keys.check_live(live, *r.acting_key)
                if r.key is not None and r.key in stored:
                    found = idempotency.replay(stored[r.key], api.ROUTE, r.request_hash)
                    self.results[i] = api.Answer.replay(found)
                    continue
                if r.key is not None and r.key in first_of:
                    self.twins[i] = first_of[r.key]
                    continue
                camp = campaigns.get(r.campaign_id)
                if camp is None:
                    camp = campaigns[r.campaign_id] = api.campaign_of(
                        s, self.company_id, r.campaign_id
                    )
                if r.acting_key is not None and r.acting_key[0] in users:  # the key's user
                    api.check_reach(s, users[r.acting_key[0]], camp.id)
                draft, notes = api.draft(camp.hotline_country, r.data, r.cv)
            except WorkspaceError as exc:
                self.results[i] = exc
                if r.key is not None:
                    first_of.setdefault(r.key, i)
                continue
            if r.key is not None:
                first_of[r.key] = i
            cv = (r.stored, r.cv.text if r.cv is not None else "")
            self.ready.setdefault(camp.id, []).append((i, api.Ready(draft, cv, notes)))

    def create(self, s: Session, user_id: int, shape: api.CandidateShape, at: datetime) -> None:
        """Store the ready requests, one campaign at a time, with their keys' answers."""
        remembered: list[tuple[str, str, idempotency.Stored]] = []
        for campaign_id, items in self.ready.items():
            answers = api.create_many(
                s,
                self.campaigns[campaign_id],
                [ready for _i, ready in items],
                user_id=user_id,
                shape=shape,
                at=at,
            )
            for (i, _ready), answer in zip(items, answers, strict=True):
                self.results[i] = answer
                r = self.requests[i]
                if r.key is not None:
                    remembered.append((r.key, r.request_hash, answer.stored()))
        idempotency.remember_many(s, self.company_id, remembered, route=api.ROUTE, at=at)

    def outcomes(self, alone: Callable[[Request], Outcome]) -> list[Outcome]:
        """Each request's outcome in order (a twin: its first's answer, replayed)."""
        for i, first in self.twins.items():
            done = self.results[first]
            r = self.requests[i]
            if isinstance(done, api.Answer) and done.status == 201:
                try:
                    if r.request_hash != self.requests[first].request_hash:
                        raise idempotency.conflict_error()
                    self.results[i] = done._replace(replayed=True)
                except WorkspaceError as exc:
                    self.results[i] = exc
            else:  # the first was refused and so not remembered: this one goes on its own
                self.results[i] = alone(r)
        return [self.results[i] for i in range(len(self.requests))]
