"""Exported workbooks opened by LibreOffice: values intact, formula-looking text shown as typed.

``soffice --headless --convert-to csv`` loads the .xlsx as a spreadsheet user would and
writes each cell *as shown* (number formats applied). Each test uses its own LibreOffice
profile folder so that runs never share (or lock) one. CI installs libreoffice-calc.
"""

from __future__ import annotations

import csv
import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import update

from talkpush_desktop.engine.analytics.series import (
    CampaignProcessing,
    DailyRates,
    DailySeries,
    Dashboard,
    HourlySeries,
)
from talkpush_desktop.engine.dto import CampaignInfo
from talkpush_desktop.engine.exports import analytics_export
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.storage.models import Candidate

# Comma, double quote, UTF-8 (76), from line 1, default formats and language, no quoted
# text as text, special numbers, contents as shown, no formulas, keep spaces.
CSV_FILTER = "Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false"
ALL_SHEETS = ",-1"  # one CSV per sheet: NAME-SHEET.csv


def _to_csv(book: Path, tmp_path: Path, *, all_sheets: bool = False) -> Path:
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.fail("LibreOffice is not installed (apt-get install libreoffice-calc)")
    out = tmp_path / "csv"
    out.mkdir(exist_ok=True)
    profile = tmp_path / "libreoffice-profile"
    result = subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            f"csv:{CSV_FILTER}{ALL_SHEETS if all_sheets else ''}",
            "--outdir",
            str(out),
            str(book),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return out


def _read(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.reader(f))


def test_a_campaign_export_shows_formula_looking_text_as_typed(
    ws: Workspace, campaign: CampaignInfo, tmp_path: Path
) -> None:
    [question] = ws.interview.set_steps(campaign.id, [("question", "Expected salary?", "text")])
    cid = ws.intake.add_candidate(campaign.id, first_name="Ana", email="ana@example.com")
    ws.interview.record(cid, question, text="=SUM(A1:A9)")
    with ws.transaction() as s:
        s.execute(
            update(Candidate)
            .where(Candidate.id == cid)
            .values(
                first_name="=1+1",
                last_name="+63917",
                source="-x",
                referee_first_name="@sum",
                referee_last_name="\tx",
                referee_id="\rx",
                school_name="Ateneo de Manila – Ñ ✓",
                added_at=datetime(2025, 3, 1, 9, 30),
            )
        )
    book = tmp_path / "campaign.xlsx"
    ws.exports.campaign(campaign.id, book)
    header, row = _read(_to_csv(book, tmp_path) / "campaign.csv")
    cell = dict(zip(header, row, strict=True))
    assert cell["Candidate ID"] == str(cid)
    assert cell["First name"] == "=1+1"  # not 2
    assert cell["Last name"] == "+63917"  # not the number 63917
    assert cell["Source"] == "-x"
    assert cell["Referee first name"] == "@sum"
    assert cell["Referee last name"] == "\tx"
    assert cell["Referee ID"] == "\rx"
    assert cell["Q1: Expected salary?"] == "=SUM(A1:A9)"
    assert cell["Email"] == "ana@example.com"
    assert cell["School"] == "Ateneo de Manila – Ñ ✓"
    assert cell["Added"] == "2025-03-01 09:30"
    assert cell["Labels"] == ">50% completed, Attempted"
    assert cell["Completed"] == ""


def test_the_analytics_workbook_keeps_formats_and_empty_rates(tmp_path: Path) -> None:
    days = [date(2025, 3, 1), date(2025, 3, 2)]
    zeros = [0.0] * 24
    board = Dashboard(
        days=days,
        overview=DailySeries(
            days,
            {"added": [3, 0], "completed": [2, 0], "shortlisted": [1, 0], "rejected": [1, 0]},
        ),
        rates=DailyRates(days, {"pass_rate": [0.5, None], "participation_rate": [2 / 3, None]}),
        candidate_activity=HourlySeries({"completed": zeros}),
        volume_by_user={7: 4},
        processing_by_user={7: 30.25},
        processing_by_campaign=CampaignProcessing(days, {1: [2.25, None]}),
        user_activity=HourlySeries({"shortlisted": zeros, "rejected": zeros, "other": zeros}),
        user_names={7: "=Rhea"},
    )
    book = tmp_path / "analytics.xlsx"
    with book.open("wb") as out:
        analytics_export.write_dashboard(out, board, {1: "@Sales"})
    folder = _to_csv(book, tmp_path, all_sheets=True)
    assert _read(folder / "analytics-Overview.csv") == [
        ["Day", "Added", "Completed", "Shortlisted", "Rejected"],
        ["2025-03-01", "3", "2", "1", "1"],
        ["2025-03-02", "0", "0", "0", "0"],
    ]
    assert _read(folder / "analytics-Pass & participation.csv")[1:] == [
        ["2025-03-01", "50.0%", "66.7%", "", "", "", ""],  # no cohort counts given
        ["2025-03-02", "", "", "", "", "", ""],
    ]
    assert _read(folder / "analytics-Processing time by user.csv") == [
        ["User ID", "User", "Average processing time (hours)", "Within 24 h target"],
        ["7", "=Rhea", "30.3", "no"],
    ]
    assert _read(folder / "analytics-Processing time by campaign.csv") == [
        ["Day", "@Sales"],
        ["2025-03-01", "2.3"],
        ["2025-03-02", ""],
    ]
