"""The window as the app builds it comes back as it was closed: its size, both splitters, the
campaign and the folder, read again from the settings file on disk.

Qt fits a restored geometry into the screen and the test session's offscreen screen is
800x600, smaller than the window: the restart test runs each window in a process of its own
on a 1920x1080 offscreen screen, as a person restarts the app."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot
from support import window_restart
from support.cli import REPO, process_env

from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.app import build_window
from talkpush_desktop.views.main_window import MainWindow

SCREEN = {"name": "desk", "x": 0, "y": 0, "width": 1920, "height": 1080}
SCREEN |= {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
SHORTLISTED_IN_MANILA = ["Jose Reyes", "Mark Lim"]


def _open(qtbot: QtBot, ws: Workspace, ini: Path) -> MainWindow:
    window, _switcher = build_window(ws, QSettings(str(ini), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _listed(window: MainWindow) -> list[str]:
    return sorted(window.model.index(r).data() for r in range(window.model.rowCount()))


def _shortlist(ws: Workspace, people: dict[str, int]) -> None:
    ws.candidates.move([people["Jose"], people["Mark"], people["Paolo"]], "Shortlisted")


def test_a_reopened_window_lists_the_campaign_and_folder_it_closed_on(
    qtbot: QtBot, ws: Workspace, people: dict[str, int], tmp_path: Path
) -> None:
    _shortlist(ws, people)  # Paolo is shortlisted in Cebu: the campaign filters him out
    ini = tmp_path / "window.ini"
    first = _open(qtbot, ws, ini)
    combo = first.navigation.campaign_combo
    combo.setCurrentIndex(combo.findText(window_restart.CAMPAIGN))
    folders = first.navigation.folder_list
    [item] = folders.findItems("Shortlisted", Qt.MatchFlag.MatchExactly)
    rect = folders.visualItemRect(item)
    qtbot.mouseClick(folders.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: _listed(first) == SHORTLISTED_IN_MANILA)
    first.close()

    again = _open(qtbot, ws, ini)  # a new QSettings on the same file
    assert again.navigation.campaign_combo.currentText() == window_restart.CAMPAIGN
    assert again.navigation.folder_list.current_folder() == "Shortlisted"
    qtbot.waitUntil(lambda: _listed(again) == SHORTLISTED_IN_MANILA)
    again.close()


def _run_window(tmp_path: Path, ws: Workspace, action: str) -> dict[str, object]:
    screen = tmp_path / "screen.json"
    screen.write_text(json.dumps({"screens": [SCREEN]}), encoding="utf-8")
    env = process_env(QT_QPA_PLATFORM=f"offscreen:configfile={screen}")
    env["PYTHONPATH"] += f":{REPO / 'tests'}"
    script = REPO / "tests" / "support" / "window_restart.py"
    done = subprocess.run(
        [sys.executable, str(script), str(ws.data_dir), str(tmp_path / "w.ini"), action],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    shown: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return shown


def test_after_a_restart_the_window_has_its_size_splitters_campaign_and_folder(
    ws: Workspace, people: dict[str, int], tmp_path: Path
) -> None:
    _shortlist(ws, people)
    fresh = _run_window(tmp_path, ws, "report")  # the first start: the defaults
    assert fresh["size"] == [1400, 860]
    assert (fresh["campaign"], fresh["folder"]) == ("Show All", "Inbox")

    arranged = _run_window(tmp_path, ws, "arrange")
    assert arranged["size"] == list(window_restart.ARRANGED_SIZE)
    assert arranged["listed"] == SHORTLISTED_IN_MANILA
    assert arranged["outer"] != fresh["outer"] and arranged["left"] != fresh["left"]

    restarted = _run_window(tmp_path, ws, "report")
    assert restarted == arranged
