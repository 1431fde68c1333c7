"""What the bulk bar and the label menu do: actions on the selected candidates.

It reads the list pane's selection (ids, or "all matching" as a filter) and writes only
through :class:`RecruiterActions`, so undo, refresh and (later) background running come
from there.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from talkpush_desktop.engine.dto import LabelInfo, QuickReplyInfo
from talkpush_desktop.views.campaign_view.bulk_bar import NEW_LABEL, bulk_text, fill_label_menu
from talkpush_desktop.views.campaign_view.candidate_list_pane import CandidateListPane
from talkpush_desktop.views.campaign_view.label_dialog import LabelDialog
from talkpush_desktop.views.widgets.operations import RecruiterActions


class BulkActions(QObject):
    """Connects the bulk bar to the selection and to :class:`RecruiterActions`."""

    def __init__(
        self,
        pane: CandidateListPane,
        actions: RecruiterActions,
        parent: QWidget,
        quick_replies: Callable[[], Sequence[QuickReplyInfo]] = list,
    ) -> None:
        super().__init__(parent)
        self._pane, self._actions, self._parent = pane, actions, parent
        self._manual: list[str] = []
        self._quick_replies = quick_replies
        bar, selection = pane.bulk_bar, pane.selection
        bar.set_quick_replies(quick_replies)
        bar.invite_requested.connect(self._on_bulk_bar_invite_requested)
        bar.quick_reply_requested.connect(self._on_bulk_bar_quick_reply_requested)
        bar.move_requested.connect(self._on_bulk_bar_move_requested)
        bar.label_requested.connect(self._on_bulk_bar_label_requested)
        bar.refresh_pins_requested.connect(self._on_bulk_bar_refresh_pins_requested)
        bar.select_all_requested.connect(selection.select_all)
        bar.clear_requested.connect(selection.clear)
        selection.changed.connect(self._on_selection_changed)
        self._on_selection_changed()

    def set_labels(self, labels: Sequence[LabelInfo]) -> None:
        self._manual = [info.name for info in labels if not info.automatic]
        self._pane.bulk_bar.set_labels(self._manual)

    def move(self, folder: str) -> None:
        """Move the selected candidates (or the focused one) to ``folder``."""
        targets = self._pane.targets()
        if targets.ids or targets.all_matching:
            self._actions.move(targets, folder)

    def invite(self) -> None:
        """Send the campaign's invitation to the selected candidates."""
        targets = self._pane.targets()
        if targets.ids or targets.all_matching:
            self._actions.invite(targets)

    def send_quick_reply(self, reply_id: int, channel: str = "") -> None:
        """Queue a quick reply for the selected candidates ("" channel: SMS, else email)."""
        reply = next((r for r in self._quick_replies() if r.id == reply_id), None)
        targets = self._pane.targets()
        if reply is None:
            self._actions.action_failed.emit(self.tr("the quick reply was deleted meanwhile"))
        elif targets.ids or targets.all_matching:
            self._actions.send_messages(targets, reply.body, channel or None)

    def label(self, name: str, add: bool) -> None:
        """Add or remove ``name`` on the selection; "" asks for a new label to add."""
        if not name:
            name = self.create_label()
            if not name:
                return
        targets = self._pane.targets()
        if not (targets.ids or targets.all_matching):
            return
        if add:
            self._actions.add_label(targets, name)
        else:
            self._actions.remove_label(targets, name)

    def create_label(self) -> str:
        """Ask for a new label's name and colour and create it; its name, or "" if cancelled."""
        dialog = LabelDialog(self._parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.name():
            return ""
        self._actions.create_label(dialog.name(), dialog.color())
        return dialog.name()

    def label_menu(self) -> QMenu:
        """For one candidate, labels ticked as they are (click to toggle); for several, a
        menu adding a label, with a "Remove label" submenu."""
        menu = QMenu(self._parent)
        menu.setObjectName("labelMenu")
        menu.setAccessibleName(self.tr("Label the selected candidates"))
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        have = self._labels_of_one()
        if have is not None:
            for name in self._manual:
                action = menu.addAction(name)
                action.setCheckable(True)
                action.setChecked(name in have)
                action.toggled.connect(lambda on, n=name: self.label(n, on))
            menu.addSeparator()
            menu.addAction(bulk_text(NEW_LABEL)).triggered.connect(
                lambda _on=False: self.label("", True)
            )
            return menu
        fill_label_menu(menu, self._manual, lambda n: self.label(n, True), new=True)
        if self._manual:
            menu.addSeparator()
            remove = menu.addMenu(self.tr("Remove label"))
            fill_label_menu(remove, self._manual, lambda n: self.label(n, False))
        return menu

    def _labels_of_one(self) -> set[str] | None:
        """The labels of the one candidate acted on, or None when there are several."""
        targets = self._pane.targets()
        if targets.all_matching or len(targets.ids) != 1:
            return None
        row = self._pane.model.row_of(targets.ids[0])
        found = self._pane.model.candidate_row(row) if row is not None else None
        return set(found.labels) if found is not None else None

    def popup_label_menu(self, at: QPoint) -> QMenu:
        """Show the label menu at ``at`` (global); it deletes itself when closed."""
        menu = self.label_menu()
        menu.popup(at)
        return menu

    # -- slots -----------------------------------------------------------------------------

    def _on_selection_changed(self) -> None:
        selection = self._pane.selection
        count = selection.count()
        shown = selection.all_matching or count > 1
        if shown:
            self._pane.bulk_bar.show_selection(count, selection.all_matching, selection.counting)
        self._pane.bulk_bar.setVisible(shown)

    def _on_bulk_bar_move_requested(self, folder: str) -> None:
        self.move(folder)

    def _on_bulk_bar_label_requested(self, name: str, add: bool) -> None:
        self.label(name, add)

    def _on_bulk_bar_refresh_pins_requested(self) -> None:
        targets = self._pane.targets()
        if targets.ids or targets.all_matching:
            self._actions.refresh_pins(targets)

    def _on_bulk_bar_invite_requested(self) -> None:
        self.invite()

    def _on_bulk_bar_quick_reply_requested(self, reply_id: int, channel: str) -> None:
        self.send_quick_reply(reply_id, channel)
