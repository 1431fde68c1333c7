"""Company Profile's pending invitations on the window the app builds: the owner sees the
invitations sent from New Manager Account, revokes one (its link then refuses); a manager
sees no such panel."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from talkpush_desktop.engine.errors import NotFoundError
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.company.company_profile import CompanyProfileDialog
from talkpush_desktop.views.company.new_manager_dialog import NewManagerDialog
from talkpush_desktop.views.main_window import MainWindow


def test_the_owner_revokes_a_pending_invitation(
    qtbot: QtBot, window: MainWindow, ws: Workspace
) -> None:
    window.user_menu.profile_action.trigger()
    profile = window.findChild(CompanyProfileDialog)
    assert profile is not None
    panel = profile.invitations_panel
    qtbot.waitUntil(lambda: not panel._runner.busy)  # the first read, on the worker
    assert panel.table.topLevelItemCount() == 0 and panel.isVisible()
    assert not panel.revoke_button.isEnabled()
    qtbot.mouseClick(profile.new_manager_button, Qt.MouseButton.LeftButton)
    invite = profile.findChildren(NewManagerDialog)[-1]
    for email, name in (("ana@acme.ph", "Ana"), ("ben@acme.ph", "Ben")):
        qtbot.keyClicks(invite.name, name)
        qtbot.keyClicks(invite.email, email)
        with qtbot.waitSignal(panel.invitations_read):
            qtbot.mouseClick(invite.send_button, Qt.MouseButton.LeftButton)
    invite.close()
    assert panel.emails() == ["ben@acme.ph", "ana@acme.ph"]  # newest first
    owner = ws.accounts.me().name
    assert [panel.table.topLevelItem(0).text(c) for c in range(3)] == ["ben@acme.ph", "Ben", owner]
    ben = invite.sent
    assert ben is not None and ben.email == "ben@acme.ph"
    panel.select_email("ben@acme.ph")
    assert panel.revoke_button.isEnabled()
    with qtbot.waitSignal(panel.invitations_read):
        qtbot.mouseClick(panel.revoke_button, Qt.MouseButton.LeftButton)
    assert panel.emails() == ["ana@acme.ph"]
    assert "ben@acme.ph revoked" in panel.message.text()
    with pytest.raises(NotFoundError, match="revoked by the company's owner"):
        ws.accounts.pending(ben.token)
    profile.close()


def test_a_manager_sees_no_pending_invitations(qtbot: QtBot, ws: Workspace) -> None:
    ws.accounts.change_password(None, "Owner password 1")
    sent = ws.accounts.invite("ana@acme.ph", "Ana")
    ws.accounts.accept(sent.token, "Ana password 1")
    ws.accounts.invite("cy@acme.ph", "Cy")
    ws.accounts.sign_in("ana@acme.ph", "Ana password 1")
    profile = CompanyProfileDialog(ws)
    qtbot.addWidget(profile)
    profile.show()
    assert not profile.invitations_panel.isVisible()
    assert profile.invitations_panel.table.topLevelItemCount() == 0
    profile.close()
