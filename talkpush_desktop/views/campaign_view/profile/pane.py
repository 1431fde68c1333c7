"""The right pane: the candidate's profile and the four folder buttons."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QGuiApplication,
)
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from talkpush_desktop.engine.dto import AtsPushInfo, CandidateDetail
from talkpush_desktop.views.campaign_view.navigation_pane import section_title
from talkpush_desktop.views.campaign_view.profile.parts import (
    Avatar,
    ButtonGrid,
    FitWidthScrollArea,
    action_button,
    tool_button,
)
from talkpush_desktop.views.campaign_view.profile.sections import (
    KeyValueSection,
    LabelChips,
    ResponsesSection,
    value_field,
)
from talkpush_desktop.views.campaign_view.vocabulary import event_text, folder_text, shown
from talkpush_desktop.views.chat.local_dates import day_month_year, long_date
from talkpush_desktop.views.i18n import QT_TRANSLATE_NOOP
from talkpush_desktop.views.widgets.flow_layout import FlowLayout
from talkpush_desktop.views.widgets.value_field import ValueField

MOVE_BUTTONS = (
    (QT_TRANSLATE_NOOP("ProfilePane", "Shortlist"), "Shortlisted", "shortlistButton"),
    (QT_TRANSLATE_NOOP("ProfilePane", "Reject"), "Rejected", "rejectButton"),
    (QT_TRANSLATE_NOOP("ProfilePane", "On Hold"), "On Hold", "holdButton"),
    (QT_TRANSLATE_NOOP("ProfilePane", "Hire"), "Hired", "hireButton"),
)
"""(button text, target folder, object name) in the order of the web console."""
STOP_BOT = QT_TRANSLATE_NOOP("ProfilePane", "Stop bot")
RESUME_BOT = QT_TRANSLATE_NOOP("ProfilePane", "Resume bot")

DETAIL_FIELDS = (
    QT_TRANSLATE_NOOP("ProfilePane", "Campaign"),
    QT_TRANSLATE_NOOP("ProfilePane", "Source"),
    QT_TRANSLATE_NOOP("ProfilePane", "Added"),
    QT_TRANSLATE_NOOP("ProfilePane", "Completed"),
    QT_TRANSLATE_NOOP("ProfilePane", "Email"),
    QT_TRANSLATE_NOOP("ProfilePane", "Phone"),
    QT_TRANSLATE_NOOP("ProfilePane", "School"),
    QT_TRANSLATE_NOOP("ProfilePane", "Gender"),
    QT_TRANSLATE_NOOP("ProfilePane", "PIN code"),
)
"""The details' names (also the keys of ``ProfilePane.values``), shown translated."""
REFEREE_FIELDS = (
    ("first_name", QT_TRANSLATE_NOOP("ProfilePane", "First name")),
    ("last_name", QT_TRANSLATE_NOOP("ProfilePane", "Last name")),
    ("id", QT_TRANSLATE_NOOP("ProfilePane", "Employee ID")),
    ("email", QT_TRANSLATE_NOOP("ProfilePane", "Email")),
    ("mobile", QT_TRANSLATE_NOOP("ProfilePane", "Mobile")),
    ("account", QT_TRANSLATE_NOOP("ProfilePane", "Account")),
)
AVATAR_SIZE = 60
PAGE_MARGIN = 22
NOTHING = "\N{EM DASH}"
ATS_PUSHES_SHOWN = 5


