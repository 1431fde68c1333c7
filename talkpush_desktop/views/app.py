"""Starting the window (``run_window``) and rendering it, or the Analytics window, to a PNG
(``render_screenshot``, ``render_analytics_screenshot``)."""

from __future__ import annotations

import asyncio
import gc
import os
import signal
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import qasync
from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QSettings,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication

from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views import i18n
from talkpush_desktop.views.analytics.time_frame import DEFAULT_PRESET
from talkpush_desktop.views.company_switcher import CompanySwitcher
from talkpush_desktop.views.main_window import MainWindow
from talkpush_desktop.views.style import apply_style, icon
from talkpush_desktop.views.widgets.gui_thread_gc import collecting_on_gui_thread
from talkpush_desktop.views.window_state import APPLICATION, ORGANIZATION

APP_ICON = "talkpush-desktop"
"""The app icon in ``resources/icons`` (SVG, and the PNG rendered from it) and the desktop
entry's name."""
DEMO_CANDIDATES = 2000
OFFSCREEN_NOISE = frozenset(
    f"This plugin does not support {what}()" for what in ("propagateSizeHints", "raise")
)
"""What the offscreen plugin says about window-manager calls it cannot make (a second launch
raising the window among them)."""


def _quiet_offscreen(mode: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    """Drop the offscreen plugin's harmless notices; pass everything else on."""
    if message not in OFFSCREEN_NOISE:
        level = {
            QtMsgType.QtWarningMsg: "warning",
            QtMsgType.QtCriticalMsg: "critical",
            QtMsgType.QtFatalMsg: "fatal",
        }.get(mode, "info")
        print(f"qt {level}: {message}", file=sys.stderr)


def application(*, offscreen: bool = False) -> QApplication:
    """The running QApplication, created (offscreen if asked) when there is none yet."""
    existing = QCoreApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    if existing is not None:
        raise RuntimeError("a non-GUI QCoreApplication is already running")
    if offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        qInstallMessageHandler(_quiet_offscreen)
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QApplication.setDesktopFileName(APP_ICON)  # resources/talkpush-desktop.desktop (Wayland)
    return QApplication(sys.argv[:1])


def _close_on_signals(app: QApplication) -> Callable[[], None]:
    """Ctrl+C or SIGTERM to the launching terminal closes the window as its close button does
    (the sync stops cleanly, no traceback); returns what puts the previous handlers back.

    Python runs a signal handler only when the interpreter has control, so a short timer
    hands it control while Qt waits for events.
    """

    def close(_signum: int, _frame: object) -> None:
        QTimer.singleShot(0, app.closeAllWindows)

    previous = {sig: signal.signal(sig, close) for sig in (signal.SIGINT, signal.SIGTERM)}
    wake = QTimer(app)
    wake.timeout.connect(lambda: None)
    wake.start(250)

    def restore() -> None:
        wake.stop()
        wake.deleteLater()
        for sig, handler in previous.items():
            signal.signal(sig, handler)

    return restore


def build_window(
    ws: Workspace, settings: QSettings | None = None
) -> tuple[MainWindow, CompanySwitcher]:
    """The main window the app shows over ``ws``, with its File > Company switcher (not yet
    shown; :func:`run_window` starts its sync worker and change watcher). ``settings``:
    where the layout is remembered (tests pass their own; default the user's)."""
    window = MainWindow(ws) if settings is None else MainWindow(ws, settings=settings)
    window.setWindowIcon(icon(APP_ICON))
    return window, CompanySwitcher(window, ws)


def run_window(ws: Workspace) -> int:
    """Show the main window over ``ws`` until it is closed; returns the exit code.

    A first start (no campaign yet) gets demo data, so there is something to look at.
    The window speaks the signed-in user's language. When it closes to open again
    (``MainWindow.reopen``: File ▸ Company, a language chosen in My Account) it is built
    anew at once, acting for the company asked for, in its user's language.
    The Qt event loop runs as the asyncio loop (qasync). The sync worker runs in it as a
    task while the window is open: it sends the outbox and pulls replies, and the window
    refreshes from its changes. Closing the window stops the worker cleanly before the
    loop ends (the application does not quit on its own while the worker winds down).
    File ▸ Company and Sign out open the window again (:func:`reopen_for`). The API server
    (Tools ▸ API Server...) belongs to the session: a window opened again takes it over
    running; closing to quit or signing out stops it.
    """
    app = application()
    apply_style(app)
    restore_signals = _close_on_signals(app)
    from talkpush_desktop.views.company.sign_in_dialog import ensure_signed_in

    if not ensure_signed_in(ws):  # more than one account: who signs in (cancel: quit)
        restore_signals()
        return 0
    if ws.campaigns.is_empty():
        from talkpush_desktop.engine import demo

        demo.generate(ws.context, candidates=DEMO_CANDIDATES)
    i18n.install(ws.accounts.me().language)
    window, _switcher = build_window(ws)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    closed = asyncio.Event()
    quit_on_close = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)
    app.lastWindowClosed.connect(closed.set)
    app.aboutToQuit.connect(closed.set)
    window.show()
    # Objects alive once the window is built are long-lived: keeping them out of the
    # cyclic collector spares the UI 40-60 ms generation-2 pauses (bench_outbox.py).
    gc.freeze()
    try:
        with loop, collecting_on_gui_thread():
            loop.run_until_complete(_run_until_closed(window, closed))
            acting = ws
            while (following := reopen_for(ws, acting, window)) is not None:
                closed.clear()
                acting = following
                i18n.install(acting.accounts.me().language)
                handed = window.handed_api_server  # the server runs on for the session
                window, _switcher = build_window(acting)
                window.adopt_api_server(handed)
                window.show()
                loop.run_until_complete(_run_until_closed(window, closed))
            if acting is not ws:
                acting.close()
    finally:
        gc.unfreeze()  # the window is gone: what it kept alive may be collected again
        app.setQuitOnLastWindowClosed(quit_on_close)
        app.lastWindowClosed.disconnect(closed.set)
        app.aboutToQuit.disconnect(closed.set)
        restore_signals()
    return 0


