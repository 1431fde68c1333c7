"""The core room in every shipped language: the main window's menus, user menu and status
bar, Company Profile (with Company Settings), My Account, New Manager, Sign-in, Providers
(every tab and provider), the phone simulator, the API Server window, the shortcut sheet, the
export menu's messages and the Analytics window (toolbar, totals, chart titles, legends, axis
titles, a drill-down) show no English source string; and choosing a language in My Account
opens the window again in it at once, in the running app."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from talkpush_desktop.engine.dto import CampaignInfo
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views import i18n
from talkpush_desktop.views.analytics.time_frame import frame_text, hours_value, rate_value
from talkpush_desktop.views.analytics.window import AnalyticsWindow
from talkpush_desktop.views.app import render_analytics_screenshot, render_screenshot
from talkpush_desktop.views.company.company_profile import CompanyProfileDialog
from talkpush_desktop.views.company.my_account import MyAccountDialog
from talkpush_desktop.views.company.sign_in_dialog import SignInDialog
from talkpush_desktop.views.main_window import MainWindow
from talkpush_desktop.views.widgets.formatting import count_text, day_heading, long_date
from talkpush_desktop.views.widgets.shortcuts_dialog import ShortcutsDialog
from tests.support.i18n import SHIPPED, english_left, english_of, language, menu_texts
from tests.support.modal import answer_box
from tests.views.test_window_live_sync import run_app, until

WAIT_MS = 20000
"""How long the analytics may take to come (a ceiling, never a measured time)."""


@pytest.fixture(params=SHIPPED)
def code(request: pytest.FixtureRequest) -> Iterator[str]:
    """Each shipped language, installed before anything is built."""
    with language(request.param):
        yield request.param


@pytest.fixture
def speaking(
    qtbot: QtBot, code: str, ws: Workspace, people: dict[str, int], settings: QSettings
) -> Iterator[MainWindow]:
    """The app's main window, built in the language ``code``."""
    ws.candidates.move([people["Maria"]], "Shortlisted")  # a decision for the user charts
    win = MainWindow(ws, settings=settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    _close_windows()


def _close_windows() -> None:
    """Close every window left open (the dialogs a test opened outlive their parent's close:
    ``run_window`` ends only once the last window closed)."""
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.close()
    QApplication.processEvents()


def _left(widget: QWidget) -> list[str]:
    """The English left on ``widget``, after the events that fill it were handled."""
    QApplication.processEvents()
    return english_left(widget)


HELP_MENU = -1
"""The last menu, Help, is the campaign view's (``campaign_view.triage``): its room's."""


def _all_menus(window: MainWindow) -> list[str]:
    texts: list[str] = []
    for action in window.menuBar().actions()[:HELP_MENU]:
        texts += menu_texts(action.menu(), action.text())
    texts += menu_texts(window.user_menu.menu())
    texts += menu_texts(window.navigation.campaign_options_button.menu())
    return texts


def test_menus_and_status_bar(
    qtbot: QtBot, speaking: MainWindow, campaign: CampaignInfo, tmp_path: Path
) -> None:
    window = speaking
    assert english_of(_all_menus(window)) == []
    assert _left(window.statusBar()) == []
    assert "&Tools" not in [a.text() for a in window.menuBar().actions()]  # translated
    exports = window.export_actions
    exports.ask_path = lambda _caption, name, _kind: str(tmp_path / name)
    window.navigation.campaign_selected.emit(None)
    with qtbot.waitSignal(exports.finished) as nothing:  # all campaigns: choose one
        exports.export_campaign()
    window.navigation.campaign_selected.emit(campaign.id)
    with qtbot.waitSignal(exports.finished, timeout=WAIT_MS) as exported:
        exports.export_campaign()
    texts = [str(nothing.args[0]), str(exported.args[0])]
    assert all(texts) and english_of(texts) == [], texts


def test_company_dialogs(qtbot: QtBot, speaking: MainWindow, ws: Workspace) -> None:
    window = speaking
    profile = window.user_menu.open_company_profile()
    assert isinstance(profile, CompanyProfileDialog)
    qtbot.addWidget(profile)
    qtbot.waitExposed(profile)
    assert _left(profile) == []
    assert profile.table.horizontalHeaderItem(0).text() != "Name"
    new_manager = profile.open_new_manager()
    qtbot.waitExposed(new_manager)
    assert _left(new_manager) == []
    account = window.user_menu.open_my_account()
    assert isinstance(account, MyAccountDialog)
    qtbot.addWidget(account)
    qtbot.waitExposed(account)
    assert _left(account) == []
    qtbot.keyClicks(account.new_password, "one password")
    account.save_button.click()  # the two passwords differ
    assert account.message.text() and _left(account) == []
    sign_in = SignInDialog(ws, window)
    qtbot.addWidget(sign_in)
    sign_in.show()
    qtbot.waitExposed(sign_in)
    assert _left(sign_in) == []


def test_settings_windows(qtbot: QtBot, speaking: MainWindow) -> None:
    window = speaking
    providers = window.open_providers()
    qtbot.waitExposed(providers)
    for service, page in providers.pages.items():
        providers.tabs.setCurrentWidget(page)
        for index in range(page.kind_combo.count()):
            page.kind_combo.setCurrentIndex(index)
            assert _left(providers) == [], (service, page.kind_combo.currentText())
    phone = window.open_sandbox_phone()
    qtbot.waitExposed(phone)
    assert _left(phone) == []
    phone.set_address("+639170000001")
    assert _left(phone) == []
    sheet = ShortcutsDialog(window)
    qtbot.addWidget(sheet)
    sheet.show()
    qtbot.waitExposed(sheet)
    assert _left(sheet) == []


def test_api_server_window(qtbot: QtBot, speaking: MainWindow) -> None:
    dialog = speaking.open_api_server()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: not speaking.recruiter_actions.runner.busy, timeout=WAIT_MS)
    assert _left(dialog) == []
    assert dialog.server_panel.start_button.text() != "Start"