class ProfilePane(QWidget):
    """Name, candidate ID, details, referee, other answers, CV, labels, interview, folder buttons.

    Signals:
        move_requested(str): a folder button was pressed; carries the target folder.
        label_add_requested(str): add this label to the candidate.
        label_remove_requested(str): remove this label from the candidate.
        robocall_requested: call the candidate for the phone interview.
        invite_requested: send the campaign's invitation to the candidate.
        bot_stop_requested(bool): stop (True) or resume (False) the interview bot.
        assessment_requested: invite the candidate to an assessment.
        share_requested: share the profile through a link (the Sharing dialog).
    """

    move_requested = Signal(str)
    label_add_requested = Signal(str)
    label_remove_requested = Signal(str)
    robocall_requested = Signal()
    invite_requested = Signal()
    bot_stop_requested = Signal(bool)
    assessment_requested = Signal()
    share_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profilePane")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)  # paint the QSS background
        self.avatar = Avatar(AVATAR_SIZE)
        self.name_label = QLabel()
        self.name_label.setObjectName("profileName")
        self.name_label.setWordWrap(True)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.id_label = QLabel()
        self.id_label.setObjectName("candidateId")
        self.id_label.setAccessibleName(self.tr("Candidate ID"))
        self.id_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.id_label.setCursor(Qt.CursorShape.IBeamCursor)
        self.folder_label = QLabel()
        self.folder_label.setObjectName("folderPill")
        self.invitation_label = _invitation_label()
        self.buttons: dict[str, QPushButton] = {}
        self.copy_id_button = tool_button("copyIdButton", "copy", self.tr("Copy candidate ID"))
        self.copy_id_button.setToolTip(self.tr("Copy the candidate ID"))
        self.copy_id_button.clicked.connect(self.copy_id)
        self.cv_button = tool_button("cvButton", "document", self.tr("Open CV"))
        self.cv_button.setText(self.tr("CV"))
        self.cv_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.cv_button.clicked.connect(self._on_cv_button_clicked)
        self._create_actions()
        self.values: dict[str, ValueField] = {name: value_field() for name in DETAIL_FIELDS}
        for name, label in self.values.items():
            label.setAccessibleName(self.tr(name))
        self.label_chips = LabelChips()
        self.label_chips.add_requested.connect(self.label_add_requested)
        self.label_chips.remove_requested.connect(self.label_remove_requested)
        titles = (
            self.tr("Referee"),
            self.tr("More answers"),
            self.tr("Experience and links"),
            self.tr("ATS push"),
        )
        self.referee_section, self.others_section, self.experience_section, self.ats_section = (
            KeyValueSection(title) for title in titles
        )
        self.responses_section = ResponsesSection()
        self.responses_section.play_requested.connect(self._open_file)
        self._resolve_file: Callable[[str], Path | None] = lambda _stored: None
        self._cv_file: Path | None = None
        self.empty_label = QLabel(self.tr("Select a candidate to see their profile."))
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self._build_profile())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.setMinimumWidth(self._buttons_row.minimumSizeHint().width() + 2 * PAGE_MARGIN + 12)
        self._detail: CandidateDetail | None = None
        self.show_candidate(None)

    def _create_actions(self) -> None:
        """Phone interview, Send invitation and Stop bot / Resume bot."""
        self.robocall_button = action_button("robocallButton", "channel-voice", self.tr("Robocall"))
        self.robocall_button.setAccessibleName(self.tr("Robocall: call for the phone interview"))
        self.robocall_button.clicked.connect(self.robocall_requested)
        self.invite_button = action_button("inviteButton", "invite", self.tr("Invite"))
        self.invite_button.setAccessibleName(self.tr("Send invitation"))
        self.invite_button.setToolTip(self.tr("Send the campaign's invitation (its SMS and email)"))
        self.invite_button.clicked.connect(self.invite_requested)
        self.bot_button = action_button("botButton", "robot", self.tr(STOP_BOT))
        self.bot_button.clicked.connect(self._on_bot_button_clicked)
        self.assessment_button = action_button(
            "assessmentButton", "document", self.tr("Assessment")
        )
        self.assessment_button.setAccessibleName(self.tr("Invite to assessment"))
        self.assessment_button.setToolTip(
            self.tr(
                "Record an invitation to an assessment (its assessment campaigns may add a lead)"
            )
        )
        self.assessment_button.clicked.connect(self.assessment_requested)
        self.share_button = action_button("shareButton", "copy", self.tr("Share"))
        self.share_button.setAccessibleName(self.tr("Sharing: generate a link to this profile"))
        self.share_button.setToolTip(self.tr("Share the profile with someone who has no account"))
        self.share_button.clicked.connect(self.share_requested)

    def _build_profile(self) -> QScrollArea:
        page = QWidget()
        page.setObjectName("profilePage")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN)
        layout.setSpacing(0)
        layout.addLayout(self._build_identity())
        layout.addSpacing(8)
        layout.addWidget(self.invitation_label)
        layout.addSpacing(10)
        self._buttons_row = self._build_buttons()
        layout.addWidget(self._buttons_row)
        layout.addSpacing(10)
        layout.addLayout(self._build_actions())
        layout.addSpacing(22)
        layout.addWidget(section_title(self.tr("Details")))
        layout.addSpacing(8)
        layout.addLayout(self._build_details())
        layout.addSpacing(22)
        layout.addWidget(section_title(self.tr("Labels")))
        layout.addSpacing(8)
        layout.addWidget(self.label_chips)
        self.cv_text_section = KeyValueSection(self.tr("CV text"))
        for section in (
            self.referee_section,
            self.others_section,
            self.experience_section,
            self.ats_section,
            self.cv_text_section,
            self.responses_section,
        ):
            layout.addWidget(section)
        layout.addStretch(1)
        scroll = FitWidthScrollArea()
        scroll.setObjectName("profileScroll")
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(page)
        return scroll

    def _build_identity(self) -> QHBoxLayout:
        text = QVBoxLayout()
        text.setSpacing(3)
        text.addWidget(self.name_label)
        id_row = QHBoxLayout()
        id_row.setSpacing(2)
        id_row.addWidget(self.id_label)
        id_row.addWidget(self.copy_id_button)
        id_row.addStretch(1)
        id_row.addWidget(self.cv_button)
        text.addLayout(id_row)
        pill_row = QHBoxLayout()
        pill_row.addWidget(self.folder_label)
        pill_row.addStretch(1)
        text.addSpacing(4)
        text.addLayout(pill_row)
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)
        return row

    def _build_buttons(self) -> ButtonGrid:
        row = ButtonGrid()
        for text, folder, object_name in MOVE_BUTTONS:
            button = QPushButton(self.tr(text))
            button.setObjectName(object_name)
            button.setProperty("role", "move")
            move_to = self.tr("Move to {folder}").format(folder=folder_text(folder))
            button.setAccessibleName(move_to)
            button.setToolTip(move_to)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _=False, f=folder: self.move_requested.emit(f))
            self.buttons[folder] = button
            row.add(button)
        return row

    def _build_actions(self) -> FlowLayout:
        row = FlowLayout(spacing=6)
        buttons = (self.robocall_button, self.invite_button, self.bot_button)
        for button in (*buttons, self.assessment_button, self.share_button):
            row.addWidget(button)
        return row

    def _build_details(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(10)
        grid.setColumnStretch(1, 1)
        for r, name in enumerate(DETAIL_FIELDS):
            key = QLabel(self.tr(name))
            key.setObjectName("fieldName")
            key.setBuddy(self.values[name])
            grid.addWidget(key, r, 0)
            grid.addWidget(self.values[name], r, 1)
        return grid

    # -- content ---------------------------------------------------------------------------

    @property
    def candidate_id(self) -> int | None:
        return self._detail.row.id if self._detail else None

    @property
    def folder(self) -> str | None:
        """The folder the shown candidate is in (as last read)."""
        return self._detail.row.folder if self._detail else None

    def set_file_resolver(self, resolve: Callable[[str], Path | None]) -> None:
        """How a stored file name (CV, recording) becomes a file on this computer, if it is one."""
        self._resolve_file = resolve

    def set_label_choices(self, names: Sequence[str], automatic: Sequence[str] = ()) -> None:
        """Labels offered by the "+ Label" menu (automatic ones are never offered)."""
        self.label_chips.set_choices(names, automatic)

    def copy_id(self) -> None:
        """Put the candidate ID on the clipboard."""
        if self._detail is not None:
            QGuiApplication.clipboard().setText(str(self._detail.row.id))

    def show_candidate(
        self, detail: CandidateDetail | None, label_colors: dict[str, str] | None = None
    ) -> None:
        """Show ``detail`` (None: the empty state)."""
        self._detail = detail
        if detail is None:
            self.stack.setCurrentWidget(self.empty_label)
            return
        row = detail.row
        self.avatar.set_name(row.full_name)
        self.name_label.setText(row.full_name or self.tr("(no name)"))
        self.id_label.setText(self.tr("ID {id}").format(id=row.id))
        self.id_label.setToolTip(self.tr("Candidate ID: quote it when asking about this candidate"))
        self.folder_label.setText(folder_text(row.folder))
        problem = detail.invitation_problem
        self.invitation_label.setText(
            self.tr("Invitation not sent: {problem}").format(problem=problem) if problem else ""
        )
        self.invitation_label.setVisible(bool(problem))
        pin = detail.access_code
        if pin and detail.pin_expires_at is not None:
            pin = self.tr("{pin} (until {day})").format(
                pin=pin, day=day_month_year(detail.pin_expires_at)
            )
        values = {
            "Campaign": row.campaign_title,
            "Source": shown(row.source),
            "Added": long_date(row.added_at),
            "Completed": long_date(row.completed_at),
            "Email": row.email,
            "Phone": row.phone,
            "School": detail.school_name or "",
            "Gender": detail.gender or "",
            "PIN code": pin,
        }
        for name, value in values.items():
            field = self.values[name]
            field.setText(value or NOTHING)
            field.setCursorPosition(0)
            field.setToolTip(value)
        for folder, button in self.buttons.items():
            button.setEnabled(folder != row.folder)
        self._show_actions(detail)
        self._show_cv(detail.cv_path)
        self.label_chips.show_labels(row.labels, label_colors or {})
        self.referee_section.set_rows(
            [(self.tr(title), detail.referee.get(key, "")) for key, title in REFEREE_FIELDS]
        )
        self.others_section.set_rows([(k, _text(v)) for k, v in detail.others.items()])
        self.experience_section.set_rows(_experience_rows(detail.employment, detail.links))
        self.ats_section.set_rows([_push_row(p) for p in detail.ats_pushes[-ATS_PUSHES_SHOWN:]])
        self.cv_text_section.set_rows([(self.tr("Text"), _elided(detail.cv_text, CV_TEXT_SHOWN))])
        recordings = {
            r.question_id: str(path)
            for r in detail.responses
            if r.audio_path and (path := self._resolve_file(r.audio_path)) is not None
        }
        self.responses_section.set_responses(detail.responses, recordings)
        self.stack.setCurrentIndex(1)

    @property
    def bot_stopped(self) -> bool:
        return self._detail is not None and self._detail.bot_stopped

    def _show_actions(self, detail: CandidateDetail) -> None:
        phone = bool(detail.row.phone)
        self.robocall_button.setEnabled(phone)
        self.robocall_button.setToolTip(
            self.tr("Call the candidate now for the campaign's phone interview")
            if phone
            else self.tr("No phone number to call")
        )
        stopped = detail.bot_stopped
        self.bot_button.setText(self.tr(RESUME_BOT if stopped else STOP_BOT))
        self.bot_button.setAccessibleName(
            self.tr("Resume the interview bot") if stopped else self.tr("Stop the interview bot")
        )
        self.bot_button.setToolTip(
            self.tr("The bot is stopped: it does not answer this candidate. Resume it")
            if stopped
            else self.tr("Stop the bot answering this candidate (you take over the conversation)")
        )
        self.bot_button.setProperty("stopped", stopped)
        self.bot_button.style().unpolish(self.bot_button)
        self.bot_button.style().polish(self.bot_button)

    def _on_bot_button_clicked(self) -> None:
        if self._detail is not None:
            self.bot_stop_requested.emit(not self._detail.bot_stopped)

    def _show_cv(self, stored: str) -> None:
        self._cv_file = self._resolve_file(stored) if stored else None
        self.cv_button.setEnabled(self._cv_file is not None)
        cursor = Qt.CursorShape.PointingHandCursor if self._cv_file else Qt.CursorShape.ArrowCursor
        self.cv_button.setCursor(cursor)
        if self._cv_file is not None:
            tip = self.tr("Open {file} with your viewer").format(file=self._cv_file.name)
        elif stored:
            tip = self.tr("The CV file is not on this computer")
        else:
            tip = self.tr("No CV uploaded")
        self.cv_button.setToolTip(tip)

    def _on_cv_button_clicked(self) -> None:
        if self._cv_file is not None:
            self._open_file(str(self._cv_file))

    def _open_file(self, path: str) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(path))


