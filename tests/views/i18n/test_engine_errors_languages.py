"""The engine's fixed refusals read in the interface language where the window shows them:
the sign-in dialog's error line and a background job of the window that failed; a refusal
with values in it stays as the engine wrote it, and the engine's own words stay English."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from pytestqt.qtbot import QtBot

from talkpush_desktop.engine.company.sign_in import WRONG
from talkpush_desktop.engine.errors import ValidationError
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.company.sign_in_dialog import SignInDialog
from talkpush_desktop.views.main_window import MainWindow
from talkpush_desktop.views.widgets import engine_errors
from tests.support.i18n import SHIPPED, english_left, language

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
    assert refused("no candidate with id 7") == "no candidate with id 7"  # values: as written
    sign_in.close()
    window.close()
