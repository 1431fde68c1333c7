"""The campaigns room in every shipped language, on the window the app builds: the campaign
settings dialog (new and existing, every tab, its problems and its unsaved-changes prompt),
the interview creator, Add Candidates (each way to add, a file's mapping and preview) and
the Company Campaigns area (a campaign with leads, its form for each purpose, Add Leads)
show no English source string. One screenshot per language of the settings dialog and the
area goes to /tmp for a look."""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QTabWidget, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from talkpush_desktop.engine.dto import CampaignInfo
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views import i18n
from talkpush_desktop.views.campaigns.campaign_settings_dialog import CampaignSettingsDialog
from talkpush_desktop.views.i18n import I18N_DIR
from talkpush_desktop.views.main_window import MainWindow
from talkpush_desktop.views.outbound.window import CompanyCampaignsWindow
from tests.support.i18n import SHIPPED, _plain, english_left, english_sources, language

SHOTS = Path("/tmp")
CSV = (
    "given_nm,family_nm,contact_addr,mobile_no\n"  # no interface word: the file's own titles
    "Lea,Reyes,lea@example.com,+63 917 123 4567\n"
    "Bad,Row,x,\n"
)


@pytest.fixture(params=SHIPPED)
def code(request: pytest.FixtureRequest, styled: None) -> Iterator[str]:
    """A shipped language, installed before the window is built (which has the app's own
    font and style sheet, as users see it)."""
    with language(request.param):
        yield request.param


