"""The profile shows a candidate's ATS pushes: queued when Hire is pressed, then sent, or
failed with the ATS's reason (a real loopback ATS, the real main window)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot
from support.ats_receiver import SECRET, AtsReceiver

from talkpush_desktop.engine.messaging.sync import SyncWorker
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.main_window import MainWindow


@pytest.fixture
def receiver() -> Iterator[AtsReceiver]:
    with AtsReceiver() as ats:
        yield ats


def deliver(ws: Workspace) -> None:
    """A few outbox rounds, ten minutes apart (the 4xx needs one)."""
    now = [utcnow()]
    worker = SyncWorker(ws.context, clock=lambda: now[0])

    async def go() -> None:
        for _ in range(3):
            await worker.deliver()
            now[0] += timedelta(minutes=10)

    try:
        asyncio.run(go())
    finally:
        worker.close()


def test_profile_shows_queued_then_sent_or_failed_with_the_reason(
    window: MainWindow,
    ws: Workspace,
    people: dict[str, int],
    receiver: AtsReceiver,
    qtbot: QtBot,
) -> None:
    ws.ats.configure(receiver.url, ["hired", "rejected"], SECRET)
    maria, jose = people["Maria"], people["Jose"]
    window.select_candidate(maria)
    pane = window.profile_pane
    assert not pane.ats_section.isVisibleTo(pane)  # no pushes: no section
    pane.buttons["Hired"].click()
    qtbot.waitUntil(lambda: bool(ws.ats.pushes(maria)))
    window.select_candidate(maria)
    qtbot.waitUntil(lambda: pane.ats_section.values() == {"Hired": "queued"})
    assert pane.ats_section.isVisibleTo(pane)
    receiver.script = ["ok", "400"]
    ws.candidates.move([jose], "Rejected")
    deliver(ws)
    window.refresh_after_sync()
    window.select_candidate(maria)
    qtbot.waitUntil(lambda: pane.ats_section.values().get("Hired", "").startswith("sent "))
    window.select_candidate(jose)
    failed = (
        'failed: the ATS refused the candidate: HTTP 400 Bad Request: {"error": "scripted 400"}'
    )
    qtbot.waitUntil(lambda: pane.ats_section.values() == {"Rejected": failed})
    window.select_candidate(people["Mark"])
    qtbot.waitUntil(lambda: pane.candidate_id == people["Mark"])
    assert not pane.ats_section.isVisibleTo(pane)