def test_a_question_box_asks_in_the_language(
    qtbot: QtBot, speaking: MainWindow, campaign: CampaignInfo
) -> None:
    """Revoke API key asks first: its Yes and No read in the language (Qt has no Filipino)."""
    keys = speaking.open_api_server().keys_panel
    keys.name_edit.setText("Careers site")
    keys.campaign_combo.setCurrentIndex(keys.campaign_combo.findData(campaign.id))
    keys.create_button.click()
    qtbot.waitUntil(lambda: keys.keys.topLevelItemCount() == 1, timeout=WAIT_MS)
    keys.keys.setCurrentItem(keys.keys.topLevelItem(0))
    shown: list[tuple[list[str], list[str]]] = []

    def look(box: QMessageBox) -> None:
        texts = [
            box.button(b).text()
            for b in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No)
        ]
        shown.append((texts, english_left(box)))

    seen = answer_box(QMessageBox.StandardButton.No, look)
    keys.revoke_button.click()
    assert len(seen) == 1
    [(texts, left)] = shown
    words = [QCoreApplication.translate("StandardButtons", t) for t in ("&Yes", "&No")]
    assert left == [] and texts == words and texts[0] != "&Yes", (texts, left)
    assert keys.keys.topLevelItem(0).text(5) != "Revoked"  # No: the key stays


def test_analytics_window(qtbot: QtBot, speaking: MainWindow) -> None:
    window = speaking
    analytics = window.open_analytics()
    assert isinstance(analytics, AnalyticsWindow)
    qtbot.waitUntil(lambda: analytics.board is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: analytics.reader.jobs() == [], timeout=WAIT_MS)
    assert _left(analytics) == []
    axes = [
        card.plot_item.getAxis(side).labelText
        for card in analytics.charts.values()
        for side in ("left", "bottom")
    ]
    assert english_of(axes) == []
    assert analytics.charts["overview"].title != "Campaign performance overview"
    menu = analytics.toolbar.campaign_button.menu()
    assert isinstance(menu, QMenu) and english_of(menu_texts(menu)) == []
    with qtbot.waitSignal(analytics.drilled, timeout=WAIT_MS):
        analytics.tiles["added"].clicked.emit("added")  # a drill-down, as a click does
    assert english_of([analytics.statusBar().currentMessage()]) == []


