"""Sign out on the window the app builds: the remembered sign-in is forgotten, the window
closes and the sign-in dialog asks who comes next; the window opens again for them (or the
app quits when the dialog is cancelled)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from talkpush_desktop.engine.dto import CampaignInfo
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.app import build_window, reopen_for
from talkpush_desktop.views.company.sign_in_dialog import SignInDialog

OWNER_PASSWORD = "Owner password 1"


def _answer_sign_in(qtbot: QtBot, email: str, password: str, seen: list[SignInDialog]) -> None:
    """Fill in the sign-in dialog once it is shown (it runs its own event loop). Dialogs of
    earlier tests may linger hidden: only the shown one counts. A sign-in the dialog refused
    closes it (the test then fails on what it saw) rather than leaving its loop running."""

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SignInDialog) or not dialog.isVisible():
            QTimer.singleShot(20, fill)
            return
        seen.append(dialog)
        if not email:
            dialog.reject()
            return
        qtbot.keyClicks(dialog.email, email)
        qtbot.keyClicks(dialog.password, password)
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
        if dialog.isVisible():
            refused = dialog.error.text()
            dialog.reject()
            raise AssertionError(f"the sign-in was refused: {refused}")

    QTimer.singleShot(0, fill)


def test_sign_out_asks_who_signs_in_next_and_opens_the_window_for_them(
    qtbot: QtBot, ws: Workspace, campaign: CampaignInfo, settings: QSettings, memory_keyring: object
) -> None:
    del campaign
    ws.accounts.change_password(None, OWNER_PASSWORD)
    sent = ws.accounts.invite("ana@acme.ph", "Ana")
    ws.accounts.accept(sent.token, "Ana password 1")
    ws.accounts.sign_in("ana@acme.ph", "Ana password 1", remember=True)
    window, _switcher = build_window(ws, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.user_menu.text() == "Ana"
    window.user_menu.sign_out_action.trigger()
    assert not window.isVisible() and window.user_menu.signed_out
    assert ws.accounts.resume() is None  # the remembered token is gone
    owner = ws.accounts.all()[0]
    assert owner.owner and owner.email != "ana@acme.ph"
    seen: list[SignInDialog] = []
    _answer_sign_in(qtbot, owner.email, OWNER_PASSWORD, seen)
    following = reopen_for(ws, ws, window)
    assert following is ws and len(seen) == 1  # the dialog asked
    assert ws.accounts.me().email == owner.email
    again, _switcher = build_window(following, settings)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.user_menu.text() == owner.name and not again.user_menu.signed_out

    again.user_menu.sign_out_action.trigger()
    assert not again.isVisible()
    seen = []
    _answer_sign_in(qtbot, "", "", seen)  # cancelled: the app quits
    assert reopen_for(ws, ws, again) is None and len(seen) == 1


def test_closing_the_window_does_not_ask_anyone(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    window, _switcher = build_window(ws, settings)
    qtbot.addWidget(window)
    window.show()
    window.close()
    assert reopen_for(ws, ws, window) is None
