"""New Campaign / Edit Campaign: the fields of the Partner API's body, with the engine's
validation messages beside the fields they are about.

Title, purpose, call type, site, caller ID and time zone; the opening and closing messages,
the IVR questions or the AI call script (whichever the call type uses); the purpose's own
fields (``purpose_fields``); the schedule with its timeline (``schedule_fields``). Save
sends the body through :class:`OutboundActions`; a refusal keeps the dialog open with each
message beside its field. Editing cannot change purpose, site or time zone (the API's
update cannot either), and a campaign whose calling started keeps its schedule.
"""

from __future__ import annotations

from typing import Any
from zoneinfo import available_timezones

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from talkpush_desktop.engine.outbound.dto import CallerIdInfo, CompanyCampaignInfo, SiteInfo
from talkpush_desktop.engine.outbound.errors import OutboundError
from talkpush_desktop.engine.outbound.vocab import AI_CALL, PURPOSES
from talkpush_desktop.views.outbound.outbound_actions import OutboundActions
from talkpush_desktop.views.outbound.purpose_fields import PurposeFields
from talkpush_desktop.views.outbound.schedule_fields import ScheduleFields
from talkpush_desktop.views.outbound.vocabulary import (
    CALL_TYPE_NAMES,
    CALLER_STATUS_NAMES,
    PURPOSE_NAMES,
    START_STATUSES,
    name_in,
)
from talkpush_desktop.views.widgets.field_errors import FieldErrors
from talkpush_desktop.views.widgets.standard_buttons import name_buttons

DEFAULT_ZONE = "Asia/Manila"
MESSAGE_HEIGHT = 54


def scroll_bar_room(widget: QWidget) -> int:
    """The width a vertical scroll bar and the dialog's margins take beside its body."""
    return widget.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent) + 40


def _text(placeholder: str, height: int = MESSAGE_HEIGHT) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setPlaceholderText(placeholder)
    edit.setFixedHeight(height)
    edit.setTabChangesFocus(True)
    return edit


