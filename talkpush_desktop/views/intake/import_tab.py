"""The CSV and Google Form/Sheet tabs of Add Candidate: file, mapping, preview, import, summary.

The same widget serves both tabs. The sheet tab always reads the Google Form layout, can
download a published sheet, and names the sheet (its key), so a later export of the same
sheet imports only the rows added since. "Send the invitation to N new candidates" (on
by default when the campaign's invitation templates are on) invites the imported candidates
by the engine's one invitation rule, like the command line without ``--no-invite``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from talkpush_desktop.engine.intake.column_mapping import ColumnMap
from talkpush_desktop.engine.intake.preview import CsvPreview
from talkpush_desktop.views.i18n import QT_TRANSLATE_NOOP
from talkpush_desktop.views.intake.column_mapping_form import ColumnMappingForm
from talkpush_desktop.views.intake.import_preview_model import ImportPreviewModel
from talkpush_desktop.views.intake.operations import IntakeActions
from talkpush_desktop.views.widgets.background import Job
from talkpush_desktop.views.widgets.file_drop_zone import FileDropZone
from talkpush_desktop.views.widgets.formatting import count_text

FORMATS = (
    (QT_TRANSLATE_NOOP("ImportTab", "Talkpush CSV"), "talkpush"),
    (QT_TRANSLATE_NOOP("ImportTab", "Google Form export"), "google-form"),
)
DELIMITERS = {
    ",": QT_TRANSLATE_NOOP("ImportTab", "comma"),
    ";": QT_TRANSLATE_NOOP("ImportTab", "semicolon"),
    "\t": QT_TRANSLATE_NOOP("ImportTab", "tab"),
    "|": QT_TRANSLATE_NOOP("ImportTab", "pipe"),
}
ENCODINGS = {
    "utf-8": "UTF-8",
    "utf-8-sig": QT_TRANSLATE_NOOP("ImportTab", "UTF-8 with BOM"),
    "utf-16": "UTF-16",
    "utf-16-le": "UTF-16",
    "utf-16-be": "UTF-16",
    "utf-32": "UTF-32",
    "cp1252": "Windows-1252",
    "latin-1": "Latin-1",
}
COLUMN_MAX_WIDTH = 240
CSV_HINT = QT_TRANSLATE_NOOP(
    "ImportTab",
    "Columns: first name, last name, email, country code, phone number, referee. The header "
    "row is optional, and titled columns are recognised in any order. You can check and "
    "change which column feeds which field before importing.",
)
SHEET_HINT = QT_TRANSLATE_NOOP(
    "ImportTab",
    "Download the sheet as CSV (File \u2192 Download \u2192 CSV) "
    "and drop it here, or paste its published CSV link. Columns follow the Google Form: "
    "timestamp, full name, email, phone, then location, education, experience and the "
    "referee's details. Importing the same sheet again adds only the rows added since.",
)


def _translated(text: str) -> str:
    return QCoreApplication.translate("ImportTab", text)


class ImportTab(QWidget):
    """Choose a file, check the mapping on a preview of its first rows, import it.

    Signals:
        import_finished(object): an import ended (its ImportSummary).
    """

    import_finished = Signal(object)

    def __init__(self, intake: IntakeActions, *, sheet: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self._intake = intake
        self.sheet = sheet
        self._campaign: int | None = None
        self._path: Path | None = None
        self._mapping: ColumnMap | None = None
        self._preview: CsvPreview | None = None
        self._preview_job: Job | None = None
        self._preview_again = False
        self.import_job: Job | None = None
        self.rejects_report = ""
        self._build()

    # -- building --------------------------------------------------------------------------

    def _build(self) -> None:
        self.drop_zone = self._drop_zone()
        self.drop_zone.file_chosen.connect(self.load_file)
        self.format_combo = QComboBox()
        self.format_combo.setAccessibleName(self.tr("File format"))
        for text, fmt in FORMATS:
            self.format_combo.addItem(self.tr(text), fmt)
        self.format_combo.currentIndexChanged.connect(self._on_format_combo_changed)
        self.url_edit = QLineEdit()
        self.url_edit.setAccessibleName(self.tr("Published sheet link"))
        self.url_edit.setPlaceholderText(self.tr("or paste the sheet's published CSV link"))
        self.download_button = QPushButton(self.tr("Download"))
        self.download_button.setAccessibleName(self.tr("Download the sheet"))
        self.download_button.clicked.connect(self._on_download_button_clicked)
        self.sheet_key_edit = QLineEdit()
        self.sheet_key_edit.setAccessibleName(self.tr("Sheet name"))
        self.sheet_key_edit.setPlaceholderText(
            self.tr("Sheet name (remembers which rows are imported)")
        )
        self.sheet_key_edit.editingFinished.connect(self._request_preview)
        self.info_label = _label("importInfo", wrap=True)
        self.mapping_form = ColumnMappingForm()
        self.mapping_form.mapping_changed.connect(self._on_mapping_form_mapping_changed)
        self.preview_model = ImportPreviewModel(self)
        self.preview_table = self._preview_table()
        self.progress_bar = QProgressBar()
        self.progress_bar.setAccessibleName(self.tr("Import progress"))
        self.progress_bar.setTextVisible(False)
        self.progress_label = _label("importProgress")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the import"))
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.invite_check = QCheckBox()
        self.invite_check.setAccessibleName(self.tr("Send the invitation to the new candidates"))
        self.invite_check.setChecked(True)
        self.invite_check.toggled.connect(self._on_invite_check_toggled)
        self._invite_wanted = True
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setObjectName("primaryButton")
        self.import_button.setAccessibleName(self.tr("Import the file"))
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.summary_label = _label("importSummary", wrap=True)
        self.rejects_button = QPushButton(self.tr("Open rejects report"))
        self.rejects_button.setAccessibleName(self.tr("Open the rejects report"))
        self.rejects_button.clicked.connect(self._on_rejects_button_clicked)
        self._layout()
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)  # Return in a field must not import or browse
        self._set_busy(False)
        self._show_summary(None)
        self._show_preview_parts(False)
        self.info_label.setText(self.tr(SHEET_HINT if self.sheet else CSV_HINT))

    def _drop_zone(self) -> FileDropZone:
        if self.sheet:
            prompt = self.tr("Drop the sheet's CSV export here")
        else:
            prompt = self.tr("Drop a CSV file here")
        return FileDropZone(prompt, self.tr("CSV files (*.csv *.tsv *.txt);;All files (*)"))

    def _preview_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("previewTable")
        table.setAccessibleName(self.tr("Preview of the first rows"))
        table.setModel(self.preview_model)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)
        return table

    def _layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(10)
        layout.addWidget(self.drop_zone)
        source = QHBoxLayout()
        if self.sheet:
            source.addWidget(self.url_edit, 1)
            source.addWidget(self.download_button)
            layout.addLayout(source)
            layout.addWidget(self.sheet_key_edit)
            self.format_combo.hide()
        else:
            source.addWidget(_label("fieldName", self.tr("Format")))
            source.addWidget(self.format_combo)
            source.addStretch(1)
            layout.addLayout(source)
            for widget in (self.url_edit, self.download_button, self.sheet_key_edit):
                widget.hide()
        layout.addWidget(self.info_label)
        layout.addSpacing(4)
        columns = _label("sectionTitle", self.tr("COLUMNS"))
        preview = _label("sectionTitle", self.tr("PREVIEW"))
        self._preview_parts: tuple[QWidget, ...] = (
            columns,
            self.mapping_form,
            preview,
            self.preview_table,
            self.invite_check,
        )
        for part in self._preview_parts:
            layout.addWidget(part, 1 if part is self.preview_table else 0)
        layout.addStretch(0)
        result = QHBoxLayout()
        result.addWidget(self.summary_label, 1)
        result.addWidget(self.rejects_button)
        layout.addLayout(result)
        actions = QHBoxLayout()
        actions.addWidget(self.progress_label)
        actions.addWidget(self.progress_bar, 1)
        actions.addWidget(self.cancel_button)
        actions.addStretch(0)
        actions.addWidget(self.import_button)
        layout.addLayout(actions)

    # -- what the dialog asks --------------------------------------------------------------

    @property
    def fmt(self) -> str:
        return "google-form" if self.sheet else str(self.format_combo.currentData())

    @property
    def preview(self) -> CsvPreview | None:
        return self._preview

    def set_campaign(self, campaign_id: int | None) -> None:
        self._campaign = campaign_id
        self._request_preview()

    def load_file(self, path: Path) -> None:
        """Show ``path``'s layout, guessed mapping and first rows."""
        self._path = Path(path)
        self._mapping = None
        self.drop_zone.show_file(self._path)
        self._show_summary(None)
        self._request_preview()

    def set_mapping(self, mapping: ColumnMap) -> None:
        """Choose columns for fields (as if picked in the combos), then preview again."""
        self._mapping = {**(self._mapping or {}), **mapping}
        self._request_preview()

    # -- preview ---------------------------------------------------------------------------

    def _request_preview(self) -> None:
        if self._path is None:
            return
        if self._preview_job is not None:
            self._preview_again = True
            return
        self.info_label.setText(self.tr("Reading the file\u2026"))
        job = self._intake.preview(
            self._path,
            self.fmt,
            self._mapping,
            campaign=self._campaign,
            sheet_key=self._sheet_key(),
        )
        job.succeeded.connect(self._on_preview_job_succeeded)
        job.failed.connect(self._on_preview_job_failed)
        job.finished.connect(self._on_preview_job_finished)
        self._preview_job = job

    def _on_preview_job_succeeded(self, preview: CsvPreview) -> None:
        self._preview = preview
        self._mapping = dict(preview.mapping)
        self.mapping_form.show_mapping(preview.fields, preview.columns, preview.mapping)
        self.preview_model.set_preview(preview)
        self.preview_table.resizeColumnsToContents()
        header = self.preview_table.horizontalHeader()
        for column in range(header.count()):
            header.resizeSection(column, min(header.sectionSize(column), COLUMN_MAX_WIDTH))
        self.info_label.setText(_describe(preview, self.sheet))
        self._show_preview_parts(True)
        self._show_invitation(preview.new_rows)
        self._set_busy(False)

    def _on_preview_job_failed(self, reason: str) -> None:
        self._preview = None
        self.preview_model.set_preview(None)
        self.info_label.setText(reason)
        self._set_busy(False)

    def _on_preview_job_finished(self) -> None:
        self._preview_job = None
        if self._preview_again:
            self._preview_again = False
            self._request_preview()

    def _on_mapping_form_mapping_changed(self) -> None:
        self._mapping = self.mapping_form.mapping()
        self._request_preview()

    def _on_format_combo_changed(self, _index: int) -> None:
        self._mapping = None
        self._request_preview()

    # -- import ----------------------------------------------------------------------------

    def _on_import_button_clicked(self) -> None:
        if self._path is None or self._campaign is None or self._preview is None:
            return
        self._show_summary(None)
        job = self._intake.import_file(
            self._path,
            self._campaign,
            self.fmt,
            self._mapping,
            sheet_key=self._sheet_key(),
            expected_rows=self._preview.new_rows,
            invite=self.invite_check.isEnabled() and self.invite_check.isChecked(),
        )
        job.progressed.connect(self._on_import_job_progressed)
        job.succeeded.connect(self._on_import_job_succeeded)
        job.failed.connect(self._on_import_job_failed)
        job.finished.connect(self._on_import_job_finished)
        self.import_job = job
        self._set_busy(True)
        self.progress_label.setText(self.tr("Waiting\u2026"))

    def _on_import_job_progressed(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, total if total > 0 else 0)
        self.progress_bar.setValue(min(done, total))
        if total:
            shown = self.tr("{done} of {total} rows").format(
                done=count_text(done), total=count_text(total)
            )
        else:
            shown = self.tr("{done} rows").format(done=count_text(done))
        self.progress_label.setText(shown)

    def _on_import_job_succeeded(self, summary: Any) -> None:
        self._show_summary(summary)
        self.import_finished.emit(summary)
        if self.sheet:
            self._request_preview()  # the counts of rows already imported changed

    def _on_import_job_failed(self, reason: str) -> None:
        self.summary_label.setText(self.tr("Not imported: {reason}").format(reason=reason))
        self.summary_label.show()

    def _on_import_job_finished(self) -> None:
        self.import_job = None
        self._set_busy(False)

    def _on_cancel_button_clicked(self) -> None:
        if self.import_job is not None:
            self.import_job.cancel()
            self.cancel_button.setEnabled(False)
            self.progress_label.setText(self.tr("Cancelling\u2026"))

    def _on_rejects_button_clicked(self) -> None:
        if self.rejects_report:
            QDesktopServices.openUrl(QUrl.fromLocalFile(self.rejects_report))

    def _on_invite_check_toggled(self, checked: bool) -> None:
        if self.invite_check.isEnabled():
            self._invite_wanted = checked

    def _show_invitation(self, new_rows: int) -> None:
        """The invitation box: on (or as the recruiter left it) when the campaign invites."""
        enabled = self._campaign is not None and self._intake.invitations_enabled(self._campaign)
        self.invite_check.setEnabled(enabled)
        self.invite_check.setChecked(enabled and self._invite_wanted)
        if not enabled:
            shown = self.tr("No invitation: the campaign's invitation templates are off")
        elif new_rows == 1:
            shown = self.tr("Send the invitation to 1 new candidate")
        else:
            shown = self.tr("Send the invitation to {count} new candidates").format(
                count=count_text(new_rows)
            )
        self.invite_check.setText(shown)

    # -- sheet download --------------------------------------------------------------------

    def _on_download_button_clicked(self) -> None:
        url = self.url_edit.text().strip()
        if not url:
            return
        if not self.sheet_key_edit.text().strip():
            self.sheet_key_edit.setText(url)  # a later download of this link is the same sheet
        self.download_button.setEnabled(False)
        self.info_label.setText(self.tr("Downloading the sheet\u2026"))
        job = self._intake.download_sheet(url)
        job.succeeded.connect(self.load_file)
        job.failed.connect(self.info_label.setText)
        job.finished.connect(lambda: self.download_button.setEnabled(True))

    # -- state -----------------------------------------------------------------------------

    def _sheet_key(self) -> str | None:
        return (self.sheet_key_edit.text().strip() or None) if self.sheet else None

    def _set_busy(self, importing: bool) -> None:
        ready = self._preview is not None and self._preview.new_rows > 0
        rows = self._preview.new_rows if self._preview else 0
        if not ready:
            shown = self.tr("Import")
        elif rows == 1:
            shown = self.tr("Import 1 row")
        else:
            shown = self.tr("Import {count} rows").format(count=count_text(rows))
        self.import_button.setText(shown)
        self.import_button.setEnabled(not importing and ready and self._campaign is not None)
        for widget in (self.progress_bar, self.progress_label, self.cancel_button):
            widget.setVisible(importing)
        self.cancel_button.setEnabled(importing)
        self.drop_zone.setEnabled(not importing)
        self.mapping_form.setEnabled(not importing)
        self.invite_check.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, importing)

    def _show_preview_parts(self, shown: bool) -> None:
        for widget in self._preview_parts:
            widget.setVisible(shown)

    def _show_summary(self, summary: Any) -> None:
        self.rejects_report = summary.rejects_report if summary else ""
        skipped = bool(
            summary and (summary.rejected or summary.duplicates or summary.warning_count)
        )
        self.rejects_button.setVisible(skipped)
        self.summary_label.setVisible(summary is not None)
        if summary is not None:
            self.summary_label.setText(_summary_text(summary))


