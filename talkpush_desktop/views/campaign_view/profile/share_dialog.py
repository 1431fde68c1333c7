"""The profile's Sharing dialog: generate a link to a read-only page of the candidate for
someone with no account (the sections it shows, how long it opens, optionally for whom),
the candidate's links with their state (copy, revoke), and "Save as page" (one HTML file
that needs no server). Acts through ``ws.sharing`` on a background worker, never on the
UI thread: making a link (emailing its recipient may take a while), listing and revoking
links, and writing the page's file."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from talkpush_desktop.engine.sharing.links import SECTIONS, ShareLinkInfo
from talkpush_desktop.engine.sharing.service import SharingService
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.views.campaign_view.vocabulary import SECTION_NAMES, SHARE_SECTIONS, shown
from talkpush_desktop.views.i18n import QT_TRANSLATE_NOOP
from talkpush_desktop.views.widgets.background import BackgroundRunner, Job

COLUMNS = (
    QT_TRANSLATE_NOOP("ShareDialog", "State"),
    QT_TRANSLATE_NOOP("ShareDialog", "Expires (UTC)"),
    QT_TRANSLATE_NOOP("ShareDialog", "Sections"),
    QT_TRANSLATE_NOOP("ShareDialog", "Recipient"),
    QT_TRANSLATE_NOOP("ShareDialog", "Link"),
)
STATE_ROLE = Qt.ItemDataRole.UserRole + 1
"""A link row's state as the engine says it (``active``, ``expired``, ``revoked``)."""


