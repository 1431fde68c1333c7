"""The dialer's rows: attempts scheduled at each execution time, claimed (lease first),
placed, and finished with what the call's end means for the lead.

- :func:`schedule` makes the next attempt of every ``Pending`` lead of a running campaign
  (``UNIQUE(lead_id, attempt_no)``: a second worker, or a second pass, adds nothing);
- :func:`claim` takes the due attempts in one write transaction and judges each by the
  selection rule (:mod:`.dial_rules`) with the do-not-call list *as read in that
  transaction*; those to dial become ``dialing`` with a lease and their intent time
  (``started_at``) before any request goes out; an attempt whose lease ran out with no
  call SID, or whose worker's process is gone (:func:`dead_owners`, read when a worker
  starts), is claimed again *in doubt* (:func:`.dialer_calls.dial` looks for its call);
- :func:`placed`, :func:`requeue`, :func:`in_doubt` record what the provider said;
- :func:`finish` (a compare-and-set on ``dialing``) stores the outcome and sets the lead's
  bucket, flow status and next attempt, and the company's do-not-call row when asked.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, exists, or_, select, update
from sqlalchemy.orm import Session

from talkpush_desktop.engine.outbound import campaigns as campaign_rules
from talkpush_desktop.engine.outbound import outcomes
from talkpush_desktop.engine.outbound.dialer import dial_rules
from talkpush_desktop.engine.outbound.dialer.call_outcomes import SKIPPED, Reply
from talkpush_desktop.engine.outbound.dialer.calling_window import CallingWindow
from talkpush_desktop.engine.outbound.vocab import (
    FLOW_COMPLETED,
    FLOW_IN_PROGRESS,
    PENDING,
    RUNNING,
)
from talkpush_desktop.storage import bulk
from talkpush_desktop.storage.models import (
    CallAttempt,
    CampaignLead,
    CompanyCampaign,
    DoNotCall,
    table_of,
)

QUEUED, DIALING, DONE = "queued", "dialing", "done"
LEASE = timedelta(seconds=60)
"""How long a claimed attempt is a worker's own before another may look for its call."""
ATTEMPTS = table_of(CallAttempt)
NEVER = 1_000_000
"""``next_attempt_no`` of a lead the dialer is done with."""


def attempt_times(campaign: CompanyCampaign) -> list[datetime]:
    """The campaign's execution times, naive UTC: the first call, then each retry."""
    if campaign.call_start_time_utc is None:
        return []
    times = [campaign.call_start_time_utc]
    for retry in campaign.retries or []:
        text = str(retry.get("timeUtc", "")) if isinstance(retry, dict) else str(retry)
        try:
            times.append(datetime.fromisoformat(text.replace("Z", "+00:00")).replace(tzinfo=None))
        except ValueError:
            continue
    return times


def running(session: Session, company_id: int) -> list[CompanyCampaign]:
    return list(
        session.scalars(
            select(CompanyCampaign).where(
                CompanyCampaign.company_id == company_id,
                CompanyCampaign.status == RUNNING,
                CompanyCampaign.deleted_at.is_(None),
                CompanyCampaign.call_start_time_utc.is_not(None),
            )
        )
    )


def schedule(session: Session, company_id: int, now: datetime) -> int:
    """Add the next attempt of every lead due one; returns how many were added."""
    added = 0
    for campaign in running(session, company_id):
        times = attempt_times(campaign)
        attempt = ATTEMPTS.c
        missing = session.execute(
            select(CampaignLead.id, CampaignLead.next_attempt_no, CampaignLead.phone).where(
                CampaignLead.campaign_id == campaign.id,
                CampaignLead.status == PENDING,
                CampaignLead.next_attempt_no <= len(times),
                CampaignLead.phone != "",
                ~exists().where(
                    attempt.lead_id == CampaignLead.id,
                    attempt.attempt_no == CampaignLead.next_attempt_no,
                ),
            )
        ).all()
        rows = [
            {
                "company_id": company_id,
                "campaign_id": campaign.id,
                "lead_id": lead_id,
                "attempt_no": number,
                "scheduled_at": times[number - 1],
                "state": QUEUED,
                "idempotency_key": f"{campaign.id}-{lead_id}-{number}",
                "address": phone,
                "created_at": now,
                "updated_at": now,
            }
            for lead_id, number, phone in missing
        ]
        if rows:
            added += _insert_new(session, rows)
    return added


