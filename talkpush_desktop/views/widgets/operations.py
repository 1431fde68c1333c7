"""Recruiter actions as small operations: run one through the workspace, then announce it.

Every write the window makes goes through here, so views refresh from one signal instead of
polling. Small actions run at once; bulk ones (more than ``BULK_IDS`` candidates or a
whole-filter selection), imports, and anything asked for while background work is queued run
on the serial worker of :mod:`views.widgets.background`, so writes never overlap and the window
never freezes. Either way the same signals announce the outcome.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, Signal

from talkpush_desktop.engine.assessments import InvitationReport
from talkpush_desktop.engine.candidates.selection import Selection, Targets
from talkpush_desktop.engine.errors import WorkspaceError
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.i18n import QT_TRANSLATE_NOOP
from talkpush_desktop.views.widgets.background import BackgroundRunner
from talkpush_desktop.views.widgets.engine_errors import engine_text, error_text
from talkpush_desktop.views.widgets.formatting import count_text

BULK_IDS = 1000
NOTIFY_EVENTS = {"Shortlisted": "shortlisted", "Rejected": "rejection"}
"""Folders whose move may tell the candidate, and the template event that does."""
FOLDER_NAMES = (
    QT_TRANSLATE_NOOP("Vocabulary", "Inbox"),
    QT_TRANSLATE_NOOP("Vocabulary", "Shortlisted"),
    QT_TRANSLATE_NOOP("Vocabulary", "On Hold"),
    QT_TRANSLATE_NOOP("Vocabulary", "Rejected"),
    QT_TRANSLATE_NOOP("Vocabulary", "Hired"),
)
"""The folders a recruiter moves candidates to, as the status bar names them (translated
with ``QCoreApplication.translate("Vocabulary", name)``, the campaign view's context for them)."""


@dataclass(frozen=True, slots=True)
class Moved:
    """A move that happened: its description, the folder, and (for a folder that may notify)
    the candidates asked for, resolved just before the move."""

    description: str
    folder: str
    count: int
    ids: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Sent:
    """Messages queued for many candidates, and who was skipped and why."""

    description: str
    queued: int
    skipped: tuple[tuple[int, str], ...] = field(default=())


@dataclass(frozen=True, slots=True)
class Changed:
    """An action that changed more than candidates: its description and its ``changes``
    (``{"campaigns"}``: a campaign's title or settings; the selector reads them again)."""

    description: str
    changes: frozenset[str] = frozenset()


def skipped_reason(reason: str, *, any_channel: bool = False) -> str:
    """An engine reason as the status bar says it: "sms: the candidate has no phone number"
    becomes "no phone number"."""
    _field, sep, rest = reason.partition(": ")
    text = rest if sep and _field in ("sms", "email", "messenger", "voice", "message") else reason
    text = text.removeprefix("the candidate has ")
    if any_channel and text == "no email address":
        return "no phone number or email address"
    return text


def sent_text(queued: int, skipped: Sequence[tuple[int, str]], *, any_channel: bool) -> str:
    """ "Queued 4,998 messages · 2 skipped (no phone number)"."""
    text = (
        QCoreApplication.translate("RecruiterActions", "Queued 1 message")
        if queued == 1
        else QCoreApplication.translate("RecruiterActions", "Queued {count} messages")
    ).format(count=count_text(queued))
    if not skipped:
        return text
    reasons: dict[str, int] = {}
    for _cid, why in skipped:
        short = skipped_reason(why, any_channel=any_channel)
        reasons[short] = reasons.get(short, 0) + 1
    if len(reasons) == 1:
        why = next(iter(reasons))
    else:
        ranked = sorted(reasons.items(), key=lambda item: -item[1])
        why = ", ".join(f"{count_text(n)} {reason}" for reason, n in ranked[:3])
        why += ", \N{HORIZONTAL ELLIPSIS}" if len(ranked) > 3 else ""
    more = QCoreApplication.translate("RecruiterActions", "{count} skipped ({why})")
    return f"{text} \N{MIDDLE DOT} {more.format(count=count_text(len(skipped)), why=why)}"


def invited_text(done: InvitationReport, name: str = "") -> str:
    """ "Invited to Technical screen · lead of 1 company campaign · 1 did not add (no
    email address)"."""
    what = name or done.test_id
    if not done.invited:
        return QCoreApplication.translate("RecruiterActions", "Already invited to {test}").format(
            test=what
        )
    parts = [QCoreApplication.translate("RecruiterActions", "Invited to {test}").format(test=what)]
    if done.leads:
        n = len(done.leads)
        lead = (
            QCoreApplication.translate("RecruiterActions", "lead of 1 company campaign")
            if n == 1
            else QCoreApplication.translate("RecruiterActions", "lead of {count} company campaigns")
        )
        parts.append(lead.format(count=n))
    if done.skipped:
        why = sorted({skipped_reason(x.reason) for x in done.skipped})
        parts.append(
            QCoreApplication.translate("RecruiterActions", "{count} did not add ({why})").format(
                count=len(done.skipped), why=", ".join(why)
            )
        )
    return " \N{MIDDLE DOT} ".join(parts)


class RecruiterActions(QObject):
    """Moves, labels, PIN refreshes, undo and redo for the window.

    Signals:
        workspace_changed(str): an action changed the workspace; carries what was done.
        action_failed(str): the engine refused an action; carries its reason.
        moved(Moved): candidates were moved (after ``workspace_changed``).
        messages_sent(Sent): messages were queued for several candidates (after
            ``workspace_changed``); carries who was skipped.
    """

    workspace_changed = Signal(str)
    action_failed = Signal(str)
    moved = Signal(object)
    messages_sent = Signal(object)

    def __init__(self, ws: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self.runner = BackgroundRunner(self)
        self.wants_moved_ids: Callable[[str], bool] = lambda _folder: False
        """Whether a move to this folder should report whom it moved (to offer notifying)."""
        self.seen_folders: Callable[[Sequence[int]], dict[int, str]] = lambda _ids: {}
        """The folders the window shows candidates in (those it shows): a move is made on
        them, so a candidate someone else moved meanwhile refuses the move."""
        self.schedule_notes: dict[int, str] = {}
        self.last_done: object = None
        """What the last action that changed the workspace returned (a Moved, a Sent...)."""
        """Messages scheduled from this window: message id -> "Scheduled for Tue 9:00"."""

    @property
    def undo_text(self) -> str | None:
        return self._ws.undo_stack.undo_text

    @property
    def redo_text(self) -> str | None:
        return self._ws.undo_stack.redo_text

    def move(self, ids: Targets, folder: str) -> None:
        """Move candidates (ids or a Selection) to a recruiter folder (undoable)."""
        target = _frozen(ids)
        keep = folder in NOTIFY_EVENTS and self.wants_moved_ids(folder)
        seen = self._seen(target)

        def run() -> Moved | None:
            asked = self._resolve(target) if keep else ()
            moved = self._ws.candidates.move(target, folder, seen=seen)
            text = self.tr("Moved {count} to {folder}").format(count=moved, folder=shown)
            return Moved(text, folder, moved, asked) if moved else None

        shown = QCoreApplication.translate("Vocabulary", folder)
        self._run(run, target, self.tr("Moving to {folder}").format(folder=shown))

    def _seen(self, target: Targets) -> dict[int, str] | None:
        """The folders the window shows explicitly picked candidates in (None for "all
        matching": those are resolved in the move's own transaction)."""
        if isinstance(target, Selection) and target.all_matching:
            return None
        return self.seen_folders(target.ids if isinstance(target, Selection) else target)

    def add_label(self, ids: Targets, label: str) -> None:
        """Put a manual label on candidates (ids or a Selection; undoable)."""
        target = _frozen(ids)

        def run() -> str | None:
            changed = self._ws.labels.add(target, label)
            text = self.tr("Labelled {count} {label}")
            return text.format(count=changed, label=label) if changed else None

        self._run(run, target, self.tr("Labelling {label}").format(label=label))

    def remove_label(self, ids: Targets, label: str) -> None:
        """Take a manual label off candidates (ids or a Selection; undoable)."""
        target = _frozen(ids)

        def run() -> str | None:
            changed = self._ws.labels.remove(target, label)
            text = self.tr("Removed {label} from {count}")
            return text.format(label=label, count=changed) if changed else None

        self._run(run, target, self.tr("Removing {label}").format(label=label))

    def create_label(self, name: str, color: str) -> None:
        """Create a manual label (the workspace refuses an existing or automatic name)."""
        text = self.tr("Created label {label}")
        self._run(lambda: text.format(label=self._ws.labels.create(name, color).name))

    def refresh_pins(self, ids: Targets) -> None:
        """Give candidates (ids or a Selection) a new PIN code."""
        target = _frozen(ids)

        def run() -> str | None:
            refreshed = self._ws.candidates.refresh_pins(target)
            text = self.tr("Refreshed the PIN code of {count}")
            return text.format(count=refreshed) if refreshed else None

        self._run(run, target, self.tr("Refreshing PIN codes"))

    def send_messages(self, ids: Targets, body: str, channel: str | None = None) -> None:
        """Queue ``body`` (a quick reply) for candidates; ``channel`` None: SMS when they have
        a phone number, else email. Who cannot be reached is skipped and reported."""
        target = _frozen(ids)

        def run() -> Sent:
            out = self._ws.messaging.send_messages(target, body, channel)
            queued, skipped = len(out.message_ids), tuple(out.skipped)
            text = sent_text(queued, skipped, any_channel=channel is None)
            return Sent(text, queued, skipped)

        self._run(run, target, self.tr("Queueing messages"))

    def invite(self, ids: Targets) -> None:
        """Send the campaign's invitation (its enabled SMS and email templates)."""
        target = _frozen(ids)

        def run() -> str:
            out = self._ws.messaging.send_invitations(target)
            n, left = out.queued, len(out.not_invited)
            if not n:
                why = out.refusal() or self.tr("no invitation queued")
                return why[:1].upper() + why[1:]
            text = (
                self.tr("Queued 1 invitation message")
                if n == 1
                else self.tr("Queued {count} invitation messages")
            ).format(count=count_text(n))
            if not left:
                return text
            rest = self.tr("{count} not invited (see No Campaign Invitation)")
            return f"{text}; {rest.format(count=count_text(left))}"

        self._run(run, target, self.tr("Sending invitations"))

    def notify(self, ids: Targets, event: str) -> None:
        """Send the ``shortlisted`` or ``rejection`` template (after a move)."""
        target = _frozen(ids)

        def run() -> str:
            n = self._ws.messaging.notify(target, event)
            if not n:
                text = self.tr(
                    "No notification queued: no enabled {event} template, or no phone or email"
                )
                return text.format(event=event)
            text = (
                self.tr("Queued 1 {event} notification")
                if n == 1
                else self.tr("Queued {count} {event} notifications")
            )
            return text.format(count=count_text(n), event=event)

        self._run(run, target, self.tr("Notifying candidates"))

    def robocall(self, candidate_id: int, name: str = "") -> None:
        """Start a phone interview with a candidate (the sync worker places the call)."""

        def run() -> str:
            self._ws.calls.robocall(candidate_id)
            if not name:
                return self.tr("Phone interview call queued for the candidate")
            return self.tr("Phone interview call queued for {name}").format(name=name)

        self._run(run)

    def invite_assessment(self, candidate_id: int, test_id: str, name: str = "") -> None:
        """Record that the candidate was invited to an assessment; the assessment campaigns
        for the test that take invited candidates add the candidate as a lead."""

        def run() -> str:
            done = self._ws.assessments.invite([candidate_id], test_id, name or None)
            return invited_text(done, name)

        self._run(run)

    def set_bot_stopped(self, candidate_id: int, stopped: bool) -> None:
        """Stop or resume the interview bot for one candidate."""

        def run() -> str:
            self._ws.chat_actions.set_bot_stopped(candidate_id, stopped)  # with its bubble
            return self.tr("Bot stopped for this candidate") if stopped else self.tr("Bot resumed")

        self._run(run)

    def send_invitation_sms(self, candidate_id: int) -> None:
        """Queue the campaign's invitation SMS to one candidate (the chat pane's Actions)."""

        def run() -> str:
            self._ws.chat_actions.send_invitation_sms(candidate_id)
            return self.tr("Invitation SMS queued")

        self._run(run)

    def comment(self, candidate_id: int, body: str) -> None:
        """Save a private comment on a candidate (it never leaves this machine)."""

        def run() -> str | None:
            self._ws.messaging.add_comment(candidate_id, body)
            return self.tr("Comment saved")

        self._run(run)

    def queue_message(
        self,
        candidate_id: int,
        body: str,
        channel: str,
        send_at: datetime | None = None,
        note: str = "",
    ) -> None:
        """Store a message to a candidate, queued for sending over ``channel`` (at
        ``send_at``, naive UTC, when given; ``note`` then says when, as the bubble shows it)."""

        def run() -> str | None:
            queued = self._ws.messaging.queue_message(candidate_id, body, channel, send_at=send_at)
            if send_at is not None:
                self.schedule_notes[queued.id] = note
                if not note:
                    return self.tr("Message scheduled")
                return self.tr("Message {note}").format(note=f"{note[:1].lower()}{note[1:]}")
            return self.tr("Message queued ({channel})").format(channel=queued.channel)

        self._run(run)

    def retry_messages(self, message_ids: Sequence[int]) -> None:
        """Queue failed messages again (the bubble's Retry); the outbox sends them next."""
        ids = tuple(message_ids)

        def run() -> str | None:
            n = self._ws.messaging.retry_messages(ids)
            if not n:
                return self.tr("Nothing to retry: the message is no longer failed")
            text = (
                self.tr("Queued 1 message again")
                if n == 1
                else self.tr("Queued {count} messages again")
            )
            return text.format(count=count_text(n))

        self._run(run)

    def create_quick_reply(self, title: str, body: str) -> None:
        """Add a company-wide quick reply."""
        text = self.tr("Created quick reply {title}")
        create = self._ws.messaging.create_quick_reply
        self._run(lambda: text.format(title=create(title, body).title))

    def update_quick_reply(self, reply_id: int, title: str, body: str) -> None:
        """Change a quick reply's title and text."""
        update = self._ws.messaging.update_quick_reply
        text = self.tr("Saved quick reply {title}")
        self._run(lambda: text.format(title=update(reply_id, title, body).title))

    def delete_quick_reply(self, reply_id: int, title: str = "") -> None:
        """Delete a quick reply."""

        def run() -> str:
            self._ws.messaging.delete_quick_reply(reply_id)
            return self.tr("Deleted quick reply {title}").format(title=title).rstrip()

        self._run(run)

    def undo(self) -> None:
        verb = self.tr("Undid: {action}")
        self._run(lambda: self._changed(_prefixed(verb, self._ws.undo())))

    def redo(self) -> None:
        verb = self.tr("Redid: {action}")
        self._run(lambda: self._changed(_prefixed(verb, self._ws.redo())))

    def _changed(self, description: str | None) -> Changed | str | None:
        """An undo or redo's outcome, with what its step changes besides candidates."""
        changes = self._ws.undo_stack.last_changes
        return Changed(description, changes) if description and changes else description

    def announce(self, done: Changed) -> None:
        """Announce an operation run elsewhere on :attr:`runner` (a dialog's save) as
        this object's own: ``workspace_changed``, with ``last_done`` set to ``done``."""
        self._on_job_succeeded(done)

    def _resolve(self, target: Targets) -> tuple[int, ...]:
        """The ids of ``target`` as of now (on the thread running the action)."""
        if not isinstance(target, Selection):
            return tuple(target)
        if target.filter is None:
            return target.ids
        found = self._ws.candidates.ids(target.filter)
        return tuple(i for i in found if i not in target.excluded)

    def _run(
        self,
        action: Callable[[], str | Moved | Sent | Changed | None],
        targets: Targets = (),
        title: str = "",
    ) -> None:
        """Run ``action`` now, or on the background worker when it is bulk or work is queued."""
        title = title or self.tr("Working")
        if self.runner.busy or _is_bulk(targets):
            job = self.runner.submit(title, lambda _context: action())
            job.succeeded.connect(self._on_job_succeeded)
            job.failed.connect(self.action_failed)
            return
        try:
            done = action()
        except WorkspaceError as exc:
            self.action_failed.emit(error_text(exc))
            return
        self._on_job_succeeded(done)

    def _on_job_succeeded(self, done: object) -> None:
        self.last_done = done
        if isinstance(done, Moved | Sent):
            self.workspace_changed.emit(done.description)
            (self.moved if isinstance(done, Moved) else self.messages_sent).emit(done)
        elif isinstance(done, Changed):
            self.workspace_changed.emit(done.description)
        elif done:
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
    shown = engine_text(description)  # the step as Edit > Undo names it
    return verb.format(action=f"{shown[:1].lower()}{shown[1:]}")