def _label(name: str, text: str = "", *, wrap: bool = False) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(wrap)
    return label


def _describe(preview: CsvPreview, sheet: bool) -> str:
    """ "UTF-8 · semicolon · header row · 1,204 rows" (and the sheet's progress)."""
    delimiter = DELIMITERS.get(preview.delimiter)
    parts = [
        _translated(ENCODINGS.get(preview.encoding, preview.encoding)),
        _translated(delimiter) if delimiter else repr(preview.delimiter),
        QCoreApplication.translate("ImportTab", "header row")
        if preview.header
        else QCoreApplication.translate("ImportTab", "no header row"),
        _rows(preview.data_rows),
    ]
    text = " \N{MIDDLE DOT} ".join(parts)
    if sheet:
        text += " \N{EM DASH} " + QCoreApplication.translate(
            "ImportTab", "{imported} already imported, {new} new"
        ).format(imported=count_text(preview.already_imported), new=count_text(preview.new_rows))
    rejected = sum(not row.ok for row in preview.rows)
    if rejected:
        text += ". " + QCoreApplication.translate(
            "ImportTab", "{rejected} of the first {count} will be rejected."
        ).format(rejected=count_text(rejected), count=count_text(len(preview.rows)))
    if preview.warning_count:
        warned = preview.warning_count
        if warned == 1:
            text += " " + QCoreApplication.translate("ImportTab", "1 row with warnings: check it.")
        else:
            text += " " + QCoreApplication.translate(
                "ImportTab", "{count} rows with warnings: check them."
            ).format(count=count_text(warned))
    return text