def _insert_new(session: Session, rows: list[dict[str, Any]]) -> int:
    """Insert the attempts, passing over any another worker inserted meanwhile (ON CONFLICT
    DO NOTHING on ``UNIQUE(lead_id, attempt_no)``); returns how many were offered."""
    bulk.insert_ignoring(session, ATTEMPTS, rows)
    return len(rows)


@dataclass(frozen=True, slots=True)
class Claimed:
    """An attempt this worker is to dial (or, in doubt, to look for)."""

    attempt_id: int
    key: str
    campaign_id: int
    lead_id: int
    attempt_no: int
    to: str
    intent_at: datetime
    in_doubt: bool
    first_name: str = ""
    """The lead's (an AI call says it for ``{first_name}``)."""


@dataclass
class ClaimReport:
    claimed: list[Claimed]
    skipped: int = 0
    waiting: int = 0


def _window(campaign: CompanyCampaign) -> CallingWindow:
    return CallingWindow.parse(campaign.window_start or "", campaign.window_end or "")


def claim(
    session: Session,
    company_id: int,
    now: datetime,
    *,
    limit: int,
    provider: str,
    lease: timedelta = LEASE,
    owner: str = "",
    dead: Collection[str] = (),
) -> ClaimReport:
    """Claim up to ``limit`` attempts: due ones that pass the selection rule, and lapsed
    ``dialing`` ones with no SID (in doubt). Skips and waits are written here too.

    ``owner`` is the claiming worker's name, kept with each attempt it claims
    (:mod:`engine.owners`); the attempts of the owners in ``dead`` (workers on this host
    whose process is gone) are in doubt at once, their lease run out or not. Both claims
    are compare-and-sets: on PostgreSQL, of two workers only one gets an attempt."""
    campaigns = {c.id: c for c in running(session, company_id)}
    report = ClaimReport([])
    if not campaigns:
        return report
    a = ATTEMPTS.c
    gone = a.lease_until < now
    if dead:
        gone = or_(gone, a.lease_owner.in_(sorted(dead)))
    columns = (
        a.id,
        a.idempotency_key,
        a.campaign_id,
        a.lead_id,
        a.attempt_no,
        a.address,
        CampaignLead.first_name,
    )
    lapsed = session.execute(
        select(*columns, a.started_at, a.updated_at)
        .join(CampaignLead, CampaignLead.id == a.lead_id)
        .where(
            a.company_id == company_id,
            a.state == DIALING,
            a.provider_call_sid == "",
            gone,
            a.campaign_id.in_(campaigns),
        )
        .order_by(a.id)
        .limit(limit)
    ).all()
    mine = _set(
        session,
        [r.id for r in lapsed],
        (a.state == DIALING, a.provider_call_sid == "", gone),
        lease_until=now + lease,
        lease_owner=owner,
        updated_at=now,
    )
    for row in lapsed:
        if row.id in mine:  # another worker (PostgreSQL) did not take it meanwhile
            intent = row.started_at or row.updated_at
            report.claimed.append(_claimed(row, intent, in_doubt=True))
    due = session.execute(
        select(*columns, a.scheduled_at, CampaignLead.status, CampaignLead.email_key)
        .join(CampaignLead, CampaignLead.id == a.lead_id)
        .where(
            a.company_id == company_id,
            a.state == QUEUED,
            a.scheduled_at <= now,
            a.campaign_id.in_(campaigns),
        )
        .order_by(a.scheduled_at, a.id)
        .limit(max(0, limit - len(report.claimed)))
    ).all()
    if due:
        doubt = len(report.claimed)
        _judge(session, company_id, campaigns=campaigns, due=due, now=now, report=report)
        mine = _set(
            session,
            [c.attempt_id for c in report.claimed[doubt:]],
            (a.state == QUEUED,),
            state=DIALING,
            lease_until=now + lease,
            lease_owner=owner,
            started_at=now,
            provider=provider,
            updated_at=now,
        )
        report.claimed[doubt:] = [c for c in report.claimed[doubt:] if c.attempt_id in mine]
        _start(session, campaigns, report.claimed[doubt:], now)
    return report


