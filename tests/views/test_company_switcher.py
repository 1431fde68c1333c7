"""File ▸ Company in the real window as the app runs it: it lists the workspace's companies
with the acting one checked; choosing another closes the window and opens it again for that
company, whose list shows only its own candidates."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QMenu
from shiboken6 import isValid
from support.two_companies import TwoCompanies

from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.main_window import MainWindow
from tests.views.test_window_live_sync import run_app, until


def _company_menu(window: MainWindow) -> list[tuple[str, bool]]:
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    [menu] = [a.menu() for a in file_menu.actions() if a.text() == "&Company"]
    assert isinstance(menu, QMenu)
    return [(a.text(), a.isChecked()) for a in menu.actions()]


def _names(window: MainWindow) -> list[str]:
    return [str(window.model.index(r).data()) for r in range(window.model.rowCount())]


def _open_window() -> MainWindow | None:
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    return next((w for w in shown if w.isVisible()), None)


def test_file_company_reopens_the_window_for_the_chosen_company(
    qapp: QApplication, two_companies: TwoCompanies, monkeypatch: pytest.MonkeyPatch
) -> None:
    menus: list[list[tuple[str, bool]]] = []
    lists: list[list[str]] = []

    async def switch(first: MainWindow) -> None:
        await until(lambda: "OnlyA" in _names(first))
        menus.append(_company_menu(first))
        lists.append(_names(first))
        file_menu = first.menuBar().actions()[0].menu()
        assert isinstance(file_menu, QMenu)
        company = next(a.menu() for a in file_menu.actions() if a.text() == "&Company")
        assert isinstance(company, QMenu)
        next(a for a in company.actions() if a.text() == "Globex").trigger()
        await until(lambda: (w := _open_window()) is not None and "OnlyB" in _names(w))
        second = _open_window()
        assert second is not None and second is not first
        menus.append(_company_menu(second))
        lists.append(_names(second))

    with Workspace.open(data_dir=two_companies.folder) as ws:
        run_app(ws, monkeypatch, switch)
    assert menus == [[("Acme", True), ("Globex", False)], [("Acme", False), ("Globex", True)]]
    assert "OnlyB" not in lists[0]
    assert sorted(lists[1]) == ["Maria Santos", "OnlyB"]  # B's Inbox (its Jose is shortlisted)


def test_dialogs_of_the_closed_window_do_not_stay_on_screen(
    qapp: QApplication, two_companies: TwoCompanies, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Settings > Providers and the API server dialog act on the window's company: choosing
    another company takes them away with the window they belong to."""
    left: list[list[str]] = []

    async def switch(first: MainWindow) -> None:
        await until(lambda: "OnlyA" in _names(first))
        opened = [first.open_providers(), first.open_api_server(), first.open_add_candidate()]
        await until(lambda: all(d.isVisible() for d in opened))
        file_menu = first.menuBar().actions()[0].menu()
        assert isinstance(file_menu, QMenu)
        company = next(a.menu() for a in file_menu.actions() if a.text() == "&Company")
        assert isinstance(company, QMenu)
        next(a for a in company.actions() if a.text() == "Globex").trigger()
        await until(lambda: (w := _open_window()) is not None and w is not first)
        left.append([type(d).__name__ for d in opened if isValid(d) and d.isVisible()])

    with Workspace.open(data_dir=two_companies.folder) as ws:
        run_app(ws, monkeypatch, switch)
    assert left == [[]]
