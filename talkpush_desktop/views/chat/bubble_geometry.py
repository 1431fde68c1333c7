"""Chat bubble geometry: the sizes of a bubble and its parts, the measuring of its text
(wrapped at the width a line may take), and where the parts of the line under it go (author,
channel and time, delivery mark, Retry link, reason). Painting is ``message_delegate``'s."""

from __future__ import annotations

from typing import NamedTuple
from urllib.parse import unquote, urlparse

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics

from talkpush_desktop.engine.dto import MessageInfo
from talkpush_desktop.engine.enums import DeliveryState, MessageKind
from talkpush_desktop.views.chat.message_model import can_retry, delivery
from talkpush_desktop.views.i18n import QT_TRANSLATE_NOOP

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
DETAIL_GAP = 2
RETRY_TEXT = QT_TRANSLATE_NOOP("Bubble", "Retry")
PRIVATE_NOTE = QT_TRANSLATE_NOOP("Bubble", "Private comment · not visible to the candidate")
MEDIA_NAMES = {
    "audio": QT_TRANSLATE_NOOP("Bubble", "Audio message"),
    "video": QT_TRANSLATE_NOOP("Bubble", "Video"),
    "image": QT_TRANSLATE_NOOP("Bubble", "Image"),
}
ATTACHMENT = QT_TRANSLATE_NOOP("Bubble", "Attachment")
WRAP = Qt.TextFlag.TextWordWrap

QUIET_STATES = (DeliveryState.SENT, DeliveryState.DELIVERED)
"""States shown by their mark alone (one or two ticks): the normal case says nothing."""


def attachment_name(m: MessageInfo) -> str:
    """The file name of an attachment, or what it is when there is no file."""
    path = unquote(urlparse(m.media_url).path).rsplit("/", 1)[-1]
    return path or bubble_text(MEDIA_NAMES.get(m.media_type, ATTACHMENT))


def bubble_text(text: str) -> str:
    """A marked text of the bubbles (Retry, the private note) in the interface language."""
    return QCoreApplication.translate("Bubble", text)


class Fonts(NamedTuple):
    body: QFont
    small: QFont
    strong: QFont
    body_metrics: QFontMetrics
    small_metrics: QFontMetrics
    strong_metrics: QFontMetrics


def fonts_for(option_font: QFont) -> Fonts:
    base = QFont(option_font)  # a copy: the option's font dies with the option
    small = QFont(base)
    small.setPointSizeF(max(6.0, base.pointSizeF() - 1.5))
    strong = QFont(small)
    strong.setBold(True)
    return Fonts(base, small, strong, QFontMetrics(base), QFontMetrics(small), QFontMetrics(strong))


class Meta(NamedTuple):
    """Where the parts of the line under a bubble go (painting and clicking share it)."""

    label: str
    right: bool
    icon: QRect
    text: QRect
    state_icon: QRect | None
    state_text: QRect | None
    retry: QRect | None
    detail: QRect | None


class Shape(NamedTuple):
    """A bubble's measured size and the height of each part inside it."""

    width: int
    height: int
    note: int
    subject: int
    media: int
    body: int


def measure_text(text: str, metrics: QFontMetrics, width: int) -> tuple[int, int]:
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
        note_w, note_h = measure_text(
            bubble_text(PRIVATE_NOTE), fonts.strong_metrics, room - ICON - GAP
        )
        widths.append(ICON + GAP + note_w)
        note = note_h + 4
    subject_w, subject_h = measure_text(m.subject, fonts.strong_metrics, room)
    widths.append(subject_w)
    media = 0
    if m.media_type:
        media = max(ICON, fonts.body_metrics.height()) + 4
        name = attachment_name(m)
        widths.append(ICON + GAP + fonts.body_metrics.horizontalAdvance(name))
    body_w, body_h = measure_text(m.body, fonts.body_metrics, room)
    widths.append(body_w)
    parts = [note, subject_h, media, body_h]
    inner_w = min(max(widths), room)
    inner_h = sum(parts) + 2 * max(0, sum(1 for p in parts if p) - 1)
    return Shape(inner_w + 2 * PAD_X, inner_h + 2 * PAD_Y, note, subject_h, media, body_h)


def meta_layout(
    row: QRect,
    bubble: QRect,
    m: MessageInfo,
    text: str,
    fonts: Fonts,
    *,
    right: bool,
    text_room: int,
) -> Meta:
    """Lay out the line under ``bubble``: ``text`` (who, channel and time), the delivery
    mark, the Retry link, and the reason on line(s) of its own; ``right``: the bubble is on
    the right, ``text_room`` the width a line of bubble text may take. In a narrow pane the
    line stays in the row: who and channel are elided first."""
    line = QRect(bubble.left(), bubble.bottom() + 3, bubble.width(), META - 3)
    metrics, strong = fonts.small_metrics, fonts.strong_metrics
    state = delivery(m)
    word = state[0] if state is not None and m.state not in QUIET_STATES else ""
    rest = 0  # everything but the text
    if state is not None:
        rest += GAP + ICON + (4 + strong.horizontalAdvance(word) if word else 0)
    retry = can_retry(m)
    retry_w = ICON + 3 + strong.horizontalAdvance(bubble_text(RETRY_TEXT)) + 2
    if retry:
        rest += 2 * GAP + retry_w
    room = (line.right() - row.left() - GAP) if right else (row.right() - line.left() - GAP)
    text_w = metrics.horizontalAdvance(text) + 2
    if ICON + 4 + text_w + rest > room:
        text_w = max(0, room - ICON - 4 - rest)
        text = metrics.elidedText(text, Qt.TextElideMode.ElideLeft, max(0, text_w - 2))
    width = ICON + 4 + text_w + rest
    x = line.right() - width + 1 if right else line.left()
    mid = line.center().y()
    icon_rect = QRect(x, mid - ICON // 2, ICON, ICON)
    x += ICON + 4
    text_rect = QRect(x, line.top(), text_w, line.height())
    x += text_w
    state_icon = state_text = retry_rect = detail = None
    if state is not None:
        x += GAP
        state_icon = QRect(x, mid - ICON // 2, ICON, ICON)
        x += ICON
        if word:
            word_w = strong.horizontalAdvance(word) + 2
            state_text = QRect(x + 4, line.top(), word_w, line.height())
            x += 4 + word_w - 2
    if retry:
        x += 2 * GAP
        retry_rect = QRect(x, line.top(), retry_w, line.height())
    if state is not None and state[1]:
        room = text_room + 2 * PAD_X
        detail_w, detail_h = measure_text(state[1], metrics, room)
        left = line.right() - detail_w + 1 if right else line.left()
        detail = QRect(left, line.bottom() + 1, detail_w, detail_h)
    return Meta(text, right, icon_rect, text_rect, state_icon, state_text, retry_rect, detail)
