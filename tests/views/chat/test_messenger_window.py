"""A Messenger message a candidate sends reaches the open window: ``serve`` (its own
Workspace on the folder, on a real loopback port) stores the signed event and the
window's change watcher shows it in the conversation within 2 seconds; a badly signed one
never shows."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from pytestqt.qtbot import QtBot
from support.messenger_payloads import PSID, SECRET, TOKEN, message, page_event

from talkpush_desktop.api.app import create_app
from talkpush_desktop.engine.messaging.messenger_events import signature
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.storage.models import Candidate
from talkpush_desktop.views.main_window import MainWindow
from tests.api.conftest import live_server

LIVE_MS = 2000


@pytest.fixture
def served(workspace_dir: Path, memory_keyring: Any) -> Iterator[str]:  # noqa: ARG001
    """``serve`` on the test's workspace folder (a Workspace of its own)."""
    server_ws = Workspace.open(data_dir=workspace_dir)
    server_ws.messenger_webhook.configure(SECRET, TOKEN)
    try:
        with live_server(create_app(server_ws)) as base:
            yield f"{base}/v1/messenger/webhook/{server_ws.company_id}"
    finally:
        server_ws.close()


def test_a_signed_message_shows_in_the_open_conversation_within_two_seconds(
    qtbot: QtBot, window: MainWindow, ws: Workspace, people: dict[str, int], served: str
) -> None:
    ana = people["Ana"]
    with ws.transaction() as s:
        row = s.get(Candidate, ana)
        assert row is not None
        row.others = {"messenger_psid": PSID}
    window.change_watcher.start()
    window.select_candidate(ana)
    pane = window.chat_pane
    qtbot.waitUntil(lambda: pane.candidate_id == ana)

    def bodies() -> list[str]:
        return [m.body for m in pane.model.messages]

    forged = page_event(message("m_forged", "forged hello"))
    bad = httpx.post(served, content=forged, headers={"X-Hub-Signature-256": "sha256=00"})
    assert bad.status_code == 403
    body = page_event(message("m_live", "Is the job still open?"))
    start = time.perf_counter()
    answer = httpx.post(
        served, content=body, headers={"X-Hub-Signature-256": signature(SECRET, body)}
    )
    assert answer.json() == {"received": 1}
    qtbot.waitUntil(lambda: "Is the job still open?" in bodies(), timeout=LIVE_MS)
    print(f"webhook to bubble: {(time.perf_counter() - start) * 1000:.0f} ms")
    assert "forged hello" not in bodies()
