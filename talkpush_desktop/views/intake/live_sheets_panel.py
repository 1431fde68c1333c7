"""The Google Form tab's live sheets: paste the sheet's link, it is checked at once (its
columns shown against the seed's order) and registered, and from then on the sync worker
polls it for new sign-ups. Each sheet's status (last poll, rows imported, last error) is
listed, refreshed after an action and while the tab is shown.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, QTimer, Signal
from PySide6.QtGui import QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from talkpush_desktop.views.i18n import QT_TRANSLATE_NOOP
from talkpush_desktop.views.intake.operations import IntakeActions
from talkpush_desktop.views.intake.vocabulary import poll_status, poll_time

COLUMNS = (
    QT_TRANSLATE_NOOP("LiveSheetsPanel", "Campaign"),
    QT_TRANSLATE_NOOP("LiveSheetsPanel", "Sheet"),
    QT_TRANSLATE_NOOP("LiveSheetsPanel", "Every"),
    QT_TRANSLATE_NOOP("LiveSheetsPanel", "Last poll"),
    QT_TRANSLATE_NOOP("LiveSheetsPanel", "Rows imported"),
    QT_TRANSLATE_NOOP("LiveSheetsPanel", "Status"),
)
REFRESH_MS = 15_000


class LiveSheetsPanel(QWidget):
    """Register a sheet for the dialog's campaign; list the company's polled sheets.

    Signals:
        sheets_changed: a sheet was added, polled or removed (the list was refreshed).
    """

    sheets_changed = Signal()

    def __init__(self, intake: IntakeActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("liveSheetsPanel")
        self._intake = intake
        self._campaign: int | None = None
        self.link_edit = QLineEdit()
        self.link_edit.setAccessibleName(self.tr("Sheet link to poll"))
        self.link_edit.setPlaceholderText(
            self.tr("Paste the Google Sheet's link to import new sign-ups")
        )
        self.every_spin = QSpinBox()
        self.every_spin.setAccessibleName(self.tr("Minutes between polls"))
        self.every_spin.setRange(1, 24 * 60)
        self.every_spin.setValue(5)
        self.every_spin.setSuffix(" " + self.tr("min"))
        self.add_button = QPushButton(self.tr("Check and poll"))
        self.add_button.setAccessibleName(self.tr("Check the sheet and poll it"))
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.check_label = QLabel()
        self.check_label.setObjectName("liveSheetCheck")
        self.check_label.setWordWrap(True)
        self.model = QStandardItemModel(0, len(COLUMNS), self)
        self.model.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Polled sheets"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(130)
        self.poll_button = QPushButton(self.tr("Poll now"))
        self.poll_button.setAccessibleName(self.tr("Poll the selected sheet now"))
        self.poll_button.clicked.connect(self._on_poll_button_clicked)
        self.remove_button = QPushButton(self.tr("Stop polling"))
        self.remove_button.setAccessibleName(self.tr("Stop polling the selected sheet"))
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self._layout()
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)

    def _layout(self) -> None:
        title = QLabel(self.tr("POLLED SHEETS"))
        title.setObjectName("sectionTitle")
        add = QHBoxLayout()
        add.addWidget(self.link_edit, 1)
        add.addWidget(QLabel(self.tr("every")))
        add.addWidget(self.every_spin)
        add.addWidget(self.add_button)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.poll_button)
        actions.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.setSpacing(6)
        layout.addWidget(title)
        layout.addLayout(add)
        layout.addWidget(self.check_label)
        layout.addWidget(self.table)
        layout.addLayout(actions)

    # -- what the dialog asks --------------------------------------------------------------

    def set_campaign(self, campaign: int | None) -> None:
        self._campaign = campaign
        self.add_button.setEnabled(campaign is not None)

    def refresh(self) -> None:
        """List the company's sheets again (a quick read)."""
        selected = self.selected_id()
        self.model.removeRows(0, self.model.rowCount())
        for info in self._intake.workspace.sheets.list_sheets():
            status = poll_status(info.status, info.last_error)
            cells = (
                info.campaign,
                info.url,
                f"{QLocale().toString(info.every_minutes)} {self.tr('min')}",
                poll_time(info.last_poll_at),
                QLocale().toString(info.rows_imported),
                status,
            )
            items = [QStandardItem(text) for text in cells]
            items[0].setData(info.id)
            items[5].setToolTip(status)
            self.model.appendRow(items)
            if info.id == selected:
                self.table.selectRow(self.model.rowCount() - 1)

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return int(self.model.item(rows[0].row(), 0).data())

    # -- slots -----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.refresh()
        self._timer.start()

    def hideEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        self._timer.stop()
        super().hideEvent(event)

    def _on_add_button_clicked(self) -> None:
        url = self.link_edit.text().strip()
        if not url or self._campaign is None:
            return
        self.add_button.setEnabled(False)
        self.check_label.setText(self.tr("Checking the sheet\u2026"))
        job = self._intake.add_sheet(url, self._campaign, self.every_spin.value())
        job.succeeded.connect(self._on_add_job_succeeded)
        job.failed.connect(self.check_label.setText)
        job.finished.connect(lambda: self.add_button.setEnabled(self._campaign is not None))

    def _on_add_job_succeeded(self, result: Any) -> None:
        _sheet_id, checked = result
        shown = ", ".join(
            f"{c['column']} \N{RIGHTWARDS ARROW} {c['field']}" for c in checked.columns
        )
        self.check_label.setText(
            self.tr(
                "Polling every {minutes} min from now on ({rows} rows now). Columns: {columns}"
            ).format(
                minutes=self.every_spin.value(),
                rows=QLocale().toString(checked.data_rows),
                columns=shown,
            )
        )
        self.link_edit.clear()
        self.refresh()
        self.sheets_changed.emit()

    def _on_poll_button_clicked(self) -> None:
        sheet_id = self.selected_id()
        if sheet_id is None:
            return
        self.poll_button.setEnabled(False)
        job = self._intake.poll_sheet(sheet_id)
        job.succeeded.connect(self._on_poll_job_succeeded)
        job.failed.connect(self.check_label.setText)
        job.finished.connect(lambda: self.poll_button.setEnabled(True))

    def _on_poll_job_succeeded(self, polls: Any) -> None:
        [poll] = polls
        n = QLocale().toString
        text = self.tr(
            "Sheet polled: {new} new, {already} already imported, {rejected} rejected, "
            "{invited} invited"
        ).format(
            new=n(poll.imported),
            already=n(poll.already_imported),
            rejected=n(poll.rejected),
            invited=n(poll.invited),
        )
        self.check_label.setText(text + (f" \N{EM DASH} {poll.error}" if poll.error else ""))
        self.refresh()
        self.sheets_changed.emit()

    def _on_remove_button_clicked(self) -> None:
        sheet_id = self.selected_id()
        if sheet_id is None:
            return
        self._intake.workspace.sheets.remove(sheet_id)
        self.refresh()
        self.sheets_changed.emit()