class ShareDialog(QDialog):
    """Generate, list, copy and revoke a candidate's share links; save the page."""

    def __init__(
        self,
        sharing: SharingService,
        candidate_id: int,
        candidate_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shareDialog")
        self.setWindowTitle(
            self.tr("Share {name}").format(name=candidate_name)
            if candidate_name
            else self.tr("Share candidate")
        )
        self._sharing, self._candidate_id = sharing, candidate_id
        self._runner = BackgroundRunner(self)
        self.section_boxes = {name: QCheckBox(shown(SHARE_SECTIONS[name])) for name in SECTIONS}
        for box in self.section_boxes.values():
            box.setChecked(True)
            box.toggled.connect(self._on_section_toggled)
        self.days_spin = QSpinBox()
        self.days_spin.setRange(1, 365)
        self.days_spin.setValue(7)
        self.days_spin.setSuffix(self.tr(" days"))
        self.days_spin.setAccessibleName(self.tr("Link expires after"))
        self.days_spin.setMaximumWidth(140)
        self.recipient_edit = QLineEdit()
        self.recipient_edit.setPlaceholderText(self.tr("optional: who it is for (email)"))
        self.recipient_edit.setAccessibleName(self.tr("Recipient email"))
        self.generate_button = QPushButton(self.tr("Generate link"))
        self.generate_button.setObjectName("generateLinkButton")
        self.generate_button.setDefault(True)
        self.generate_button.clicked.connect(self._on_generate_button_clicked)
        self.save_button = QPushButton(self.tr("Save as page…"))
        self.save_button.setToolTip(self.tr("Write the page as one HTML file (no server needed)"))
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.message = QLabel()
        self.message.setObjectName("mutedText")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.links = QTreeWidget()
        self.links.setObjectName("shareLinks")
        self.links.setRootIsDecorated(False)
        self.links.setHeaderLabels([self.tr(column) for column in COLUMNS])
        self.links.setAccessibleName(self.tr("Share links"))
        header = self.links.header()
        for column in range(len(COLUMNS) - 1):  # the link takes what is left
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.links.itemSelectionChanged.connect(self._on_links_selection_changed)
        self.copy_button = QPushButton(self.tr("Copy link"))
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.revoke_button = QPushButton(self.tr("Revoke"))
        self.revoke_button.setObjectName("revokeLinkButton")
        self.revoke_button.clicked.connect(self._on_revoke_button_clicked)
        self._build()
        self.refresh()

    def _build(self) -> None:
        boxes = QVBoxLayout()
        for box in self.section_boxes.values():
            boxes.addWidget(box)
        form = QFormLayout()
        form.addRow(self.tr("Show"), boxes)
        form.addRow(self.tr("Expires after"), self.days_spin)
        form.addRow(self.tr("For"), self.recipient_edit)
        make = QHBoxLayout()
        make.addWidget(self.save_button)
        make.addStretch(1)
        make.addWidget(self.generate_button)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.copy_button)
        row.addWidget(self.revoke_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.addLayout(form)
        layout.addLayout(make)
        layout.addWidget(self.message)
        layout.addWidget(self.links, 1)
        layout.addLayout(row)
        layout.addWidget(close)
        self.resize(720, 560)

    def done(self, result: int) -> None:
        self._runner.shutdown()  # a link being made is finished first
        super().done(result)

    # -- state ------------------------------------------------------------------------------

    def sections(self) -> list[str]:
        return [name for name, box in self.section_boxes.items() if box.isChecked()]

    def refresh(self) -> Job:
        """List the candidate's links again (newest first), read on the worker."""
        cid = self._candidate_id
        job = self._runner.submit(self.tr("Share links"), lambda _job: self._sharing.links(cid))
        job.succeeded.connect(self._on_links_read)
        job.failed.connect(self.message.setText)
        return job

    def _on_links_read(self, listed: list[ShareLinkInfo]) -> None:
        self.links.clear()
        now = utcnow()
        for link in listed:
            state = link.state(now)
            item = QTreeWidgetItem(
                [
                    shown(state),
                    f"{link.expires_at:%Y-%m-%d %H:%M}",
                    ", ".join(shown(SECTION_NAMES.get(s, s)) for s in link.sections),
                    link.recipient,
                    link.url,
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, link.token)
            item.setData(0, STATE_ROLE, state)
            self.links.addTopLevelItem(item)
        self._on_links_selection_changed()

    def _selected(self) -> QTreeWidgetItem | None:
        items = self.links.selectedItems()
        return items[0] if items else None

    # -- slots ------------------------------------------------------------------------------

    def _on_section_toggled(self, _checked: bool) -> None:
        chosen = bool(self.sections())
        self.generate_button.setEnabled(chosen)
        self.save_button.setEnabled(chosen)

    def _on_links_selection_changed(self) -> None:
        item = self._selected()
        self.copy_button.setEnabled(item is not None)
        self.revoke_button.setEnabled(item is not None and item.data(0, STATE_ROLE) == "active")

    def _on_generate_button_clicked(self) -> None:
        sections, recipient = self.sections(), self.recipient_edit.text()
        days, cid = timedelta(days=self.days_spin.value()), self._candidate_id
        self.generate_button.setEnabled(False)
        self.message.setText(self.tr("Generating the link…"))
        job = self._runner.submit(  # off the UI thread: emailing the recipient may take a while
            self.tr("Share link"), lambda _job: self._sharing.create(cid, sections, days, recipient)
        )
        job.succeeded.connect(self._on_link_made)
        job.failed.connect(self.message.setText)
        job.finished.connect(self._on_generate_finished)

    def _on_generate_finished(self) -> None:
        self.generate_button.setEnabled(bool(self.sections()))

    def _on_link_made(self, link: ShareLinkInfo) -> None:
        QGuiApplication.clipboard().setText(link.url)
        text = self.tr("Link copied: {url}").format(url=link.url)
        if link.emailed == "sent":
            text += "\n" + self.tr("Emailed to {recipient}.").format(recipient=link.recipient)
        elif link.emailed:
            text += "\n" + self.tr("The email to {recipient} was {outcome}").format(
                recipient=link.recipient, outcome=link.emailed
            )
        self.message.setText(text)
        self.refresh()

    def _on_copy_button_clicked(self) -> None:
        item = self._selected()
        if item is not None:
            QGuiApplication.clipboard().setText(item.text(4))
            self.message.setText(self.tr("Link copied: {url}").format(url=item.text(4)))

    def _on_revoke_button_clicked(self) -> None:
        item = self._selected()
        if item is None:
            return
        token = str(item.data(0, Qt.ItemDataRole.UserRole))
        self.revoke_button.setEnabled(False)
        job = self._runner.submit(
            self.tr("Revoke share link"), lambda _job: self._sharing.revoke(token)
        )
        job.succeeded.connect(self._on_link_revoked)
        job.failed.connect(self.message.setText)

    def _on_link_revoked(self, _result: object) -> None:
        self.message.setText(self.tr("Link revoked: its page is gone."))
        self.refresh()

    def _on_save_button_clicked(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the profile as a page"),
            "candidate.html",
            self.tr("Web page (*.html)"),
        )
        if path:
            self.save_page(Path(path))

    def save_page(self, path: Path) -> Job:
        """Write the page with the chosen sections to ``path`` (on the worker)."""
        cid, sections = self._candidate_id, self.sections()
        job = self._runner.submit(
            self.tr("Save share page"), lambda _job: self._sharing.save_page(cid, path, sections)
        )
        saved_text, failed_text = self.tr("Saved {path}"), self.tr("Not saved: {reason}")
        job.succeeded.connect(lambda saved: self.message.setText(saved_text.format(path=saved)))
        job.failed.connect(lambda reason: self.message.setText(failed_text.format(reason=reason)))
        return job
