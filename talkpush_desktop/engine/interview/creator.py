"""The interview creator's operations (``ws.interview.add_step`` ... ``save_steps``).

Every change goes the same way: the recordings it brings are checked (all of them, before
any is copied); then one transaction reads the campaign's steps, applies the change, checks
the whole interview (:mod:`.steps`), copies the new recordings into the workspace folder
and writes it; the candidates' progress labels follow. A refused change stores nothing: the
copies it made are removed again. :func:`check` and :func:`store` are the same steps for a
caller with its own transaction (``ws.campaign_settings.save``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from talkpush_desktop.engine.candidates import labels
from talkpush_desktop.engine.company import campaigns
from talkpush_desktop.engine.errors import ValidationError
from talkpush_desktop.engine.interview import steps as rules
from talkpush_desktop.engine.interview.audio_files import inspect
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.storage.models import Candidate

if TYPE_CHECKING:
    from talkpush_desktop.engine.context import Context

Edit = Callable[[list[rules.StepDraft]], list[rules.StepDraft]]


def drafts_of(items: Sequence[rules.StepInfo]) -> list[rules.StepDraft]:
    return [rules.StepDraft(i.section, i.text, i.answer_type, i.audio_path, i.id) for i in items]


def _stored(audio: str) -> bool:
    return audio.startswith(f"{rules.AUDIO_FOLDER}/") and not Path(audio).is_absolute()


def _stage(ctx: Context, campaign_id: int, audios: Sequence[str]) -> dict[str, tuple[str, float]]:
    fresh = [a for a in dict.fromkeys(audios) if a and not _stored(a)]
    infos = {a: inspect(Path(a)) for a in fresh}  # every file checked before one is copied
    staged: dict[str, tuple[str, float]] = {}
    try:
        for audio, info in infos.items():
            path = rules.stage_audio(ctx.data_dir, campaign_id, Path(audio), info)
            staged[audio] = (path, info.seconds)
    except OSError as exc:
        _unstage(ctx, staged)
        raise ValidationError(f"could not copy the recording: {exc.strerror or exc}") from exc
    return staged


def _unstage(ctx: Context, staged: dict[str, tuple[str, float]]) -> None:
    for path, _seconds in staged.values():
        (ctx.data_dir / path).unlink(missing_ok=True)


def check(drafts: Sequence[rules.StepDraft]) -> tuple[list[rules.StepDraft], dict[str, str]]:
    """The drafts checked as a whole interview, with no writing: the checked drafts and
    every problem keyed ``steps.N.FIELD`` (N 1-based; ``steps`` for the whole)."""
    checked: list[rules.StepDraft] = []
    found: dict[str, str] = {}
    for n, draft in enumerate(drafts, start=1):
        try:
            checked.append(rules.check_draft(n, draft))
        except rules.StepError as exc:
            found[f"steps.{exc.n}.{exc.field}"] = str(exc)
            continue
        if draft.audio and not _stored(draft.audio):
            try:
                inspect(Path(draft.audio))
            except ValidationError as exc:
                found[f"steps.{n}.audio"] = str(exc)
    if not found:
        try:
            rules.check_order([d.section for d in checked])
        except rules.StepError as exc:
            found[f"steps.{exc.n}.{exc.field}"] = str(exc)
        except ValidationError as exc:
            found["steps"] = str(exc)
    return checked, found


def store(
    ctx: Context, session: Session, campaign_id: int, checked: Sequence[rules.StepDraft]
) -> list[int]:
    """Make the campaign's interview ``checked`` (drafts that passed :func:`check`) inside
    the caller's transaction: new recordings are copied in (and removed again when this
    fails), the steps written, the candidates' progress labels refreshed. Returns the step
    ids in order."""
    staged = _stage(ctx, campaign_id, [d.audio for d in checked])
    try:
        current = rules.list_steps(session, campaign_id)
        seconds = {i.audio_path: i.audio_seconds for i in current if i.audio_path}
        ready = [_ready(ctx, campaign_id, d, staged, seconds) for d in checked]
        ids = rules.write(session, campaign_id, ready)
        affected = list(
            session.scalars(select(Candidate.id).where(Candidate.campaign_id == campaign_id))
        )
        labels.refresh_progress(session, ctx.company_id, affected, utcnow())
        return ids
    except BaseException:
        _unstage(ctx, staged)
        raise


def apply(ctx: Context, campaign: int | str, edit: Edit, audios: Sequence[str]) -> list[int]:
    """Change a campaign's interview by ``edit`` (current drafts -> new drafts); ``audios``
    are the recordings the change brings in (each checked before anything is written).
    Returns the step ids in order."""
    for audio in audios:
        if audio and not _stored(audio):
            inspect(Path(audio))
    with ctx.transaction() as s:
        campaign_id = campaigns.resolve(s, ctx.company_id, campaign).id
        wanted = edit(drafts_of(rules.list_steps(s, campaign_id)))
        checked = [rules.check_draft(n, d) for n, d in enumerate(wanted, start=1)]
        rules.check_order([d.section for d in checked])
        return store(ctx, s, campaign_id, checked)


def _ready(
    ctx: Context,
    campaign_id: int,
    d: rules.StepDraft,
    staged: dict[str, tuple[str, float]],
    seconds: dict[str, float],
) -> rules.Staged:
    if not d.audio:
        return rules.Staged(d, "", 0.0)
    if d.audio in staged:
        path, length = staged[d.audio]
        return rules.Staged(d, path, length)
    if d.audio in seconds:
        return rules.Staged(d, d.audio, seconds[d.audio])
    own = f"{rules.AUDIO_FOLDER}/campaign-{campaign_id}-"
    kept = ctx.data_dir / d.audio
    if d.audio.startswith(own) and "/" not in d.audio.removeprefix(own) and kept.is_file():
        return rules.Staged(d, d.audio, inspect(kept).seconds)  # an earlier one (undo)
    raise ValidationError(f"{d.audio}: not a recording of this campaign's interview")


def insert_at(items: list[rules.StepDraft], draft: rules.StepDraft) -> list[rules.StepDraft]:
    """``items`` with ``draft`` where its section goes: after the last step of its section
    or of one that comes before it."""
    rank = rules.SECTIONS.index(rules.section_of(draft.section))
    at = 0
    for n, item in enumerate(items, start=1):
        if rules.SECTIONS.index(item.section) <= rank:
            at = n
    return [*items[:at], draft, *items[at:]]


def moved(items: list[rules.StepDraft], step_id: int, to: int) -> list[rules.StepDraft]:
    """``items`` with step ``step_id`` at position ``to`` (1-based)."""
    index = next((n for n, d in enumerate(items) if d.id == step_id), None)
    if index is None:
        raise ValidationError(f"no interview step with id {step_id}")
    if not 1 <= to <= len(items):
        raise ValidationError(f"position {to} is outside 1..{len(items)}")
    rest = [d for d in items if d.id != step_id]
    return [*rest[: to - 1], items[index], *rest[to - 1 :]]


def removed(items: list[rules.StepDraft], step_id: int) -> list[rules.StepDraft]:
    rest = [d for d in items if d.id != step_id]
    if len(rest) == len(items):
        raise ValidationError(f"no interview step with id {step_id}")
    return rest
