"""Profile ▸ Share: the recruiter generates a link with chosen sections and expiry (copied
to the clipboard, listed), revokes it (its page is gone), and saves the page as a file; the
dialog reads and writes through ``ws.sharing`` on the background worker only."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.main_window import MainWindow


@pytest.mark.usefixtures("memory_keyring")
def test_generate_list_revoke_and_save_a_share_link(
    window: MainWindow, ws: Workspace, people: dict[str, int], qtbot: QtBot, tmp_path: Path
) -> None:
    ws.messaging.add_comment(people["Ana"], "private: second interview Friday")
    threads: set[threading.Thread] = set()
    links = ws.sharing.links  # the test's own reads (on this thread) are not counted
    for name in ("links", "create", "revoke", "save_page"):
        real = getattr(ws.sharing, name)

        def recorded(*args: object, _real: object = real) -> object:
            threads.add(threading.current_thread())
            return _real(*args)  # type: ignore[operator]

        setattr(ws.sharing, name, recorded)
    window.select_candidate(people["Ana"])
    pane = window.profile_pane
    assert pane.share_button.isVisible()
    qtbot.mouseClick(pane.share_button, Qt.MouseButton.LeftButton)
    dialog = window.profile_actions.share_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: threads != set())  # the first listing, on the worker
    assert dialog.links.topLevelItemCount() == 0
    for name in ("contact", "responses", "conversation", "cv"):
        dialog.section_boxes[name].setChecked(False)
    assert dialog.sections() == ["labels"]
    dialog.days_spin.setValue(3)
    qtbot.keyClicks(dialog.recipient_edit, "hiring.manager@client.example")
    qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.links.topLevelItemCount() == 1)
    qtbot.waitUntil(dialog.generate_button.isEnabled)
    item = dialog.links.topLevelItem(0)
    assert item is not None and item.text(0) == "active" and item.text(2) == "labels"
    assert item.text(3) == "hiring.manager@client.example"
    url = QGuiApplication.clipboard().text()
    assert url == item.text(4) and "/share/" in url
    token = url.rsplit("/", 1)[1]
    assert "Emailed to hiring.manager@client.example" in dialog.message.text()
    [mail] = ws.providers.sandbox_inbox("hiring.manager@client.example")
    assert mail.subject.endswith("shared Ana Cruz's profile with you") and url in mail.body
    [link] = links(people["Ana"])
    assert (link.expires_at - link.created_at).days == 3
    page = ws.sharing.page(token) or ""
    assert "Ana Cruz" in page and "Bilingual" in page
    assert "ana@example.com" not in page and "second interview" not in page

    dialog.links.setCurrentItem(item)
    assert dialog.revoke_button.isEnabled()
    qtbot.mouseClick(dialog.revoke_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(dialog.links.topLevelItem(0), "text", str)(0) == "revoked")
    assert dialog.message.text() == "Link revoked: its page is gone."
    assert ws.sharing.page(token) is None

    dialog.recipient_edit.setText("not an email")
    qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.text().startswith("recipient:"))
    qtbot.waitUntil(dialog.generate_button.isEnabled)
    assert dialog.links.topLevelItemCount() == 1  # nothing made
    dialog.section_boxes["contact"].setChecked(True)
    with qtbot.waitSignal(dialog.save_page(tmp_path / "ana.html").finished):
        pass
    assert dialog.message.text() == f"Saved {tmp_path / 'ana.html'}"
    saved = (tmp_path / "ana.html").read_text(encoding="utf-8")
    assert "ana@example.com" in saved and "Bilingual" in saved
    for box in dialog.section_boxes.values():
        box.setChecked(False)
    assert not dialog.generate_button.isEnabled() and not dialog.save_button.isEnabled()
    dialog.close()
    assert threads and threading.main_thread() not in threads
