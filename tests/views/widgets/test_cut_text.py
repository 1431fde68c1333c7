"""Text in the styled window is shown whole, or elided with the whole text in a tooltip;
a disabled button looks disabled."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontMetrics, QImage
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox
from pytestqt.qtbot import QtBot

from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.main_window import MainWindow

LONG_TITLE = "Customer Service Representative - Manila"
ELLIPSIS = "\N{HORIZONTAL ELLIPSIS}"


def _edit_field_width(combo: QComboBox) -> int:
    """The width the combo paints its current item's icon and text in."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    style = combo.style()
    control = QStyle.ComplexControl.CC_ComboBox
    rect = style.subControlRect(control, option, QStyle.SubControl.SC_ComboBoxEditField, combo)
    return rect.width()


def test_the_channel_box_shows_every_channel_name_whole(
    styled: None, window: MainWindow, people: dict[str, int], qtbot: QtBot
) -> None:
    window.resize(1400, 860)  # the window's first size
    window.select_candidate(people["Maria"])
    combo = window.chat_pane.composer.channel_combo
    qtbot.waitUntil(combo.isVisible)
    metrics = QFontMetrics(combo.font())
    for i in range(combo.count()):
        combo.setCurrentIndex(i)
        needed = combo.iconSize().width() + 4 + metrics.horizontalAdvance(combo.itemText(i))
        assert needed <= _edit_field_width(combo), combo.itemText(i)
        assert combo.text_fits()
    assert combo.findText("Messenger") >= 0


@pytest.mark.parametrize("width", [1280, 0])
def test_a_narrow_window_keeps_the_composer_whole(
    styled: None, window: MainWindow, people: dict[str, int], qtbot: QtBot, width: int
) -> None:
    """At 1280 wide, and at the narrowest the window goes (0: its minimum)."""
    window.select_candidate(people["Maria"])
    window.resize(width or window.minimumSizeHint().width(), 700)
    composer = window.chat_pane.composer
    qtbot.waitUntil(lambda: composer.isVisible() and window.width() <= max(width, 1100))
    combo, comment = composer.channel_combo, composer.comment_button
    combo.setCurrentIndex(combo.findData("messenger"))
    assert comment.geometry().right() < combo.geometry().left()  # nothing overlaps
    assert combo.geometry().right() <= composer.width()
    assert composer.send_button.geometry().right() <= composer.width()
    bold = QFont(comment.font())
    bold.setBold(True)
    assert comment.width() >= QFontMetrics(bold).horizontalAdvance("Comment")
    if not combo.text_fits():  # too narrow for the name: the icon alone, the name its tip
        assert combo.minimumSizeHint().width() <= combo.width() < combo.sizeHint().width()


def test_a_long_campaign_title_is_elided_with_a_tooltip(
    styled: None, window: MainWindow, ws: Workspace, qtbot: QtBot
) -> None:
    camp = ws.campaigns.create(LONG_TITLE, hotline_country="PH")
    cid = ws.intake.add_candidate(camp.id, first_name="Janine", email="janine@example.com")
    window.resize(1280, 800)
    window.list_pane.refresh()
    window.select_candidate(cid)
    field = window.profile_pane.values["Campaign"]
    qtbot.waitUntil(lambda: field.isVisible() and field.text() == LONG_TITLE)
    assert field.toolTip() == LONG_TITLE
    shown = field.shown_text()
    room = field.contentsRect().width()
    assert QFontMetrics(field.font()).horizontalAdvance(shown) <= room
    assert shown == LONG_TITLE or shown.endswith(ELLIPSIS)  # never cut without a sign
    window.resize(1900, 900)
    qtbot.waitUntil(lambda: window.width() == 1900)
    outer, chat, profile = window.splitter.sizes()
    window.splitter.setSizes([outer, chat - 300, profile + 300])  # the recruiter widens it
    qtbot.waitUntil(lambda: field.shown_text() == LONG_TITLE)


def test_a_disabled_cv_button_looks_disabled(
    styled: None, window: MainWindow, people: dict[str, int], qtbot: QtBot
) -> None:
    window.select_candidate(people["Maria"])  # no CV
    button = window.profile_pane.cv_button
    qtbot.waitUntil(button.isVisible)
    assert not button.isEnabled()
    disabled = button.grab().toImage()
    button.setEnabled(True)
    enabled = button.grab().toImage()
    assert _darkest(disabled) > _darkest(enabled) + 40  # its text greyed, not only the icon


def _darkest(image: QImage) -> int:
    """The lightness of the darkest opaque pixel: the ink of the button's text."""
    colours = (image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height()))
    return min(c.lightness() for c in colours if c.alpha() > 200)
