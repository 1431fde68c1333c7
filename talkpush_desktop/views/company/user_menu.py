"""The user menu (seed 000): the signed-in user's name at the top right of the menu bar
opens Company Profile, Analytics & Usage Data, My Account and Sign out."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QToolButton

from talkpush_desktop.engine.workspace import Workspace


class UserMenu(QToolButton):
    """The name button and its menu; ``analytics`` is the window's own action (also under
    Tools). Sign out forgets the remembered sign-in and closes the window with ``signed_out``
    set (:func:`views.app.reopen_for` then asks who signs in next); a language chosen in My
    Account calls ``on_language`` (the window opens again in it)."""

    def __init__(
        self,
        window: QMainWindow,
        ws: Workspace,
        analytics: QAction,
        on_changed: Callable[[], None],
        *,
        on_language: Callable[[], None] = lambda: None,
    ) -> None:
        super().__init__(window)
        self._window, self._ws, self._on_changed = window, ws, on_changed
        self.signed_out = False
        self._on_language = on_language
        self.setObjectName("userMenuButton")
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        menu = QMenu(self)
        self.profile_action = menu.addAction(self.tr("Company Profile…"))
        self.profile_action.triggered.connect(self.open_company_profile)
        menu.addAction(analytics)
        self.account_action = menu.addAction(self.tr("My Account…"))
        self.account_action.triggered.connect(self.open_my_account)
        menu.addSeparator()
        self.sign_out_action = menu.addAction(self.tr("Sign out"))
        self.sign_out_action.triggered.connect(self._on_sign_out_triggered)
        self.setMenu(menu)
        self.refresh()
        window.menuBar().setCornerWidget(self, Qt.Corner.TopRightCorner)

    def refresh(self) -> None:
        """Show the acting user's name (after a sign-in or a change in My Account)."""
        me = self._ws.accounts.me()
        self.setText(me.name)
        self.setToolTip(f"{me.name} <{me.email}>")
        self.setAccessibleName(self.tr("User menu: %1").replace("%1", me.name))

    def open_company_profile(self) -> object:
        from talkpush_desktop.views.company.company_profile import CompanyProfileDialog

        dialog = CompanyProfileDialog(self._ws, self._window)
        dialog.account_opened.connect(self.open_my_account)
        dialog.team_changed.connect(self._changed)
        dialog.show()
        return dialog

    def open_my_account(self) -> object:
        from talkpush_desktop.views.company.my_account import MyAccountDialog

        dialog = MyAccountDialog(self._ws, self._window)
        dialog.account_changed.connect(self._changed)
        dialog.language_changed.connect(lambda _code: self._on_language())
        dialog.show()
        return dialog

    def _changed(self) -> None:
        self.refresh()
        self._on_changed()

    def _on_sign_out_triggered(self) -> None:
        self._ws.accounts.sign_out()
        self.signed_out = True
        self._window.close()
