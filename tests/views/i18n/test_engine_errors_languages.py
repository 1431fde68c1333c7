"""The engine's refusals read in the interface language where the window shows them: the
sign-in dialog's error line, a background job of the window that failed, the status bar's
"Not done" after a move or an undo that someone else's change refused (its folders, and the
undo step as Edit ▸ Undo names it, translated; people's and labels' names as they are). A
refusal the window does not know stays as the engine wrote it, and the engine's own words
stay English."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from pytestqt.qtbot import QtBot

from talkpush_desktop.engine.company.sign_in import WRONG
from talkpush_desktop.engine.errors import ValidationError, WorkspaceError
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.company.sign_in_dialog import SignInDialog
from talkpush_desktop.views.main_window import MainWindow
from talkpush_desktop.views.widgets import engine_errors
from talkpush_desktop.views.widgets.engine_errors import engine_text, error_text
from tests.support.i18n import SHIPPED, english_left, language
from tests.views.campaign_view.test_bulk_actions import CTRL, click, fill_label_dialog, pick
from tests.views.test_main_window import click_candidate

NO_NAME = "a label needs a name"


@pytest.fixture(params=SHIPPED)
def code(request: pytest.FixtureRequest) -> Iterator[str]:
    with language(request.param):
        yield request.param


def test_the_table_holds_the_engine_words() -> None:
    assert WRONG in engine_errors.MESSAGES and NO_NAME in engine_errors.MESSAGES


@pytest.mark.usefixtures("code", "people")
def test_refusals_read_in_the_language(qtbot: QtBot, ws: Workspace, settings: QSettings) -> None:
    window = MainWindow(ws, settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    ws.accounts.change_password(None, "Owner password 1")
    sign_in = SignInDialog(ws, window)
    qtbot.addWidget(sign_in)
    sign_in.show()
    qtbot.keyClicks(sign_in.email, ws.accounts.me().email)
    qtbot.keyClicks(sign_in.password, "not the password")
    sign_in.sign_in_button.click()
    wrong = QCoreApplication.translate("EngineErrors", WRONG)
    assert sign_in.error.isVisible() and sign_in.error.text() == wrong != WRONG
    assert english_left(sign_in) == []

    def refused(message: str) -> str:
        job = window.recruiter_actions.runner.submit(
            "refused", lambda _ctx: (_ for _ in ()).throw(ValidationError(message))
        )
        with qtbot.waitSignal(job.failed, timeout=10000) as failed:
            pass
        return str(failed.args[0])

    assert refused(NO_NAME) == QCoreApplication.translate("EngineErrors", NO_NAME) != NO_NAME
    found = QCoreApplication.translate("EngineErrors", "no candidate with id {id}")
    assert refused("no candidate with id 7") == found.format(id=7) != "no candidate with id 7"
    assert refused("no quick reply with id 7") == "no quick reply with id 7"  # not known: as is
    sign_in.close()
    window.close()


def _fields(text: str) -> set[str]:
    return set(re.findall(r"\{\w+\}", text))


@pytest.mark.usefixtures("code")
def test_every_pattern_keeps_its_placeholders() -> None:
    for template in engine_errors.PATTERNS:
        translated = QCoreApplication.translate("EngineErrors", template)
        assert translated != template and _fields(translated) == _fields(template), template


@pytest.mark.usefixtures("code")
def test_a_message_the_table_does_not_know_passes_through() -> None:
    for message in (
        "no quick reply with id 7",
        "already moved by someone else: Ana Cruz (#3) to Hired",  # not the whole sentence
        "Move 2 to Nowhere",  # not a folder
        "password: use at least eight characters",  # not a count
    ):
        assert engine_text(message) == message == error_text(ValidationError(message))


def test_in_english_every_pattern_gives_back_the_engine_words() -> None:
    for message in (
        "4 candidates were already moved by someone else: Ana Cruz (#3) to Hired by Ben "
        "Cruz; Mark Lim (#4) to No Response by the system; Jo Li (#5) to Inbox; and 1 more; "
        "nothing was moved",
        "cannot redo 'Unlabel 2 VIP': someone else put VIP on Ana Cruz (#3) by the system since",
        "Change Campaign Settings of Customer Service - Manila",
    ):
        assert engine_text(message) == message


@pytest.mark.usefixtures("code")
def test_values_that_are_fixed_words_are_translated_and_names_are_not() -> None:
    message = (
        "4 candidates were already moved by someone else: Ana Cruz (#3) to Hired by Ben Cruz; "
        "Mark Lim (#4) to No Response by the system; and 2 more; nothing was moved"
    )
    shown = engine_text(message)
    for kept in ("4", "Ana Cruz (#3)", "Ben Cruz", "Mark Lim (#4)", "2"):
        assert kept in shown
    for word in ("Hired", "No Response"):
        assert QCoreApplication.translate("Vocabulary", word) in shown and word not in shown
    automatic = engine_text("Duplicate is an automatic label and cannot be set by hand")
    assert QCoreApplication.translate("Vocabulary", "Duplicate") in automatic
    assert "Duplicate" not in automatic


@pytest.mark.usefixtures("code")
def test_the_engine_words_its_refusals_as_the_table_reads_them(
    ws: Workspace, people: dict[str, int]
) -> None:
    refusals = []
    for attempt in (
        lambda: ws.labels.remove([people["Ana"]], "Night shift"),
        lambda: ws.labels.add([people["Ana"]], "Duplicate"),
        lambda: ws.labels.add([people["Ana"]], "x" * 101),
        lambda: ws.candidates.get(987654),
        lambda: ws.campaigns.create("x" * 501),
        lambda: ws.accounts.change_password(None, "short"),
    ):
        with pytest.raises(WorkspaceError) as refused:
            attempt()
        refusals.append(str(refused.value))
    shown = [error_text(message) for message in refusals]
    assert all(a != b for a, b in zip(shown, refusals, strict=True)), shown


@dataclass(frozen=True)
class Desk:
    """The window in the test's language, with its candidates, and Ben at another desk."""

    qtbot: QtBot
    window: MainWindow
    people: dict[str, int]
    ben: Workspace
    code: str

    def refusal(self) -> str:
        """The status bar's message once it names Ben (the refusal of a change he made)."""
        bar = self.window.statusBar()
        self.qtbot.waitUntil(lambda: "Ben Cruz" in bar.currentMessage())
        return bar.currentMessage()


