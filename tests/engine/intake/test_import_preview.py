"""Previewing a file before import, and importing it with a chosen column mapping."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from talkpush_desktop.engine.candidates.filters import CandidateFilter
from talkpush_desktop.engine.dto import CampaignInfo
from talkpush_desktop.engine.errors import ValidationError
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.storage.models import Candidate, ImportBatch

SHUFFLED = (
    "\r\n"  # a blank first line
    "E-mail;Given name;Surname;Mobile;Dial code;Notas\r\n"
    "ana@example.com;Ana;Cruz;0917 123 4567;63;prefers nights\r\n"
    "not-an-email;José;Reyes;0917 000 0001;63;\r\n"
    ";;Nobody;;;\r\n"
    '"lim@example.com";"Mark ""MJ""";Lim;;;"multi\r\nline"\r\n'
)


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def counts(ws: Workspace) -> tuple[int, int]:
    with ws.transaction() as s:
        people = s.scalar(select(func.count()).select_from(Candidate))
        batches = s.scalar(select(func.count()).select_from(ImportBatch))
    return int(people or 0), int(batches or 0)


def test_preview_detects_layout_guesses_mapping_and_shows_problems_without_writing(
    ws: Workspace, campaign: CampaignInfo, tmp_path: Path
) -> None:
    path = write(tmp_path / "shuffled.csv", SHUFFLED, "cp1252")
    before = counts(ws)
    p = ws.intake.preview_csv(path, "talkpush", campaign=campaign.id)
    assert counts(ws) == before
    assert (p.encoding, p.delimiter) == ("cp1252", ";")
    assert p.header == ["E-mail", "Given name", "Surname", "Mobile", "Dial code", "Notas"]
    assert p.mapping == {
        "first_name": 1,
        "last_name": 2,
        "email": 0,
        "country_code": 4,
        "phone": 3,
        "referee": None,
    }
    assert [r.row for r in p.rows] == [3, 4, 5, 6]  # spreadsheet rows: blank line and header
    ana, jose, nobody, mark = p.rows
    assert ana.values["first_name"] == "Ana" and ana.values["phone"] == "0917 123 4567"
    assert ana.status == "OK"
    assert jose.values["first_name"] == "José"
    assert jose.status.startswith("email: ")
    assert nobody.status == "email/phone: needs an email or a phone number"
    assert mark.values["first_name"] == 'Mark "MJ"' and mark.ok
    assert p.data_rows == 4 and p.new_rows == 4 and p.already_imported == 0
    data = p.to_json()
    assert data["mapping"]["email"] == "E-mail" and data["mapping"]["referee"] is None
    assert data["rows"][1]["problems"][0]["field"] == "email"


def test_import_follows_the_preview_and_keeps_unmapped_columns_as_extra_data(
    ws: Workspace, campaign: CampaignInfo, tmp_path: Path
) -> None:
    path = write(tmp_path / "shuffled.csv", SHUFFLED, "cp1252")
    summary = ws.intake.import_csv(path, campaign.id)
    assert (summary.imported, summary.rejected) == (2, 2)
    [mark, ana] = ws.candidates.page(CandidateFilter(campaign_id=campaign.id))
    assert (ana.first_name, ana.last_name, ana.email, ana.phone) == (
        "Ana",
        "Cruz",
        "ana@example.com",
        "+639171234567",
    )
    assert ws.candidates.get(ana.id).others == {"Notas": "prefers nights"}
    assert ws.candidates.get(mark.id).others == {"Notas": "multi\r\nline"}


def test_a_chosen_mapping_overrides_the_guess_in_preview_and_import(
    ws: Workspace, campaign: CampaignInfo, tmp_path: Path
) -> None:
    text = "Name,Family,Contact,Extra\r\nAna,Cruz,ana@example.com,+63 917 123 4567\r\n"
    path = write(tmp_path / "odd.csv", text)
    guessed = ws.intake.preview_csv(path, "talkpush")
    assert guessed.mapping["phone"] == 2  # "Contact" reads as a phone column
    assert guessed.rows[0].status.startswith("phone: ")
    chosen = {"first_name": "Name", "email": "Contact", "phone": "4"}
    p = ws.intake.preview_csv(path, "talkpush", chosen)
    assert p.mapping["email"] == 2 and p.mapping["phone"] == 3
    assert p.rows[0].values["email"] == "ana@example.com" and p.rows[0].ok
    summary = ws.intake.import_csv(path, campaign.id, mapping=chosen)
    assert summary.imported == 1
    [ana] = ws.candidates.page(CandidateFilter(campaign_id=campaign.id))
    assert (ana.first_name, ana.last_name, ana.phone) == ("Ana", "Cruz", "+639171234567")


def test_a_bad_mapping_is_refused_before_anything_is_written(
    ws: Workspace, campaign: CampaignInfo, tmp_path: Path
) -> None:
    path = write(tmp_path / "a.csv", "First,Last,Email\r\nAna,Cruz,ana@example.com\r\n")
    before = counts(ws)
    with pytest.raises(ValidationError, match="no column 'Phone'"):
        ws.intake.import_csv(path, campaign.id, mapping={"phone": "Phone"})
    with pytest.raises(ValidationError, match="unknown field"):
        ws.intake.preview_csv(path, "talkpush", {"mobile": "Email"})
    assert counts(ws) == before


def test_a_sheet_preview_counts_rows_already_imported(
    ws: Workspace, campaign: CampaignInfo, tmp_path: Path
) -> None:
    header = "Timestamp,Full name,Email,Phone\r\n"
    rows = [f"11/2{i}/2026 10:00:00,Person {i},p{i}@example.com,\r\n" for i in range(5)]
    first = write(tmp_path / "export-1.csv", header + "".join(rows[:3]))
    ws.intake.import_csv(first, campaign.id, "google-form", sheet_key="sheet-1")
    later = write(tmp_path / "export-2.csv", header + "".join(rows))
    p = ws.intake.preview_csv(later, "google-form", campaign=campaign.id, sheet_key="sheet-1")
    assert (p.data_rows, p.already_imported, p.new_rows) == (5, 3, 2)
    assert [r.values["full_name"] for r in p.rows] == ["Person 3", "Person 4"]
    other = ws.intake.preview_csv(later, "google-form", campaign=campaign.id, sheet_key="sheet-2")
    assert other.already_imported == 0


def test_a_large_mapped_file_imports_through_the_worker_processes(
    ws: Workspace, campaign: CampaignInfo, tmp_path: Path
) -> None:
    lines = ["Mobile,Email,Surname,Given name"]
    lines += [f"0917{i:07d},person{i}@example.com,Last{i},First{i}" for i in range(6000)]
    path = write(tmp_path / "big.csv", "\n".join(lines) + "\n")
    assert path.stat().st_size > 256 * 1024
    summary = ws.intake.import_csv(path, campaign.id)
    assert (summary.imported, summary.rejected) == (6000, 0)
    newest = ws.candidates.page(CandidateFilter(campaign_id=campaign.id), limit=1)[0]
    assert (newest.first_name, newest.last_name, newest.phone) == (
        "First5999",
        "Last5999",
        "+639170005999",
    )