def dead_owners(
    session: Session, company_id: int, now: datetime, is_dead: Callable[[str], bool]
) -> set[str]:
    """The owners of attempts still leased with no call SID whose worker ``is_dead`` (not
    :func:`engine.owners.owner_alive`): a restarted worker reconciles them at once."""
    a = ATTEMPTS.c
    owners = session.scalars(
        select(a.lease_owner)
        .where(
            a.company_id == company_id,
            a.state == DIALING,
            a.provider_call_sid == "",
            a.lease_until >= now,
            a.lease_owner != "",
        )
        .distinct()
    )
    return {owner for owner in owners if is_dead(owner)}


def _claimed(row: Any, intent: datetime, *, in_doubt: bool) -> Claimed:
    return Claimed(
        row.id,
        row.idempotency_key,
        row.campaign_id,
        row.lead_id,
        row.attempt_no,
        row.address,
        intent,
        in_doubt,
        row.first_name or "",
    )


def _set(
    session: Session, ids: Sequence[int], still: Sequence[Any] = (), **values: Any
) -> set[int]:
    """Update the attempts ``ids`` that still match ``still``; returns the ids updated (a
    compare-and-set: on PostgreSQL another worker may have claimed one meanwhile)."""
    done: set[int] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        done.update(
            session.scalars(
                update(ATTEMPTS)
                .where(ATTEMPTS.c.id.in_(chunk), *still)
                .values(**values)
                .returning(ATTEMPTS.c.id)
            )
        )
    return done


def _judge(
    session: Session,
    company_id: int,
    *,
    campaigns: dict[int, CompanyCampaign],
    due: Sequence[Any],
    now: datetime,
    report: ClaimReport,
) -> None:
    """The selection rule over the due rows; claimed ones are added to ``report``."""
    live = set(
        session.scalars(
            select(CallAttempt.lead_id).where(
                CallAttempt.lead_id.in_({r.lead_id for r in due}), CallAttempt.state == DIALING
            )
        )
    )
    stop = do_not_call(session, company_id, [r.address for r in due], [r.email_key for r in due])
    windows = {cid: _window(c) for cid, c in campaigns.items()}
    waits: list[dict[str, Any]] = []
    for row in due:
        campaign = campaigns[row.campaign_id]
        verdict = dial_rules.check(
            dial_rules.Candidate(row.status, row.address, row.scheduled_at, row.lead_id in live),
            now,
            windows[row.campaign_id],
            campaign.timezone,
            stop | {row.address} if row.email_key in stop else stop,
        )
        if verdict.dial:
            live.add(row.lead_id)
            report.claimed.append(_claimed(row, now, in_doubt=False))
        elif verdict.verdict == "outside_window" and verdict.not_before is not None:
            waits.append({"attempt": row.id, "at": verdict.not_before})
        elif verdict.verdict in ("do_not_call", "not_pending"):
            _set(session, [row.id], state=DIALING)  # finish's compare-and-set expects it
            finish(session, row.id, SKIPPED, now=now, error=verdict.verdict.replace("_", "-"))
            report.skipped += 1
    if waits:
        a = ATTEMPTS.c
        session.execute(
            update(ATTEMPTS)
            .where(a.id == bindparam("attempt"))
            .values(scheduled_at=bindparam("at"), updated_at=now),
            waits,
        )
        report.waiting += len(waits)


def _start(
    session: Session,
    campaigns: dict[int, CompanyCampaign],
    dial: Sequence[Claimed],
    now: datetime,
) -> None:
    """The leads' flows are in progress; the campaigns' schedules are locked."""
    for campaign_id in {c.campaign_id for c in dial}:
        if not campaigns[campaign_id].calling_started:
            campaign_rules.mark_calling_started(session, campaign_id, now)
    leads = [c.lead_id for c in dial]
    for start in range(0, len(leads), 500):
        session.execute(
            update(CampaignLead)
            .where(
                CampaignLead.id.in_(leads[start : start + 500]),
                CampaignLead.flow_status != FLOW_IN_PROGRESS,
            )
            .values(flow_status=FLOW_IN_PROGRESS, updated_at=now)
        )


def do_not_call(
    session: Session, company_id: int, phones: Sequence[str], email_keys: Sequence[str] = ()
) -> set[str]:
    """Which of ``phones`` and ``email_keys`` are on the company's do-not-call list now
    (:mod:`engine.outbound.dnc`, read for a whole batch)."""
    found: set[str] = set()
    for column, values in ((DoNotCall.phone, phones), (DoNotCall.email_key, email_keys)):
        wanted = sorted({v for v in values if v})
        for start in range(0, len(wanted), 500):
            found.update(
                session.scalars(
                    select(column).where(
                        DoNotCall.company_id == company_id, column.in_(wanted[start : start + 500])
                    )
                )
            )
    return found


