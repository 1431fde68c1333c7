"""Add Candidates ▸ Integration in the app's window: the Page is connected (its token
cleared from the field and kept in the keyring), an Ad ID is checked against a
Graph-API-like server on 127.0.0.1, Poll now brings a new lead into the window's list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.main_window import MainWindow
from tests.support.fake_graph import graph_server
from tests.support.memory_keyring import MemoryKeyring
from tests.views.intake.test_add_candidate_dialog import inbox, open_dialog

PAGE, AD, TOKEN = "1122334455", "23850000000001", "page-token-1"


def test_connect_add_an_ad_and_poll_from_the_tab(
    qtbot: QtBot, window: MainWindow, ws: Workspace, memory_keyring: MemoryKeyring
) -> None:
    with graph_server() as (base, st):
        st.pages[PAGE], st.ads[AD] = "Talkpush Careers", "Hiring agents"
        dialog = open_dialog(qtbot, window)
        panel = dialog.integration_tab
        dialog.tabs.setCurrentWidget(panel)
        qtbot.keyClicks(panel.page_edit, PAGE)
        qtbot.keyClicks(panel.token_edit, TOKEN)
        panel.base_edit.setText(base)
        qtbot.mouseClick(panel.connect_button, Qt.MouseButton.LeftButton)
        assert panel.token_edit.text() == ""
        qtbot.waitUntil(lambda: "is connected" in panel.status_label.text(), timeout=10000)
        assert "Talkpush Careers" in panel.status_label.text()
        assert ws.leadads.page() is not None

        qtbot.keyClicks(panel.ad_edit, "777")
        qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "no ad 777" in panel.status_label.text(), timeout=10000)
        panel.ad_edit.clear()
        qtbot.keyClicks(panel.ad_edit, AD)
        qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10000)
        cells = [panel.model.item(0, c).text() for c in range(3)]
        assert cells == [AD, "Hiring agents", "Customer Service - Manila"]

        before = inbox(window)
        st.add_lead(AD, "9001", 1_796_000_000, full_name="Nina Lead", email="nina.lead@example.org")
        qtbot.mouseClick(panel.poll_button, Qt.MouseButton.LeftButton)
        # the window's sync worker polls due ads too: the lead comes in once, by either
        qtbot.waitUntil(lambda: "new leads" in panel.status_label.text(), timeout=10000)
        assert panel.model.item(0, 4).text() == "1" and panel.model.item(0, 5).text() == "ok"
        qtbot.waitUntil(lambda: inbox(window) == before + 1)

        assert ws.candidates.count() == before + 1
        st.expire()
        qtbot.mouseClick(panel.poll_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "190" in panel.status_label.text(), timeout=10000)
        assert panel.model.item(0, 5).text().startswith("token_expired: ")
