"""My Account keeps the recruiter's own phone (Call Candidate rings it first): checked with
phonenumbers, shown in E.164 once saved, an invalid one refused with the reason."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.company.my_account import MyAccountDialog
from talkpush_desktop.views.main_window import MainWindow


def test_my_account_keeps_my_phone(qtbot: QtBot, window: MainWindow, ws: Workspace) -> None:
    window.user_menu.account_action.trigger()
    dialog = window.findChild(MyAccountDialog)
    assert dialog is not None and dialog.my_phone.text() == ""
    qtbot.keyClicks(dialog.my_phone, "+63 12")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text().startswith("my phone:")
    assert ws.recruiter_calls.my_phone() == ""
    dialog.my_phone.clear()
    qtbot.keyClicks(dialog.my_phone, "+63 918 111 2222")
    with qtbot.waitSignal(dialog.account_changed):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.my_phone.text() == ws.recruiter_calls.my_phone() == "+639181112222"
