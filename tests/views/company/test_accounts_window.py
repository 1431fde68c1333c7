"""The user menu on the window the app builds: signing in as a manager (who then sees
only their member campaigns), and the owner's Company Profile: invite a colleague (the
link arrives in the sandbox inbox, accepting it sets a password), deactivate, transfer
ownership; My Account keeps the language per user."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from talkpush_desktop.engine.dto import CampaignInfo
from talkpush_desktop.engine.errors import AccessDeniedError
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.app import build_window
from talkpush_desktop.views.company.company_profile import CompanyProfileDialog
from talkpush_desktop.views.company.my_account import MyAccountDialog
from talkpush_desktop.views.company.new_manager_dialog import NewManagerDialog
from talkpush_desktop.views.company.sign_in_dialog import SignInDialog
from talkpush_desktop.views.main_window import MainWindow

OWNER_PASSWORD = "Owner password 1"


def _join(ws: Workspace, email: str, name: str) -> None:
    sent = ws.accounts.invite(email, name)
    ws.accounts.accept(sent.token, f"{name} password 1")


def _campaign_titles(window: MainWindow) -> list[str]:
    combo = window.navigation.campaign_combo
    return [combo.itemText(i) for i in range(1, combo.count())]  # after "Show All"


def test_a_manager_signs_in_and_sees_only_member_campaigns(
    qtbot: QtBot, ws: Workspace, campaign: CampaignInfo, settings: QSettings
) -> None:
    ws.accounts.change_password(None, OWNER_PASSWORD)
    assert not ws.accounts.asks_sign_in()  # one account: the window opens directly
    _join(ws, "ana@acme.ph", "Ana")
    ws.campaigns.create("Technical Support - Cebu")
    ws.campaign_settings.change_members(campaign.id, ["ana@acme.ph"], [])
    assert ws.accounts.asks_sign_in()
    dialog = SignInDialog(ws)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.email, "ana@acme.ph")
    qtbot.keyClicks(dialog.password, "not her password")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible() and "wrong email or password" in dialog.error.text()
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, "Ana password 1")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    window, _switcher = build_window(ws, settings)
    qtbot.addWidget(window)
    window.show()
    assert window.user_menu.text() == "Ana"
    assert _campaign_titles(window) == [campaign.title]
    texts = [a.text() for a in window.user_menu.menu().actions() if a.text()]
    assert texts[0].startswith("Company Profile") and "Sign out" in texts
    assert any(t.startswith("&Analytics") for t in texts)
    window.user_menu.profile_action.trigger()
    profile = window.findChild(CompanyProfileDialog)
    assert profile is not None and profile.isVisible()
    assert not profile.deactivate_button.isVisible() and not profile.transfer_button.isVisible()
    assert not profile.new_manager_button.isVisible()
    assert profile.settings_panel.name.isReadOnly()
    owner_row, own_row = profile.table.item(0, 3), profile.table.item(1, 3)
    assert not owner_row.flags() & Qt.ItemFlag.ItemIsUserCheckable  # not hers to change
    own_row.setCheckState(Qt.CheckState.Checked)  # her own weekly email
    assert ws.accounts.me().weekly_email and profile.error.text() == ""
    profile.close()


def test_the_owner_invites_deactivates_and_transfers_ownership(
    qtbot: QtBot, window: MainWindow, ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.user_menu.profile_action.trigger()
    profile = window.findChild(CompanyProfileDialog)
    assert profile is not None
    assert profile.table.item(0, 2).text() == "Owner"
    for email, name in (("ana@acme.ph", "Ana"), ("ben@acme.ph", "Ben")):
        qtbot.mouseClick(profile.new_manager_button, Qt.MouseButton.LeftButton)
        invite = profile.findChildren(NewManagerDialog)[-1]
        qtbot.keyClicks(invite.name, name)
        qtbot.keyClicks(invite.email, email)
        qtbot.mouseClick(invite.send_button, Qt.MouseButton.LeftButton)
        assert "sandbox inbox" in invite.outcome.text()
        mail = ws.providers.sandbox_inbox(email)[-1]
        token = re.search(r"/accept/(\S+)", mail.body)
        assert token is not None
        ws.accounts.accept(token.group(1), f"{name} password 1")  # the link's page does this
        invite.close()
    profile.refresh()
    assert [profile.table.item(r, 0).text() for r in range(profile.table.rowCount())][1:] == [
        "Ana",
        "Ben",
    ]
    profile.select_email("ben@acme.ph")
    qtbot.mouseClick(profile.deactivate_button, Qt.MouseButton.LeftButton)
    assert profile.table.item(2, 4).text() == "Deactivated"
    with pytest.raises(AccessDeniedError):
        ws.accounts.sign_in("ben@acme.ph", "Ben password 1")
    assert ws.accounts.me().owner  # a failed sign-in leaves the owner acting
    monkeypatch.setattr(CompanyProfileDialog, "confirm", lambda _self, _text: True)
    profile.select_email("ana@acme.ph")
    before = _campaign_titles(window)
    assert before  # the owner sees every campaign
    qtbot.mouseClick(profile.transfer_button, Qt.MouseButton.LeftButton)
    owners = [a.email for a in ws.accounts.all() if a.owner]
    assert owners == ["ana@acme.ph"]
    assert not profile.transfer_button.isVisible() and not profile.deactivate_button.isVisible()
    assert profile.error.text() == ""
    assert _campaign_titles(window) == []  # a manager now, a member of no campaign


def test_my_account_keeps_the_language_per_user(
    qtbot: QtBot, window: MainWindow, ws: Workspace
) -> None:
    window.user_menu.account_action.trigger()
    dialog = window.findChild(MyAccountDialog)
    assert dialog is not None
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "Rosa Owner")
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    qtbot.keyClicks(dialog.new_password, "Rosa password 1")
    qtbot.keyClicks(dialog.confirm_password, "Rosa password 2")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "differ" in dialog.message.text() and ws.accounts.me().language == "en"
    dialog.confirm_password.clear()
    qtbot.keyClicks(dialog.confirm_password, "Rosa password 1")
    with qtbot.waitSignal(dialog.account_changed):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    me = ws.accounts.me()
    assert (me.name, me.language, me.has_password) == ("Rosa Owner", "es", True)
    assert window.user_menu.text() == "Rosa Owner"


def test_a_remembered_sign_in_opens_directly_until_sign_out(
    qtbot: QtBot, ws: Workspace, campaign: CampaignInfo, settings: QSettings, memory_keyring: object
) -> None:
    from talkpush_desktop.views.company.sign_in_dialog import ensure_signed_in

    assert ensure_signed_in(ws)  # one account: no dialog at all
    ws.accounts.change_password(None, OWNER_PASSWORD)
    _join(ws, "ana@acme.ph", "Ana")
    ws.accounts.sign_in("ana@acme.ph", "Ana password 1", remember=True)
    again = Workspace(ws.db, ws.data_dir, shared_reader=ws.reader)
    assert again.accounts.me().owner
    assert ensure_signed_in(again) and again.accounts.me().email == "ana@acme.ph"
    window, _switcher = build_window(again, settings)
    qtbot.addWidget(window)
    window.show()
    assert window.user_menu.text() == "Ana" and _campaign_titles(window) == []
    window.user_menu.sign_out_action.trigger()
    assert not window.isVisible()
    again.close()  # its change watch (PostgreSQL: a LISTEN connection); the database stays
    third = Workspace(ws.db, ws.data_dir, shared_reader=ws.reader)
    assert third.accounts.resume() is None and third.accounts.me().owner
    assert [c.title for c in third.campaigns.all()] == [campaign.title]  # the owner sees it
    third.close()
