"""The campaign view and the conversation speak every shipped language: with the language
installed before the window is built, the folders, labels, candidate list, filters, bulk
bar, keyboard triage, profile (sections, answer cards, actions, Sharing) and the chat
(conversation, composer and its menus and dialogs) show no English source string.

Texts that are painted rather than held by a widget (folder rows, bubbles, list rows) are
checked through the data the painting reads. A screenshot per language goes to /tmp.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from talkpush_desktop.engine.dto import CampaignInfo
from talkpush_desktop.engine.messaging.sms_segments import SmsCost, sms_cost
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.campaign_view.label_dialog import LabelDialog
from talkpush_desktop.views.chat.composer import sms_counter_text, sms_counter_tip
from talkpush_desktop.views.chat.local_dates import day_heading, long_date, short_time
from talkpush_desktop.views.chat.message_model import DAY_ROLE, SPEAKER_ROLE
from talkpush_desktop.views.chat.quick_reply_dialog import QuickReplyDialog
from talkpush_desktop.views.main_window import MainWindow
from tests.support.i18n import SHIPPED, english_left, english_sources, language
from tests.views.campaign_view.test_profile_pane import _full_candidate
from tests.views.conftest import OFFSCREEN_NOTICE
from tests.views.test_main_window import notify_prompt, switch_on

SCREENSHOTS = Path("/tmp")


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip("…:")


def untranslated(texts: list[str], code: str) -> list[str]:
    """The ``texts`` that are English sources the language translates."""
    sources = english_sources(code)
    return sorted({text for text in texts if text and _plain(text) in sources})


def menu_texts(menu: QMenu) -> list[str]:
    """A menu's title, entries and their tooltips, submenus included."""
    texts = [menu.title()]
    for action in menu.actions():
        texts += [action.text(), action.toolTip() if action.toolTip() != action.text() else ""]
        sub = action.menu()
        if isinstance(sub, QMenu):
            texts += menu_texts(sub)
    return texts


def check(widget: QWidget, code: str) -> None:
    left = english_left(widget, code)
    assert left == [], f"{type(widget).__name__} ({code}): {left}"


def check_menu(menu: QMenu, code: str) -> None:
    menu.aboutToShow.emit()  # menus filled as they open
    left = untranslated(menu_texts(menu), code)
    assert left == [], f"menu {menu.objectName() or menu.title()} ({code}): {left}"


@pytest.fixture
def built(
    qtbot: QtBot, ws: Workspace, people: dict[str, int], settings: QSettings
) -> Iterator[Callable[[], MainWindow]]:
    """Builds the window once the test has installed its language; closed afterwards."""
    windows: list[MainWindow] = []

    def build() -> MainWindow:
        win = MainWindow(ws, settings=settings)
        qtbot.addWidget(win)
        win.resize(1440, 900)
        win.show()
        qtbot.waitExposed(win)
        win.activateWindow()
        windows.append(win)
        return win

    yield build
    for win in windows:
        win.close()


@pytest.mark.usefixtures("memory_keyring", "styled")
@pytest.mark.qt_log_ignore(OFFSCREEN_NOTICE, "^This plugin does not support grabbing the keyboard$")
@pytest.mark.parametrize("code", SHIPPED)
def test_the_campaign_view_speaks_the_language(
    code: str,
    *,
    qtbot: QtBot,
    ws: Workspace,
    campaign: CampaignInfo,
    people: dict[str, int],
    built: Callable[[], MainWindow],
) -> None:
    lea = _full_candidate(ws, campaign)
    ws.messaging.add_comment(lea, "Second interview on Friday.")
    ws.messaging.create_quick_reply("See you soon", "See you tomorrow, {{first_name}}.")
    switch_on(ws, "shortlisted")
    with language(code):
        window = built()
        window.select_candidate(lea)
        qtbot.waitUntil(lambda: window.profile_pane.candidate_id == lea)
        panes = (window.navigation, window.list_pane, window.chat_pane, window.profile_pane)
        for pane in panes:
            check(pane, code)
        _painted_texts(window, code)
        _triage(window, code)
        _filters(window, qtbot, code)
        _profile(window, qtbot, code)
        qtbot.wait(50)  # the profile's sections laid out
        window.grab().save(str(SCREENSHOTS / f"campaign_view_{code}.png"))
        _chat(window, qtbot, code)
        _bulk(window, qtbot, people, code)
        _notify(window, qtbot, people, code)


