"""Manual add applies the field rules of CSV intake: one validator (issue 13, #12)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from support.cli import run

from talkpush_desktop.engine.errors import ValidationError
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.main_window import MainWindow


def _form(qtbot: QtBot, window: MainWindow):  # type: ignore[no-untyped-def]
    qtbot.mouseClick(window.list_pane.add_button, Qt.MouseButton.LeftButton)
    dialog = window.add_candidate_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog.manual_tab


def test_the_form_refuses_a_bad_referee_email_and_an_overlong_first_name(
    qtbot: QtBot, window: MainWindow, ws: Workspace
) -> None:
    form = _form(qtbot, window)
    form.edits["first_name"].setText("Liza")
    form.edits["email"].setText("liza@example.com")
    form.edits["referee_email"].setText("bad-ref")
    qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
    assert form.errors["referee_email"].isVisible()
    assert form.errors["referee_email"].text().startswith("An email address must have an @")
    assert ws.candidates.count() == 5

    form.edits["referee_email"].clear()
    form.edits["first_name"].setText("L" * 300)
    qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
    assert form.errors["first_name"].text() == "Too long (300 characters, max 100)"
    assert ws.candidates.count() == 5


def test_the_engine_and_the_import_share_the_rule(ws: Workspace, campaign: object) -> None:
    with pytest.raises(ValidationError, match="^referee email: "):
        ws.intake.add_candidate(
            "Customer Service - Manila",
            first_name="Liza",
            email="liza@example.com",
            referee={"email": "bad-ref"},
        )
    with pytest.raises(ValidationError, match=r"^first name: too long \(300 characters"):
        ws.intake.add_candidate(
            "Customer Service - Manila", first_name="L" * 300, phone="09171234567"
        )


def test_candidates_add_refuses_an_overlong_first_name_in_one_line(
    capsys: pytest.CaptureFixture[str], workspace_dir: Path
) -> None:
    with Workspace.open(data_dir=workspace_dir) as ws:
        ws.campaigns.create("CSR Manila", hotline_country="PH")
    code, out, err = run(
        capsys,
        workspace_dir,
        "candidates",
        "add",
        "--campaign",
        "CSR Manila",
        "--first-name",
        "L" * 300,
        "--email",
        "liza@example.com",
    )
    assert (code, out) == (2, "")
    assert err == ("talkpush-desktop: error: first name: too long (300 characters, max 100)\n")
    code, out, err = run(
        capsys,
        workspace_dir,
        "candidates",
        "add",
        "--campaign",
        "CSR Manila",
        "--first-name",
        "Liza",
        "--email",
        "liza@example.com",
        "--referee-email",
        "bad-ref",
    )
    assert code == 2
    assert err.startswith("talkpush-desktop: error: referee email: ")
    assert err.count("\n") == 1
