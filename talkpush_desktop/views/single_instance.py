"""One window per SQLite workspace: a second launch on the same file raises the first.

The first instance listens on a local socket named for the workspace's database file; a
second one connects and sends ``raise``; the first brings its window to the front and answers
with its process id and whether it had a window to show (it may still be opening or
closing the workspace). The second says so on stderr and in a message box (a launch from the desktop
menu has no terminal), then exits. A socket left by a crashed instance accepts no connection
and is removed. PostgreSQL workspaces are not guarded: several windows on one database are
the point.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QWidget

from talkpush_desktop.engine.locations import APP_NAME, sqlite_file

RAISE = b"raise\n"
SHOWN, NOT_SHOWN = "window", "no-window"
"""What the first instance answers after its process id: whether it brought a window up."""
CONNECT_MS = 1000
REPLY_MS = 2000


class AlreadyOpen(Exception):
    """The workspace is open in another instance (``pid``: its process, None if unknown;
    ``raised``: whether it brought a window to the front)."""

    def __init__(self, pid: int | None, raised: bool = True) -> None:
        self.pid, self.raised = pid, raised
        shown = "unknown" if pid is None else str(pid)
        if raised:
            text = f"this workspace is already open in another window (PID {shown})"
        else:
            text = (
                f"this workspace is already open in another instance (PID {shown}), "
                "which shows no window (it may be opening or closing the workspace)"
            )
        super().__init__(text)

    def advice(self) -> str:
        """What the message box adds below the line."""
        if self.raised:
            return "Its window has been brought to the front. Use that window, or close it first."
        return "Wait a moment for its window, or for it to end, then try again."


def server_name(db_file: Path) -> str:
    """The local socket name for the workspace stored in ``db_file`` (resolved)."""
    digest = hashlib.sha256(str(db_file).encode("utf-8")).hexdigest()[:20]
    return f"{APP_NAME}-{digest}"


class InstanceGuard(QObject):
    """The first instance's listening end: each ``raise`` it receives brings the window up.
    A child of the application, it listens as long as the application runs."""

    raise_requested = Signal()

    def __init__(self, server: QLocalServer) -> None:
        super().__init__(QApplication.instance())
        self.server = server
        server.setParent(self)
        server.newConnection.connect(self._accept)

    def _accept(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._answer(s))
            socket.disconnected.connect(socket.deleteLater)

    def _answer(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        if bytes(socket.readLine().data()) == RAISE:
            raised = bring_to_front()
            socket.write(f"{os.getpid()} {SHOWN if raised else NOT_SHOWN}\n".encode())
            socket.flush()
            self.raise_requested.emit()
        socket.disconnectFromServer()

    def close(self) -> None:
        """Stop listening (the next launch becomes the workspace's instance)."""
        self.server.close()
        self.deleteLater()


def bring_to_front() -> bool:
    """Restore, raise and activate the main window (or, before it exists, the top dialog);
    whether there was one."""
    from talkpush_desktop.views.main_window import MainWindow

    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible() or w.isMinimized()]
    mains = [w for w in shown if isinstance(w, MainWindow)]
    target: QWidget | None = mains[-1] if mains else QApplication.activeModalWidget()
    if target is None and shown:
        target = shown[-1]
    if target is None:
        return False
    if target.windowState() & Qt.WindowState.WindowMinimized:
        target.showNormal()
    target.raise_()
    target.activateWindow()
    return True


def show_refusal(error: AlreadyOpen) -> None:
    """Tell the person why no second window opens, in a message box they close."""
    from PySide6.QtWidgets import QMessageBox

    from talkpush_desktop.views.app import APP_ICON, application
    from talkpush_desktop.views.style import icon

    application()
    box = QMessageBox(QMessageBox.Icon.Information, "Talkpush Desktop", _sentence(str(error)))
    box.setObjectName("alreadyOpenBox")
    box.setWindowIcon(icon(APP_ICON))
    box.setInformativeText(error.advice())
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


def _sentence(line: str) -> str:
    return f"{line[:1].upper()}{line[1:]}."


def claim(database_url: str | None, data_dir: Path | str | None) -> InstanceGuard | None:
    """Become the workspace's one instance; raises AlreadyOpen when another already is.

    None for a server database, or when no socket could be made (the app runs unguarded).
    The QApplication is made here if there is none (the guard answers from its loop).
    """
    from talkpush_desktop.views.app import application

    application()
    db_file = sqlite_file(database_url, data_dir)
    if db_file is None:
        return None
    name = server_name(db_file)
    answered, pid, raised = _ask_to_raise(name)
    if answered:
        raise AlreadyOpen(pid, raised)
    QLocalServer.removeServer(name)  # a crashed instance's socket: nobody answered on it
    server = QLocalServer()
    server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
    if not server.listen(name):
        return None
    return InstanceGuard(server)


def _ask_to_raise(name: str) -> tuple[bool, int | None, bool]:
    """Ask the instance listening on ``name`` to raise its window: whether one answered the
    connection, its PID (None if it did not say) and whether it raised a window."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_MS):
        return False, None, False
    socket.write(RAISE)
    socket.waitForBytesWritten(CONNECT_MS)
    reply = b""
    while not reply.endswith(b"\n") and socket.waitForReadyRead(REPLY_MS):
        reply += bytes(socket.readAll().data())
    reply += bytes(socket.readAll().data())
    socket.abort()
    pid, _, shown = reply.decode("ascii", "replace").strip().partition(" ")
    return True, int(pid) if pid.isdigit() else None, shown != NOT_SHOWN