def _painted_texts(window: MainWindow, code: str) -> None:
    """Folder rows, list rows and bubbles are painted from these texts."""
    folders = window.navigation.folder_list
    texts = [folders.item(i).text() for i in range(folders.count())]
    texts += [window.list_pane.title_label.text(), window.list_pane.count_label.text()]
    model = window.chat_pane.model
    for row in range(model.rowCount()):
        index = model.index(row)
        texts += [str(index.data(DAY_ROLE)), str(index.data(SPEAKER_ROLE))]
        texts += str(index.data(Qt.ItemDataRole.ToolTipRole)).split("\n")
    now = datetime(2026, 3, 27, 12, 0)
    texts += [
        day_heading(now, now),
        day_heading(datetime(2026, 3, 26, 9, 0), now),
        short_time(datetime(2026, 1, 2, 9, 0), now),
        long_date(now),
        window.outbox_indicator.text(),
        window.send_report.text(),
    ]
    assert untranslated(texts, code) == []


def _triage(window: MainWindow, code: str) -> None:
    triage = window.triage
    texts = [triage.help_action.text(), triage.select_all_action.text()]
    texts += [a.text() for a in window.menuBar().actions() if a.menu() is not None]
    assert not [t for t in texts if _plain(t) in {"Help", "Keyboard shortcuts"}]
    assert untranslated([triage.help_action.text(), triage.select_all_action.text()], code) == []
    menu = QMenu()
    window.notify_prompt.fill_menu(menu)
    check_menu(menu, code)


def _filters(window: MainWindow, qtbot: QtBot, code: str) -> None:
    pane = window.list_pane
    qtbot.mouseClick(pane.filter_button, Qt.MouseButton.LeftButton)
    assert pane.filter_panel.isVisible()
    check(pane, code)
    check_menu(pane.filter_panel.labels_menu, code)
    pane.filter_panel.labels_menu.actions()[0].trigger()  # one label checked: "1 label"
    check(pane, code)
    pane.filter_panel.reset()
    qtbot.mouseClick(pane.filter_button, Qt.MouseButton.LeftButton)
    search = pane.search_edit
    with qtbot.waitSignal(pane.search_changed, timeout=2000):
        qtbot.keyClicks(search, "nobody-matches-this")
    qtbot.waitUntil(pane.empty_label.isVisible)
    check(pane, code)
    pane.reset_search()


def _profile(window: MainWindow, qtbot: QtBot, code: str) -> None:
    pane = window.profile_pane
    for section in (pane.referee_section, pane.others_section, pane.responses_section):
        assert section.isVisible()
    check(pane, code)
    chips = pane.label_chips
    assert chips.add_button is not None
    menu = chips.add_button.menu()
    assert menu is not None
    check_menu(menu, code)
    qtbot.mouseClick(pane.assessment_button, Qt.MouseButton.LeftButton)
    assessment = window.profile_actions.assessment_dialog
    assert assessment is not None
    qtbot.waitExposed(assessment)
    check(assessment, code)
    assessment.reject()
    qtbot.mouseClick(pane.share_button, Qt.MouseButton.LeftButton)
    share = window.profile_actions.share_dialog
    assert share is not None
    qtbot.waitExposed(share)
    qtbot.mouseClick(share.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: share.links.topLevelItemCount() == 1)
    qtbot.waitUntil(share.generate_button.isEnabled)
    item = share.links.topLevelItem(0)
    assert item is not None
    share.links.setCurrentItem(item)
    check(share, code)
    share.grab().save(str(SCREENSHOTS / f"campaign_view_share_{code}.png"))
    row = [item.text(column) for column in range(3)]
    assert untranslated(row + share.message.text().split("\n"), code) == []
    with qtbot.waitSignal(share.save_page(Path("/nonexistent-dir/page.html")).finished):
        pass  # not saved: the message says why
    assert untranslated(share.message.text().split(":")[:1], code) == []
    share.reject()


