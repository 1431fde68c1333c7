"""Recruiter actions as small operations: run one through the workspace, then announce it.

Every write the window makes goes through here, so views refresh from one signal instead of
polling. Each call is one small engine call today; when an action grows slow, this is where
it moves to a background worker without the widgets noticing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal

from talkpush_desktop.engine.errors import WorkspaceError
from talkpush_desktop.engine.workspace import Workspace


class RecruiterActions(QObject):
    """Moves, undo and redo for the window.

    Signals:
        workspace_changed(str): an action changed the workspace; carries what was done.
        action_failed(str): the engine refused an action; carries its reason.
    """

    workspace_changed = Signal(str)
    action_failed = Signal(str)

    def __init__(self, ws: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ws = ws

    @property
    def undo_text(self) -> str | None:
        return self._ws.undo_stack.undo_text

    @property
    def redo_text(self) -> str | None:
        return self._ws.undo_stack.redo_text

    def move(self, ids: Sequence[int], folder: str) -> None:
        """Move candidates to a recruiter folder (undoable)."""
        ids = list(ids)

        def run() -> str | None:
            moved = self._ws.move(ids, folder)
            return f"Moved {moved} to {folder}" if moved else None

        self._run(run)

    def undo(self) -> None:
        self._run(lambda: _prefixed("Undid", self._ws.undo()))

    def redo(self) -> None:
        self._run(lambda: _prefixed("Redid", self._ws.redo()))

    def _run(self, action: Callable[[], str | None]) -> None:
        try:
            done = action()
        except WorkspaceError as exc:
            self.action_failed.emit(str(exc))
            return
        if done:
            self.workspace_changed.emit(done)


def _prefixed(verb: str, description: str | None) -> str | None:
    if description is None:
        return None
    return f"{verb}: {description[:1].lower()}{description[1:]}"
