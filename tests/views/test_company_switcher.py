"""File ▸ Company in the real window: it lists the workspace's companies with the acting one
checked; choosing another closes the window and opens it again for that company, whose list
shows only its own candidates."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot
from support.two_companies import TwoCompanies

from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views import app as app_module
from talkpush_desktop.views.main_window import MainWindow


def _company_menu(window: MainWindow) -> QMenu:
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    [menu] = [a.menu() for a in file_menu.actions() if a.text() == "&Company"]
    assert isinstance(menu, QMenu)
    return menu


def _names(window: MainWindow) -> list[str]:
    model = window.model
    return [str(model.index(r).data()) for r in range(model.rowCount())]


def test_file_company_reopens_the_window_for_the_chosen_company(
    qtbot: QtBot, two_companies: TwoCompanies, monkeypatch: pytest.MonkeyPatch
) -> None:
    built: list[MainWindow] = []

    class TestWindow(MainWindow):
        def __init__(self, workspace: Workspace) -> None:
            super().__init__(workspace, QSettings("", QSettings.Format.IniFormat))
            built.append(self)

    monkeypatch.setattr(app_module, "MainWindow", TestWindow)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    shown: list[tuple[list[tuple[str, bool]], list[str]]] = []

    def step() -> None:
        window = built[-1]
        names = _names(window)
        if len(built) > len(shown) and any(n.startswith("Only") for n in names):
            menu = _company_menu(window)
            shown.append(([(a.text(), a.isChecked()) for a in menu.actions()], names))
            if len(built) == 1:
                action = next(a for a in menu.actions() if a.text() == "Globex")
                assert isinstance(action, QAction)
                action.trigger()
            else:
                app.closeAllWindows()

    ticker = QTimer()
    ticker.timeout.connect(step)
    ticker.start(50)
    QTimer.singleShot(30_000, app.closeAllWindows)  # never hangs the suite
    try:
        with Workspace.open(data_dir=two_companies.folder) as ws:
            assert app_module.run_window(ws) == 0
    finally:
        ticker.stop()
        asyncio.set_event_loop(None)
    [(menu_a, names_a), (menu_b, names_b)] = shown
    assert menu_a == [("Acme", True), ("Globex", False)]
    assert menu_b == [("Acme", False), ("Globex", True)]
    assert "OnlyA" in " ".join(names_a) and "OnlyB" not in " ".join(names_a)
    assert "OnlyB" in " ".join(names_b) and "OnlyA" not in " ".join(names_b)
    assert sorted(names_b) == ["Maria Santos", "OnlyB"]  # B's Inbox (its Jose is shortlisted)
