"""Two workstations on one PostgreSQL database: the window here, the command line as the
other (a process of its own, as another recruiter's machine, ``serve`` or ``sync`` would
be). A move, a label, a message and an import made there show in the open window within
2 s of their commit (LISTEN/NOTIFY: ``storage/change_watch.py``), as does the command
line's; another company's writes do not refresh it.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from support.cli import process_env
from support.two_recruiters import moves, name_of
from support.workstation import Workstation

from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.chat.message_model import MESSAGE_ROLE
from talkpush_desktop.views.main_window import MainWindow
from tests.storage.test_postgres import pg_server, pg_url
from tests.views.test_main_window import click_candidate, counts, names
from tests.views.test_window_changes_elsewhere import cli, live

pytestmark = pytest.mark.postgres
__all__ = ["live", "pg_server", "pg_url"]  # the fixtures this module uses

LIVE_S = 2.0
SLACK_S = 0.5  # the refresh itself on a loaded test machine (as test_window_changes_elsewhere)
LATENCIES: list[float] = []


@pytest.fixture
def ws(pg_url: str, tmp_path: Path) -> Iterator[Workspace]:
    """The workspace of this module's windows (and ``people``): on PostgreSQL."""
    with Workspace.open(database_url=pg_url, data_dir=tmp_path / "here") as pg_ws:
        yield pg_ws


def _chat_bodies(window: MainWindow) -> list[str]:
    model = window.chat_pane.model
    return [model.index(r).data(MESSAGE_ROLE).body for r in range(model.rowCount())]


@pytest.fixture
def there(pg_url: str, ws: Workspace, tmp_path: Path) -> Iterator[Workstation]:
    """Another workstation (a process) on the same database."""
    station = Workstation(pg_url, tmp_path / "there")
    yield station
    station.close()


def shown_within(qtbot: QtBot, committed: float, condition: Callable[[], bool]) -> float:
    """Wait for the window to show a change committed (wall clock) at ``committed``; the
    latency, at most 2 s (and the slack of a loaded machine)."""
    qtbot.waitUntil(condition, timeout=int(LIVE_S * 1000) + 3000)
    latency = time.time() - committed
    LATENCIES.append(latency)
    assert latency <= LIVE_S + SLACK_S, f"shown {latency:.2f} s after the commit"
    return latency


def test_another_workstations_changes_show_within_two_seconds(
    qtbot: QtBot, live: MainWindow, people: dict[str, int], there: Workstation, tmp_path: Path
) -> None:
    ids = people
    click_candidate(qtbot, live, "Jose Reyes")
    inbox = counts(live)["Inbox"]

    committed = there.do(f"move {ids['Maria']} Hired")
    shown_within(qtbot, committed, lambda: "Maria Santos" not in names(live))
    assert counts(live)["Hired"] == 1 and counts(live)["Inbox"] == inbox - 1

    chips = live.profile_pane.label_chips
    committed = there.do(f"label {ids['Jose']} VIP")
    shown_within(qtbot, committed, lambda: "VIP" in chips.remove_buttons)
    assert live.profile_pane.candidate_id == ids["Jose"]  # the focus stayed

    text = "Bring two IDs on Monday"
    committed = there.do(f"comment {ids['Jose']} {text}")
    shown_within(qtbot, committed, lambda: text in _chat_bodies(live))

    sheet = tmp_path / "walk-ins.csv"
    rows = [f"Walk{i},In,walk{i}@example.com,63,0917{i:07d}" for i in range(25)]
    sheet.write_text("First,Last,Email,Country code,Phone\n" + "\n".join(rows) + "\n")
    committed = there.do(f"import {sheet} Customer Service - Manila")
    shown_within(qtbot, committed, lambda: counts(live)["Inbox"] == inbox - 1 + 25)
    assert "Walk24 In" in names(live)
    print(f"\nrefresh latencies after the other workstation's commit: {LATENCIES}")


def test_the_command_line_elsewhere_refreshes_the_window(
    qtbot: QtBot, live: MainWindow, people: dict[str, int], pg_url: str, tmp_path: Path
) -> None:
    ana = str(people["Ana"])
    cli(qtbot, tmp_path / "cli", "--database", pg_url, "candidates", "move", ana, "--to", "hired")
    qtbot.waitUntil(lambda: "Ana Cruz" not in names(live), timeout=int(LIVE_S * 1000))
    assert counts(live)["Hired"] == 1


CHILD = """
import sys
from pathlib import Path
from talkpush_desktop.engine.workspace import Workspace
url, folder, company = sys.argv[1:4]
with Workspace.open(database_url=url, data_dir=Path(folder), company=company) as ws:
    campaign = ws.campaigns.create("Night shift", hotline_country="PH")
    ws.intake.add_candidate(campaign.id, first_name="Other", email="other@example.com")
"""


def test_another_companys_writes_do_not_refresh_the_window(
    qtbot: QtBot, live: MainWindow, ws: Workspace, pg_url: str, tmp_path: Path
) -> None:
    ws.companies.add("Other BPO")
    live.refresh_after_sync()  # what this process wrote is shown
    noticed: list[int] = []
    live.change_watcher.changed.connect(lambda: noticed.append(1))
    child = [sys.executable, "-c", CHILD, pg_url, str(tmp_path / "there"), "Other BPO"]
    done = subprocess.run(
        child, check=False, capture_output=True, text=True, env=process_env(), timeout=120
    )
    assert done.returncode == 0, done.stderr
    qtbot.wait(4 * live.change_watcher.interval_ms)  # several polls
    assert noticed == []
    maria = str(next(r.id for r in ws.candidates.page() if r.full_name == "Maria Santos"))
    cli(qtbot, tmp_path / "cli", "--database", pg_url, "candidates", "label", maria, "--add", "VIP")
    qtbot.waitUntil(lambda: noticed == [1], timeout=int(LIVE_S * 1000))


def test_a_move_another_workstation_made_first_is_refused_in_the_window(
    qtbot: QtBot, window: MainWindow, ws: Workspace, people: dict[str, int], there: Workstation
) -> None:
    click_candidate(qtbot, window, "Ana Cruz")  # the change watcher is not running: stale
    ana = people["Ana"]
    there.do(f"move {ana} Hired")
    qtbot.mouseClick(window.profile_pane.buttons["Rejected"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Not done"))
    assert window.statusBar().currentMessage() == (
        f"Not done: already moved by someone else: Ana Cruz (#{ana}) to Hired by "
        f"{name_of(ws, ws.user_id)}; nothing was moved"
    )
    assert [m[:2] for m in moves(ws, ana)] == [("Inbox", "Hired")]
