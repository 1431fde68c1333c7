"""The invitation rule, for every intake path (manual add, file and sheet imports, and the
API and CV paths to come) and the Invite buttons.

A candidate is invited by their campaign's enabled invitation templates (SMS, email). A
candidate none of whose enabled versions can go - no phone or email for them, a token with
no value - is *not invited*: they move from the Inbox to **No Campaign Invitation** (the
seed's folder for exactly this), and the reason is written into their conversation as a
private note and kept as the move's detail (the profile shows it). An invitation that goes
out later brings them back to the Inbox. A campaign whose invitation templates are all off
invites nobody and moves nobody.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, insert, select
from sqlalchemy.orm import Session

from talkpush_desktop.engine.candidates import activity, folders
from talkpush_desktop.engine.messaging import event_templates
from talkpush_desktop.storage.models import (
    Action,
    Activity,
    Candidate,
    Channel,
    DeliveryState,
    Folder,
    Message,
    MessageKind,
    table_of,
)
from talkpush_desktop.storage.prepared import Prepared

NOTE = "Invitation not sent: "
"""How the conversation note of a candidate who was not invited starts."""
DETAIL_MAX = 500  # the width of activity.detail


@dataclass
class Invitations:
    """What inviting did: messages queued, candidates invited, who was not and why, and
    candidates whose campaign sends no invitation (its templates are off)."""

    queued: int = 0
    invited: list[int] = field(default_factory=list)
    not_invited: list[tuple[int, str]] = field(default_factory=list)
    templates_off: list[int] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """``invited`` (messages queued) and ``not_invited`` (``[{id, reason}]``)."""
        return {
            "invited": self.queued,
            "not_invited": [{"id": cid, "reason": why} for cid, why in self.not_invited],
        }

    def refusal(self) -> str:
        """Why nothing went out, in one line ("" when something did)."""
        if self.queued:
            return ""
        if self.not_invited:
            return f"invitation not sent: {self.not_invited[0][1]}"
        if self.templates_off:
            return "invitation: the campaign's invitation templates are off (turn one on)"
        return ""


def send(
    session: Session,
    company_id: int,
    candidate_ids: Sequence[int],
    *,
    at: datetime,
) -> Invitations:
    """Invite the candidates by the rule above, in the caller's transaction (the system
    sends and moves: nothing is logged as a recruiter's action)."""
    run = event_templates.queue(session, company_id, candidate_ids, "invitation", at=at)
    out = Invitations(run.queued, list(run.reached), list(run.failed().items()))
    out.templates_off = list(run.no_template)
    activity.record(
        session,
        [
            activity.Event(company_id, camp, cid, Action.INVITED, at)
            for cid, camp in run.reached.items()
        ],
    )
    back = _in_folder(session, out.invited, Folder.NO_CAMPAIGN_INVITATION)
    folders.move(session, company_id, back, Folder.INBOX, user_id=None, at=at)
    _set_aside(session, company_id, out.not_invited, at=at)
    return out


def _in_folder(session: Session, ids: Sequence[int], folder: Folder) -> list[int]:
    found: list[int] = []
    for part in folders.chunks(list(ids)):
        found += _IN_FOLDER.scalars(session, {"ids": part, "folder": folder.value})
    return found


_IN_FOLDER = Prepared(
    select(Candidate.id).where(
        Candidate.id.in_(bindparam("ids", expanding=True)), Candidate.folder == bindparam("folder")
    )
)
"""Prepared once: every batch of invitations runs it."""


def _set_aside(
    session: Session,
    company_id: int,
    failed: Sequence[tuple[int, str]],
    *,
    at: datetime,
) -> None:
    """Note each reason in the conversation; move Inbox candidates to No Campaign Invitation."""
    if not failed:
        return
    notes = [
        {
            "candidate_id": cid,
            "user_id": None,
            "direction": "out",
            "channel": Channel.INTERNAL.value,
            "kind": MessageKind.COMMENT.value,
            "body": NOTE + why,
            "state": DeliveryState.DELIVERED.value,
            "created_at": at,
        }
        for cid, why in failed
    ]
    for part in folders.chunks(notes):
        session.execute(insert(table_of(Message)), part)
    inbox = set(_in_folder(session, [cid for cid, _ in failed], Folder.INBOX))
    by_reason: dict[str, list[int]] = {}
    for cid, why in failed:
        if cid in inbox:
            by_reason.setdefault(why[:DETAIL_MAX], []).append(cid)
    for why, ids in by_reason.items():
        folders.move(
            session,
            company_id,
            ids,
            Folder.NO_CAMPAIGN_INVITATION,
            user_id=None,
            at=at,
            detail=why,
        )


def problem(session: Session, candidate_id: int, folder: str) -> str:
    """Why a candidate in No Campaign Invitation was not invited ("" elsewhere)."""
    if folder != Folder.NO_CAMPAIGN_INVITATION.value:
        return ""
    detail = session.scalar(
        select(Activity.detail)
        .where(
            Activity.candidate_id == candidate_id,
            Activity.action == Action.MOVED.value,
            Activity.to_folder == Folder.NO_CAMPAIGN_INVITATION.value,
        )
        .order_by(Activity.id.desc())
        .limit(1)
    )
    return str(detail or "")
