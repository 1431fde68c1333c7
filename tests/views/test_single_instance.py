"""One window per SQLite workspace: a second launch raises the first, says why in a message
box and on stderr, and exits 2."""

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

pytestmark = pytest.mark.sqlite_only(
    "one window per SQLite workspace file; PostgreSQL workspaces are meant to be open on "
    "several workstations (test_postgresql_workspaces_are_not_guarded)"
)

LAUNCH_MS = 60_000
SECOND_LAUNCH = """\
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox
from talkpush_desktop.cli.main import main
from talkpush_desktop.views.app import application

app = application()


def answer():  # what a person reads in the box, then OK
    box = app.activeModalWidget()
    if isinstance(box, QMessageBox):
        print(box.windowTitle(), box.text(), box.informativeText(), sep="\\n", flush=True)
        box.accept()


timer = QTimer()
timer.timeout.connect(answer)
timer.start(50)
sys.exit(main(sys.argv[1:]))
"""
"""``talkpush-desktop ARGS`` as the desktop launches it, with a hand that answers the box."""


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
    out, err = _second_launch(qtbot, guard, ws.data_dir)
    assert err == (
        "talkpush-desktop: error: this workspace is already open in another window "
        f"(PID {os.getpid()})\n"
    )
    assert out.splitlines() == [
        "Talkpush Desktop",
        f"This workspace is already open in another window (PID {os.getpid()}).",
        "Its window has been brought to the front. Use that window, or close it first.",
    ]
    assert not window.isMinimized()
    window.close()


def test_an_instance_without_a_window_yet_is_named_in_the_box(
    qtbot: QtBot, guard: InstanceGuard, workspace_dir: Path
) -> None:
    out, err = _second_launch(qtbot, guard, workspace_dir)  # the first has no window yet
    pid = os.getpid()
    assert err == (
        f"talkpush-desktop: error: this workspace is already open in another instance (PID {pid})"
        ", which shows no window (it may be opening or closing the workspace)\n"
    )
    assert out.splitlines()[1:] == [
        f"This workspace is already open in another instance (PID {pid}), which shows no "
        "window (it may be opening or closing the workspace).",
        "Wait a moment for its window, or for it to end, then try again.",
    ]


def _second_launch(qtbot: QtBot, guard: InstanceGuard, data_dir: Path) -> tuple[str, str]:
    """Launch the app on ``data_dir`` while ``guard`` holds it: its stdout (the box) and
    stderr, once it has asked the first to raise and exited 2."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, "-c", SECOND_LAUNCH, "--data-dir", str(data_dir)]
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
    return out, err


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
