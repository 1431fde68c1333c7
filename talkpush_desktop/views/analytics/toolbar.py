"""The Analytics window's choice of time frame and campaigns, and its Refresh button.

A preset (Today, Last 7 days ... Last 2 years) applies at once; typing a day switches to
Custom, and days typed or campaigns ticked are announced after a short pause, so a few
quick edits compute the dashboard once. "All campaigns" and the campaigns exclude each
other: ticking a campaign unticks All, unticking the last one ticks it again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QMouseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QWidget,
)

from talkpush_desktop.views.analytics.time_frame import (
    PRESETS,
    campaigns_text,
    clip_frame,
    preset_frame,
    preset_label,
)

EDIT_PAUSE_MS = 250
"""Typed days and ticked campaigns wait this long for the next edit before announcing."""


class StickyMenu(QMenu):
    """A menu of check boxes that stays open while they are ticked."""

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        action = self.activeAction()
        if action is not None and action.isEnabled() and action.isCheckable():
            action.trigger()
            event.accept()
            return
        super().mouseReleaseEvent(event)


class AnalyticsToolbar(QWidget):
    """Time frame presets, first and last day, campaigns, Refresh.

    ``titles`` are the campaigns to offer (id -> title); ``today`` gives the company's today.

    Signals:
        changed: the frame or the campaigns changed.
        refresh_requested: Refresh (F5) was pressed.
    """

    changed = Signal()
    refresh_requested = Signal()

    def __init__(
        self,
        titles: dict[int, str],
        today: Callable[[], date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._titles = titles
        self._today = today
        self.chosen: tuple[int, ...] | None = None
        """The campaigns ticked (None: all)."""
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(EDIT_PAUSE_MS)
        self._pause.timeout.connect(self.changed)
        self._build()

    def _build(self) -> None:
        self.preset_combo = QComboBox()
        self.preset_combo.setAccessibleName(self.tr("Time frame"))
        for preset in PRESETS:
            self.preset_combo.addItem(preset_label(preset), preset.key)
        self.preset_combo.currentIndexChanged.connect(self._on_preset_combo_changed)
        self.start_edit, self.end_edit = QDateEdit(), QDateEdit()
        for edit, name in (
            (self.start_edit, self.tr("First day")),
            (self.end_edit, self.tr("Last day")),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setAccessibleName(name)
            edit.dateChanged.connect(self._on_date_edit_changed)
        self.campaign_button = QPushButton(campaigns_text(None, self._titles))
        self.campaign_button.setObjectName("filterLabelsButton")  # the app's menu button look
        self.campaign_button.setAccessibleName(self.tr("Campaigns"))
        self.campaign_button.setMinimumWidth(170)
        self.campaign_button.setMenu(self._build_campaign_menu())
        self.refresh_button = QToolButton()
        self.refresh_button.setObjectName("quietButton")
        self.refresh_button.setText(self.tr("Refresh"))
        self.refresh_button.setAccessibleName(self.tr("Refresh the analytics"))
        self.refresh_button.setToolTip(self.tr("Compute the charts again (F5)"))
        self.refresh_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_button.clicked.connect(self.refresh_requested)
        caption = QLabel(self.tr("Time frame"))
        caption.setObjectName("zoneLabel")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addWidget(caption)
        row.addWidget(self.preset_combo)
        row.addSpacing(4)
        row.addWidget(self.start_edit)
        row.addWidget(QLabel("\N{EN DASH}"))
        row.addWidget(self.end_edit)
        row.addSpacing(12)
        row.addWidget(self.campaign_button)
        row.addWidget(self.refresh_button)
        row.addStretch(1)

    def _build_campaign_menu(self) -> QMenu:
        menu = StickyMenu(self.campaign_button)
        menu.setAccessibleName(self.tr("Campaigns to include"))
        self.all_campaigns_action = QAction(
            self.tr("All campaigns"), menu, checkable=True, checked=True
        )
        self.all_campaigns_action.toggled.connect(self._on_all_campaigns_action_toggled)
        menu.addAction(self.all_campaigns_action)
        menu.addSeparator()
        self.campaign_actions: dict[int, QAction] = {}
        for cid, title in self._titles.items():
            action = QAction(title, menu, checkable=True)
            action.toggled.connect(self._on_campaign_action_toggled)
            menu.addAction(action)
            self.campaign_actions[cid] = action
        return menu

    # -- public ----------------------------------------------------------------------------

    def frame(self) -> tuple[date, date]:
        """The first and last day shown, in order and no longer than two years."""
        return clip_frame(_day(self.start_edit.date()), _day(self.end_edit.date()))

    def apply_preset(self, key: str, *, notify: bool = True) -> None:
        """Choose a preset (``custom`` keeps the days shown and lets them be typed)."""
        index = self.preset_combo.findData(key)
        if index < 0:
            raise ValueError(f"unknown time frame: {key!r}")
        _quietly(self.preset_combo, lambda: self.preset_combo.setCurrentIndex(index))
        if key != "custom":
            self._show_days(*preset_frame(key, self._today()))
        if notify:
            self.changed.emit()

    def set_frame(self, start: date, end: date, *, notify: bool = True) -> None:
        """Choose a custom frame of days, ``start`` to ``end`` included."""
        self.apply_preset("custom", notify=False)
        self._show_days(*clip_frame(start, end))
        if notify:
            self.changed.emit()

    def set_campaigns(self, campaign_ids: tuple[int, ...] | None, *, notify: bool = True) -> None:
        """Tick these campaigns only (None or empty: all)."""
        chosen = tuple(campaign_ids) if campaign_ids else None
        for cid, action in self.campaign_actions.items():
            blocked = action.blockSignals(True)
            action.setChecked(chosen is not None and cid in chosen)
            action.blockSignals(blocked)
        self._show_chosen(chosen)
        if notify:
            self.changed.emit()

    def stop_pending(self) -> None:
        """Forget an edit waiting to be announced (the dashboard is being computed)."""
        self._pause.stop()

    # -- slots -----------------------------------------------------------------------------

    def _show_days(self, start: date, end: date) -> None:
        for edit, day in ((self.start_edit, start), (self.end_edit, end)):
            blocked = edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(blocked)

    def _show_chosen(self, chosen: tuple[int, ...] | None) -> None:
        self.chosen = chosen
        _quietly(
            self.all_campaigns_action, lambda: self.all_campaigns_action.setChecked(chosen is None)
        )
        self.campaign_button.setText(campaigns_text(chosen, self._titles))

    def _on_preset_combo_changed(self, _index: int) -> None:
        key = str(self.preset_combo.currentData())
        if key == "custom":
            self.start_edit.setFocus()
            return
        self.apply_preset(key)

    def _on_date_edit_changed(self, _day: QDate) -> None:
        custom = self.preset_combo.findData("custom")
        _quietly(self.preset_combo, lambda: self.preset_combo.setCurrentIndex(custom))
        self._pause.start()

    def _on_all_campaigns_action_toggled(self, checked: bool) -> None:
        if checked:
            self.set_campaigns(None)
        elif self.chosen is None:  # "All" is unticked by ticking a campaign, not by itself
            _quietly(self.all_campaigns_action, lambda: self.all_campaigns_action.setChecked(True))

    def _on_campaign_action_toggled(self, _checked: bool) -> None:
        ticked = tuple(cid for cid, a in self.campaign_actions.items() if a.isChecked())
        self._show_chosen(ticked or None)
        self._pause.start()


def _quietly(target: QWidget | QAction, change: Callable[[], object]) -> None:
    """Make a change without the widget's signals (the toolbar announces it itself)."""
    blocked = target.blockSignals(True)
    try:
        change()
    finally:
        target.blockSignals(blocked)


def _day(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())
