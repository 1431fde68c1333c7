"""One run of the app's main window in its own process, for the restart test
(tests/views/test_window_layout_restored.py):

    python tests/support/window_restart.py DATA_DIR SETTINGS.ini arrange|report

``arrange`` resizes the window, sets both splitters, picks the Manila campaign and the
Shortlisted folder by clicking, then closes it; ``report`` opens it and prints what it shows
as JSON. Qt runs offscreen on a screen of the size the test gives (QT_QPA_PLATFORM).
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from pathlib import Path

ARRANGED_SIZE = (1180, 740)
ARRANGED_OUTER = [560, 330, 290]
ARRANGED_LEFT = [210, 350]
CAMPAIGN, FOLDER = "Customer Service - Manila", "Shortlisted"


def _settle(listed: Callable[[], list[str]], timeout_ms: int = 10_000) -> None:
    """Let the window run until its list shows rows and has not changed for 300 ms."""
    from PySide6.QtTest import QTest

    seen, still = listed(), 0
    for _ in range(timeout_ms // 50):
        QTest.qWait(50)
        now = listed()
        still = still + 50 if now == seen and now else 0
        seen = now
        if still >= 300:
            return


def main(data_dir: str, ini: str, action: str) -> int:
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest

    from talkpush_desktop.engine.workspace import Workspace
    from talkpush_desktop.views.app import application, build_window

    app = application()
    # the app's --database default, as the test's workspace sets it on PostgreSQL
    ws = Workspace.open(
        data_dir=Path(data_dir), database_url=os.environ.get("TALKPUSH_DATABASE_URL")
    )
    window, _switcher = build_window(ws, QSettings(ini, QSettings.Format.IniFormat))
    window.show()
    QTest.qWaitForWindowExposed(window)
    if action == "arrange":
        window.resize(*ARRANGED_SIZE)
        combo = window.navigation.campaign_combo
        combo.setCurrentIndex(combo.findText(CAMPAIGN))
        folders = window.navigation.folder_list
        [item] = folders.findItems(FOLDER, Qt.MatchFlag.MatchExactly)
        click = folders.visualItemRect(item).center()
        QTest.mouseClick(folders.viewport(), Qt.MouseButton.LeftButton, pos=click)
        window.splitter.setSizes(ARRANGED_OUTER)
        window.left_splitter.setSizes(ARRANGED_LEFT)
    model = window.model

    def listed() -> list[str]:
        return sorted(model.index(r).data() for r in range(model.rowCount()))

    _settle(listed)  # the list's page loads in the background (slower on PostgreSQL)
    shown = {
        "size": [window.width(), window.height()],
        "outer": window.splitter.sizes(),
        "left": window.left_splitter.sizes(),
        "campaign": window.navigation.campaign_combo.currentText(),
        "folder": window.navigation.folder_list.current_folder(),
        "listed": listed(),
    }
    window.close()
    app.processEvents()
    ws.close()
    print(json.dumps(shown))
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
