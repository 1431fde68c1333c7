"""The interview creator's operations (``ws.interview.add_step`` ... ``save_steps``).

Every change goes the same way: the recordings it brings are checked (all of them, before
any is copied) and copied into the workspace folder; then one transaction reads the
campaign's steps, applies the change, checks the whole interview (:mod:`.steps`) and
writes it; the candidates' progress labels follow. A refused change stores nothing: the
copies it made are removed again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

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


def apply(ctx: Context, campaign: int | str, edit: Edit, audios: Sequence[str]) -> list[int]:
    """Change a campaign's interview by ``edit`` (current drafts -> new drafts); ``audios``
    are the recordings the change brings in. Returns the step ids in order."""
    with ctx.reading() as s:
        campaign_id = campaigns.resolve(s, ctx.company_id, campaign).id
    staged = _stage(ctx, campaign_id, audios)
    try:
        with ctx.transaction() as s:
            campaigns.resolve(s, ctx.company_id, campaign_id)
            current = rules.list_steps(s, campaign_id)
            wanted = edit(drafts_of(current))
            checked = [rules.check_draft(n, d) for n, d in enumerate(wanted, start=1)]
            rules.check_order([d.section for d in checked])
            seconds = {i.audio_path: i.audio_seconds for i in current if i.audio_path}
            ready = [_ready(d, staged, seconds) for d in checked]
            ids = rules.write(s, campaign_id, ready)
            affected = list(
                s.scalars(select(Candidate.id).where(Candidate.campaign_id == campaign_id))
            )
            labels.refresh_progress(s, ctx.company_id, affected, utcnow())
            return ids
    except BaseException:
        _unstage(ctx, staged)
        raise


def _ready(
    d: rules.StepDraft, staged: dict[str, tuple[str, float]], seconds: dict[str, float]
) -> rules.Staged:
    if not d.audio:
        return rules.Staged(d, "", 0.0)
    if d.audio in staged:
        path, length = staged[d.audio]
        return rules.Staged(d, path, length)
    if d.audio in seconds:
        return rules.Staged(d, d.audio, seconds[d.audio])
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