class CampaignForm(QDialog):
    """Create a campaign (``campaign`` None) or edit one.

    Signals:
        saved(CompanyCampaignInfo): the engine stored it; the dialog closes.
    """

    saved = Signal(object)

    def __init__(
        self,
        actions: OutboundActions,
        sites: list[SiteInfo],
        caller_ids: list[CallerIdInfo],
        campaign: CompanyCampaignInfo | None = None,
        parent: QWidget | None = None,
        *,
        default_zone: str = DEFAULT_ZONE,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("campaignForm")
        self._actions = actions
        self.campaign = campaign
        self.setWindowTitle(
            self.tr("Edit Campaign") if campaign else self.tr("New Company Campaign")
        )
        self.errors = FieldErrors()
        self._boxes: dict[str, QWidget] = {}
        self._build_fields(sites, caller_ids, default_zone)
        self.purpose_fields = PurposeFields(self.errors)
        self.schedule_fields = ScheduleFields(self.errors, self.zone.currentText)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        name_buttons(self.buttons)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(
            self.tr("Create Campaign") if campaign is None else self.tr("Save")
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._layout()
        self.purpose.currentIndexChanged.connect(self._on_purpose_changed)
        self.call_type.currentIndexChanged.connect(self._on_call_type_changed)
        self.zone.currentTextChanged.connect(lambda _t: self.schedule_fields.refresh_timeline())
        if campaign is not None:
            self._show_campaign(campaign)
        self._on_purpose_changed()
        self._on_call_type_changed()
        wide = self._body.sizeHint().width() + scroll_bar_room(self)  # longer labels fit
        self.resize(max(720, wide), 860)

    # -- building --------------------------------------------------------------------------

    def _build_fields(
        self, sites: list[SiteInfo], caller_ids: list[CallerIdInfo], zone: str
    ) -> None:
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Warehouse interest check \u2014 December"))
        self.purpose = QComboBox()
        for purpose in PURPOSES:
            self.purpose.addItem(name_in(PURPOSE_NAMES, purpose), purpose)
        self.purpose.setCurrentIndex(PURPOSES.index("INTEREST_CHECK"))
        self.call_type = QComboBox()
        for kind in CALL_TYPE_NAMES:
            self.call_type.addItem(name_in(CALL_TYPE_NAMES, kind), kind)
        self.site = QComboBox()
        for site in sites:
            place = ", ".join(filter(None, (site.city, site.country)))
            self.site.addItem(f"{site.name} ({place})" if place else site.name, site.id)
        self.caller_id = QComboBox()
        self.caller_id.setEditable(True)
        for caller in caller_ids:
            status = name_in(CALLER_STATUS_NAMES, caller.status, caller.status.lower())
            suffix = "" if caller.status == "VERIFIED" else f" ({status})"
            self.caller_id.addItem(f"{caller.phone_number}{suffix}", caller.phone_number)
        self.status = QComboBox()
        for status in START_STATUSES:
            self.status.addItem(name_in(START_STATUSES, status), status)
        self.zone = QComboBox()
        self.zone.setEditable(True)
        self.zone.addItems(sorted(available_timezones()))
        self.zone.setCurrentText(zone)
        self.opening = _text(
            self.tr("Said first. For an interest check: press 1 if interested, 2 if not")
        )
        self.closing = _text(self.tr("Said before hanging up"))
        self.questions = _text(self.tr("One question per line (answered on the keypad)"))
        self.script = _text(self.tr("What the AI caller says and asks, turn by turn"), 90)
        for widget, name in (
            (self.title, self.tr("Title")),
            (self.purpose, self.tr("Purpose")),
            (self.call_type, self.tr("Call type")),
            (self.site, self.tr("Company site")),
            (self.caller_id, self.tr("Caller ID")),
            (self.zone, self.tr("Time zone")),
            (self.status, self.tr("Status")),
            (self.opening, self.tr("Opening message")),
            (self.closing, self.tr("Closing message")),
            (self.questions, self.tr("IVR questions")),
            (self.script, self.tr("AI call script")),
        ):
            widget.setAccessibleName(name)

    def _row(self, form: QFormLayout, label: str, widget: QWidget, path: str) -> None:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(self.errors.label_for(path, label))
        form.addRow(label, box)
        self._boxes[path] = box

    def _layout(self) -> None:
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self.errors.general)
        general = QGroupBox(self.tr("Campaign"))
        form = QFormLayout(general)
        self._row(form, self.tr("Title"), self.title, "title")
        self._row(form, self.tr("Purpose"), self.purpose, "purposeType")
        self._row(form, self.tr("Call type"), self.call_type, "callType")
        self._row(form, self.tr("Company site"), self.site, "companySiteId")
        self._row(form, self.tr("Caller ID"), self.caller_id, "phoneNumber")
        self._row(form, self.tr("Time zone"), self.zone, "timezone")
        if self.campaign is None:
            self._row(form, self.tr("Status"), self.status, "status")
        column.addWidget(general)
        script = QGroupBox(self.tr("What the call says"))
        self.script_form = form = QFormLayout(script)
        self._row(form, self.tr("Opening message"), self.opening, "openingMessage")
        self._row(form, self.tr("Closing message"), self.closing, "closingMessage")
        self._row(form, self.tr("IVR questions"), self.questions, "questions")
        self._row(form, self.tr("AI call script"), self.script, "aiCallScript")
        column.addWidget(script)
        self.purpose_box = QGroupBox(self.tr("Job"))
        QVBoxLayout(self.purpose_box).addWidget(self.purpose_fields)
        column.addWidget(self.purpose_box)
        timing = QGroupBox(self.tr("Schedule"))
        QVBoxLayout(timing).addWidget(self.schedule_fields)
        column.addWidget(timing)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.buttons)
        self._body = body

    def _show_campaign(self, info: CompanyCampaignInfo) -> None:
        self.title.setText(info.title)
        self.purpose.setCurrentIndex(self.purpose.findData(info.purpose_type))
        self.call_type.setCurrentIndex(self.call_type.findData(info.call_type))
        index = self.site.findData(info.company_site_id)
        if index < 0:
            site = self.tr("Site {id}").format(id=info.company_site_id)
            self.site.addItem(site, info.company_site_id)
            index = self.site.count() - 1
        self.site.setCurrentIndex(index)
        index = self.caller_id.findData(info.phone_number)
        if index >= 0:
            self.caller_id.setCurrentIndex(index)
        else:
            self.caller_id.setEditText(info.phone_number)
        self.zone.setCurrentText(info.timezone)
        for widget in (self.purpose, self.site, self.zone):
            widget.setEnabled(False)
            widget.setToolTip(self.tr("Set when the campaign was created"))
        self.opening.setPlainText(info.opening_message)
        self.closing.setPlainText(info.closing_message)
        self.questions.setPlainText(
            "\n".join(
                str(q.get("text", q)) if isinstance(q, dict) else str(q) for q in info.questions
            )
        )
        self.script.setPlainText(info.ai_call_script)
        self.purpose_fields.show_values(info.job_details)
        self.schedule_fields.show_campaign(info)

    # -- the body --------------------------------------------------------------------------

    def _caller(self) -> str:
        index = self.caller_id.currentIndex()
        text = self.caller_id.currentText().strip()
        if index >= 0 and text == self.caller_id.itemText(index):
            return str(self.caller_id.itemData(index))
        return text

    def _calls(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "callType": self.call_type.currentData(),
            "openingMessage": self.opening.toPlainText().strip(),
            "closingMessage": self.closing.toPlainText().strip(),
        }
        if self.call_type.currentData() == AI_CALL:
            body["aiCallScript"] = self.script.toPlainText().strip()
        else:
            lines = self.questions.toPlainText().splitlines()
            body["questions"] = [{"text": q.strip()} for q in lines if q.strip()]
        return body

    def body(self) -> dict[str, Any]:
        """The create body (or, when editing, the update body) the fields make."""
        common = {
            "title": self.title.text().strip(),
            "phoneNumber": self._caller(),
            **self._calls(),
            "jobDetails": self.purpose_fields.job_details(),
        }
        if self.campaign is not None:
            return common | self.schedule_fields.changed_body()
        return (
            common
            | {
                "purposeType": self.purpose.currentData(),
                "companySiteId": self.site.currentData(),
                "timezone": self.zone.currentText().strip(),
                "status": self.status.currentData(),
            }
            | self.schedule_fields.schedule_body()
            | self.schedule_fields.dialing_body()
        )

    # -- slots -----------------------------------------------------------------------------

    def save(self) -> None:
        self.errors.clear()
        self.save_button.setEnabled(False)
        campaign_id = None if self.campaign is None else self.campaign.id
        job = self._actions.save_campaign(
            campaign_id, self.body(), self._on_saved, self._on_save_refused
        )
        job.finished.connect(self._on_save_finished)

    def _on_save_finished(self) -> None:
        if isValid(self):
            self.save_button.setEnabled(True)

    def _on_saved(self, info: CompanyCampaignInfo) -> None:
        self.campaign = info
        self.saved.emit(info)
        self.accept()

    def _on_save_refused(self, error: object) -> None:
        if isinstance(error, OutboundError) and isValid(self):
            self.errors.show(error.message, error.details)

    def _on_purpose_changed(self) -> None:
        purpose = str(self.purpose.currentData())
        self.purpose_fields.set_purpose(purpose)
        if purpose == "ASSESSMENT_REMINDER":
            title = self.tr("Assessment")
        else:
            title = self.tr("Job \u2014 {purpose}").format(
                purpose=name_in(PURPOSE_NAMES, purpose).lower()
            )
        self.purpose_box.setTitle(title)

    def _on_call_type_changed(self) -> None:
        ai = self.call_type.currentData() == AI_CALL
        self.script_form.setRowVisible(self._boxes["aiCallScript"], ai)
        self.script_form.setRowVisible(self._boxes["questions"], not ai)
