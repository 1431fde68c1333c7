"""Recruiter actions as small operations: run one through the workspace, then announce it.

Every write the window makes goes through here, so views refresh from one signal instead of
polling. Small actions run at once; bulk ones (more than ``BULK_IDS`` candidates or a
whole-filter selection), imports, and anything asked for while background work is queued run
on the serial worker of :mod:`views.background`, so writes never overlap and the window never
freezes. Either way the same signals announce the outcome.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal

from talkpush_desktop.engine.errors import WorkspaceError
from talkpush_desktop.engine.selection import Selection, Targets
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.background import BackgroundRunner

BULK_IDS = 1000


class RecruiterActions(QObject):
    """Moves, labels, PIN refreshes, undo and redo for the window.

    Signals:
        workspace_changed(str): an action changed the workspace; carries what was done.
        action_failed(str): the engine refused an action; carries its reason.
    """

    workspace_changed = Signal(str)
    action_failed = Signal(str)

    def __init__(self, ws: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self.runner = BackgroundRunner(self)

    @property
    def undo_text(self) -> str | None:
        return self._ws.undo_stack.undo_text

    @property
    def redo_text(self) -> str | None:
        return self._ws.undo_stack.redo_text

    def move(self, ids: Targets, folder: str) -> None:
        """Move candidates (ids or a Selection) to a recruiter folder (undoable)."""
        target = _frozen(ids)

        def run() -> str | None:
            moved = self._ws.move(target, folder)
            return f"Moved {moved} to {folder}" if moved else None

        self._run(run, target, f"Moving to {folder}")

    def add_label(self, ids: Targets, label: str) -> None:
        """Put a manual label on candidates (ids or a Selection; undoable)."""
        target = _frozen(ids)

        def run() -> str | None:
            changed = self._ws.add_label(target, label)
            return f"Labelled {changed} {label}" if changed else None

        self._run(run, target, f"Labelling {label}")

    def remove_label(self, ids: Targets, label: str) -> None:
        """Take a manual label off candidates (ids or a Selection; undoable)."""
        target = _frozen(ids)

        def run() -> str | None:
            changed = self._ws.remove_label(target, label)
            return f"Removed {label} from {changed}" if changed else None

        self._run(run, target, f"Removing {label}")

    def create_label(self, name: str, color: str) -> None:
        """Create a manual label (the workspace refuses an existing or automatic name)."""
        self._run(lambda: f"Created label {self._ws.create_label(name, color).name}")

    def refresh_pins(self, ids: Targets) -> None:
        """Give candidates (ids or a Selection) a new PIN code."""
        target = _frozen(ids)

        def run() -> str | None:
            refreshed = self._ws.refresh_pins(target)
            return f"Refreshed the PIN code of {refreshed}" if refreshed else None

        self._run(run, target, "Refreshing PIN codes")

    def comment(self, candidate_id: int, body: str) -> None:
        """Save a private comment on a candidate (it never leaves this machine)."""

        def run() -> str | None:
            self._ws.add_comment(candidate_id, body)
            return "Comment saved"

        self._run(run)

    def queue_message(self, candidate_id: int, body: str, channel: str) -> None:
        """Store a message to a candidate, queued for sending over ``channel``."""

        def run() -> str | None:
            queued = self._ws.queue_message(candidate_id, body, channel)
            return f"Message queued ({queued.channel})"

        self._run(run)

    def retry_messages(self, message_ids: Sequence[int]) -> None:
        """Queue failed messages again (the bubble's Retry); the outbox sends them next."""
        ids = tuple(message_ids)

        def run() -> str | None:
            n = self._ws.retry_messages(ids)
            if not n:
                return "Nothing to retry: the message is no longer failed"
            return f"Queued {n} message{'' if n == 1 else 's'} again"

        self._run(run)

    def create_quick_reply(self, title: str, body: str) -> None:
        """Add a company-wide quick reply."""
        self._run(lambda: f"Created quick reply {self._ws.create_quick_reply(title, body).title}")

    def undo(self) -> None:
        self._run(lambda: _prefixed("Undid", self._ws.undo()))

    def redo(self) -> None:
        self._run(lambda: _prefixed("Redid", self._ws.redo()))

    def _run(
        self, action: Callable[[], str | None], targets: Targets = (), title: str = "Working"
    ) -> None:
        """Run ``action`` now, or on the background worker when it is bulk or work is queued."""
        if self.runner.busy or _is_bulk(targets):
            job = self.runner.submit(title, lambda _context: action())
            job.succeeded.connect(self._on_job_succeeded)
            job.failed.connect(self.action_failed)
            return
        try:
            done = action()
        except WorkspaceError as exc:
            self.action_failed.emit(str(exc))
            return
        self._on_job_succeeded(done)

    def _on_job_succeeded(self, done: object) -> None:
        if done:
            self.workspace_changed.emit(str(done))

    def shutdown(self) -> None:
        """Cancel queued work and wait for the running job (the window is closing)."""
        self.runner.shutdown()


def _is_bulk(targets: Targets) -> bool:
    if isinstance(targets, Selection):
        return targets.all_matching or len(targets.ids) > BULK_IDS
    return len(targets) > BULK_IDS


def _frozen(ids: Targets) -> Targets:
    """A copy the caller cannot change under a (later, background) run."""
    return ids if isinstance(ids, Selection) else tuple(ids)


def _prefixed(verb: str, description: str | None) -> str | None:
    if description is None:
        return None
    return f"{verb}: {description[:1].lower()}{description[1:]}"
