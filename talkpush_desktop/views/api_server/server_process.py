"""The workspace's API server as a child process of the window (Tools > API Server...).

:class:`ApiServerProcess` runs ``talkpush-desktop --data-dir DIR serve --port P`` with
``QProcess`` (the server is the command line's, so it is the same server a hosted install
runs; the window only watches it). Its output is read line by line: ``listening on URL``
says it is up; the request lines of its log (method, path, status, ms, key id) are kept
newest first, with the time of day; its other lines only explain a server that stopped by
itself (the port in use...). Closing the window stops it (SIGTERM, a clean stop).
"""

from __future__ import annotations

import sys
from collections import deque
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, Signal

import talkpush_desktop

DEFAULT_PORT = 8080
KEPT_LINES = 200
STOP_WAIT_MS = 5000
LISTENING = "listening on "
REQUEST_LOGGER = " talkpush_desktop.api: "
"""What marks a request line: ``2026-03-02 09:15:02,114 INFO talkpush_desktop.api: GET /...``."""


class ServerState:
    STOPPED, STARTING, RUNNING, STOPPING = "stopped", "starting", "running", "stopping"


def serve_command(data_dir: Path, port: int, database: str | None = None) -> list[str]:
    """The program and arguments that serve ``data_dir`` on ``port`` (this checkout's code,
    or the frozen app itself)."""
    head = [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m"]
    if not getattr(sys, "frozen", False):
        head.append("talkpush_desktop")
    where = ["--data-dir", str(data_dir)] + (["--database", database] if database else [])
    return [*head, *where, "serve", "--host", "127.0.0.1", "--port", str(port)]


class ApiServerProcess(QObject):
    """Signals:
    state_changed(str): one of :class:`ServerState`'s values.
    request_logged(str): a request the server answered ("09:15:02 GET /docs 200 3.1ms key=-").
    """

    state_changed = Signal(str)
    request_logged = Signal(str)

    def __init__(
        self, data_dir: Path, database: str | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self._database = database
        self.state = ServerState.STOPPED
        self.url = ""
        self.port = DEFAULT_PORT
        self.problem = ""
        """Why the server is not running, from its last output line, when it stopped itself."""
        self.requests: deque[str] = deque(maxlen=KEPT_LINES)
        self._last_output = ""
        self._partial = b""
        self._process: QProcess | None = None

    def start(self, port: int) -> None:
        """Start serving on ``port`` (no-op while it runs)."""
        if self._process is not None:
            return
        self.port, self.url, self.problem = port, "", ""
        process = self._process = QProcess(self)
        process.setProcessChannelMode(QProcess.ProcessChannelMode.MergedChannels)
        env = QProcessEnvironment.systemEnvironment()
        package_root = str(Path(talkpush_desktop.__file__).resolve().parents[1])
        paths = [package_root, *filter(None, [env.value("PYTHONPATH")])]
        env.insert("PYTHONPATH", ":".join(paths))  # the window's own code serves
        env.insert("PYTHONUNBUFFERED", "1")  # every line as it is logged
        process.setProcessEnvironment(env)
        process.readyReadStandardOutput.connect(self._on_process_output)
        process.finished.connect(self._on_process_finished)
        process.errorOccurred.connect(self._on_process_error)
        program, *args = serve_command(self._data_dir, port, self._database)
        self._set_state(ServerState.STARTING)
        process.start(program, args)

    def stop(self, wait: bool = False) -> None:
        """Ask the server to stop (SIGTERM); ``wait``: until it has (window closing), killing
        it after :data:`STOP_WAIT_MS`."""
        process = self._process
        if process is None:
            return
        self._set_state(ServerState.STOPPING)
        process.terminate()
        if wait and not process.waitForFinished(STOP_WAIT_MS):
            process.kill()
            process.waitForFinished(STOP_WAIT_MS)

    @property
    def running(self) -> bool:
        return self.state in (ServerState.STARTING, ServerState.RUNNING)

    def _on_process_output(self) -> None:
        if self._process is None:
            return
        data = self._partial + bytes(self._process.readAllStandardOutput().data())
        *whole, self._partial = data.split(b"\n")
        for raw in whole:
            self._take_line(raw.decode("utf-8", "replace").rstrip())

    def _take_line(self, line: str) -> None:
        if not line:
            return
        if line.startswith(LISTENING) and self.state == ServerState.STARTING:
            self.url = line.removeprefix(LISTENING).strip()
            self._set_state(ServerState.RUNNING)
            return
        stamp, marked, request = line.partition(REQUEST_LOGGER)
        if not marked:
            self._last_output = line
            return
        clock = stamp.split()[1].split(",")[0] if len(stamp.split()) > 1 else ""
        shown = f"{clock} {request}".strip()
        self.requests.appendleft(shown)
        self.request_logged.emit(shown)

    def _on_process_finished(self, code: int, _status: QProcess.ExitStatus) -> None:
        stopping = self.state == ServerState.STOPPING
        if self._partial:
            self._take_line(self._partial.decode("utf-8", "replace").rstrip())
            self._partial = b""
        if not stopping and code != 0:
            self.problem = self._last_output or self.tr(
                "the server exited with code {code}"
            ).format(code=code)
        self._finish()

    def _on_process_error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self.problem = self.tr("the server could not be started")
            self._finish()

    def _finish(self) -> None:
        process, self._process = self._process, None
        if process is not None:
            process.deleteLater()
        self.url = ""
        self._set_state(ServerState.STOPPED)

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)