def _rows(n: int) -> str:
    return (
        QCoreApplication.translate("ImportTab", "1 row")
        if n == 1
        else QCoreApplication.translate("ImportTab", "{count} rows").format(count=count_text(n))
    )


def _summary_text(summary: Any) -> str:
    done = ""
    if summary.status == "cancelled":
        done = QCoreApplication.translate("ImportTab", "Cancelled after {count} rows: ").format(
            count=count_text(summary.rows_read)
        )
    warned = ""
    if summary.warning_count == 1:
        warned = " \N{MIDDLE DOT} " + QCoreApplication.translate(
            "ImportTab", "1 warning (see the report)"
        )
    elif summary.warning_count:
        warned = " \N{MIDDLE DOT} " + QCoreApplication.translate(
            "ImportTab", "{count} warnings (see the report)"
        ).format(count=count_text(summary.warning_count))
    text = done + QCoreApplication.translate(
        "ImportTab", "{imported} imported \u00b7 {duplicates} duplicates \u00b7 {rejected} rejected"
    ).format(
        imported=count_text(summary.imported),
        duplicates=count_text(summary.duplicates),
        rejected=count_text(summary.rejected),
    )
    text += warned
    if summary.invited is None:
        return text
    invited = summary.imported - len(summary.not_invited or ())
    text += " \N{MIDDLE DOT} " + QCoreApplication.translate("ImportTab", "{count} invited").format(
        count=count_text(invited)
    )
    if summary.not_invited:
        text += ", " + QCoreApplication.translate(
            "ImportTab", "{count} not (see No Campaign Invitation)"
        ).format(count=count_text(len(summary.not_invited)))
    return text
