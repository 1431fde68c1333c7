"""Paints chat bubbles: the candidate green on the left; the bot and recruiters grey on the
right; private comments orange; a day separator above the first message of each day.

Under each outgoing bubble a mark says how far it got: a clock while queued, "Sending...",
a tick when sent, two when delivered, and "Failed" in red with the provider's reason and a
Retry link. A reason the outbox will retry after ("Will retry: ...") shows muted.

No widget per message. Row heights are measured once per message and bubble width and kept
(a change of delivery state measures that row again), so a long history lays out quickly
and scrolls without measuring text again.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QIcon, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem
from shiboken6 import isValid

from talkpush_desktop.engine.dto import MessageInfo
from talkpush_desktop.engine.enums import DeliveryState, MessageKind
from talkpush_desktop.views import style
from talkpush_desktop.views.campaign_view.vocabulary import channel_text
from talkpush_desktop.views.chat.bubble_geometry import (
    DAY,
    DETAIL_GAP,
    GAP,
    ICON,
    MARGIN,
    MAX_BUBBLE,
    META,
    PAD_X,
    PAD_Y,
    PRIVATE_NOTE,
    RADIUS,
    RETRY_TEXT,
    ROW_GAP,
    SCROLLBAR_ALLOWANCE,
    WIDTH_SHARE,
    WRAP,
    Fonts,
    Meta,
    Shape,
    attachment_name,
    bubble_text,
    fonts_for,
    measure,
    measure_text,
    meta_layout,
)
from talkpush_desktop.views.chat.local_dates import clock_time
from talkpush_desktop.views.chat.message_model import (
    DAY_ROLE,
    MESSAGE_ROLE,
    SPEAKER_ROLE,
    can_retry,
    delivery,
)

RESET_EVENTS = (QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.StyleChange)


@cache
def _icon(name: str) -> QIcon:
    return style.icon(name)


def channel_name(channel: str) -> str:
    """A channel's name as shown ("SMS", "Correo electrónico")."""
    return channel_text(channel)


def bubble_colours(m: MessageInfo) -> tuple[QColor, QColor]:
    """Fill and border: green from the candidate, orange for comments, grey from us."""
    if m.kind == MessageKind.COMMENT:
        return style.Bubble.COMMENT_FILL, style.Bubble.COMMENT_BORDER
    if m.kind == MessageKind.CANDIDATE:
        return style.Bubble.CANDIDATE_FILL, style.Bubble.CANDIDATE_BORDER
    return style.Bubble.OUTGOING_FILL, style.Bubble.OUTGOING_BORDER


def state_colours(state: str) -> tuple[QColor, QColor]:
    """The colour of a delivery mark's word and of its reason line."""
    if state == DeliveryState.FAILED:
        return style.Bubble.FAILED, style.Bubble.FAILED
    if state == DeliveryState.QUEUED:
        return style.Bubble.QUEUED, style.TEXT_MUTED
    return style.TEXT_MUTED, style.TEXT_MUTED


