"""Undo/redo of recruiter actions (folder moves, label changes), kept by the workspace."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class UndoEntry:
    """A done action and how to revert / replay it."""

    description: str
    undo: Callable[[], object]
    redo: Callable[[], object]
    changes: frozenset[str] = frozenset()
    """What undoing or redoing it changes besides candidates (``{"campaigns"}``: a
    campaign's title or settings), so the views that show those read them again."""


class UndoStack:
    """A bounded undo history; doing something new clears the redo side."""

    def __init__(self, limit: int = 100) -> None:
        self._done: list[UndoEntry] = []
        self._undone: list[UndoEntry] = []
        self._limit = limit
        self.last_changes: frozenset[str] = frozenset()
        """The ``changes`` of the entry the last :meth:`undo` or :meth:`redo` took back
        or did again (empty when there was none)."""

    def push(self, entry: UndoEntry) -> None:
        self._done.append(entry)
        del self._done[: -self._limit]
        self._undone.clear()

    @property
    def undo_text(self) -> str | None:
        return self._done[-1].description if self._done else None

    @property
    def redo_text(self) -> str | None:
        return self._undone[-1].description if self._undone else None

    def undo(self) -> str | None:
        """Revert the last action; returns its description (None if nothing to undo).

        The history holds this workspace's own actions only. An action that can no longer
        be reverted (another workstation changed its candidates since) raises the
        engine's refusal and leaves the history: the one before it is next."""
        self.last_changes = frozenset()
        if not self._done:
            return None
        entry = self._done.pop()
        entry.undo()
        self._undone.append(entry)
        self.last_changes = entry.changes
        return entry.description

    def redo(self) -> str | None:
        self.last_changes = frozenset()
        if not self._undone:
            return None
        entry = self._undone.pop()
        entry.redo()
        self._done.append(entry)
        self.last_changes = entry.changes
        return entry.description

    def clear(self) -> None:
        self._done.clear()
        self._undone.clear()
