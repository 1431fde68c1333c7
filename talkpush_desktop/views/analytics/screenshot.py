"""Rendering the Analytics window to a PNG offscreen, once its dashboard is in
(``talkpush-desktop screenshot --analytics``, through ``views.app``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.analytics.time_frame import DEFAULT_PRESET
from talkpush_desktop.views.analytics.window import SCREENSHOT_WIDTH, AnalyticsWindow

SETTLE_PASSES = 5
SCREENSHOT_TIMEOUT_MS = 120_000


def render_screenshot(
    ws: Workspace,
    out: Path,
    width: int = SCREENSHOT_WIDTH,
    height: int | None = None,
    preset: str = DEFAULT_PRESET,
    *,
    app: QApplication,
) -> Path:
    """Render the Analytics window over ``ws`` to the PNG ``out`` once its dashboard is in;
    with no ``height`` the window is as tall as all its charts. ``app`` is the running,
    styled application (``views.app.render_analytics_screenshot`` starts it)."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    window = AnalyticsWindow(ws)
    try:
        window.toolbar.apply_preset(preset, notify=False)
        window.resize(width, height or 900)
        loop = QEventLoop()
        window.dashboard_shown.connect(loop.quit)
        QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, loop.quit)
        window.show()
        if window.board is None:
            loop.exec()
        app.processEvents()
        if height is None:
            window.resize(width, window.full_height())
        window.stack.setFocus()  # no focus ring on the time frame in the picture
        for _ in range(SETTLE_PASSES):  # layout of the cards and axes
            app.processEvents()
        if not window.grab().save(str(out), "PNG"):
            raise OSError(f"could not write {out}")
    finally:
        window.shutdown()
        window.hide()
        window.deleteLater()
        app.processEvents()
    return out
