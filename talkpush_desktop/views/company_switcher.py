"""File ▸ Company: the workspace's companies, the acting one checked. Choosing another
closes the window (``MainWindow.reopen``); :func:`views.app.run_window` then opens it again
acting for that company (``ws.for_company``), so nothing of the first company stays on
screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.main_window import MainWindow


class CompanySwitcher:
    """The Company submenu at the top of ``window``'s File menu."""

    def __init__(self, window: MainWindow, ws: Workspace) -> None:
        self._window, self._acting = window, ws.company_id
        self.menu = QMenu(QCoreApplication.translate("CompanySwitcher", "&Company"), window)
        group = QActionGroup(self.menu)
        for company in ws.companies.all():
            action = QAction(company.name, self.menu, checkable=True)
            action.setChecked(company.id == ws.company_id)
            action.triggered.connect(lambda _on=False, cid=company.id: self.switch(cid))
            group.addAction(action)
            self.menu.addAction(action)
        file_menu = window.menuBar().actions()[0].menu()
        assert isinstance(file_menu, QMenu)
        first = file_menu.actions()[0]
        file_menu.insertMenu(first, self.menu)
        file_menu.insertSeparator(first)

    def switch(self, company_id: int) -> None:
        """Close the window to reopen it acting for ``company_id`` (the acting one: no-op)."""
        if company_id != self._acting:
            self._window.reopen(company_id)
