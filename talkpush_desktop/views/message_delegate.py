"""Paints chat bubbles: the candidate green on the left; the bot and recruiters grey on the
right; private comments orange; a day separator above the first message of each day.

No widget per message. Row heights are measured once per message and bubble width and kept,
so a long history lays out quickly and scrolls without measuring text again.
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple
from urllib.parse import unquote, urlparse

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter
from PySide6.QtWidgets import QListView, QStyledItemDelegate, QStyleOptionViewItem

from talkpush_desktop.engine.dto import MessageInfo
from talkpush_desktop.storage.models import DeliveryState, MessageKind
from talkpush_desktop.views import style
from talkpush_desktop.views.formatting import clock_time
from talkpush_desktop.views.message_model import DAY_ROLE, MESSAGE_ROLE, SPEAKER_ROLE

MARGIN = 18
PAD_X = 12
PAD_Y = 8
RADIUS = 12
ICON = 14
GAP = 6
ROW_GAP = 10
META = 20
DAY = 38
MAX_BUBBLE = 520
WIDTH_SHARE = 0.76
SCROLLBAR_ALLOWANCE = 12
SLACK = 2
"""Pixels added to measured text: fractional advances must never push a word over."""
PRIVATE_NOTE = "Private comment \N{MIDDLE DOT} not visible to the candidate"
CHANNEL_NAMES = {"sms": "SMS", "email": "Email", "wechat": "WeChat", "web": "Web chat"}
MEDIA_NAMES = {"audio": "Audio message", "video": "Video", "image": "Image"}
WRAP = Qt.TextFlag.TextWordWrap
RESET_EVENTS = (QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.StyleChange)


@cache
def _icon(name: str) -> QIcon:
    return style.icon(name)


def channel_name(channel: str) -> str:
    return CHANNEL_NAMES.get(channel, channel.capitalize())


def attachment_name(m: MessageInfo) -> str:
    """The file name of an attachment, or what it is when there is no file."""
    path = unquote(urlparse(m.media_url).path).rsplit("/", 1)[-1]
    return path or MEDIA_NAMES.get(m.media_type, "Attachment")


def bubble_colours(m: MessageInfo) -> tuple[QColor, QColor]:
    """Fill and border: green from the candidate, orange for comments, grey from us."""
    if m.kind == MessageKind.COMMENT:
        return style.Bubble.COMMENT_FILL, style.Bubble.COMMENT_BORDER
    if m.kind == MessageKind.CANDIDATE:
        return style.Bubble.CANDIDATE_FILL, style.Bubble.CANDIDATE_BORDER
    return style.Bubble.OUTGOING_FILL, style.Bubble.OUTGOING_BORDER


class Fonts(NamedTuple):
    body: QFont
    small: QFont
    strong: QFont
    body_metrics: QFontMetrics
    small_metrics: QFontMetrics
    strong_metrics: QFontMetrics


def _fonts(option_font: QFont) -> Fonts:
    base = QFont(option_font)  # a copy: the option's font dies with the option
    small = QFont(base)
    small.setPointSizeF(max(6.0, base.pointSizeF() - 1.5))
    strong = QFont(small)
    strong.setBold(True)
    return Fonts(base, small, strong, QFontMetrics(base), QFontMetrics(small), QFontMetrics(strong))


class Shape(NamedTuple):
    """A bubble's measured size and the height of each part inside it."""

    width: int
    height: int
    note: int
    subject: int
    media: int
    body: int


def _measure(text: str, metrics: QFontMetrics, width: int) -> tuple[int, int]:
    """Width and height of ``text`` wrapped at ``width`` (one-line texts take the fast path)."""
    if not text:
        return 0, 0
    if "\n" not in text:
        advance = metrics.horizontalAdvance(text) + SLACK
        if advance <= width:
            return advance, metrics.height()
    box = metrics.boundingRect(QRect(0, 0, width - SLACK, 1_000_000), int(WRAP), text)
    return box.width() + SLACK, box.height()