def reopen_for(ws: Workspace, acting: Workspace, window: MainWindow) -> Workspace | None:
    """What the closed ``window`` (over ``acting``) opens again for: ``MainWindow.reopen``'s
    company (File ▸ Company, a language chosen in My Account), or after Sign out whoever
    signs in next (the sign-in dialog; ``acting`` again); None to quit (closed, or the
    sign-in cancelled)."""
    if window.reopen_company is not None:
        return _acting_for(ws, acting, window.reopen_company)
    if window.user_menu.signed_out:
        from talkpush_desktop.views.company.sign_in_dialog import ensure_signed_in

        return acting if ensure_signed_in(acting) else None
    return None


def _acting_for(ws: Workspace, acting: Workspace, company_id: int) -> Workspace:
    """The workspace acting for ``company_id``: ``acting`` when it does already (a new
    language), else one for that company (the previous one closed unless it is ``ws``)."""
    if company_id == acting.company_id:
        return acting
    if acting is not ws:
        acting.close()
    return ws.for_company(company_id)


@contextmanager
def _speaking(language: str | None) -> Iterator[None]:
    """``language`` installed for the block (None: the one installed), then the previous."""
    previous = i18n.current_language()
    if language is not None:
        i18n.install(language)
    try:
        yield
    finally:
        if language is not None:
            i18n.install(previous)


async def _run_until_closed(window: MainWindow, closed: asyncio.Event) -> None:
    """Sync while the window is open; then stop the worker and let the loop end."""
    sync = window.outbox_sync
    sync.start()
    window.change_watcher.start()
    window.weekly_email_check.start()
    try:
        await closed.wait()
    finally:
        window.weekly_email_check.stop()
        await sync.stop()


SETTLE_PASSES = 5


def render_screenshot(
    ws: Workspace,
    out: Path,
    size: tuple[int, int] = (1400, 860),
    candidate_id: int | None = None,
    *,
    select_all: bool = False,
    language: str | None = None,
) -> Path:
    """Render the main window over ``ws`` to the PNG ``out`` (offscreen); returns ``out``.

    The window starts from fresh settings, so the picture never depends on the user's layout.
    ``select_all`` selects every candidate of the list first (the bulk bar shows);
    ``language`` (``es``, ``fil``...) renders it in that language.
    """
    app = application(offscreen=True)
    apply_style(app)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, _speaking(language):
        settings = QSettings(str(Path(tmp) / "window.ini"), QSettings.Format.IniFormat)
        window = MainWindow(ws) if settings is None else MainWindow(ws, settings=settings)
        try:
            window.resize(*size)
            window.show()
            app.processEvents()
            if candidate_id is not None:
                window.select_candidate(candidate_id)
            if select_all:
                window.list_pane.selection.select_all()
            window.outbox_sync.count_now()
            for _ in range(SETTLE_PASSES):  # queued work: page loads, layout fitting
                app.processEvents()
            if not window.grab().save(str(out), "PNG"):
                raise OSError(f"could not write {out}")
        finally:
            window.hide()
            window.deleteLater()
            app.processEvents()
    return out


def render_analytics_screenshot(
    ws: Workspace,
    out: Path,
    width: int | None = None,
    height: int | None = None,
    preset: str = DEFAULT_PRESET,
    *,
    language: str | None = None,
) -> Path:
    """Render the Analytics window over ``ws`` to the PNG ``out`` (offscreen); returns ``out``.

    The window (and pyqtgraph) is imported here, so the campaign view starts without them.
    ``language`` (``es``, ``fil``...) renders it in that language.
    """
    from talkpush_desktop.views.analytics import screenshot as analytics_screenshot
    from talkpush_desktop.views.analytics import window as analytics_window

    width = analytics_window.SCREENSHOT_WIDTH if width is None else width
    app = application(offscreen=True)
    apply_style(app)
    with _speaking(language):
        return analytics_screenshot.render_screenshot(ws, out, width, height, preset, app=app)
