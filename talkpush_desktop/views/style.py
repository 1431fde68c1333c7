"""The look of the window: the style sheet in ``resources/`` and the colours delegates paint with.

Delegates paint by hand (no widget per row), so they cannot read the style sheet; the few
colours they need live here, next to the code that loads the sheet, and match it.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QColor, QFont, QIcon
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

RESOURCES_DIR = Path(__file__).resolve().parents[2] / "resources"
STYLE_SHEET = RESOURCES_DIR / "style.qss"
ICONS_DIR = RESOURCES_DIR / "icons"
ICONS_PLACEHOLDER = "@ICONS@"
"""Written in the style sheet where an icon path goes; replaced by the icons folder."""

ACCENT = QColor("#3b6fe0")
ACCENT_SOFT = QColor("#e9effc")
TEXT = QColor("#1c2433")
TEXT_SECONDARY = QColor("#5d6779")
TEXT_MUTED = QColor("#8a93a3")
BORDER = QColor("#e6e9ef")
HOVER = QColor("#f5f7fb")
BADGE = QColor("#eef1f6")
BADGE_ALERT = QColor("#e5484d")
UNREAD = ACCENT

PANE_HEADER_HEIGHT = 88
"""The list and conversation headers share one height, so their bottom lines align."""

TEXT_FAMILIES = ["Inter", "Segoe UI", "SF Pro Text", "Helvetica Neue", "Noto Sans", "DejaVu Sans"]
EMOJI_FAMILIES = ["Noto Color Emoji", "Segoe UI Emoji", "Apple Color Emoji"]
"""Last, so they only draw what the text fonts lack: emoji in colour, never empty boxes
(Debian: fonts-noto-color-emoji)."""
FONT_FAMILIES = TEXT_FAMILIES + EMOJI_FAMILIES
FONT_POINT_SIZE = 10

AVATAR_COLORS = ("#3b6fe0", "#2a9d8f", "#8e6bd8", "#e8912d", "#d1495b", "#3a86ff", "#5c7c5a")


def avatar_color(key: str) -> QColor:
    """A stable colour for a person's avatar, picked from their name."""
    return QColor(AVATAR_COLORS[sum(map(ord, key)) % len(AVATAR_COLORS)])


def load_style_sheet(path: Path = STYLE_SHEET) -> str:
    """The style sheet text, or "" (with a log line) when the file is missing or unreadable."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        log.warning("style sheet not loaded, using the platform look: %s", exc)
        return ""
    return text.replace(ICONS_PLACEHOLDER, (path.parent / "icons").as_posix())


def icon(name: str) -> QIcon:
    """An icon from ``resources/icons`` by file stem; an empty icon when it is missing."""
    path = ICONS_DIR / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()


def apply_style(app: QApplication, path: Path = STYLE_SHEET) -> bool:
    """Give ``app`` our font and style sheet; returns False when the sheet was missing."""
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSize(FONT_POINT_SIZE)
    app.setFont(font)
    sheet = load_style_sheet(path)
    app.setStyleSheet(sheet)
    return bool(sheet)


class Bubble:
    """Fill, border and text colours of chat bubbles (message_delegate paints them)."""

    CANDIDATE_FILL = QColor("#e3f5e9")
    CANDIDATE_BORDER = QColor("#c3e6cf")
    OUTGOING_FILL = QColor("#eef1f5")
    OUTGOING_BORDER = QColor("#e0e4eb")
    COMMENT_FILL = QColor("#fff3e2")
    COMMENT_BORDER = QColor("#f3cf9d")
    COMMENT_TEXT = QColor("#a9590f")
    QUEUED = QColor("#a15c00")
    FAILED = QColor("#c8383d")
    DAY_FILL = QColor("#eef1f6")
