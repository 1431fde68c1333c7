"""``ws.labels.all``: the company's labels and labelling candidates (undoable)."""

from __future__ import annotations

from sqlalchemy import select

from talkpush_desktop.engine.candidates import labels, selection
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
            verb = "Label" if add else "Unlabel"
            changed = list(change.candidate_ids)
            ctx.undo_stack.push(
                UndoEntry(
                    f"{verb} {len(changed)} {change.label}",
                    undo=lambda: self._apply(changed, change.label, add=not add, push=False),
                    redo=lambda: self._apply(changed, change.label, add=add, push=False),
                )
            )
        return len(change.candidate_ids)