def _invitation_label() -> QLabel:
    """Why the candidate's invitation was not sent (shown in No Campaign Invitation)."""
    label = QLabel()
    label.setObjectName("formMessage")
    label.setProperty("error", True)
    label.setWordWrap(True)
    label.setAccessibleName(
        QCoreApplication.translate("ProfilePane", "Why the invitation was not sent")
    )
    return label


def _text(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(_text(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {_text(v)}" for k, v in value.items())
    return "" if value is None else str(value)


def _experience_rows(employment: list[Any], links: list[Any]) -> list[tuple[str, str]]:
    """Employment entries ("Employer", "Title, dates") and links, as profile lines."""
    rows: list[tuple[str, str]] = []
    for job in employment:
        if isinstance(job, dict):
            employer = str(
                job.get("employer")
                or job.get("company")
                or QCoreApplication.translate("ProfilePane", "Employer")
            )
            rest = {k: v for k, v in job.items() if k not in ("employer", "company")}
            rows.append((employer, _text(rest)))
        else:
            rows.append((QCoreApplication.translate("ProfilePane", "Employment"), _text(job)))
    link_name = QCoreApplication.translate("ProfilePane", "Link")
    rows.extend((link_name, _text(link)) for link in links)
    return rows


def _push_row(push: AtsPushInfo) -> tuple[str, str]:
    """A push as a profile line: ("Hired", "sent 6 Dec 2026, 09:00") or the failure's reason."""
    event = event_text(push.event) or QCoreApplication.translate("ProfilePane", "Push")
    if push.state == "sent":
        return event, QCoreApplication.translate("ProfilePane", "sent {when}").format(
            when=long_date(push.sent_at)
        )
    if push.state == "failed":
        return event, QCoreApplication.translate("ProfilePane", "failed: {error}").format(
            error=push.error
        )
    state = shown(push.state)
    return event, f"{state} ({push.error})" if push.error else state


CV_TEXT_SHOWN = 1_500
"""Characters of a CV's text the profile shows (the CV button opens the whole file)."""


def _elided(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit].rstrip() + " …"