@pytest.mark.usefixtures("people")
def test_screenshots_in_each_language(code: str, ws: Workspace) -> None:
    """The pictures to look at, in /tmp: long texts must fit."""
    i18n.install("en")  # the pictures take the language themselves
    main = render_screenshot(ws, Path(f"/tmp/i18ncore_main_{code}.png"), language=code)
    analytics = render_analytics_screenshot(
        ws, Path(f"/tmp/i18ncore_analytics_{code}.png"), language=code
    )
    assert main.stat().st_size > 0 and analytics.stat().st_size > 0
    assert i18n.current_language() == "en"  # put back after each picture


def _open_window() -> MainWindow | None:
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    return next((w for w in shown if w.isVisible()), None)


def _choose_language(window: MainWindow, code: str) -> None:
    account = window.user_menu.open_my_account()
    assert isinstance(account, MyAccountDialog)
    account.language.setCurrentIndex(account.language.findData(code))
    account.save_button.click()
    assert account.result() == QDialog.DialogCode.Accepted  # closed: the window reopens


@pytest.mark.usefixtures("qapp", "people")
def test_my_account_redraws_the_window_in_the_chosen_language(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    _close_windows()
    seen: list[tuple[str, str, list[str]]] = []

    async def switch(first: MainWindow) -> None:
        seen.append((i18n.current_language(), first.menuBar().actions()[0].text(), []))
        first.user_menu.open_company_profile()  # left open: it closes with the window
        _choose_language(first, "es")
        await until(lambda: (w := _open_window()) is not None and w is not first)
        second = _open_window()
        assert second is not None
        await until(lambda: second.outbox_sync.running)
        left = english_of(_all_menus(second)) + english_left(second.statusBar())
        seen.append((i18n.current_language(), second.menuBar().actions()[0].text(), left))
        _choose_language(second, "en")
        await until(lambda: (w := _open_window()) is not None and w is not second)
        third = _open_window()
        assert third is not None
        seen.append((i18n.current_language(), third.menuBar().actions()[0].text(), []))

    try:
        run_app(ws, monkeypatch, switch)
    finally:
        i18n.install("en")
    assert seen == [("en", "&File", []), ("es", "&Archivo", []), ("en", "&File", [])]
    assert ws.accounts.me().language == "en"


def test_dates_and_numbers_read_in_the_language() -> None:
    """Counts, dates, rates and hours follow the language's locale; English stays as it was."""

    def shown() -> tuple[str, ...]:
        return (
            count_text(12345),
            long_date(datetime(2024, 3, 27, 14, 5)),
            day_heading(datetime(2024, 3, 26), datetime(2024, 3, 27)),
            frame_text(date(2025, 2, 25), date(2025, 3, 3)),
            rate_value(0.375, ""),
            hours_value(17.5),
        )

    with language("es"):
        spanish = shown()
    with language("fil"):
        filipino = shown()
    assert spanish == (
        "12.345",
        "27 mar 2024, 14:05",
        "Ayer",
        "25 feb \N{EN DASH} 3 mar 2025",
        "37,5 %",
        "17,5 h",
    )
    assert filipino[:3] == ("12,345", "Mar 27, 2024, 14:05", "Kahapon")
    assert shown() == (
        "12,345",
        "27 Mar 2024, 14:05",
        "Yesterday",
        "25 Feb \N{EN DASH} 3 Mar 2025",
        "37.5 %",
        "17.5 h",
    )
