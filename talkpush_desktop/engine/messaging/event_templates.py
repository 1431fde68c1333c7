"""A campaign's event template (invitation, completion, shortlisted, rejection) queued for
many candidates, in each of its enabled versions (SMS, email), and what became of each one.

Every candidate is offered every enabled version of their campaign's template, so a version
that cannot go (no phone for the SMS, a token with no value) is reported with its reason
rather than passed over. Candidates are grouped by campaign and channel, so inviting a
100,000-row import renders each template once per group rather than once per person.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from talkpush_desktop.engine.messaging import sending
from talkpush_desktop.storage.models import Channel, MessageKind, MessageTemplate
from talkpush_desktop.storage.prepared import Prepared

CHANNELS = (Channel.SMS.value, Channel.EMAIL.value)


@dataclass
class Run:
    """The outcome: messages queued, who got at least one, why versions could not go, and
    whose campaign has no enabled version of the template."""

    queued: int = 0
    reached: dict[int, int] = field(default_factory=dict)  # candidate -> campaign
    problems: dict[int, list[str]] = field(default_factory=dict)  # candidate -> reasons
    no_template: dict[int, int] = field(default_factory=dict)  # candidate -> campaign

    def failed(self) -> dict[int, str]:
        """Candidates none of whose versions could go, with every reason in one line."""
        return {
            cid: "; ".join(reasons)
            for cid, reasons in self.problems.items()
            if cid not in self.reached
        }


def _enabled(session: Session, campaign_ids: set[int], event: str) -> dict[tuple[int, str], Any]:
    """The enabled versions of ``event``'s template by (campaign, channel): rows with the
    template's ``campaign_id``, ``channel``, ``subject`` and ``body``."""
    found = _ENABLED.records(session, {"event": event, "campaigns": sorted(campaign_ids)})
    return {(t.campaign_id, t.channel): t for t in found}


_ENABLED = Prepared(
    select(
        MessageTemplate.campaign_id,
        MessageTemplate.channel,
        MessageTemplate.subject,
        MessageTemplate.body,
    ).where(
        MessageTemplate.event == bindparam("event"),
        MessageTemplate.enabled.is_(True),
        MessageTemplate.campaign_id.in_(bindparam("campaigns", expanding=True)),
    )
)
"""Prepared once: every batch of invitations runs it."""


def _draft(t: Any) -> sending.Draft:
    """The message of a template version (a row of :data:`_ENABLED`)."""
    sms = t.channel == Channel.SMS.value
    return sending.Draft(
        t.body if sms else "",
        t.channel,
        subject=t.subject,
        html="" if sms else t.body,
        kind=MessageKind.BOT,
    )


def _with_channel(channel: str, why: str) -> str:
    return why if why.startswith(f"{channel}:") else f"{channel}: {why}"


def queue(
    session: Session, company_id: int, candidate_ids: Sequence[int], event: str, *, at: datetime
) -> Run:
    """Queue ``event``'s enabled versions for the candidates, in the caller's transaction."""
    reads = sending.read(session, company_id, list(dict.fromkeys(candidate_ids)))
    campaign_of = {cid: contact[3] for cid, contact in reads.contacts.items()}
    templates = _enabled(session, set(campaign_of.values()), event)
    run = Run()
    groups: dict[tuple[int, str], list[int]] = {}
    for cid, campaign_id in campaign_of.items():
        channels = [ch for ch in CHANNELS if (campaign_id, ch) in templates]
        if not channels:
            run.no_template[cid] = campaign_id
        for channel in channels:
            groups.setdefault((campaign_id, channel), []).append(cid)
    for (campaign_id, channel), ids in groups.items():
        draft = _draft(templates[(campaign_id, channel)])
        out = sending.queue(session, company_id, ids, draft, user_id=None, at=at, reads=reads)
        run.queued += len(out.message_ids)
        run.reached.update(dict.fromkeys(out.message_ids, campaign_id))
        for cid, why in out.skipped:
            run.problems.setdefault(cid, []).append(_with_channel(channel, why))
    return run
