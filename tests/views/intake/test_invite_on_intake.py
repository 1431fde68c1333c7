"""Every intake path invites by the same engine rule; the import tab lets the recruiter opt
out (issue 13, #4), and who cannot be invited lands in No Campaign Invitation with the reason
(issue 13, #5)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from support.cli import run, run_json

from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.intake.add_candidate_dialog import AddCandidateDialog
from talkpush_desktop.views.intake.import_tab import ImportTab
from talkpush_desktop.views.main_window import MainWindow

PEOPLE = "First,Last,Email\nLea,Reyes,lea@example.com\nRico,Go,rico@example.com\n"
SHEET = (
    "Timestamp,Full name,Email,Phone\n"
    "11/20/2026 10:00:00,Ann Lim,ann@example.com,\n"
    "11/21/2026 10:00:00,Bea Uy,bea@example.com,\n"
)
NO_INVITATION = "No Campaign Invitation"


def _dialog(qtbot: QtBot, window: MainWindow) -> AddCandidateDialog:
    qtbot.mouseClick(window.list_pane.add_button, Qt.MouseButton.LeftButton)
    dialog = window.add_candidate_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def _import(qtbot: QtBot, tab: ImportTab, path: Path, *, invite: bool) -> object:
    tab.load_file(path)
    qtbot.waitUntil(lambda: tab.preview is not None and tab._preview_job is None, timeout=10000)
    box = tab.invite_check
    assert box.isVisibleTo(tab) and box.isEnabled() and box.isChecked()  # on by default
    assert box.text() == "Send the invitation to 2 new candidates"
    if not invite:
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
        assert not box.isChecked()
    with qtbot.waitSignal(tab.import_finished, timeout=20000) as finished:
        qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    return finished.args[0]


def _invitations(ws: Workspace, email: str) -> list[str]:
    [row] = [r for r in ws.candidates.page() if r.email == email]
    return [
        m.subject for m in ws.messaging.messages(row.id) if m.subject.startswith("Your interview")
    ]


@pytest.mark.parametrize("invite", [True, False])
def test_a_csv_import_in_the_window_invites_unless_the_box_is_cleared(
    qtbot: QtBot, window: MainWindow, ws: Workspace, tmp_path: Path, invite: bool
) -> None:
    path = tmp_path / "people.csv"
    path.write_text(PEOPLE, encoding="utf-8")
    dialog = _dialog(qtbot, window)
    dialog.tabs.setCurrentWidget(dialog.csv_tab)
    summary = _import(qtbot, dialog.csv_tab, path, invite=invite)
    assert summary.imported == 2  # type: ignore[attr-defined]
    assert len(_invitations(ws, "lea@example.com")) == (1 if invite else 0)
    assert len(_invitations(ws, "rico@example.com")) == (1 if invite else 0)
    if invite:
        assert "2 invited" in dialog.csv_tab.summary_label.text()


def test_a_sheet_import_in_the_window_invites_the_new_sign_ups(
    qtbot: QtBot, window: MainWindow, ws: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "sheet.csv"
    path.write_text(SHEET, encoding="utf-8")
    dialog = _dialog(qtbot, window)
    tab = dialog.sheet_tab
    dialog.tabs.setCurrentWidget(tab)
    summary = _import(qtbot, tab, path, invite=True)
    assert summary.imported == 2, summary  # type: ignore[attr-defined]
    assert len(_invitations(ws, "ann@example.com")) == 1
    assert len(_invitations(ws, "bea@example.com")) == 1


def test_the_box_says_when_the_campaign_sends_no_invitation(
    qtbot: QtBot, window: MainWindow, ws: Workspace, tmp_path: Path
) -> None:
    for channel in ("sms", "email"):
        ws.messaging.set_template("Customer Service - Manila", "invitation", channel, enabled=False)
    path = tmp_path / "people.csv"
    path.write_text(PEOPLE, encoding="utf-8")
    dialog = _dialog(qtbot, window)
    tab = dialog.csv_tab
    dialog.tabs.setCurrentWidget(tab)
    tab.load_file(path)
    qtbot.waitUntil(lambda: tab.preview is not None and tab._preview_job is None, timeout=10000)
    assert not tab.invite_check.isEnabled() and not tab.invite_check.isChecked()
    assert "invitation templates are off" in tab.invite_check.text()


def test_import_csv_invites_by_default_and_not_with_no_invite(
    capsys: pytest.CaptureFixture[str], workspace_dir: Path, tmp_path: Path
) -> None:
    run(capsys, workspace_dir, "campaigns", "create", "CSR Manila")
    first = tmp_path / "a.csv"
    first.write_text("Lia,Cruz,lia@example.com,63,9175550001,\n", encoding="utf-8")
    summary = run_json(capsys, workspace_dir, "import", "csv", str(first), "--campaign", "1")
    assert isinstance(summary, dict)
    assert (summary["invited"], summary["not_invited"]) == (2, [])  # SMS and email
    second = tmp_path / "b.csv"
    second.write_text("Ben,Go,ben@example.com,63,9175550002,\n", encoding="utf-8")
    quiet = run_json(
        capsys, workspace_dir, "import", "csv", str(second), "--campaign", "1", "--no-invite"
    )
    assert isinstance(quiet, dict)
    assert "invited" not in quiet
    third = tmp_path / "c.csv"
    third.write_text("Cy,Tan,cy@example.com,,,\n", encoding="utf-8")
    kept = run_json(
        capsys, workspace_dir, "import", "csv", str(third), "--campaign", "1", "--invite"
    )
    assert isinstance(kept, dict) and kept["invited"] == 1  # --invite is still accepted


# -- No Campaign Invitation (#5) ---------------------------------------------------------------


def test_a_candidate_whose_invitation_cannot_be_sent_lands_in_no_campaign_invitation(
    capsys: pytest.CaptureFixture[str], workspace_dir: Path, tmp_path: Path
) -> None:
    run(capsys, workspace_dir, "campaigns", "create", "CSR Manila", "--country", "PH")
    code, _out, err = run(
        capsys,
        workspace_dir,
        "templates",
        "set",
        "--campaign",
        "1",
        "--event",
        "invitation",
        "--channel",
        "sms",
        "--text",
        "<%= @referee %> referred you: reply START",
    )
    assert code == 0, err
    added = run_json(
        capsys,
        workspace_dir,
        "candidates",
        "add",
        "--campaign",
        "1",
        "--first-name",
        "Mia",
        "--phone",
        "09175550003",
    )
    assert isinstance(added, dict)
    assert added["folder"] == NO_INVITATION
    assert added["invited"] == 0
    [item] = added["not_invited"]
    assert item["id"] == added["id"]
    assert "@referee" in item["reason"] and "sms" in item["reason"].lower()

    listed = run_json(capsys, workspace_dir, "messages", "list", str(added["id"]))
    assert isinstance(listed, list)
    [note] = listed
    assert note["kind"] == "comment" and note["body"].startswith("Invitation not sent: ")
    assert "@referee" in note["body"]

    csv = tmp_path / "people.csv"
    csv.write_text("Lia,Cruz,,63,9175550001,Pedro Penduko\nBen,Go,,63,9175550002,\n")
    summary = run_json(capsys, workspace_dir, "import", "csv", str(csv), "--campaign", "1")
    assert isinstance(summary, dict)
    assert summary["invited"] == 1  # Lia has a referee
    [ben] = summary["not_invited"]
    assert "@referee" in ben["reason"]
    counts = run_json(capsys, workspace_dir, "counts", "--campaign", "1")
    assert isinstance(counts, dict)
    assert (counts["Inbox"], counts[NO_INVITATION]) == (1, 2)


def test_the_profile_shows_why_the_invitation_was_not_sent(
    qtbot: QtBot, window: MainWindow, ws: Workspace
) -> None:
    ws.messaging.set_template("Customer Service - Manila", "invitation", "email", enabled=False)
    cid = ws.intake.add_candidate(
        "Customer Service - Manila", first_name="Mia", email="mia@example.com", invite=True
    )
    detail = ws.candidates.get(cid)
    assert detail.row.folder == NO_INVITATION
    assert "no phone number" in detail.invitation_problem
    window.select_candidate(cid)
    profile = window.profile_pane
    qtbot.waitUntil(lambda: profile.invitation_label.isVisibleTo(profile))
    assert "no phone number" in profile.invitation_label.text()
    qtbot.mouseClick(profile.invite_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "no phone number" in window.statusBar().currentMessage())


def test_the_manual_form_says_when_the_invitation_could_not_be_sent(
    qtbot: QtBot, window: MainWindow, ws: Workspace
) -> None:
    ws.messaging.set_template("Customer Service - Manila", "invitation", "email", enabled=False)
    form = _dialog(qtbot, window).manual_tab
    form.edits["first_name"].setText("Noel")
    form.edits["email"].setText("noel@example.com")
    qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
    text = form.message_label.text()
    assert text.startswith("Added Noel (ID ") and "No Campaign Invitation" in text
    assert "no phone number" in text
    qtbot.waitUntil(lambda: window.navigation.folder_list.count_of(NO_INVITATION) == 1)


def test_undo_removes_imported_candidates_whose_invitations_have_not_gone_out(
    capsys: pytest.CaptureFixture[str], workspace_dir: Path, tmp_path: Path
) -> None:
    run(capsys, workspace_dir, "campaigns", "create", "CSR Manila", "--country", "PH")
    run(
        capsys,
        workspace_dir,
        "templates",
        "set",
        "--campaign",
        "1",
        "--event",
        "invitation",
        "--channel",
        "sms",
        "--text",
        "<%= @referee %> referred you: reply START",
    )
    csv = tmp_path / "people.csv"
    csv.write_text("Lia,Cruz,lia@example.com,63,9175550001,\nBen,Go,,63,9175550002,\n")
    summary = run_json(capsys, workspace_dir, "import", "csv", str(csv), "--campaign", "1")
    assert isinstance(summary, dict) and len(summary["not_invited"]) == 1  # Ben: no referee
    undone = run_json(capsys, workspace_dir, "import", "undo", str(summary["batch_id"]))
    assert undone == {"batch_id": summary["batch_id"], "removed": 2, "kept": []}
    counts = run_json(capsys, workspace_dir, "counts", "--campaign", "1")
    assert isinstance(counts, dict) and not any(counts.values())
