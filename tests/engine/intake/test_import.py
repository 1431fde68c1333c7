"""CSV / Google Form intake: hostile files, rejects report, duplicates, batches and undo."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from talkpush_desktop.engine.candidates.filters import CandidateFilter
from talkpush_desktop.engine.dto import CampaignInfo
from talkpush_desktop.engine.errors import ValidationError
from talkpush_desktop.engine.intake import importer
from talkpush_desktop.engine.intake.csv_source import IntakeFileError
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.storage.models import Candidate, ImportBatch

HOSTILE_ROWS = [
    ["First Name", "Last Name", "Email", "Country Code", "Phone Number", "Referee"],
    ["María", "Santos", "maria@example.com", "63", "0917 123 4567", "Ana Reyes"],
    ["José", "Cruz", "not-an-email", "63", "0917 000 0001", ""],
    ["Liza", "Soberano", "", "PH", "12", ""],
    ["Nobody", "Here", "", "", "", ""],
    ["Dup", "Licate", "MARIA@example.com", "63", "0999 999 9999", ""],
    ['=HYPERLINK("http://evil.example","x")', "Formula", "formula@example.com", "", "", ""],
    ["Long", "x" * 10_000, "long@example.com", "", "", ""],
    ["Multi\nLine", "Name", "multi@example.com", "+63", "918 555 0000", "Bo Go"],
    ["Extra", "Cols", "extra@example.com", "63", "9175550001", "", "surplus", "more"],
    ["Short", "Row", "short@example.com"],
    ["Phone", "Only", "", "63", "(0917) 555-0002", ""],
]
GOOD = {
    "maria@example.com",
    "formula@example.com",
    "multi@example.com",
    "extra@example.com",
    "short@example.com",
    "",
}


def write_csv(
    path: Path,
    rows: list[list[str]],
    encoding: str = "utf-8",
    delimiter: str = ",",
    blank_lines: bool = False,
) -> Path:
    with path.open("w", encoding=encoding, newline="") as fh:
        writer = csv.writer(fh, delimiter=delimiter)
        for i, row in enumerate(rows):
            writer.writerow(row)
            if blank_lines and i == 2:
                fh.write("\r\n")
    return path


def _report(path: str) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.mark.parametrize(
    ("encoding", "delimiter"),
    [("utf-8", ","), ("utf-8-sig", ";"), ("utf-16", "\t"), ("cp1252", ";"), ("utf-8", "\t")],
)
def test_hostile_file(
    ws: Workspace, campaign: CampaignInfo, tmp_path: Path, encoding: str, delimiter: str
) -> None:
    rows = (
        HOSTILE_ROWS
        if encoding != "cp1252"
        else [[c.replace("é", "e") for c in r] for r in HOSTILE_ROWS]
    )
    path = write_csv(tmp_path / "hostile.csv", rows, encoding, delimiter, blank_lines=True)
    summary = ws.intake.import_csv(path, campaign.title)
    assert summary.header is not None
    assert (summary.imported, summary.duplicates, summary.rejected) == (6, 1, 4)
    assert summary.warning_count == 0  # one encoding throughout: nothing to flag
    listed = ws.candidates.page(CandidateFilter(campaign_id=campaign.id))
    assert {r.email for r in listed} == GOOD
    maria = next(r for r in listed if r.email == "maria@example.com")
    assert maria.phone == "+639171234567"
    assert maria.first_name == "María" or encoding == "cp1252"
    detail = ws.candidates.get(maria.id)
    assert (detail.referee["first_name"], detail.referee["last_name"]) == ("Ana", "Reyes")
    formula = next(r for r in listed if r.email == "formula@example.com")
    assert formula.first_name.startswith("=HYPERLINK(")  # data is kept as typed, never run
    report = _report(summary.rejects_report)
    by_row = {(r["row"], r["field"]): r for r in report}
    assert "email" in {f for (_row, f) in by_row if _row == "3"}
    # row numbers are the spreadsheet's: the blank line after row 3 is row 4
    assert any(f == "phone" for (_row, f) in by_row if _row == "5")
    assert any(f == "email/phone" for (_row, f) in by_row if _row == "6")
    assert by_row[("7", "email")]["kind"] == "duplicate"
    assert any(
        f == "last_name" and "too long" in r["reason"]
        for (_row, f), r in by_row.items()
        if _row == "9"
    )
    assert all(not r["value"].startswith("=") for r in report)  # the report is formula-safe
    with ws.transaction() as s:
        batch = s.get(ImportBatch, summary.batch_id)
        assert batch is not None and batch.status == "done"
        assert (batch.imported, batch.rejected) == (6, 4)


def test_reimport_adds_nothing_and_counts_rows_already_imported(
    ws: Workspace, campaign: CampaignInfo, tmp_path: Path
) -> None:
    """The file's own rows count as already imported; the same people in another file, and
    the row that repeats one of this file, as duplicates."""
    path = write_csv(tmp_path / "a.csv", HOSTILE_ROWS)
    ws.intake.import_csv(path, campaign.id)
    again = ws.intake.import_csv(path, campaign.id)
    assert (again.imported, again.already_imported, again.duplicates) == (0, 6, 1)
    other = ws.intake.import_csv(write_csv(tmp_path / "b.csv", HOSTILE_ROWS), campaign.id)
    assert (other.imported, other.already_imported, other.duplicates) == (0, 0, 7)
    assert ws.candidates.count(CandidateFilter(campaign_id=campaign.id)) == 6


def test_same_person_in_another_campaign_is_imported_and_labelled(
    ws: Workspace, campaign: CampaignInfo, tmp_path: Path
) -> None:
    other = ws.campaigns.create("Tech Support - Cebu", hotline_country="PH")
    path = write_csv(tmp_path / "a.csv", HOSTILE_ROWS)
    ws.intake.import_csv(path, campaign.id)
    second = ws.intake.import_csv(path, other.id)
    assert second.imported == 6
    rows = ws.candidates.page(CandidateFilter(campaign_id=other.id))
    assert all("Duplicate" in r.labels for r in rows)


def test_undo_removes_only_untouched_candidates(
    ws: Workspace, campaign: CampaignInfo, tmp_path: Path
) -> None:
    before = ws.intake.add_candidate(campaign.id, first_name="Kept", email="kept@example.com")
    summary = ws.intake.import_csv(write_csv(tmp_path / "a.csv", HOSTILE_ROWS), campaign.id)
    rows = ws.candidates.page(CandidateFilter(campaign_id=campaign.id))
    touched = next(r.id for r in rows if r.email == "multi@example.com")
    labelled = next(r.id for r in rows if r.email == "extra@example.com")
    ws.candidates.move([touched], "Shortlisted")
    ws.labels.add([labelled], "Priority")
    result = ws.intake.undo_import(summary.batch_id)
    assert result.removed == 4
    assert {k["id"] for k in result.kept} == {touched, labelled}
    remaining = {r.id for r in ws.candidates.page(CandidateFilter(campaign_id=campaign.id))}
    assert remaining == {before, touched, labelled}
    counts = ws.candidates.folder_counts(campaign.id)
    assert (counts["Inbox"], counts["Shortlisted"]) == (2, 1)
    with pytest.raises(ValidationError, match="already undone"):
        ws.intake.undo_import(summary.batch_id)


def test_undo_clears_duplicate_labels_that_depended_on_the_batch(
    ws: Workspace, campaign: CampaignInfo, tmp_path: Path
) -> None:
    other = ws.campaigns.create("Chat Support", hotline_country="PH")
    summary = ws.intake.import_csv(write_csv(tmp_path / "a.csv", HOSTILE_ROWS[:2]), campaign.id)
    later = ws.intake.add_candidate(other.id, first_name="Maria", email="maria@example.com")
    assert "Duplicate" in ws.candidates.get(later).row.labels
    ws.intake.undo_import(summary.batch_id)
    assert "Duplicate" not in ws.candidates.get(later).row.labels


def test_google_form_sheet_reimport_only_adds_new_rows(
    ws: Workspace, campaign: CampaignInfo, tmp_path: Path
) -> None:
    header = [
        "Timestamp",
        "Full name",
        "Email",
        "Phone",
        "Location",
        "Education",
        "Years",
        "Referee",
        "Referee email",
        "Referee phone",
        "Referee ID",
        "Referee account",
        "Shift preference",
    ]
    rows = [
        header,
        [
            "11/20/2026 09:15:00",
            "Ana Maria Reyes",
            "ana@example.com",
            "09171110000",
            "Manila",
            "Bachelor",
            "2",
            "Bo Go",
            "bo@acme.example",
            "09172220000",
            "E-1",
            "Acme",
            "Night",
        ],
        [
            "11/21/2026 10:00:00",
            "Carlo Lim",
            "carlo@example.com",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
        ],
    ]
    path = write_csv(tmp_path / "sheet.csv", rows)
    first = ws.intake.import_csv(path, campaign.id, "google-form")
    assert first.imported == 2
    ana = next(r for r in ws.candidates.page() if r.email == "ana@example.com")
    d = ws.candidates.get(ana.id)
    assert (ana.first_name, ana.last_name) == ("Ana Maria", "Reyes")
    assert d.others["location"] == "Manila" and d.others["Shift preference"] == "Night"
    assert d.referee["email"] == "bo@acme.example" and d.referee["id"] == "E-1"
    assert ana.added_at.isoformat().startswith("2026-11-20T09:15")
    rows.append(
        [
            "11/22/2026 08:00:00",
            "Dana Cruz",
            "dana@example.com",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
        ]
    )
    write_csv(path, rows)
    second = ws.intake.import_csv(path, campaign.id, "google-form")
    assert (second.imported, second.already_imported, second.duplicates) == (1, 2, 0)


def test_unreadable_inputs_are_refused_cleanly(
    ws: Workspace, campaign: CampaignInfo, tmp_path: Path
) -> None:
    with pytest.raises(IntakeFileError, match="missing.csv"):
        ws.intake.import_csv(tmp_path / "missing.csv", campaign.id)
    xlsx = tmp_path / "book.xlsx"
    xlsx.write_bytes(b"PK\x03\x04" + bytes(200))
    with pytest.raises(IntakeFileError):
        ws.intake.import_csv(xlsx, campaign.id)
    with pytest.raises(Exception, match="no campaign"):
        ws.intake.import_csv(write_csv(tmp_path / "a.csv", HOSTILE_ROWS), "Nope")
    with ws.transaction() as s:
        assert s.scalar(select(func.count()).select_from(Candidate)) == 0


def _big_csv(path: Path, n: int) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        for i in range(n):
            w.writerow([f"First{i}", f"Last{i}", f"person{i}@example.com", "63", f"917{i:07d}", ""])
    return path


def _holders_of(folder: Path) -> list[str]:
    """Processes (other than this one) that hold a file of the workspace ``folder`` open."""
    import psutil

    held: list[str] = []
    for proc in psutil.process_iter(["pid", "cmdline"]):
        if proc.pid == os.getpid():
            continue
        try:
            files = proc.open_files()
        except (psutil.Error, OSError):
            continue
        if any(Path(f.path).parent == folder for f in files):
            held.append(f"{proc.pid}: {' '.join(proc.info['cmdline'] or [])[:120]}")
    return held


def _still_running(procs: list[Any], within: float) -> list[Any]:
    """Those of the psutil ``procs`` that have not exited (or turned zombie) in ``within`` s."""
    import psutil

    deadline = time.monotonic() + within
    while True:
        alive = []
        for p in procs:
            try:
                if p.is_running() and p.status() != psutil.STATUS_ZOMBIE:
                    alive.append(p)
            except psutil.NoSuchProcess:
                pass
        if not alive or time.monotonic() > deadline:
            return alive
        time.sleep(0.1)


def _cli(folder: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "talkpush_desktop", "--data-dir", str(folder), *args]


@pytest.mark.slow
def test_kill_mid_import_leaves_no_process_and_rerun_counts_already_imported(
    workspace_dir: Path, tmp_path: Path
) -> None:
    """kill -9 of ``import csv`` (the CLI process alone, as a user's kill does): its import
    workers die with it and let go of the workspace files; the batch then reads
    "interrupted" and a re-run counts the rows it already stored as already imported."""
    import psutil

    n = 60_000
    path = _big_csv(tmp_path / "big.csv", n)
    with Workspace.open(data_dir=workspace_dir) as ws:
        ws.campaigns.create("Big", hotline_country="PH")
    cmd = _cli(workspace_dir, "import", "csv", str(path), "--campaign", "Big", "--json")
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    with Workspace.open(data_dir=workspace_dir) as ws:
        while ws.candidates.count() < 3000 and time.monotonic() < deadline:
            time.sleep(0.05)
        children = psutil.Process(proc.pid).children(recursive=True)
        assert children, "the import runs its workers in child processes"
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        partial = ws.candidates.count()
    assert 0 < partial < n
    alive = _still_running(children, within=5.0)
    for child in alive:  # do not leave them behind when the test fails
        child.kill()
    assert not alive, f"still running after the kill: {[c.pid for c in alive]}"
    assert _holders_of(workspace_dir) == []
    listed = subprocess.run(
        _cli(workspace_dir, "import", "list", "--json"), capture_output=True, text=True, check=True
    )
    (old,) = json.loads(listed.stdout)
    assert (old["status"], old["imported"]) == ("interrupted", partial)
    with Workspace.open(data_dir=workspace_dir) as ws:
        assert ws.candidates.folder_counts()["Inbox"] == ws.candidates.count() == partial
    rerun = subprocess.run(cmd, capture_output=True, text=True, check=True, timeout=300)
    summary = json.loads(rerun.stdout)
    assert (summary["imported"], summary["already_imported"]) == (n - partial, partial)
    assert summary["duplicates"] == 0
    with Workspace.open(data_dir=workspace_dir) as ws:
        assert ws.candidates.count() == n
        assert ws.candidates.folder_counts()["Inbox"] == n
        with ws.transaction() as s:
            distinct = s.scalar(select(func.count(func.distinct(Candidate.email_key))))
        assert distinct == n


def test_an_unreadable_row_mid_file_stops_the_import_and_says_what_stays(
    ws: Workspace, campaign: CampaignInfo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importer, "CHUNK_ROWS", 1000)
    monkeypatch.setattr(ws.intake.workers, "for_file", lambda _path: None)  # no read-ahead
    path = _big_csv(tmp_path / "big.csv", 2500)
    with path.open("a", encoding="utf-8") as fh:
        fh.write("Long," + "x" * 2_000_000 + "\n")
    with pytest.raises(IntakeFileError, match=r"row 2501 \(line 2501\) is longer than 1 MB") as e:
        ws.intake.import_csv(path, campaign.id)
    assert "the 2000 candidates before it stay in batch 1" in str(e.value)
    assert ws.candidates.count() == 2000
    (batch,) = ws.intake.batches()
    assert (batch["status"], batch["imported"]) == ("interrupted", 2000)


def test_imported_candidates_are_searchable_at_once(
    ws: Workspace, campaign: CampaignInfo, tmp_path: Path
) -> None:
    """Batch rows are indexed by the batch (not the trigger), in the same transaction."""
    ws.intake.import_csv(write_csv(tmp_path / "a.csv", HOSTILE_ROWS), campaign.id)
    found = {r.email for r in ws.candidates.page(CandidateFilter(search="multi"))}
    assert found == {"multi@example.com"}
    assert {r.email for r in ws.candidates.page(CandidateFilter(search="0917 555 0002"))} == {""}
    manual = ws.intake.add_candidate(campaign.id, first_name="Zelda", email="zelda@example.com")
    assert [r.id for r in ws.candidates.page(CandidateFilter(search="zeld"))] == [manual]
    in_index = (  # FTS5's rows on SQLite, the tsvector column on PostgreSQL
        "SELECT count(*) FROM candidate_search_docsize"
        if ws.db.is_sqlite
        else "SELECT count(*) FROM candidates WHERE search_vector IS NOT NULL"
    )
    with ws.transaction() as s:  # every candidate is in the index exactly once
        indexed = s.execute(text(in_index)).scalar()
        total = s.scalar(select(func.count()).select_from(Candidate))
    assert indexed == total


def test_progress_and_cancel_leave_a_consistent_undoable_batch(
    ws: Workspace, campaign: CampaignInfo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importer, "CHUNK_ROWS", 1000)
    path = _big_csv(tmp_path / "big.csv", 3500)
    seen: list[int] = []
    summary = ws.intake.import_csv(
        path, campaign.id, progress=seen.append, cancelled=lambda: len(seen) >= 2
    )
    assert summary.status == "cancelled"
    assert seen == [1000, 2000]  # one report per committed chunk
    assert summary.imported == ws.candidates.count() == 2000
    assert ws.candidates.folder_counts(campaign.id)["Inbox"] == 2000
    with ws.transaction() as s:
        batch = s.get(ImportBatch, summary.batch_id)
        assert batch is not None and (batch.status, batch.imported) == ("cancelled", 2000)
    rest = ws.intake.import_csv(path, campaign.id)  # a re-run imports only the rest
    assert (rest.imported, rest.already_imported, rest.duplicates) == (1500, 2000, 0)
    assert ws.intake.undo_import(summary.batch_id).removed == 2000
    assert ws.candidates.count() == 1500
