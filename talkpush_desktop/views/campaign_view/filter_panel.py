"""The collapsible filter panel above the candidate list: source, date added, completed,
labels, and Reset."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from talkpush_desktop.views.campaign_view.list_scope import Refinements
from talkpush_desktop.views.campaign_view.vocabulary import label_text, shown
from talkpush_desktop.views.i18n import QT_TRANSLATE_NOOP

ANY_SOURCE = QT_TRANSLATE_NOOP("FilterPanel", "Any source")
NO_DATE = QDate(2000, 1, 1)
"""The date edits' minimum, shown as "Any"."""
COMPLETED_CHOICES = (
    (QT_TRANSLATE_NOOP("FilterPanel", "Completed or not"), None),
    (QT_TRANSLATE_NOOP("FilterPanel", "Completed"), True),
    (QT_TRANSLATE_NOOP("FilterPanel", "Not completed"), False),
)


class FilterPanel(QWidget):
    """Criteria that narrow the list; each change is applied at once.

    Signals:
        refinements_changed(object): the :class:`Refinements` now chosen.
    """

    refinements_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterPanel")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self._quiet = False
        self.source_combo = QComboBox()
        self.source_combo.setAccessibleName(self.tr("Source"))
        self.from_edit = _date_edit(self.tr("Added from"))
        self.to_edit = _date_edit(self.tr("Added until"))
        self.completed_combo = QComboBox()
        self.completed_combo.setAccessibleName(self.tr("Interview completed"))
        for text, value in COMPLETED_CHOICES:
            self.completed_combo.addItem(self.tr(text), value)
        self.labels_button = QPushButton()
        self.labels_button.setObjectName("filterLabelsButton")
        self.labels_button.setAccessibleName(self.tr("Labels to filter by"))
        self.labels_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.labels_menu = QMenu(self.labels_button)
        self.labels_button.setMenu(self.labels_menu)
        self.reset_button = QPushButton(self.tr("Reset"))
        self.reset_button.setObjectName("filterResetButton")
        self.reset_button.setAccessibleName(self.tr("Reset filters"))
        self._build_layout()
        self.set_sources([])
        self._show_label_count()
        self.source_combo.currentIndexChanged.connect(self._on_field_changed)
        self.completed_combo.currentIndexChanged.connect(self._on_field_changed)
        self.from_edit.dateChanged.connect(self._on_field_changed)
        self.to_edit.dateChanged.connect(self._on_field_changed)
        self.labels_menu.triggered.connect(self._on_field_changed)
        self.reset_button.clicked.connect(self._on_reset_button_clicked)

    def _build_layout(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(14, 8, 14, 10)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        dates = QHBoxLayout()
        dates.setSpacing(6)
        dates.addWidget(self.from_edit, 1)
        dates.addWidget(QLabel("\N{EN DASH}"))
        dates.addWidget(self.to_edit, 1)
        labels = QHBoxLayout()
        labels.setSpacing(8)
        labels.addWidget(self.labels_button, 1)
        labels.addWidget(self.reset_button)
        rows: list[tuple[str, QWidget | QHBoxLayout]] = [
            (self.tr("Source"), self.source_combo),
            (self.tr("Added"), dates),
            (self.tr("Interview"), self.completed_combo),
            (self.tr("Labels"), labels),
        ]
        for row, (caption, field) in enumerate(rows):
            label = QLabel(caption)
            label.setObjectName("filterCaption")
            grid.addWidget(label, row, 0)
            if isinstance(field, QHBoxLayout):
                grid.addLayout(field, row, 1)
            else:
                grid.addWidget(field, row, 1)
        grid.setColumnStretch(1, 1)

    # -- what the window asks --------------------------------------------------------------

    def set_sources(self, sources: Sequence[str]) -> None:
        """Offer ``sources``, keeping the chosen one when it is still there."""
        chosen = self.source_combo.currentData()
        with self._silenced():
            self.source_combo.clear()
            self.source_combo.addItem(self.tr(ANY_SOURCE), None)
            for name in sources:
                self.source_combo.addItem(shown(name), name)
            self.source_combo.setCurrentIndex(max(self.source_combo.findData(chosen), 0))

    def set_labels(self, names: Sequence[str]) -> None:
        """Offer ``names`` as checkable labels, keeping those still checked."""
        checked = set(self._checked_labels())
        self.labels_menu.clear()
        for name in names:
            action = self.labels_menu.addAction(label_text(name))
            action.setData(name)
            action.setCheckable(True)
            action.setChecked(name in checked)
        self._show_label_count()

    def refinements(self) -> Refinements:
        return Refinements(
            source=self.source_combo.currentData(),
            added_from=_day(self.from_edit),
            added_to=_day(self.to_edit),
            completed=self.completed_combo.currentData(),
            labels=self._checked_labels(),
        )

    def reset(self) -> None:
        """Clear every criterion and announce it once."""
        with self._silenced():
            self.source_combo.setCurrentIndex(0)
            self.completed_combo.setCurrentIndex(0)
            self.from_edit.setDate(NO_DATE)
            self.to_edit.setDate(NO_DATE)
            for action in self.labels_menu.actions():
                action.setChecked(False)
        self._on_field_changed()

    # -- helpers and slots -----------------------------------------------------------------

    def _checked_labels(self) -> tuple[str, ...]:
        return tuple(str(a.data()) for a in self.labels_menu.actions() if a.isChecked())

    def _show_label_count(self) -> None:
        n = len(self._checked_labels())
        if not n:
            text = self.tr("Any label")
        elif n == 1:
            text = self.tr("1 label")
        else:
            text = self.tr("{count} labels").format(count=n)
        self.labels_button.setText(text)

    @contextmanager
    def _silenced(self) -> Iterator[None]:
        """Change fields without announcing refinements."""
        self._quiet = True
        try:
            yield
        finally:
            self._quiet = False

    def _on_field_changed(self, *_args: object) -> None:
        self._show_label_count()
        if not self._quiet:
            self.refinements_changed.emit(self.refinements())

    def _on_reset_button_clicked(self) -> None:
        self.reset()


class DayEdit(QDateEdit):
    """A date field whose lowest date reads "Any"; its calendar then opens on this month."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.calendarWidget().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.date() == NO_DATE:
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)


def _date_edit(name: str) -> QDateEdit:
    edit = DayEdit()
    edit.setAccessibleName(name)
    edit.lineEdit().setAccessibleName(name)
    edit.setDisplayFormat(QCoreApplication.translate("Dates", "d MMM yyyy"))
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(QCoreApplication.translate("FilterPanel", "Any"))
    edit.setDate(NO_DATE)
    return edit


def _day(edit: QDateEdit) -> date | None:
    picked = edit.date()
    return None if picked == NO_DATE else date(picked.year(), picked.month(), picked.day())
