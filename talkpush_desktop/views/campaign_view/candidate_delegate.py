"""Paints one candidate row: avatar, name, time, campaign, last message, label chips, unread dot.

Rows are painted, never built from widgets, so a list of any length costs the same.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from talkpush_desktop.engine.dto import CandidateRow
from talkpush_desktop.views import style
from talkpush_desktop.views.campaign_view.candidate_list_model import ROW_ROLE
from talkpush_desktop.views.campaign_view.vocabulary import label_text
from talkpush_desktop.views.chat.event_notes import preview_text
from talkpush_desktop.views.chat.local_dates import short_time
from talkpush_desktop.views.widgets.formatting import initials

ROW_HEIGHT = 78
PAD = 14
AVATAR = 38
GAP = 12
CHIP_PAD = 7
CHIP_GAP = 5
DOT = 8
DEFAULT_CHIP_COLOR = "#6c757d"


def paint_avatar(painter: QPainter, rect: QRect, name: str, font: QFont) -> None:
    """A filled circle with the person's initials (shared with the profile pane)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(style.avatar_color(name))
    painter.drawEllipse(rect)
    painter.setPen(QColor("white"))
    painter.setFont(font)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, initials(name))
    painter.restore()


def _derived_font(base: QFont, delta: float, *, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPointSizeF(max(6.0, base.pointSizeF() + delta))
    font.setBold(bold)
    return font


class CandidateDelegate(QStyledItemDelegate):
    """Draws :data:`ROW_ROLE` rows of a :class:`CandidateListModel`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label_colors: dict[str, str] = {}

    def set_label_colors(self, colors: dict[str, str]) -> None:
        """Chip colours by label name (from the workspace's labels)."""
        self._label_colors = dict(colors)

    def sizeHint(
        self, option: QStyleOptionViewItem, _index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(max(option.rect.width(), 200), ROW_HEIGHT)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        row = index.data(ROW_ROLE)
        if not isinstance(row, CandidateRow):
            super().paint(painter, option, index)
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRect(option.rect)
        state = option.state
        self._paint_background(painter, rect, state)
        base = QFont(option.font)
        avatar = QRect(rect.left() + PAD, rect.top() + PAD, AVATAR, AVATAR)
        paint_avatar(painter, avatar, row.full_name, _derived_font(base, -1, bold=True))
        text_left = avatar.right() + GAP
        text = QRect(text_left, rect.top() + PAD - 3, rect.right() - PAD - text_left, 0)
        self._paint_first_line(painter, text, row, base)
        self._paint_second_line(painter, text, row, base)
        self._paint_third_line(painter, text, row, base)
        painter.restore()

    # -- parts -----------------------------------------------------------------------------

    @staticmethod
    def _paint_background(painter: QPainter, rect: QRect, state: QStyle.StateFlag) -> None:
        if state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, style.ACCENT_SOFT)
            painter.fillRect(QRect(rect.left(), rect.top(), 3, rect.height()), style.ACCENT)
        elif state & QStyle.StateFlag.State_MouseOver:
            painter.fillRect(rect, style.HOVER)
        painter.setPen(style.BORDER)
        painter.drawLine(rect.left() + PAD, rect.bottom(), rect.right(), rect.bottom())

    @staticmethod
    def _paint_first_line(painter: QPainter, text: QRect, row: CandidateRow, base: QFont) -> None:
        """Name (bold) on the left; unread dot and time added on the right."""
        small = _derived_font(base, -1)
        painter.setFont(small)
        when = short_time(row.added_at)
        time_width = QFontMetrics(small).horizontalAdvance(when)
        line = QRect(text.left(), text.top(), text.width(), 22)
        painter.setPen(style.ACCENT if row.unread else style.TEXT_MUTED)
        painter.drawText(line, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, when)
        reserved = time_width + 8
        if row.unread:
            dot_x = line.right() - time_width - 6 - DOT
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.UNREAD)
            painter.drawEllipse(dot_x, line.center().y() - DOT // 2 + 1, DOT, DOT)
            reserved += DOT + 6
        name_font = _derived_font(base, 0.5, bold=True)
        painter.setFont(name_font)
        painter.setPen(style.TEXT)
        name = QFontMetrics(name_font).elidedText(
            row.full_name or QCoreApplication.translate("CandidateDelegate", "(no name)"),
            Qt.TextElideMode.ElideRight,
            line.width() - reserved,
        )
        painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)

    def _paint_second_line(
        self, painter: QPainter, text: QRect, row: CandidateRow, base: QFont
    ) -> None:
        """The campaign the candidate applied to, with label chips on the right."""
        line = QRect(text.left(), text.top() + 22, text.width(), 19)
        chips_width = self._paint_chips(painter, line, row.labels, _derived_font(base, -2))
        small = _derived_font(base, -1)
        painter.setFont(small)
        painter.setPen(style.TEXT_SECONDARY)
        room = line.width() - chips_width - (10 if chips_width else 0)
        title = QFontMetrics(small).elidedText(
            row.campaign_title, Qt.TextElideMode.ElideRight, max(room, 0)
        )
        painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)

    @staticmethod
    def _paint_third_line(painter: QPainter, text: QRect, row: CandidateRow, base: QFont) -> None:
        """The last message, bolder while unread."""
        line = QRect(text.left(), text.top() + 42, text.width(), 20)
        small = _derived_font(base, -1)
        small.setItalic(not row.last_message_preview)
        painter.setFont(small)
        painter.setPen(style.TEXT if row.unread else style.TEXT_MUTED)
        preview = preview_line(row)
        elided = QFontMetrics(small).elidedText(preview, Qt.TextElideMode.ElideRight, line.width())
        painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)

    def _paint_chips(
        self, painter: QPainter, line: QRect, labels: tuple[str, ...], font: QFont
    ) -> int:
        """Paint label chips right-aligned in ``line`` (at most 55% of it); returns their width."""
        metrics = QFontMetrics(font)
        budget = line.width() * 55 // 100
        widths = [metrics.horizontalAdvance(label_text(name)) + 2 * CHIP_PAD for name in labels]
        shown: list[tuple[str, int]] = []
        used = 0
        for name, width in zip(labels, widths, strict=True):
            if used + width > budget:
                break
            shown.append((name, width))
            used += width + CHIP_GAP
        if len(shown) < len(labels):
            more = f"+{len(labels) - len(shown)}"
            shown.append((more, metrics.horizontalAdvance(more) + 2 * CHIP_PAD))
            used += shown[-1][1] + CHIP_GAP
        painter.setFont(font)
        x = line.right() - used + CHIP_GAP
        height = metrics.height() + 4
        top = line.center().y() - height // 2 + 1
        for name, width in shown:
            color = QColor(self._label_colors.get(name, DEFAULT_CHIP_COLOR))
            fill = QColor(color)
            fill.setAlpha(34)
            chip = QRect(x, top, width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(chip, height / 2, height / 2)
            painter.setPen(color.darker(135))
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, label_text(name))
            x += width + CHIP_GAP
        return max(used - CHIP_GAP, 0)


def preview_line(row: CandidateRow) -> str:
    """A row's third line: its last message on one line (a fixed preview in the language)."""
    preview = preview_text(" ".join(row.last_message_preview.split()))
    return preview or QCoreApplication.translate("CandidateDelegate", "No messages yet")