def _chat(window: MainWindow, qtbot: QtBot, code: str) -> None:
    chat = window.chat_pane
    composer = chat.composer
    check(chat, code)
    for menu in (composer.token_menu, composer.reply_menu, composer.send_later_menu):
        check_menu(menu, code)
    check_menu(chat.actions_bar.menu, code)
    composer.set_text("Hola @first_name ’")
    check(chat, code)
    left = untranslated(
        [composer.counter_label.text(), *composer.counter_label.toolTip().split("\n")], code
    )
    assert left == []
    composer.set_text("Hola @no_such_token")
    composer.submit()
    check(chat, code)
    composer.set_text("")
    qtbot.mouseClick(composer.comment_button, Qt.MouseButton.LeftButton)
    check(chat, code)
    qtbot.mouseClick(composer.message_button, Qt.MouseButton.LeftButton)
    index = chat.model.index(chat.model.rowCount() - 1)
    chat._on_message_list_menu_requested(index, QPoint(10, 10))  # noqa: SLF001 (its right click)
    assert chat.context_menu is not None
    check_menu(chat.context_menu, code)
    chat.context_menu.close()
    later = composer.pick_send_time()
    qtbot.waitExposed(later)
    check(later, code)
    later.reject()
    manage = chat.manage_quick_replies()
    qtbot.waitExposed(manage)
    check(manage, code)
    manage.reject()
    composer.new_quick_reply_requested.emit("")
    [new] = [d for d in chat.findChildren(QuickReplyDialog) if d.isVisible()]
    check(new, code)
    new.reject()
    row = chat.row
    assert row is not None
    chat.actions_bar._ask_my_phone(row.id)  # noqa: SLF001 (Call Candidate without a phone)
    phone = chat.actions_bar.phone_dialog
    assert phone is not None
    qtbot.waitExposed(phone)
    check(phone, code)
    phone.reject()
    assert (
        untranslated([sms_counter_text(_cost(), 0), *sms_counter_tip(_cost()).split("\n")], code)
        == []
    )


def _cost() -> SmsCost:
    return sms_cost("Hola ’ señor " * 20)


def _bulk(window: MainWindow, qtbot: QtBot, people: dict[str, int], code: str) -> None:
    pane = window.list_pane
    view = pane.list_view
    view.setFocus()
    view.selectAll()
    qtbot.waitUntil(pane.bulk_bar.isVisible)
    check(pane, code)
    bar = pane.bulk_bar
    for menu in (bar.move_menu, bar.add_menu, bar.remove_menu, bar.reply_menu):
        check_menu(menu, code)
    several = window.bulk_actions.label_menu()
    check_menu(several, code)
    several.close()
    window.grab().save(str(SCREENSHOTS / f"campaign_view_bulk_{code}.png"))
    qtbot.mouseClick(bar.select_all_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(bar.matching_label.isVisible)
    check(pane, code)
    pane.selection.clear()
    assert window.list_pane.select_candidate(people["Ana"])
    one = window.bulk_actions.label_menu()
    check_menu(one, code)
    one.close()
    dialog = LabelDialog(window)
    dialog.show()
    qtbot.waitExposed(dialog)
    check(dialog, code)
    dialog.reject()


def _notify(window: MainWindow, qtbot: QtBot, people: dict[str, int], code: str) -> None:
    """Keyboard triage: s shortlists the focused candidate and asks whether to notify."""
    assert window.list_pane.select_candidate(people["Mark"])
    view = window.list_pane.list_view
    view.setFocus()
    window.activateWindow()  # the dialogs opened before are gone: the keys are the window's
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(view, Qt.Key.Key_S)
    box = notify_prompt(qtbot, window)
    check(box, code)
    left = untranslated([box.text(), *box.informativeText().split("\n")], code)
    assert left == []
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(
        lambda: window.notify_prompt.dialog is None and QApplication.activeWindow() is window
    )