@pytest.fixture
def localized(
    code: str,
    qtbot: QtBot,
    ws: Workspace,
    people: dict[str, int],
    settings: QSettings,
) -> Iterator[MainWindow]:
    win = MainWindow(ws, settings=settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


@functools.cache
def kept_as_is(code: str) -> frozenset[str]:
    """Sources this room's catalogue keeps unchanged in ``code`` (Email, CV, OK): not English
    left over, even while another room's catalogue has the same word unfinished."""
    ts = I18N_DIR / f"campaigns_{code}.ts"
    return frozenset(
        _plain(m.findtext("source") or "")
        for m in ET.parse(ts).getroot().iter("message")
        if m.findtext("translation") == m.findtext("source")
    )


def no_english(widget: QWidget) -> None:
    kept = kept_as_is(i18n.current_language())
    left = [text for text in english_left(widget) if _plain(text) not in kept]
    assert left == [], f"{widget.objectName() or type(widget).__name__}: {left}"


def each_tab(qtbot: QtBot, tabs: QTabWidget, check: QWidget) -> None:
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        qtbot.wait(10)
        no_english(check)


def settings_of(window: MainWindow, campaign_id: int) -> CampaignSettingsDialog:
    """Campaign Options > Campaign Settings of ``campaign_id``, chosen in the selector."""
    window.navigation.select_campaign(campaign_id)
    window.navigation.campaign_selected.emit(campaign_id)
    window.campaign_actions.settings_action.trigger()
    dialog = window.campaign_actions.dialog
    assert dialog is not None and dialog.campaign_id == campaign_id
    return dialog


def test_campaign_settings_speak_the_language(
    code: str, localized: MainWindow, qtbot: QtBot, campaign: CampaignInfo
) -> None:
    actions = localized.campaign_actions
    for action in (actions.new_action, actions.settings_action):
        texts = english_left_of_texts([action.text(), action.statusTip()])
        assert texts == [], texts
    actions.new_action.trigger()
    new = actions.dialog
    assert new is not None and new.campaign_id is None
    qtbot.waitExposed(new)
    each_tab(qtbot, new.tabs, new)
    new.tabs.setCurrentIndex(0)
    new.buttons.button(QDialogButtonBox.StandardButton.Save).click()  # no title: refused
    assert new.isVisible() and new.errors.text("basic.title")
    no_english(new)
    new.basic_tab.title_edit.setText("Nueva")
    new.unsaved_prompt.show()
    no_english(new.unsaved_prompt)
    new.unsaved_prompt.hide()
    new._dirty = False
    new.close()
    dialog = settings_of(localized, campaign.id)
    qtbot.waitExposed(dialog)
    each_tab(qtbot, dialog.tabs, dialog)
    messages = dialog.messages_tab
    dialog.tabs.setCurrentWidget(messages)
    for row in range(messages.event_list.count()):
        messages.event_list.setCurrentRow(row)
        each_tab(qtbot, messages.channels, dialog)
        messages.channels.setCurrentWidget(messages.email)
        each_tab(qtbot, messages.email.tabs, dialog)
    dialog.tabs.setCurrentWidget(dialog.traffic_ad_tab)
    each_tab(qtbot, dialog.traffic_ad_tab.tabs, dialog)
    dialog.tabs.setCurrentWidget(dialog.messenger_tab)
    dialog.messenger_tab.mode_buttons["job"].setChecked(True)
    dialog.messenger_tab.title_edit.setText("x" * 81)  # over the limit: its count turns red
    no_english(dialog)
    dialog.tabs.setCurrentIndex(0)
    dialog.resize(900, 620)
    qtbot.wait(50)
    dialog.grab().save(str(SHOTS / f"i18ncamp_settings_{code}.png"))
    dialog.tabs.setCurrentWidget(dialog.messages_tab)
    qtbot.wait(50)
    dialog.grab().save(str(SHOTS / f"i18ncamp_messages_{code}.png"))
    dialog._dirty = False
    dialog.interview_tab.dirty = False
    dialog.close()


def english_left_of_texts(texts: list[str]) -> list[str]:
    """The texts among ``texts`` that are untranslated English sources."""
    from talkpush_desktop.views import i18n
    from tests.support.i18n import _plain

    sources = english_sources(i18n.current_language())
    return [text for text in texts if _plain(text) in sources]


def test_the_interview_creator_speaks_the_language(
    code: str, localized: MainWindow, qtbot: QtBot, campaign: CampaignInfo
) -> None:
    combo = localized.navigation.campaign_combo
    combo.setCurrentIndex(combo.findData(campaign.id))
    localized.interview_action.trigger()
    dialog = localized.interview_dialog
    assert dialog is not None and dialog.isVisible()
    no_english(dialog)  # no step yet
    tab = dialog.tab
    for section in ("introduction", "privacy", "instructions", "question", "question", "closing"):
        tab.add_step(section)
    for row in range(tab.step_list.count()):
        tab.step_list.setCurrentRow(row)
        no_english(dialog)
    for index in range(tab.answer_type.count()):
        tab.answer_type.setCurrentIndex(index)
        no_english(dialog)
    tab.step_list.setCurrentRow(3)
    qtbot.wait(50)
    dialog.grab().save(str(SHOTS / f"i18ncamp_interview_{code}.png"))
    menu = tab.add_button.menu()
    assert menu is not None
    assert english_left_of_texts([a.text() for a in menu.actions()]) == []
    tab.dirty = False
    dialog.close()


def test_add_candidates_speaks_the_language(
    code: str, localized: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    qtbot.mouseClick(localized.list_pane.add_button, Qt.MouseButton.LeftButton)
    dialog = localized.add_candidate_dialog
    assert dialog is not None and dialog.isVisible()
    each_tab(qtbot, dialog.tabs, dialog)
    dialog.tabs.setCurrentWidget(dialog.manual_tab)
    dialog.manual_tab.submit()  # nothing typed: the engine's reason shows
    no_english(dialog)
    path = tmp_path / "people.csv"
    path.write_text(CSV, encoding="utf-8")
    for tab in (dialog.csv_tab, dialog.sheet_tab):
        dialog.tabs.setCurrentWidget(tab)
        tab.load_file(path)
        qtbot.waitUntil(lambda t=tab: t.preview is not None and t.preview_table.isVisible())
        qtbot.wait(20)
        no_english(dialog)
    tab = dialog.csv_tab
    dialog.tabs.setCurrentWidget(tab)
    tab.set_mapping({"first_name": 0, "last_name": 1, "email": 2, "phone": 3})
    qtbot.waitUntil(tab.import_button.isEnabled)
    no_english(dialog)
    tab.import_button.click()
    qtbot.waitUntil(lambda: tab.summary_label.isVisible() and tab.import_job is None)
    no_english(dialog)
    cv = tmp_path / "lea-reyes.txt"
    cv.write_text("Lea Reyes\nCustomer service agent\nlea.reyes@example.com\n", encoding="utf-8")
    dialog.tabs.setCurrentWidget(dialog.cv_tab)
    dialog.cv_tab.add_files([cv])
    qtbot.waitUntil(lambda: dialog.cv_tab.model.rowCount() == 1 and dialog.cv_tab.job is None)
    no_english(dialog)
    dialog.tabs.setCurrentWidget(dialog.csv_tab)
    dialog.grab().save(str(SHOTS / f"i18ncamp_add_candidates_{code}.png"))
    dialog.close()


def _outbound_campaigns(ws: Workspace) -> None:
    """An assessment reminder with one lead, then an interest check with two (listed first)."""
    ws.outbound.add_caller_id("+15551234567")
    site = ws.outbound.add_site("Manila Ortigas", city="Pasig", country="PH", primary=True)
    assessment = ws.outbound.create(
        {
            "title": "Typing test reminder",
            "timezone": "Asia/Manila",
            "companySiteId": site.id,
            "phoneNumber": "+15551234567",
            "purposeType": "ASSESSMENT_REMINDER",
            "openingMessage": "Hello.",
            "closingMessage": "Goodbye.",
            "callTime": "2030-12-07T09:00",
            "followUpRetries": [],
            "jobDetails": {
                "jobTitle": "Agent",
                "assessmentTestId": "T1",
                "assessmentName": "Typing",
            },
        }
    )
    lead = {"email": "cy@example.com", "firstName": "Cy", "lastName": "Tan"}
    ws.outbound.add_leads(assessment.id, {"leads": [lead]})
    created = ws.outbound.create(
        {
            "title": "Night shift interest check",
            "timezone": "Asia/Manila",
            "companySiteId": site.id,
            "phoneNumber": "+15551234567",
            "purposeType": "INTEREST_CHECK",
            "openingMessage": "Press 1 if you are interested, 2 if not.",
            "closingMessage": "Goodbye.",
            "callTime": "2030-12-07T09:00",
            "followUpRetries": [
                {"time": "14:00", "delayDays": 0},
                {"time": "10:00", "delayDays": 2},
            ],
            "jobDetails": {"jobTitle": "Call center agent"},
        }
    )
    ws.outbound.add_leads(
        created.id,
        {
            "leads": [
                {"email": "ana.cruz@example.com", "firstName": "Ana", "lastName": "Cruz"},
                {"email": "ben.lim@example.com", "firstName": "Ben", "lastName": "Lim"},
            ]
        },
    )


def test_the_company_campaigns_area_speaks_the_language(
    code: str,
    ws: Workspace,
    localized: MainWindow,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _outbound_campaigns(ws)
    localized.company_campaigns_action.trigger()
    area = localized.company_campaigns_window
    assert isinstance(area, CompanyCampaignsWindow)
    qtbot.waitExposed(area)
    qtbot.waitUntil(lambda: area.detail.leads.model.rowCount() == 2)
    table = area.detail.leads.table
    with qtbot.waitSignal(area.attempts_shown):
        table.selectRow(0)
    qtbot.waitUntil(lambda: not area.reader.busy)
    no_english(area)
    area.resize(1240, 860)
    qtbot.wait(50)
    area.grab().save(str(SHOTS / f"i18ncamp_outbound_{code}.png"))
    left: list[str] = []
    asked: list[str] = []

    def answer(box: QMessageBox) -> QMessageBox.StandardButton:  # Remove asks first
        asked.append(box.text())
        box.show()
        left.extend(english_left(box))
        box.hide()
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "exec", answer)
    area.detail.leads.remove_button.click()
    assert len(asked) == 1 and left == [], left
    status = area.detail.leads.status
    for index in range(1, status.count()):
        status.setCurrentIndex(index)
        qtbot.waitUntil(lambda: not area.leads.loading)
        no_english(area)
    form = area.open_form(None)
    qtbot.waitExposed(form)
    for index in range(form.purpose.count()):
        form.purpose.setCurrentIndex(index)
        for kind in range(form.call_type.count()):
            form.call_type.setCurrentIndex(kind)
            no_english(form)
    qtbot.wait(50)
    form.grab().save(str(SHOTS / f"i18ncamp_outbound_form_{code}.png"))
    form.close()
    edit = area.open_form(area.selected())
    qtbot.waitExposed(edit)
    no_english(edit)
    edit.close()
    dialog = area.open_add_leads()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    no_english(dialog)
    dialog.text.setPlainText("ana@example.com, Ana, Cruz\nben@example.com, Ben, Lim")
    no_english(dialog)
    dialog.close()
    area.list_view.selectRow(1)  # the assessment reminder: its texts and Mark Submitted
    qtbot.waitUntil(lambda: area.detail.texts.isVisible() and area.leads.rowCount() == 1)
    with qtbot.waitSignal(area.attempts_shown):
        table.selectRow(0)
    qtbot.waitUntil(lambda: area.detail.texts.tree.topLevelItemCount() == 1)
    no_english(area)
    area.close()
    QApplication.processEvents()
    assert not isValid(form) or not form.isVisible()
