"""A candidate's conversation as a Qt list model over :class:`MessageInfo` tuples.

A conversation opens on its newest ``PAGE`` messages, read alone (one fast engine query);
the rest is read when first needed (:meth:`show_older` as the recruiter scrolls up, or
:attr:`messages`), so opening a 5,000-message chat costs about what a short one does.
Reloading the same candidate applies the difference: new messages are inserted at the
bottom and changed ones (a queued message sent) are updated in place, so the view keeps its
place and cached heights.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from talkpush_desktop.engine.dto import MessageInfo
from talkpush_desktop.engine.enums import DeliveryState, MessageKind
from talkpush_desktop.engine.messaging import schedule, tokens
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.campaign_view.vocabulary import channel_text
from talkpush_desktop.views.chat.event_notes import shown_note
from talkpush_desktop.views.chat.local_dates import (
    clock_time,
    day_heading,
    long_date,
    schedule_note,
)
from talkpush_desktop.views.i18n import QT_TRANSLATE_NOOP
from talkpush_desktop.views.widgets.engine_errors import error_text

ModelIndex = QModelIndex | QPersistentModelIndex

MESSAGE_ROLE = Qt.ItemDataRole.UserRole + 1
"""The whole :class:`MessageInfo` of a row."""
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
"""candidate / bot / recruiter / comment."""
STATE_ROLE = Qt.ItemDataRole.UserRole + 3
"""The delivery state (``queued``, ``delivered``, ``received``...)."""
DAY_ROLE = Qt.ItemDataRole.UserRole + 4
"""A day heading ("Today") when the message is the first of its day, else ""."""
SPEAKER_ROLE = Qt.ItemDataRole.UserRole + 5
"""Who wrote it, as the bubble names them ("Maria Santos", "Bot", "Ana Lim")."""


PAGE = 100
"""Messages shown when a conversation opens, and revealed per :meth:`show_older`."""

STATE_WORDS = {
    DeliveryState.QUEUED: QT_TRANSLATE_NOOP("MessageListModel", "Queued"),
    DeliveryState.SENDING: QT_TRANSLATE_NOOP("MessageListModel", "Sending…"),
    DeliveryState.SENT: QT_TRANSLATE_NOOP("MessageListModel", "Sent"),
    DeliveryState.DELIVERED: QT_TRANSLATE_NOOP("MessageListModel", "Delivered"),
    DeliveryState.FAILED: QT_TRANSLATE_NOOP("MessageListModel", "Failed"),
}
"""What the mark under an outgoing bubble says (and a screen reader reads) per state."""
NO_REASON = QT_TRANSLATE_NOOP("MessageListModel", "The provider gave no reason.")


def sentence(text: str) -> str:
    """``text`` with a capital first letter ("will retry: ..." -> "Will retry: ...")."""
    text = " ".join(text.split())
    return text[:1].upper() + text[1:]


def delivery(m: MessageInfo) -> tuple[str, str] | None:
    """How far an outgoing message got, and why it failed or waits: ("Failed", reason).

    None for what has no delivery of its own (the candidate's messages, comments).
    """
    if m.kind not in (MessageKind.BOT, MessageKind.RECRUITER) or m.state not in STATE_WORDS:
        return None
    detail = sentence(error_text(m.error))  # a fixed refusal in the language
    if m.state == DeliveryState.FAILED:
        detail = detail or QCoreApplication.translate("MessageListModel", NO_REASON)
    elif m.state in (DeliveryState.SENT, DeliveryState.DELIVERED):
        detail = ""
    word = STATE_WORDS[DeliveryState(m.state)]
    return QCoreApplication.translate("MessageListModel", word), detail


def can_retry(m: MessageInfo) -> bool:
    """A failed message of ours can be queued again."""
    return m.kind in (MessageKind.BOT, MessageKind.RECRUITER) and m.state == DeliveryState.FAILED


def speaker(m: MessageInfo, candidate_name: str) -> str:
    """The name a bubble shows for its author."""
    if m.kind == MessageKind.CANDIDATE:
        return candidate_name or QCoreApplication.translate("MessageListModel", "Candidate")
    if m.kind == MessageKind.BOT:
        return QCoreApplication.translate("MessageListModel", "Bot")
    return m.author or QCoreApplication.translate("MessageListModel", "Recruiter")


def _day_starts(messages: list[MessageInfo]) -> list[bool]:
    starts, previous = [], None
    for m in messages:
        day = m.created_at.date()
        starts.append(day != previous)
        previous = day
    return starts


class MessageListModel(QAbstractListModel):
    """The messages of one candidate, oldest first."""

    def __init__(self, ws: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._candidate_id: int | None = None
        self._candidate_name = ""
        self._messages: list[MessageInfo] = []
        self._day_starts: list[bool] = []
        self._first = 0  # index in _messages of the first row
        self._complete = True  # _messages holds the whole conversation, not only its end
        self.schedule_notes: dict[int, str] = {}
        """Queued messages scheduled from this window: id -> "Scheduled for Tue 9:00"; shown
        as the reason the message waits."""

    @property
    def candidate_id(self) -> int | None:
        return self._candidate_id

    @property
    def messages(self) -> list[MessageInfo]:
        """The whole conversation, including messages not revealed as rows yet (the older
        ones are read now when the conversation opened on its newest only)."""
        self._read_older()
        return self._messages

    @property
    def loaded(self) -> list[MessageInfo]:
        """The messages read so far, oldest first: the conversation's newest at least."""
        return self._messages

    @property
    def message_count(self) -> int:
        """How many messages the whole conversation holds (counted, not read)."""
        if self._complete or self._candidate_id is None:
            return len(self._messages)
        return self._ws.messaging.message_count(self._candidate_id)

    @property
    def has_older(self) -> bool:
        return self._first > 0

    def show_older(self, count: int = PAGE) -> int:
        """Reveal up to ``count`` earlier messages at the top; returns how many."""
        self._read_older()
        count = min(count, self._first)
        if count:
            self.beginInsertRows(QModelIndex(), 0, count - 1)
            self._first -= count
            self.endInsertRows()
        return count

    def load(self, candidate_id: int | None, candidate_name: str = "") -> bool:
        """Show a candidate's conversation; returns True when rows were added or replaced."""
        if candidate_id != self._candidate_id:
            newest = self._read(candidate_id, last=PAGE + 1)  # one more: are there older?
            self._reset(candidate_id, candidate_name, newest, complete=len(newest) <= PAGE)
            return True
        found = self._read(candidate_id)
        if not self._complete and not self._prepend_older(found):
            self._reset(candidate_id, candidate_name, found, complete=True)
            return True
        if not self._extends(found):
            self._reset(candidate_id, candidate_name, found, complete=True)
            return True
        return self._apply_difference(found)

    def _reset(
        self, candidate_id: int | None, name: str, found: list[MessageInfo], *, complete: bool
    ) -> None:
        self.beginResetModel()
        self._candidate_id, self._candidate_name = candidate_id, name
        self._messages, self._day_starts = found, _day_starts(found)
        self._first = max(0, len(found) - PAGE)
        self._complete = complete
        self.endResetModel()

    def _read_older(self) -> None:
        """Complete a conversation opened on its newest messages (the rows stay as they are,
        unless it changed meanwhile: then it is shown afresh)."""
        if self._complete:
            return
        found = self._read(self._candidate_id)
        if not self._prepend_older(found):
            self._reset(self._candidate_id, self._candidate_name, found, complete=True)

    def _prepend_older(self, found: list[MessageInfo]) -> bool:
        """Put the messages of ``found`` older than the ones held before them, when ``found``
        holds those (same ids, in order); the rows do not change."""
        held = self._messages
        first = held[0].id if held else None
        at = next((i for i in range(len(found) - 1, -1, -1) if found[i].id == first), -1)
        if at < 0 or [m.id for m in found[at : at + len(held)]] != [m.id for m in held]:
            return False
        self._messages = found[:at] + held
        self._day_starts = _day_starts(self._messages)
        self._first += at
        self._complete = True
        return True

    def _read(self, candidate_id: int | None, last: int | None = None) -> list[MessageInfo]:
        """The conversation (its newest ``last`` messages only, if given), with tokens in our
        messages shown filled in for the candidate."""
        if candidate_id is None:
            return []
        found = self._ws.messaging.messages(candidate_id, last)
        if any(tokens.MARK in m.body for m in found):
            values = self._ws.messaging.token_values(candidate_id)
            found = [
                m._replace(body=tokens.render(m.body, values).text)
                if m.kind != MessageKind.CANDIDATE and tokens.MARK in m.body
                else m
                for m in found
            ]
        found = [shown_note(m) for m in found]  # the engine's notes in the language
        notes = self._stored_schedules(candidate_id, found) | self.schedule_notes
        if notes:
            found = [
                m._replace(error=notes[m.id])
                if m.id in notes and m.state == DeliveryState.QUEUED and not m.error
                else m
                for m in found
            ]
        return found

    def _stored_schedules(self, candidate_id: int, found: list[MessageInfo]) -> dict[int, str]:
        """ "Scheduled for Tue 9:00" for queued messages with a send time, in the
        candidate's time zone (read from their phone, as the send time was)."""
        waiting = [
            m for m in found if m.scheduled_at is not None and m.state == DeliveryState.QUEUED
        ]
        if not waiting:
            return {}
        phone = self._ws.candidates.get(candidate_id).row.phone
        zone = schedule.zone_of(phone, self._ws.company.timezone())
        now = datetime.now(zone).replace(tzinfo=None)
        return {
            m.id: schedule_note(
                m.scheduled_at.replace(tzinfo=UTC).astimezone(zone).replace(tzinfo=None), now
            )
            for m in waiting
            if m.scheduled_at is not None
        }

    def _extends(self, found: list[MessageInfo]) -> bool:
        """True when ``found`` holds the shown messages (same ids, same order) first."""
        held = self._messages
        if len(found) < len(held):
            return False
        return all(a.id == b.id for a, b in zip(held, found, strict=False))

    def _apply_difference(self, found: list[MessageInfo]) -> bool:
        held, first = len(self._messages), self._first
        for at in range(first, held):
            if self._messages[at] != found[at]:
                self._messages[at] = found[at]
                index = self.index(at - first)
                self.dataChanged.emit(index, index)
        if len(found) == held:
            return False
        self.beginInsertRows(QModelIndex(), held - first, len(found) - 1 - first)
        self._messages = found
        self._day_starts = _day_starts(found)
        self.endInsertRows()
        return True

    # -- Qt model API ----------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex | None = None) -> int:
        if parent is not None and parent.isValid():
            return 0
        return len(self._messages) - self._first

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        at = index.row() + self._first if index.isValid() else -1
        if not self._first <= at < len(self._messages):
            return None
        m = self._messages[at]
        if role == MESSAGE_ROLE:
            return m
        if role == Qt.ItemDataRole.DisplayRole:
            return m.body
        if role == KIND_ROLE:
            return m.kind
        if role == STATE_ROLE:
            return m.state
        if role == DAY_ROLE:
            return day_heading(m.created_at) if self._day_starts[at] else ""
        if role == SPEAKER_ROLE:
            return speaker(m, self._candidate_name)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(m)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._spoken(m)
        return None

    @staticmethod
    def _tip(m: MessageInfo) -> str:
        tip = f"{long_date(m.created_at)} \N{MIDDLE DOT} {channel_text(m.channel)}"
        state = delivery(m)
        if state is not None:
            word, detail = state
            tip += f" \N{MIDDLE DOT} {word}" + (f"\n{detail}" if detail else "")
        return tip

    def _spoken(self, m: MessageInfo) -> str:
        """What a screen reader says for a bubble."""
        parts = [speaker(m, self._candidate_name), clock_time(m.created_at)]
        state = delivery(m)
        if m.kind == MessageKind.COMMENT:
            parts.insert(0, self.tr("Private comment"))
        elif state is not None:
            word, detail = state
            parts.append(f"{word.lower()} ({detail})" if detail else word.lower())
            if can_retry(m):
                parts.append(self.tr("press Enter to retry sending"))
        if m.media_type:
            parts.append(self.tr("{kind} attachment").format(kind=m.media_type))
        return f"{', '.join(parts)}: {m.body}"

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        for role, name in (
            (MESSAGE_ROLE, b"message"),
            (KIND_ROLE, b"kind"),
            (STATE_ROLE, b"state"),
            (DAY_ROLE, b"day"),
            (SPEAKER_ROLE, b"speaker"),
        ):
            names[role] = QByteArray(name)
        return names