def placed(session: Session, sids: Sequence[tuple[int, str]], now: datetime) -> None:
    """The provider has these calls (attempt id, SID): keep the SIDs; no more lease."""
    if not sids:
        return
    a = ATTEMPTS.c
    session.execute(
        update(ATTEMPTS)
        .where(a.id == bindparam("attempt"), a.state == DIALING)
        .values(provider_call_sid=bindparam("sid"), lease_until=None, error="", updated_at=now),
        [{"attempt": attempt, "sid": sid} for attempt, sid in sids],
    )


def requeue(session: Session, attempt_id: int, at: datetime, error: str, now: datetime) -> None:
    """Nothing was placed: try again at ``at``."""
    session.execute(
        update(CallAttempt)
        .where(CallAttempt.id == attempt_id, CallAttempt.state == DIALING)
        .values(state=QUEUED, scheduled_at=at, lease_until=None, error=error[:1000], updated_at=now)
    )


def in_doubt(session: Session, attempt_id: int, until: datetime, error: str, now: datetime) -> None:
    """The call may have been placed: look for it once the lease runs out."""
    session.execute(
        update(CallAttempt)
        .where(CallAttempt.id == attempt_id, CallAttempt.state == DIALING)
        .values(lease_until=until, error=error[:1000], updated_at=now)
    )


@dataclass(frozen=True, slots=True)
class Live:
    """A placed call waiting for its outcome."""

    attempt_id: int
    campaign_id: int
    lead_id: int
    attempt_no: int
    provider: str
    sid: str
    address: str
    started_at: datetime
    digits: str
    first_name: str = ""


def live(session: Session, company_id: int, *, sandbox: bool) -> list[Live]:
    """The placed calls waiting for an outcome: the sandbox's, or the provider's."""
    provider = CallAttempt.provider == "sandbox"
    rows = session.execute(
        select(CallAttempt, CampaignLead.first_name)
        .join(CampaignLead, CampaignLead.id == CallAttempt.lead_id)
        .where(
            CallAttempt.company_id == company_id,
            CallAttempt.state == DIALING,
            CallAttempt.provider_call_sid != "",
            provider if sandbox else ~provider,
        )
        .order_by(CallAttempt.id)
    )
    return [
        Live(
            r.id,
            r.campaign_id,
            r.lead_id,
            r.attempt_no,
            r.provider,
            r.provider_call_sid,
            r.address,
            r.started_at or r.created_at,
            r.digits,
            first_name or "",
        )
        for r, first_name in rows
    ]


def finish(
    session: Session,
    attempt_id: int,
    outcome: str,
    *,
    now: datetime,
    reply: Reply | None = None,
    **details: Any,
) -> bool:
    """Store the attempt's ``outcome`` and move its lead on (:func:`outcomes.apply`: the
    bucket, the next attempt, the do-not-call entry of a 9); False when another worker
    finished it first. ``details``: ``digits``, ``answered_by``, ``duration_seconds``,
    ``ended_at``, ``error``. A ``skipped`` attempt (do-not-call at dial time) ends the
    lead's calls with its bucket unchanged."""
    row = session.get(CallAttempt, attempt_id)
    if row is None or row.state != DIALING:
        return False
    done = session.execute(
        update(CallAttempt)
        .where(CallAttempt.id == attempt_id, CallAttempt.state == DIALING)
        .values(
            state=DONE,
            outcome=outcome,
            lease_until=None,
            updated_at=now,
            ended_at=details.pop("ended_at", None) or now,
            **details,
        )
    )
    if not done.rowcount:  # type: ignore[attr-defined]
        return False
    if outcome == SKIPPED:
        session.execute(
            update(CampaignLead)
            .where(CampaignLead.id == row.lead_id)
            .values(flow_status=FLOW_COMPLETED, next_attempt_no=NEVER, updated_at=now)
        )
        return True
    key = (reply or Reply(None)).key
    outcomes.apply(
        session, row.company_id, row.lead_id, attempt_no=row.attempt_no, outcome=outcome, digits=key
    )
    return True
