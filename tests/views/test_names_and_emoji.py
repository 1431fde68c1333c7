"""Names as people type them: emoji are searched literally and painted in colour, and a
name with a line break or tab stays on its one line."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from talkpush_desktop.engine.dto import CampaignInfo
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.main_window import MainWindow

SUN = "\N{SUN WITH FACE}"


@pytest.fixture
def sunny(ws: Workspace, campaign: CampaignInfo, people: dict[str, int]) -> int:
    return ws.intake.add_candidate(
        campaign.id, first_name=f"Sunny {SUN}", last_name="Reyes", email="sunny@example.com"
    )


def names(window: MainWindow) -> list[str]:
    model = window.model
    return [model.index(r).data() for r in range(model.rowCount())]


def search(qtbot: QtBot, window: MainWindow, text: str) -> None:
    with qtbot.waitSignal(window.list_pane.search_changed, timeout=2000):
        window.list_pane.search_edit.setText(text)


def test_searching_for_an_emoji_finds_the_names_with_it(
    qtbot: QtBot, window: MainWindow, sunny: int
) -> None:
    window.list_pane.refresh()
    assert len(names(window)) == 6
    search(qtbot, window, SUN)
    assert names(window) == [f"Sunny {SUN} Reyes"]
    assert window.list_pane.count_label.text() == "1 found"
    search(qtbot, window, "\N{GRINNING FACE}")
    assert names(window) == []  # nobody has it: nobody, not everybody
    search(qtbot, window, "!!")
    assert names(window) == []


def test_a_name_with_a_line_break_stays_on_one_line(
    qtbot: QtBot, window: MainWindow, ws: Workspace, campaign: CampaignInfo
) -> None:
    cid = ws.intake.add_candidate(
        campaign.id, first_name="Ana\nMaria", last_name="dela\tCruz", email="am@example.com"
    )
    window.list_pane.refresh()
    window.select_candidate(cid)
    one_line = "Ana Maria dela Cruz"
    assert names(window)[0] == one_line  # the list row's name (its delegate paints it)
    assert window.profile_pane.name_label.text() == one_line
    assert window.chat_pane.subtitle_label.text().startswith(f"{one_line} \N{MIDDLE DOT}")


def label_font_families(window: MainWindow) -> list[str]:
    return window.profile_pane.name_label.font().families()


def test_emoji_are_painted_in_colour(
    styled: None, qtbot: QtBot, window: MainWindow, sunny: int
) -> None:
    window.list_pane.refresh()
    window.select_candidate(sunny)
    assert "Noto Color Emoji" in label_font_families(window)  # the fallback, named
    label = window.profile_pane.name_label
    qtbot.waitUntil(lambda: label.text() == f"Sunny {SUN} Reyes")
    image = label.grab().toImage()
    colours = (image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height()))
    assert any(c.hsvSaturation() > 150 and c.value() > 150 for c in colours), (
        "the emoji is not in colour: is the Noto Color Emoji font installed?"
    )
