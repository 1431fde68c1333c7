"""The Permissions tab: the team on the left, who has access on the right. Drag a name
across, double-click it, or select and press the buttons (Alt+G / Alt+R)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from talkpush_desktop.engine.campaigns.members import Access, Manager
from talkpush_desktop.views.widgets.field_errors import FieldErrors

EMAIL_ROLE = Qt.ItemDataRole.UserRole


class ManagerList(QListWidget):
    """A list of managers that takes names dragged from its partner list."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSortingEnabled(True)

    def emails(self) -> list[str]:
        return [str(self.item(i).data(EMAIL_ROLE)) for i in range(self.count())]

    def add_manager(self, m: Manager) -> None:
        owner = " \N{EM DASH} " + self.tr("owner, sees every campaign") if m.owner else ""
        item = QListWidgetItem(f"{m.name} <{m.email}>{owner}")
        item.setData(EMAIL_ROLE, m.email)
        self.addItem(item)


class PermissionsTab(QWidget):
    """Signals:
    changed: someone was given access or lost it.
    """

    changed = Signal()

    def __init__(self, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.team_list = ManagerList("teamList")
        self.team_list.setAccessibleName(self.tr("Team"))
        self.access_list = ManagerList("accessList")
        self.access_list.setAccessibleName(self.tr("Has access"))
        self.give_button = QPushButton(self.tr("&Give access \u2192"))
        self.give_button.setObjectName("giveAccess")
        self.take_button = QPushButton(self.tr("\u2190 &Remove access"))
        self.take_button.setObjectName("removeAccess")
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Team")), 0, 0)
        grid.addWidget(QLabel(self.tr("Has access")), 0, 2)
        grid.addWidget(self.team_list, 1, 0)
        buttons = QVBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.give_button)
        buttons.addWidget(self.take_button)
        buttons.addStretch(1)
        grid.addLayout(buttons, 1, 1)
        grid.addWidget(self.access_list, 1, 2)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Managers with access see the campaign and its candidates; the company's "
                "owners see every campaign."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(errors.label_for("members", self.tr("Has access")))
        self.give_button.clicked.connect(lambda: self._move(self.team_list, self.access_list))
        self.take_button.clicked.connect(lambda: self._move(self.access_list, self.team_list))
        self.team_list.itemDoubleClicked.connect(
            lambda _item: self._move(self.team_list, self.access_list)
        )
        self.access_list.itemDoubleClicked.connect(
            lambda _item: self._move(self.access_list, self.team_list)
        )
        for lst in (self.team_list, self.access_list):
            lst.model().rowsInserted.connect(self.changed)  # a drop, too

    def show_access(self, access: Access) -> None:
        for lst, people in ((self.team_list, access.team), (self.access_list, access.members)):
            lst.clear()
            for m in people:
                lst.add_manager(m)

    def members(self) -> tuple[str, ...]:
        return tuple(self.access_list.emails())

    def _move(self, source: ManagerList, target: ManagerList) -> None:
        for item in source.selectedItems():
            taken = source.takeItem(source.row(item))
            target.addItem(taken)
            target.setCurrentItem(taken)