class MessageDelegate(QStyledItemDelegate):
    """Draws :data:`MESSAGE_ROLE` rows of a :class:`MessageListModel` in ``view``.

    ``mirrored`` puts the candidate on the right (the candidate phone simulator).

    Signals:
        retry_requested(int): the Retry link of a failed message (its id) was clicked.
    """

    retry_requested = Signal(int)

    def __init__(self, view: QListView, *, mirrored: bool = False) -> None:
        super().__init__(view)
        self._view = view
        self._mirrored = mirrored
        self._fonts: Fonts | None = None
        self._room = self.room()
        self._shapes: dict[int, Shape] = {}
        self._heights: dict[int, tuple[object, int]] = {}
        self._details: dict[int, tuple[object, int]] = {}
        self._hover_link = False
        self._viewport = view.viewport()
        view.installEventFilter(self)
        self._viewport.installEventFilter(self)
        view.setMouseTracking(True)  # the Retry link's pointing hand

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
        self._details.clear()

    def watch(self, model: QAbstractItemModel) -> None:
        """Measure rows again when their data changes (a queued message failed, was sent)."""
        model.dataChanged.connect(self._on_model_data_changed)

    def _on_model_data_changed(
        self, top_left: QModelIndex, bottom_right: QModelIndex, *_roles: object
    ) -> None:
        for row in range(top_left.row(), bottom_right.row() + 1):
            self.sizeHintChanged.emit(top_left.siblingAtRow(row))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isValid(self._view):  # the view is being destroyed
            return False
        kind = event.type()
        if watched is self._viewport and self._hover_link:
            if kind == QEvent.Type.Leave or (
                isinstance(event, QMouseEvent)
                and not self._view.indexAt(event.position().toPoint()).isValid()
            ):
                self._set_hover(False)
        if watched is self._view and kind in RESET_EVENTS:
            room = self.room()
            if room != self._room or kind != QEvent.Type.Resize:
                self._room = room
                self.reset()
        return False

    def _font_set(self, base: QFont) -> Fonts:
        if self._fonts is None:
            self._fonts = fonts_for(base)
        return self._fonts

    def shape(self, m: MessageInfo, base: QFont) -> Shape:
        """The measured bubble of ``m``, cached per message for the current width."""
        found = self._shapes.get(m.id)
        if found is None:
            found = self._shapes[m.id] = measure(m, self._font_set(base), self._room)
        return found

    def detail_height(self, m: MessageInfo, base: QFont) -> int:
        """The height of the reason line(s) under the mark (0 when there is no reason)."""
        key = (m.state, m.error)
        cached = self._details.get(m.id)
        if cached is not None and cached[0] == key:
            return cached[1]
        state = delivery(m)
        height = 0
        if state is not None and state[1]:
            metrics = self._font_set(base).small_metrics
            height = measure_text(state[1], metrics, self._room + 2 * PAD_X)[1] + DETAIL_GAP
        self._details[m.id] = (key, height)
        return height

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        m = index.data(MESSAGE_ROLE)
        if not isinstance(m, MessageInfo):
            return super().sizeHint(option, index)
        day = bool(index.data(DAY_ROLE))
        key = (m.state, m.error, day)
        cached = self._heights.get(m.id)
        if cached is not None and cached[0] == key:
            height = cached[1]
        else:
            height = self.shape(m, option.font).height + META + ROW_GAP
            height += self.detail_height(m, option.font) + (DAY if day else 0)
            self._heights[m.id] = (key, height)
        return QSize(self._view.viewport().width(), height)

    # -- geometry --------------------------------------------------------------------------

    def _right_side(self, m: MessageInfo) -> bool:
        return (m.kind != MessageKind.CANDIDATE) != self._mirrored

    def _bubble_rect(self, row: QRect, m: MessageInfo, shape: Shape, day: bool) -> QRect:
        top = row.top() + ROW_GAP // 2 + (DAY if day else 0)
        left = row.right() - MARGIN - shape.width if self._right_side(m) else row.left() + MARGIN
        return QRect(left, top, shape.width, shape.height)

    def _meta(self, row: QRect, bubble: QRect, m: MessageInfo, who: str, fonts: Fonts) -> Meta:
        """Lay out the line under ``bubble`` (see :func:`bubble_geometry.meta_layout`)."""
        text = _meta_text(m, who)
        return meta_layout(
            row, bubble, m, text, fonts, right=self._right_side(m), text_room=self._room
        )

    def retry_rect(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QRect | None:
        """Where the Retry link of a failed message is drawn (None when it has none)."""
        m = index.data(MESSAGE_ROLE)
        if not isinstance(m, MessageInfo) or not can_retry(m):
            return None
        fonts = self._font_set(option.font)
        bubble = self._bubble_rect(
            option.rect, m, self.shape(m, option.font), bool(index.data(DAY_ROLE))
        )
        return self._meta(option.rect, bubble, m, str(index.data(SPEAKER_ROLE)), fonts).retry

    def editorEvent(
        self,
        event: QEvent,
        model: QAbstractItemModel,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        """A click on Retry asks for the message to be sent again; hovering it shows a hand."""
        kind = event.type()
        if isinstance(event, QMouseEvent) and kind in (
            QEvent.Type.MouseMove,
            QEvent.Type.MouseButtonRelease,
        ):
            link = self.retry_rect(option, index)
            over = link is not None and link.contains(event.position().toPoint())
            self._set_hover(over)
            if over and kind == QEvent.Type.MouseButtonRelease:
                if event.button() == Qt.MouseButton.LeftButton:
                    self.retry_requested.emit(index.data(MESSAGE_ROLE).id)
                    return True
        return super().editorEvent(event, model, option, index)

    def _set_hover(self, over: bool) -> None:
        if over == self._hover_link:
            return
        self._hover_link = over
        viewport = self._view.viewport()
        if over:
            viewport.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            viewport.unsetCursor()

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
        fonts = self._font_set(option.font)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        day = index.data(DAY_ROLE)
        if day:
            self._paint_day(painter, option.rect, option.rect.top() + ROW_GAP // 2, day, fonts)
        bubble = self._bubble_rect(option.rect, m, shape, bool(day))
        self._paint_bubble(painter, bubble, m, shape, fonts)
        if option.state & QStyle.StateFlag.State_HasFocus:  # keyboard focus (Retry: Enter)
            painter.setPen(QPen(style.ACCENT, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(bubble.adjusted(-3, -3, 2, 2), RADIUS + 2, RADIUS + 2)
        meta = self._meta(option.rect, bubble, m, str(index.data(SPEAKER_ROLE)), fonts)
        self._paint_meta(painter, meta, m, fonts)
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
            painter.drawText(text, int(WRAP), bubble_text(PRIVATE_NOTE))
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
    def _paint_meta(painter: QPainter, meta: Meta, m: MessageInfo, fonts: Fonts) -> None:
        """Under the bubble: author or robot, channel and time; the delivery mark, Retry and
        the reason."""
        icon_name = "robot" if m.kind == MessageKind.BOT else f"channel-{m.channel}"
        _icon(icon_name).paint(painter, meta.icon)
        painter.setFont(fonts.small)
        painter.setPen(style.TEXT_MUTED)
        middle = Qt.AlignmentFlag.AlignVCenter
        painter.drawText(meta.text, middle, meta.label)
        state = delivery(m)
        if state is None:
            return
        word, detail = state
        word_colour, detail_colour = state_colours(m.state)
        if meta.state_icon is not None:
            _icon(STATE_ICONS.get(m.state, "queued")).paint(painter, meta.state_icon)
        if meta.state_text is not None:
            painter.setFont(fonts.strong)
            painter.setPen(word_colour)
            painter.drawText(meta.state_text, middle, word)
        if meta.retry is not None:
            link = meta.retry
            _icon("retry").paint(painter, QRect(link.left(), link.center().y() - 6, 12, 12))
            font = QFont(fonts.strong)
            font.setUnderline(True)
            painter.setFont(font)
            painter.setPen(style.ACCENT)
            painter.drawText(link.adjusted(ICON + 1, 0, 0, 0), middle, bubble_text(RETRY_TEXT))
        if meta.detail is not None and detail:
            painter.setFont(fonts.small)
            painter.setPen(detail_colour)
            align = Qt.AlignmentFlag.AlignRight if meta.right else Qt.AlignmentFlag.AlignLeft
            painter.drawText(meta.detail, int(WRAP) | int(align), detail)


STATE_ICONS: dict[str, str] = {
    DeliveryState.QUEUED: "queued",
    DeliveryState.SENDING: "sending",
    DeliveryState.SENT: "sent",
    DeliveryState.DELIVERED: "delivered",
    DeliveryState.FAILED: "failed",
}


def _meta_text(m: MessageInfo, who: str) -> str:
    """Author (not for the candidate), channel (not for comments) and time."""
    parts = [] if m.kind == MessageKind.CANDIDATE or not who else [who]
    if m.kind != MessageKind.COMMENT:
        parts.append(channel_name(m.channel))
    parts.append(clock_time(m.created_at))
    return " \N{MIDDLE DOT} ".join(parts)
