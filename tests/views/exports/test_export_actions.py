"""File > Export from the window: a file dialog, then the export runs in the background."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import QItemSelectionModel
from pytestqt.qtbot import QtBot

from talkpush_desktop.engine.dto import CampaignInfo
from talkpush_desktop.views.main_window import MainWindow


def _status(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


def _answer(window: MainWindow, path: Path | None) -> list[str]:
    asked: list[str] = []

    def ask(caption: str, name: str, _kind: str) -> str:
        asked.append(f"{caption}: {name}")
        return str(path) if path else ""

    window.export_actions.ask_path = ask
    return asked


def test_export_campaign_writes_the_workbook_in_the_background(
    qtbot: QtBot, window: MainWindow, campaign: CampaignInfo, tmp_path: Path
) -> None:
    out = tmp_path / "manila.xlsx"
    window.navigation.set_campaigns(window._ws.campaigns.all(), campaign.id)  # noqa: SLF001
    window._on_navigation_campaign_selected(campaign.id)  # noqa: SLF001
    asked = _answer(window, out)
    assert window.export_actions.export_campaign()
    qtbot.waitUntil(lambda: _status(window).startswith("Exported"), timeout=10_000)
    assert _status(window) == "Exported 4 candidates to manila.xlsx"
    assert asked == [f"Export campaign: {campaign.title}.xlsx"]
    book = load_workbook(out, read_only=True)
    rows = list(book.worksheets[0].values)
    book.close()  # a read-only workbook keeps its file open until closed
    assert len(rows) == 5  # the header and four candidates


def test_export_campaign_needs_a_campaign_and_a_path(
    window: MainWindow, campaign: CampaignInfo, tmp_path: Path
) -> None:
    assert not window.export_actions.export_campaign()  # the list shows all campaigns
    assert _status(window).startswith("Choose a campaign")
    window._on_navigation_campaign_selected(campaign.id)  # noqa: SLF001
    _answer(window, None)  # the dialog was cancelled
    assert not window.export_actions.export_campaign()
    assert not list(tmp_path.glob("*.xlsx"))


def test_export_selected_as_ats_json(
    qtbot: QtBot, window: MainWindow, people: dict[str, int], tmp_path: Path
) -> None:
    out = tmp_path / "ats.json"
    _answer(window, out)
    view, model = window.list_pane.list_view, window.model
    for row in range(model.rowCount()):
        if model.index(row).data() in ("Ana Cruz", "Paolo Garcia"):
            view.selectionModel().select(model.index(row), QItemSelectionModel.SelectionFlag.Select)
    assert window.list_pane.targets().ids == (people["Paolo"], people["Ana"])
    assert window.export_actions.export_ats_json()
    qtbot.waitUntil(lambda: _status(window).startswith("Exported"), timeout=10_000)
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert sorted(c["first_name"] for c in exported) == ["Ana", "Paolo"]


def test_sms_breakdown_from_the_menu(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    out = tmp_path / "sms.xlsx"
    _answer(window, out)
    assert window.export_actions.export_sms_breakdown()
    qtbot.waitUntil(lambda: _status(window).startswith("Exported"), timeout=10_000)
    assert out.exists()


def test_campaign_options_offer_add_and_export(window: MainWindow) -> None:
    button = window.navigation.campaign_options_button
    menu = button.menu()
    assert menu is not None and button.accessibleName() == "Campaign options"
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert window.add_candidate_action.text() in texts
    assert window.export_actions.campaign_action.text() in texts
    assert {"&New Campaign\N{HORIZONTAL ELLIPSIS}", "&Interview\N{HORIZONTAL ELLIPSIS}"} <= set(
        texts
    )
