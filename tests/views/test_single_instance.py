"""One window per SQLite workspace: a second launch raises the first and exits 2."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDir, QSettings
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from pytestqt.qtbot import QtBot

from talkpush_desktop.engine.locations import sqlite_file
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.app import build_window
from talkpush_desktop.views.single_instance import InstanceGuard, claim, server_name

LAUNCH_MS = 60_000


@pytest.fixture
def guard(workspace_dir: Path) -> Iterator[InstanceGuard]:
    claimed = claim(None, workspace_dir)
    assert claimed is not None
    yield claimed
    claimed.close()


def test_a_second_launch_raises_the_first_window_and_exits_2(
    qtbot: QtBot, ws: Workspace, guard: InstanceGuard, settings: QSettings
) -> None:
    window, _switcher = build_window(ws, settings)
    qtbot.addWidget(window)
    window.showMinimized()
    assert window.isMinimized()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, "-m", "talkpush_desktop", "--data-dir", str(ws.data_dir)]
    pipe = subprocess.PIPE
    second = subprocess.Popen(command, env=env, stdout=pipe, stderr=pipe, text=True)
    try:
        with qtbot.waitSignal(guard.raise_requested, timeout=LAUNCH_MS):
            pass
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=LAUNCH_MS)
    finally:
        if second.poll() is None:
            second.kill()
    out, err = second.communicate()
    assert second.returncode == 2
    assert err == (
        "talkpush-desktop: error: this workspace is already open in another window "
        f"(PID {os.getpid()})\n"
    )
    assert out == ""
    assert not window.isMinimized()
    window.close()


def test_a_crashed_instances_socket_does_not_block(workspace_dir: Path, qapp: object) -> None:
    db_file = sqlite_file(None, workspace_dir)
    assert db_file == (workspace_dir / "workspace.sqlite3").resolve()
    name = server_name(db_file)
    path = os.path.join(QDir.tempPath(), name)
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(path)  # bound, never listening, closed: what a killed instance leaves
    stale.close()
    try:
        assert os.path.exists(path)
        assert not QLocalServer().listen(name)  # in the way without the clean-up
        guard = claim(None, workspace_dir)
        assert guard is not None and guard.server.isListening()
        probe = QLocalSocket()
        probe.connectToServer(name)
        assert probe.waitForConnected(1000)
        probe.abort()
        guard.close()
    finally:
        QLocalServer.removeServer(name)


def test_an_instance_killed_while_listening_does_not_block(
    workspace_dir: Path, qapp: object
) -> None:
    db_file = sqlite_file(None, workspace_dir)
    assert db_file is not None
    name = server_name(db_file)
    script = (
        "import os, signal, sys\n"
        "from talkpush_desktop.views.single_instance import claim\n"
        "assert claim(None, sys.argv[1]) is not None\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    killed = subprocess.run(
        [sys.executable, "-c", script, str(workspace_dir)], env=env, timeout=60, check=False
    )
    assert killed.returncode == -9
    try:
        assert os.path.exists(os.path.join(QDir.tempPath(), name))  # its socket file stayed
        guard = claim(None, workspace_dir)
        assert guard is not None and guard.server.isListening()
        guard.close()
    finally:
        QLocalServer.removeServer(name)


def test_postgresql_workspaces_are_not_guarded(tmp_path: Path, qapp: object) -> None:
    url = "postgresql+psycopg://talkpush@localhost/talkpush"
    assert sqlite_file(url, tmp_path) is None
    assert claim(url, tmp_path) is None
    assert sqlite_file(f"sqlite:///{tmp_path}/other.db", None) == (tmp_path / "other.db")