@pytest.fixture
def desk(
    code: str, qtbot: QtBot, window: MainWindow, people: dict[str, int], ben: Workspace
) -> Desk:
    return Desk(qtbot, window, people, ben, code)


def test_a_move_someone_else_made_first_is_refused_in_the_language(desk: Desk) -> None:
    click_candidate(desk.qtbot, desk.window, "Ana Cruz")
    ana = desk.people["Ana"]
    desk.ben.candidates.move([ana], "Hired")  # the window has not refreshed yet
    desk.qtbot.mouseClick(desk.window.profile_pane.buttons["Rejected"], Qt.MouseButton.LeftButton)
    assert (
        desk.refusal()
        == {
            "es": f"No se hizo: otra persona ya lo movió: Ana Cruz (#{ana}) a Contratados por Ben "
            "Cruz; no se movió nada",
            "fil": f"Hindi nagawa: nailipat na ng iba: Ana Cruz (#{ana}) sa Na-hire ni Ben Cruz; "
            "walang nailipat",
        }[desk.code]
    )
    assert desk.ben.candidates.get(ana).row.folder == "Hired"


def test_undo_of_a_label_someone_else_took_off_is_refused_in_the_language(desk: Desk) -> None:
    qtbot, window, ana = desk.qtbot, desk.window, desk.people["Ana"]
    QTimer.singleShot(0, lambda: fill_label_dialog("VIP", 2))
    window.navigation.new_label_button.click()
    click(qtbot, window, "Ana Cruz")
    click(qtbot, window, "Mark Lim", CTRL)
    pick(window.list_pane.bulk_bar.add_menu, "VIP")
    qtbot.waitUntil(lambda: "VIP" in desk.ben.candidates.get(ana).row.labels)
    step = {"es": "Etiquetar 2 con VIP", "fil": "Paglagay ng VIP sa 2"}[desk.code]
    undo = {"es": "&Deshacer ", "fil": "&I-undo ang "}[desk.code]
    assert window.undo_action.text() == undo + step  # Edit > Undo names the step so too
    desk.ben.labels.remove([ana], "VIP")
    window.undo_action.trigger()
    assert (
        desk.refusal()
        == {
            "es": f"No se hizo: no se puede deshacer «{step}»: desde entonces otra persona quitó "
            f"VIP a Ana Cruz (#{ana}) (Ben Cruz)",
            "fil": f"Hindi nagawa: hindi ma-undo ang '{step}': may ibang nag-alis ng VIP mula "
            f"noon: Ana Cruz (#{ana}) (ni Ben Cruz)",
        }[desk.code]
    )
    assert "VIP" in desk.ben.candidates.get(desk.people["Mark"]).row.labels  # nothing undone
