"""The import batches of a workspace: where a re-read sheet resumes, which earlier
batches imported the same file, the batch list, and undoing a batch (its candidates that
nobody worked on since go; the others stay, with the reason).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, and_, delete, exists, func, or_, select
from sqlalchemy.orm import Session

from talkpush_desktop.engine.candidates import folders, kept_counts, labels
from talkpush_desktop.engine.company import campaign_access
from talkpush_desktop.engine.errors import NotFoundError, ValidationError
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.storage.models import (
    Action,
    Activity,
    Campaign,
    Candidate,
    CandidateLabel,
    DeliveryState,
    Folder,
    ImportBatch,
    InterviewResponse,
    Label,
    Message,
    MessageKind,
)

if TYPE_CHECKING:
    from talkpush_desktop.engine.context import Context


@dataclass
class UndoSummary:
    batch_id: int
    removed: int
    kept: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def resume_point(s: Session, campaign_id: int, fmt: str, sheet_key: str) -> int:
    """For sheets: the last row already imported (only later rows are new)."""
    if fmt != "google-form":
        return 0
    last = s.scalar(
        select(func.max(ImportBatch.last_row)).where(
            ImportBatch.campaign_id == campaign_id,
            ImportBatch.sheet_key == sheet_key,
            ImportBatch.undone_at.is_(None),
        )
    )
    return int(last or 0)


def earlier_batches(s: Session, campaign_id: int, sheet_key: str) -> list[int]:
    """The batches (not undone) that imported the same file or sheet into the campaign."""
    return list(
        s.scalars(
            select(ImportBatch.id).where(
                ImportBatch.campaign_id == campaign_id,
                ImportBatch.sheet_key == sheet_key,
                ImportBatch.undone_at.is_(None),
            )
        )
    )


# -- undo ----------------------------------------------------------------------------------


def _intake() -> ColumnElement[bool]:
    """Activity of the intake itself: the add, its invitation (the bot's messages), the
    system's move to No Campaign Invitation when the invitation could not be sent."""
    return or_(
        Activity.action.in_((Action.ADDED.value, Action.INVITED.value)),
        and_(Activity.action == Action.MESSAGED.value, Activity.user_id.is_(None)),
        and_(
            Activity.action == Action.MOVED.value,
            Activity.to_folder == Folder.NO_CAMPAIGN_INVITATION.value,
            Activity.user_id.is_(None),
        ),
    )


def _unsent_invitation() -> ColumnElement[bool]:
    """Messages of the intake: the bot's invitation still queued, the system's note why it
    could not be sent. Nobody has been contacted yet."""
    return or_(
        and_(Message.kind == MessageKind.BOT.value, Message.state == DeliveryState.QUEUED.value),
        and_(Message.kind == MessageKind.COMMENT.value, Message.user_id.is_(None)),
    )


def _touch_reasons(s: Session, ids: list[int]) -> dict[int, str]:
    """Why a candidate of the batch must be kept: somebody worked on it since."""
    reasons: dict[int, str] = {}
    checks = (
        ("has later activity", exists().where(Activity.candidate_id == Candidate.id, ~_intake())),
        (
            "has messages",
            exists().where(Message.candidate_id == Candidate.id, ~_unsent_invitation()),
        ),
        ("has interview responses", exists().where(InterviewResponse.candidate_id == Candidate.id)),
        (
            "has manual labels",
            exists().where(
                CandidateLabel.candidate_id == Candidate.id,
                CandidateLabel.label_id.in_(select(Label.id).where(Label.automatic.is_(False))),
            ),
        ),
    )
    for part in folders.chunks(ids):
        for reason, condition in checks:
            for cid in s.scalars(select(Candidate.id).where(Candidate.id.in_(part), condition)):
                reasons.setdefault(cid, reason)
    return reasons


def undo_batch(ctx: Context, batch_id: int) -> UndoSummary:
    """Remove the candidates a batch added that nobody has touched since; say which stay."""
    now = utcnow()
    with ctx.transaction() as s:
        batch = s.get(ImportBatch, batch_id)
        campaign = s.get(Campaign, batch.campaign_id) if batch else None
        if (
            batch is None
            or campaign is None
            or campaign.company_id != ctx.company_id
            or not campaign_access.sees(s, campaign.id)  # a manager: their campaigns' only
        ):
            raise NotFoundError(f"no import batch with id {batch_id}")
        if batch.undone_at is not None:
            raise ValidationError(f"import batch {batch_id} was already undone")
        rows = s.execute(
            select(
                Candidate.id,
                Candidate.campaign_id,
                Candidate.folder,
                Candidate.email_key,
                Candidate.phone,
                Candidate.source,
                Candidate.completed_at,
            ).where(Candidate.import_batch_id == batch_id)
        ).all()
        kept = _touch_reasons(s, [r.id for r in rows])
        doomed = [r for r in rows if r.id not in kept]
        deltas: Counter[tuple[int, str]] = Counter()
        by_source: Counter[kept_counts.SourceKey] = Counter()
        for r in doomed:
            deltas[(r.campaign_id, r.folder)] -= 1
            by_source[(r.campaign_id, r.source, r.completed_at is not None)] -= 1
        for part in folders.chunks([r.id for r in doomed]):
            s.execute(delete(Candidate).where(Candidate.id.in_(part)))
        folders.adjust_counts(s, deltas)
        kept_counts.adjust_sources(s, by_source)
        labels.refresh_duplicates(
            s, ctx.company_id, [r.email_key for r in doomed], [r.phone for r in doomed], now
        )
        batch.undone_at = now
        batch.status = "undone"
    ctx.undo_stack.clear()
    return UndoSummary(
        batch_id, len(doomed), [{"id": cid, "reason": why} for cid, why in sorted(kept.items())]
    )


def batches(ctx: Context) -> list[dict[str, Any]]:
    """Every import batch of the workspace (of the campaigns the acting user may see),
    newest first."""
    with ctx.transaction() as s:
        query = (
            select(ImportBatch)
            .join(Campaign, Campaign.id == ImportBatch.campaign_id)
            .where(Campaign.company_id == ctx.company_id)
            .order_by(ImportBatch.id.desc())
        )
        seen = campaign_access.within(s, None)
        if seen is not None:
            query = query.where(ImportBatch.campaign_id.in_(seen))
        rows = s.scalars(query)
        return [
            {
                "id": b.id,
                "campaign_id": b.campaign_id,
                "format": b.source_format,
                "file": b.file_name,
                "status": b.status,
                "imported": b.imported,
                "duplicates": b.duplicates,
                "rejected": b.rejected,
                "started_at": b.started_at.isoformat(),
                "rejects_report": b.rejects_path,
            }
            for b in rows
        ]