def measure(m: MessageInfo, fonts: Fonts, room: int) -> Shape:
    """The bubble of ``m`` when its text may take ``room`` pixels per line."""
    widths, parts = [], []
    note = 0
    if m.kind == MessageKind.COMMENT:
        note_w, note_h = _measure(PRIVATE_NOTE, fonts.strong_metrics, room - ICON - GAP)
        widths.append(ICON + GAP + note_w)
        note = note_h + 4
    subject_w, subject_h = _measure(m.subject, fonts.strong_metrics, room)
    widths.append(subject_w)
    media = 0
    if m.media_type:
        media = max(ICON, fonts.body_metrics.height()) + 4
        name = attachment_name(m)
        widths.append(ICON + GAP + fonts.body_metrics.horizontalAdvance(name))
    body_w, body_h = _measure(m.body, fonts.body_metrics, room)
    widths.append(body_w)
    parts = [note, subject_h, media, body_h]
    inner_w = min(max(widths), room)
    inner_h = sum(parts) + 2 * max(0, sum(1 for p in parts if p) - 1)
    return Shape(inner_w + 2 * PAD_X, inner_h + 2 * PAD_Y, note, subject_h, media, body_h)


class MessageDelegate(QStyledItemDelegate):
    """Draws :data:`MESSAGE_ROLE` rows of a :class:`MessageListModel` in ``view``."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view
        self._fonts: Fonts | None = None
        self._room = self.room()
        self._shapes: dict[int, Shape] = {}
        self._heights: dict[int, int] = {}
        view.installEventFilter(self)

    # -- measuring -------------------------------------------------------------------------

    def room(self) -> int:
        """How wide a line of bubble text may be at the view's current width."""
        width = self._view.width() - SCROLLBAR_ALLOWANCE - 2 * MARGIN
        return max(80, min(int(width * WIDTH_SHARE), MAX_BUBBLE) - 2 * PAD_X)

    def reset(self) -> None:
        """Forget every measurement (the width, font or style changed)."""
        self._fonts = None
        self._shapes.clear()
        self._heights.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._view and kind in RESET_EVENTS:
            room = self.room()
            if room != self._room or kind != QEvent.Type.Resize:
                self._room = room
                self.reset()
        return False

    def shape(self, m: MessageInfo, base: QFont) -> Shape:
        """The measured bubble of ``m``, cached per message for the current width."""
        found = self._shapes.get(m.id)
        if found is None:
            if self._fonts is None:
                self._fonts = _fonts(base)
            found = self._shapes[m.id] = measure(m, self._fonts, self._room)
        return found

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        m = index.data(MESSAGE_ROLE)
        if not isinstance(m, MessageInfo):
            return super().sizeHint(option, index)
        height = self._heights.get(m.id)
        if height is None:
            height = self.shape(m, option.font).height + META + ROW_GAP
            if index.data(DAY_ROLE):
                height += DAY
            self._heights[m.id] = height
        return QSize(self._view.viewport().width(), height)

    # -- painting --------------------------------------------------------------------------

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        m = index.data(MESSAGE_ROLE)
        if not isinstance(m, MessageInfo):
            super().paint(painter, option, index)
            return
        shape = self.shape(m, option.font)
        fonts = self._fonts or _fonts(option.font)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        top = option.rect.top() + ROW_GAP // 2
        day = index.data(DAY_ROLE)
        if day:
            self._paint_day(painter, option.rect, top, day, fonts)
            top += DAY
        outgoing = m.kind != MessageKind.CANDIDATE
        left = (
            option.rect.right() - MARGIN - shape.width if outgoing else option.rect.left() + MARGIN
        )
        bubble = QRect(left, top, shape.width, shape.height)
        self._paint_bubble(painter, bubble, m, shape, fonts)
        meta = QRect(bubble.left(), bubble.bottom() + 3, bubble.width(), META - 3)
        self._paint_meta(painter, meta, m, str(index.data(SPEAKER_ROLE)), fonts)
        painter.restore()

    @staticmethod
    def _paint_day(painter: QPainter, row: QRect, top: int, day: str, fonts: Fonts) -> None:
        width = fonts.strong_metrics.horizontalAdvance(day) + 22
        pill = QRect(row.center().x() - width // 2, top + 6, width, DAY - 16)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.Bubble.DAY_FILL)
        painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
        painter.setFont(fonts.strong)
        painter.setPen(style.TEXT_SECONDARY)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, day)

    def _paint_bubble(
        self, painter: QPainter, bubble: QRect, m: MessageInfo, shape: Shape, fonts: Fonts
    ) -> None:
        fill, border = bubble_colours(m)
        painter.setPen(border)
        painter.setBrush(fill)
        painter.drawRoundedRect(bubble.adjusted(0, 0, -1, -1), RADIUS, RADIUS)
        inner = bubble.adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y)
        y = inner.top()
        if shape.note:
            line = QRect(inner.left(), y, inner.width(), shape.note - 4)
            _icon("comment").paint(painter, QRect(line.left(), line.top(), ICON, ICON))
            painter.setFont(fonts.strong)
            painter.setPen(style.Bubble.COMMENT_TEXT)
            text = line.adjusted(ICON + GAP, 0, 0, 0)
            painter.drawText(text, int(WRAP), PRIVATE_NOTE)
            y += shape.note + 2
        if shape.subject:
            painter.setFont(fonts.strong)
            painter.setPen(style.TEXT)
            painter.drawText(
                QRect(inner.left(), y, inner.width(), shape.subject), int(WRAP), m.subject
            )
            y += shape.subject + 2
        if shape.media:
            self._paint_attachment(
                painter, QRect(inner.left(), y, inner.width(), shape.media), m, fonts
            )
            y += shape.media + 2
        if shape.body:
            painter.setFont(fonts.body)
            painter.setPen(style.TEXT)
            painter.drawText(QRect(inner.left(), y, inner.width(), shape.body), int(WRAP), m.body)

    @staticmethod
    def _paint_attachment(painter: QPainter, line: QRect, m: MessageInfo, fonts: Fonts) -> None:
        icon_rect = QRect(line.left(), line.center().y() - ICON // 2, ICON, ICON)
        _icon(f"media-{m.media_type}").paint(painter, icon_rect)
        painter.setFont(fonts.body)
        painter.setPen(style.ACCENT)
        text = line.adjusted(ICON + GAP, 0, 0, 0)
        name = fonts.body_metrics.elidedText(
            attachment_name(m), Qt.TextElideMode.ElideMiddle, text.width()
        )
        painter.drawText(text, Qt.AlignmentFlag.AlignVCenter, name)

    @staticmethod
    def _paint_meta(painter: QPainter, line: QRect, m: MessageInfo, who: str, fonts: Fonts) -> None:
        """Under the bubble: author or robot, channel icon and time, and a queued mark."""
        parts = [] if m.kind == MessageKind.CANDIDATE else [who]
        if m.kind != MessageKind.COMMENT:
            parts.append(channel_name(m.channel))
        parts.append(clock_time(m.created_at))
        text = " \N{MIDDLE DOT} ".join(parts)
        status, colour = "", style.TEXT_MUTED
        if m.state == DeliveryState.QUEUED:
            status, colour = "Queued", style.Bubble.QUEUED
        elif m.state == DeliveryState.FAILED:
            status, colour = "Failed", style.Bubble.FAILED
        icon_name = "robot" if m.kind == MessageKind.BOT else f"channel-{m.channel}"
        painter.setFont(fonts.small)
        metrics = fonts.small_metrics
        status_w = (
            (ICON + 4 + fonts.strong_metrics.horizontalAdvance(status) + GAP) if status else 0
        )
        width = ICON + 4 + metrics.horizontalAdvance(text) + status_w
        outgoing = m.kind != MessageKind.CANDIDATE
        x = line.right() - width + 1 if outgoing else line.left()
        mid = line.center().y()
        _icon(icon_name).paint(painter, QRect(x, mid - ICON // 2, ICON, ICON))
        x += ICON + 4
        painter.setPen(style.TEXT_MUTED)
        text_w = metrics.horizontalAdvance(text)
        painter.drawText(
            QRect(x, line.top(), text_w + 2, line.height()), Qt.AlignmentFlag.AlignVCenter, text
        )
        if status:
            x += text_w + GAP
            _icon(m.state).paint(painter, QRect(x, mid - ICON // 2, ICON, ICON))
            painter.setFont(fonts.strong)
            painter.setPen(colour)
            painter.drawText(
                QRect(x + ICON + 4, line.top(), status_w, line.height()),
                Qt.AlignmentFlag.AlignVCenter,
                status,
            )
