"""``ws.labels.all``: the company's labels and labelling candidates (undoable)."""

from __future__ import annotations

from sqlalchemy import select

from talkpush_desktop.engine.candidates import label_conflicts, labels, selection
from talkpush_desktop.engine.candidates.selection import Targets
from talkpush_desktop.engine.context import Service
from talkpush_desktop.engine.dto import LabelInfo
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.engine.undo import UndoEntry
from talkpush_desktop.storage.models import Label


class LabelsService(Service):
    """Automatic and manual labels; adding and taking them off candidates."""

    def all(self) -> list[LabelInfo]:
        """Every label, the automatic ones first, then by name."""
        with self._ctx.reading() as s:
            rows = s.scalars(
                select(Label)
                .where(Label.company_id == self._ctx.company_id)
                .order_by(Label.automatic.desc(), Label.name)
            )
            return [LabelInfo(x.id, x.name, x.automatic, x.color) for x in rows]

    def create(self, name: str, color: str = "#5b8def") -> LabelInfo:
        with self._ctx.transaction() as s:
            x = labels.create(s, self._ctx.company_id, name, color)
            return LabelInfo(x.id, x.name, x.automatic, x.color)

    def add(self, ids: Targets, name: str) -> int:
        """Label candidates (ids or a Selection; creating the label if new); undoable.

        Returns how many changed.
        """
        return self._apply(ids, name, add=True, push=True)

    def remove(self, ids: Targets, name: str) -> int:
        """Take a manual label off candidates (ids or a Selection); undoable."""
        return self._apply(ids, name, add=False, push=True)

    def _apply(self, ids: Targets, name: str, *, add: bool, push: bool) -> int:
        ctx = self._ctx
        with ctx.transaction() as s:
            change = labels.apply(
                s,
                ctx.company_id,
                selection.resolve(s, ctx.company_id, ids, ctx.dialect),
                name,
                add=add,
                user_id=ctx.user_id,
                at=utcnow(),
            )
        if push and change.candidate_ids:
            description = (
                f"{'Label' if add else 'Unlabel'} {len(change.candidate_ids)} {change.label}"
            )
            changed = list(change.candidate_ids)
            ctx.undo_stack.push(
                UndoEntry(
                    description,
                    undo=lambda: self._again(
                        changed, change.label, not add, f"undo {description!r}"
                    ),
                    redo=lambda: self._again(changed, change.label, add, f"redo {description!r}"),
                )
            )
        return len(change.candidate_ids)

    def _again(self, ids: list[int], name: str, add: bool, doing: str) -> None:
        """Undo or redo a label change (``add``: put the label back on), if every candidate
        still is as this workspace left them; else refused (:class:`LabelConflict`)."""
        ctx = self._ctx
        with ctx.transaction() as s:
            found = label_conflicts.stale(s, ctx.company_id, ids, name, carried=not add)
            if found:
                raise label_conflicts.conflict(
                    s, ctx.company_id, found, name, carried=not add, doing=doing
                )
            labels.apply(s, ctx.company_id, ids, name, add=add, user_id=ctx.user_id, at=utcnow())
