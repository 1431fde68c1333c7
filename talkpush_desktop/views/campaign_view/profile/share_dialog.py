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
from talkpush_desktop.views.widgets.background import BackgroundRunner, Job

SECTION_TEXT = {
    "contact": "Contact details",
    "responses": "Responses (audio and transcripts)",
    "conversation": "Conversation",
    "labels": "Labels",
    "cv": "CV",
}
COLUMNS = ("State", "Expires (UTC)", "Sections", "Recipient", "Link")


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
        self.setWindowTitle(f"Share {candidate_name or 'candidate'}")
        self._sharing, self._candidate_id = sharing, candidate_id
        self._runner = BackgroundRunner(self)
        self.section_boxes = {name: QCheckBox(SECTION_TEXT[name]) for name in SECTIONS}
        for box in self.section_boxes.values():
            box.setChecked(True)
            box.toggled.connect(self._on_section_toggled)
        self.days_spin = QSpinBox()
        self.days_spin.setRange(1, 365)
        self.days_spin.setValue(7)
        self.days_spin.setSuffix(" days")
        self.days_spin.setAccessibleName("Link expires after")
        self.days_spin.setMaximumWidth(140)
        self.recipient_edit = QLineEdit()
        self.recipient_edit.setPlaceholderText("optional: who it is for (email)")
        self.recipient_edit.setAccessibleName("Recipient email")
        self.generate_button = QPushButton("Generate link")
        self.generate_button.setObjectName("generateLinkButton")
        self.generate_button.setDefault(True)
        self.generate_button.clicked.connect(self._on_generate_button_clicked)
        self.save_button = QPushButton("Save as page\N{HORIZONTAL ELLIPSIS}")
        self.save_button.setToolTip("Write the page as one HTML file (no server needed)")
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.message = QLabel()
        self.message.setObjectName("mutedText")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.links = QTreeWidget()
        self.links.setObjectName("shareLinks")
        self.links.setRootIsDecorated(False)
        self.links.setHeaderLabels(list(COLUMNS))
        self.links.setAccessibleName("Share links")
        header = self.links.header()
        for column in range(len(COLUMNS) - 1):  # the link takes what is left
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.links.itemSelectionChanged.connect(self._on_links_selection_changed)
        self.copy_button = QPushButton("Copy link")
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.revoke_button = QPushButton("Revoke")
        self.revoke_button.setObjectName("revokeLinkButton")
        self.revoke_button.clicked.connect(self._on_revoke_button_clicked)
        self._build()
        self.refresh()

    def _build(self) -> None:
        boxes = QVBoxLayout()
        for box in self.section_boxes.values():
            boxes.addWidget(box)
        form = QFormLayout()
        form.addRow("Show", boxes)
        form.addRow("Expires after", self.days_spin)
        form.addRow("For", self.recipient_edit)
        make = QHBoxLayout()
        make.addWidget(self.save_button)
        make.addStretch(1)
        make.addWidget(self.generate_button)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.copy_button)
        row.addWidget(self.revoke_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
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
        job = self._runner.submit("Share links", lambda _job: self._sharing.links(cid))
        job.succeeded.connect(self._on_links_read)
        job.failed.connect(self.message.setText)
        return job

    def _on_links_read(self, shown: list[ShareLinkInfo]) -> None:
        self.links.clear()
        now = utcnow()
        for link in shown:
            item = QTreeWidgetItem(
                [
                    link.state(now),
                    f"{link.expires_at:%Y-%m-%d %H:%M}",
                    ", ".join(link.sections),
                    link.recipient,
                    link.url,
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, link.token)
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
        self.revoke_button.setEnabled(item is not None and item.text(0) == "active")

    def _on_generate_button_clicked(self) -> None:
        sections, recipient = self.sections(), self.recipient_edit.text()
        days, cid = timedelta(days=self.days_spin.value()), self._candidate_id
        self.generate_button.setEnabled(False)
        self.message.setText("Generating the link\N{HORIZONTAL ELLIPSIS}")
        job = self._runner.submit(  # off the UI thread: emailing the recipient may take a while
            "Share link", lambda _job: self._sharing.create(cid, sections, days, recipient)
        )
        job.succeeded.connect(self._on_link_made)
        job.failed.connect(self.message.setText)
        job.finished.connect(self._on_generate_finished)

    def _on_generate_finished(self) -> None:
        self.generate_button.setEnabled(bool(self.sections()))

    def _on_link_made(self, link: ShareLinkInfo) -> None:
        QGuiApplication.clipboard().setText(link.url)
        text = f"Link copied: {link.url}"
        if link.emailed == "sent":
            text += f"\nEmailed to {link.recipient}."
        elif link.emailed:
            text += f"\nThe email to {link.recipient} was {link.emailed}"
        self.message.setText(text)
        self.refresh()

    def _on_copy_button_clicked(self) -> None:
        item = self._selected()
        if item is not None:
            QGuiApplication.clipboard().setText(item.text(4))
            self.message.setText(f"Link copied: {item.text(4)}")

    def _on_revoke_button_clicked(self) -> None:
        item = self._selected()
        if item is None:
            return
        token = str(item.data(0, Qt.ItemDataRole.UserRole))
        self.revoke_button.setEnabled(False)
        job = self._runner.submit("Revoke share link", lambda _job: self._sharing.revoke(token))
        job.succeeded.connect(self._on_link_revoked)
        job.failed.connect(self.message.setText)

    def _on_link_revoked(self, _result: object) -> None:
        self.message.setText("Link revoked: its page is gone.")
        self.refresh()

    def _on_save_button_clicked(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, "Save the profile as a page", "candidate.html", "Web page (*.html)"
        )
        if path:
            self.save_page(Path(path))

    def save_page(self, path: Path) -> Job:
        """Write the page with the chosen sections to ``path`` (on the worker)."""
        cid, sections = self._candidate_id, self.sections()
        job = self._runner.submit(
            "Save share page", lambda _job: self._sharing.save_page(cid, path, sections)
        )
        job.succeeded.connect(lambda saved: self.message.setText(f"Saved {saved}"))
        job.failed.connect(lambda reason: self.message.setText(f"Not saved: {reason}"))
        return job
