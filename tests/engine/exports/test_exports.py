"""Exports: exact cells read back with openpyxl, the ATS JSON shape, the SMS breakdown."""

from __future__ import annotations

import io
import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import update

from talkpush_desktop.engine.analytics.series import (
    CampaignProcessing,
    DailyRates,
    DailySeries,
    Dashboard,
    HourlySeries,
)
from talkpush_desktop.engine.dto import CampaignInfo
from talkpush_desktop.engine.errors import NotFoundError, ValidationError, WorkspaceError
from talkpush_desktop.engine.exports import analytics_export, ats_json, sms_breakdown
from talkpush_desktop.engine.exports.atomic_file import atomic_output
from talkpush_desktop.engine.exports.campaign_export import FIELDS, LocalClock
from talkpush_desktop.engine.exports.cells import MAX_TEXT, Column, Kind
from talkpush_desktop.engine.exports.streaming_xlsx import StreamingWorkbook, sheet_title
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.storage.models import Campaign, Candidate, Message, User

FORMULA_LIKE = ["=1+1", "+63917", "-x", "@sum", "\tx", "\rx"]
FIELD_TITLES = [c.title for c in FIELDS]


def _book(data: bytes) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(data))


def _rows(sheet: Worksheet) -> list[tuple[Any, ...]]:
    return list(sheet.iter_rows(values_only=True))


def _sheet_bytes(columns: list[Column], rows: list[list[object]]) -> bytes:
    buffer = io.BytesIO()
    with StreamingWorkbook(buffer) as book, book.sheet("Data", columns) as sheet:
        for row in rows:
            sheet.append(row)
    return buffer.getvalue()


def _user_name(ws: Workspace) -> str:
    with ws.transaction() as s:
        user = s.get(User, ws.user_id)
        assert user is not None
        return user.name


def _message(ws: Workspace, candidate_id: int, **values: Any) -> None:
    row: dict[str, Any] = {
        "direction": "out",
        "channel": "sms",
        "kind": "recruiter",
        "body": "",
        "state": "delivered",
    } | values
    with ws.transaction() as s:
        s.add(Message(candidate_id=candidate_id, **row))


# -- cells -------------------------------------------------------------------------------


def test_formula_looking_text_stays_text_with_a_quote_prefix() -> None:
    values = [*FORMULA_LIKE, "plain", "a&b<c>", " lead", "ok\x01\x1fbad", "é✓😀"]
    data = _sheet_bytes([Column("Text")], [[v] for v in values])
    sheet = _book(data)["Data"]
    cells = [sheet.cell(row=i, column=1) for i in range(2, len(values) + 2)]
    assert [c.value for c in cells] == [
        *FORMULA_LIKE,
        "plain",
        "a&b<c>",
        " lead",
        "okbad",
        "é✓😀",
    ]
    assert {c.data_type for c in cells} == {"s"}
    assert [c.quotePrefix for c in cells] == [True] * 6 + [False] * 5


def test_number_formats_header_widths_and_frozen_header() -> None:
    columns = [
        Column("Day", Kind.DATE, 12),
        Column("At", Kind.DATETIME),
        Column("Rate", Kind.PERCENT),
        Column("Hours", Kind.HOURS),
        Column("Average", Kind.NUMBER),
        Column("Count", Kind.INTEGER),
        Column("Flag"),
    ]
    row: list[object] = [date(2025, 3, 1), datetime(2025, 3, 1, 9, 30), 0.256, 25.25, 1.5, 7, True]
    sheet = _book(_sheet_bytes(columns, [row, [None] * 7]))["Data"]
    assert _rows(sheet) == [
        ("Day", "At", "Rate", "Hours", "Average", "Count", "Flag"),
        (datetime(2025, 3, 1), datetime(2025, 3, 1, 9, 30), 0.256, 25.25, 1.5, 7, True),
    ]
    formats = [sheet.cell(row=2, column=i).number_format for i in range(1, 8)]
    assert formats == [
        "yyyy-mm-dd",
        "yyyy-mm-dd hh:mm",
        "0.0%",
        "0.0",
        "0.00",
        "General",
        "General",
    ]
    assert all(sheet.cell(row=1, column=i).font.b for i in range(1, 8))
    assert not sheet.cell(row=2, column=1).font.b
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["A"].width == 12
    assert sheet.column_dimensions["B"].width == 10  # from the header, at least 10


def test_a_cell_holds_at_most_32767_characters() -> None:
    sheet = _book(_sheet_bytes([Column("Text")], [["x" * 40_000]]))["Data"]
    assert sheet["A2"].value == "x" * MAX_TEXT


def test_sheet_titles_are_valid_and_unique() -> None:
    assert sheet_title("Pass & participation") == "Pass & participation"
    assert sheet_title("a/b:c*d?[e]") == "a b c d  e"
    assert sheet_title("x" * 40) == "x" * 31
    assert sheet_title("Data", ["data"]) == "Data (2)"


def test_local_clock_follows_the_zone_across_dst() -> None:
    clock = LocalClock("America/New_York")
    assert clock(datetime(2025, 3, 9, 6, 59)) == datetime(2025, 3, 9, 1, 59)  # EST
    assert clock(datetime(2025, 3, 9, 7, 0)) == datetime(2025, 3, 9, 3, 0)  # EDT
    assert clock(datetime(2025, 3, 9, 7, 30)) == datetime(2025, 3, 9, 3, 30)
    assert LocalClock("Asia/Kathmandu")(datetime(2025, 1, 1, 0, 0)) == datetime(2025, 1, 1, 5, 45)
    assert LocalClock("UTC")(None) is None


# -- campaign export ---------------------------------------------------------------------


class Applicant:
    """One candidate with every field, answers, labels and a conversation at fixed times."""

    def __init__(self, ws: Workspace, campaign: CampaignInfo) -> None:
        ws.company.rename("Acme", "Asia/Manila")
        ids = ws.interview.set_steps(
            campaign.id,
            [
                ("introduction", "Welcome!", "text"),
                ("question", "Why  us?", "text"),
                ("question", "Tell a story", "audio"),
                ("question", "Night shift?", "text"),
                ("closing", "Bye", "text"),
            ],
        )
        self.questions = ids[1:4]
        self.id = ws.intake.add_candidate(
            campaign.id,
            first_name="Ana",
            last_name="Reyes",
            email="ana@example.com",
            phone="+639171234567",
            source="Referral",
            referee={
                "first_name": "Jo",
                "last_name": "Cruz",
                "id": "E-1",
                "email": "jo@example.com",
                "mobile": "+639180000000",
                "account": "Globe",
            },
            others={"shift": "night"},
        )
        ws.interview.record(self.id, self.questions[0], text="=1+1 because")
        ws.interview.record(
            self.id, self.questions[1], audio_path="a.mp3", transcript="Once upon a time"
        )
        ws.labels.add([self.id], "Top pick")
        ws.candidates.move([self.id], "Shortlisted")
        with ws.transaction() as s:
            s.execute(
                update(Candidate)
                .where(Candidate.id == self.id)
                .values(
                    school_name="UP Diliman",
                    gender="female",
                    employment=[
                        {
                            "company": "Sanin restaurant",
                            "organisation_name": "Sanin restaurant",
                            "description": "Front desk",
                            "start_date": "2017-01",
                            "end_date": "notApplicable",
                        },
                        {"description": "Group work", "start_date": "2013", "end_date": "2013"},
                    ],
                    links=[{"url": "https://example.com/ana"}, {"url": ""}],
                    added_at=datetime(2025, 3, 1, 0, 30),
                    completed_at=datetime(2025, 3, 1, 1, 10),
                )
            )
        at = datetime(2025, 3, 1)
        _message(ws, self.id, kind="bot", channel="messenger", body="Hi Ana", created_at=at)
        _message(
            ws,
            self.id,
            kind="candidate",
            direction="in",
            state="received",
            body="Yes!\n  I am   here",
            created_at=at.replace(minute=5),
        )
        _message(
            ws,
            self.id,
            kind="candidate",
            direction="in",
            state="received",
            media_type="audio",
            media_url="rec.mp3",
            created_at=at.replace(minute=6),
        )
        later = datetime(2025, 3, 1, 16, 30)  # 00:30 on 2 March in Manila
        _message(ws, self.id, body="=HYPERLINK(1)", user_id=ws.user_id, created_at=later)
        _message(
            ws,
            self.id,
            kind="comment",
            channel="internal",
            state="received",
            body="check CV",
            user_id=ws.user_id,
            created_at=later.replace(minute=31),
        )
        _message(
            ws,
            self.id,
            body="Call us",
            state="failed",
            user_id=ws.user_id,
            created_at=later.replace(minute=32),
        )


def test_campaign_export_has_every_field_answers_labels_and_transcript(
    ws: Workspace, campaign: CampaignInfo, tmp_path: Path
) -> None:
    ana = Applicant(ws, campaign)
    quiet = ws.intake.add_candidate(campaign.id, first_name="Bo", email="bo@example.com")
    out = tmp_path / "campaign.xlsx"
    seen: list[int] = []
    summary = ws.exports.campaign(campaign.id, out, progress=seen.append)
    assert (summary.path, summary.rows, summary.status) == (out, 2, "done")
    assert seen == [2]
    sheet = openpyxl.load_workbook(out)["Candidates"]
    header, first, second = _rows(sheet)
    assert header == (
        *FIELD_TITLES,
        "Q1: Why us?",
        "Q2: Tell a story",
        "Q3: Night shift?",
        "Transcript",
    )
    me = _user_name(ws)
    assert first == (
        ana.id,
        campaign.id,
        "Customer Service - Manila",
        "Ana",
        "Reyes",
        "ana@example.com",
        "+639171234567",
        "Referral",
        "Shortlisted",
        ">50% completed, Attempted, Top pick",
        datetime(2025, 3, 1, 8, 30),
        datetime(2025, 3, 1, 9, 10),
        "UP Diliman",
        "female",
        "Sanin restaurant (2017-01 – notApplicable): Front desk\n(2013 – 2013): Group work",
        "https://example.com/ana",
        "Jo",
        "Cruz",
        "E-1",
        "jo@example.com",
        "+639180000000",
        "Globe",
        '{"shift": "night"}',
        None,
        "=1+1 because",
        "Once upon a time",
        None,
        "2025-03-01\n"
        "08:00 Bot: Hi Ana\n"
        "08:05 Ana Reyes: Yes! I am here\n"
        "08:06 Ana Reyes: [audio: rec.mp3]\n"
        "2025-03-02\n"
        f"00:30 {me}: =HYPERLINK(1)\n"
        f"00:31 {me} (private comment): check CV\n"
        f"00:32 {me}: Call us [failed]",
    )
    assert second[:4] == (quiet, campaign.id, "Customer Service - Manila", "Bo")
    assert second[-4:] == (None, None, None, None)  # no answers, no conversation
    assert sheet.cell(row=2, column=len(FIELDS) + 1).quotePrefix  # the "=1+1" answer
    assert sheet.cell(row=2, column=7).quotePrefix  # the phone, "+63..."


def test_a_campaign_with_no_candidates_still_has_its_header(
    ws: Workspace, campaign: CampaignInfo, tmp_path: Path
) -> None:
    ws.interview.set_steps(campaign.id, [("question", "Why us?", "text")])
    out = tmp_path / "empty.xlsx"
    assert ws.exports.campaign(campaign.id, out).rows == 0
    sheet = openpyxl.load_workbook(out)["Candidates"]
    assert _rows(sheet) == [(*FIELD_TITLES, "Q1: Why us?", "Transcript")]


def test_candidates_come_in_id_order_across_folders_and_chunks(
    ws: Workspace, campaign: CampaignInfo, tmp_path: Path
) -> None:
    from talkpush_desktop.engine.exports import campaign_export

    ids = [
        ws.intake.add_candidate(campaign.id, first_name=f"c{i}", email=f"c{i}@x.com")
        for i in range(7)
    ]
    ws.candidates.move([ids[1], ids[4]], "Rejected")
    ws.candidates.move([ids[2]], "Hired")
    other = ws.campaigns.create("Other")
    ws.intake.add_candidate(other.id, first_name="elsewhere", email="e@x.com")
    with ws.transaction() as s:
        assert list(campaign_export.candidate_ids(s, campaign.id, page=2)) == ids
        buffer = io.BytesIO()
        camp = s.get(Campaign, campaign.id)
        assert camp is not None
        seen: list[int] = []
        assert campaign_export.write_campaign(s, camp, buffer, chunk=3, progress=seen.append) == 7
    assert seen == [3, 6, 7]
    column = [r[0] for r in _rows(_book(buffer.getvalue())["Candidates"])[1:]]
    assert column == ids


def test_a_long_conversation_is_capped_at_the_cell_limit(
    ws: Workspace, campaign: CampaignInfo, tmp_path: Path
) -> None:
    cid = ws.intake.add_candidate(campaign.id, first_name="Talkative", email="t@example.com")
    with ws.transaction() as s:
        s.add_all(
            Message(
                candidate_id=cid,
                direction="in",
                channel="sms",
                kind="candidate",
                body="word " * 200,
                state="received",
                created_at=datetime(2025, 3, 1, 0, n % 60, n // 60),
            )
            for n in range(100)
        )
    out = tmp_path / "long.xlsx"
    ws.exports.campaign(campaign.id, out)
    transcript = openpyxl.load_workbook(out)["Candidates"].cell(row=2, column=len(FIELDS) + 1)
    text = str(transcript.value)
    assert len(text) <= MAX_TEXT
    lines = text.split("\n")
    assert lines[0] == "2025-03-01"
    assert lines[-1] == f"… {100 - (len(lines) - 2)} more messages not shown (cell limit)"


def test_cancel_leaves_no_file_and_an_existing_one_untouched(
    ws: Workspace, campaign: CampaignInfo, tmp_path: Path
) -> None:
    ws.intake.add_candidate(campaign.id, first_name="Ana", email="ana@example.com")
    out = tmp_path / "keep.xlsx"
    out.write_bytes(b"previous")
    summary = ws.exports.campaign(campaign.id, out, cancel=lambda: True)
    assert (summary.status, summary.rows) == ("cancelled", 1)
    assert out.read_bytes() == b"previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.xlsx", "ws"]


def test_an_unknown_campaign_is_refused_and_no_file_written(ws: Workspace, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError, match="no campaign with id or title '999'"):
        ws.exports.campaign(999, tmp_path / "x.xlsx")
    assert list(tmp_path.iterdir()) == [tmp_path / "ws"]


def test_a_failed_write_removes_the_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    with pytest.raises(RuntimeError), atomic_output(target) as out:
        out.write(b"half")
        raise RuntimeError("boom")
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(ValidationError, match="does not exist"):
        with atomic_output(tmp_path / "missing" / "out.bin"):
            pass
    with pytest.raises(ValidationError, match="it is a folder"):
        with atomic_output(tmp_path):
            pass


def test_an_os_error_is_a_clear_error_naming_the_file(tmp_path: Path) -> None:
    target = tmp_path / ("x" * 300)  # longer than a file name may be
    with pytest.raises(WorkspaceError, match="^cannot write .*: File name too long$"):
        with atomic_output(target):
            pass
    assert list(tmp_path.iterdir()) == []


# -- analytics export --------------------------------------------------------------------

MAR1, MAR2 = date(2025, 3, 1), date(2025, 3, 2)


def _board() -> Dashboard:
    hours = [0.0] * 24
    completed = hours.copy()
    completed[9] = 1.5
    shortlisted, rejected, other = hours.copy(), hours.copy(), hours.copy()
    shortlisted[10], rejected[10], other[23] = 2.0, 1.0, 4.0
    return Dashboard(
        days=[MAR1, MAR2],
        overview=DailySeries(
            [MAR1, MAR2],
            {
                "added": [3.0, 0.0],
                "completed": [2.0, 0.0],
                "shortlisted": [1.0, 0.0],
                "rejected": [1.0, 0.0],
            },
        ),
        rates=DailyRates(
            [MAR1, MAR2],
            {"pass_rate": [0.5, None], "participation_rate": [2 / 3, None]},
            {
                "completed": [2.0, 0.0],
                "passed": [1.0, 0.0],
                "invited": [3.0, 0.0],
                "participated": [2.0, 0.0],
            },
        ),
        candidate_activity=HourlySeries({"completed": completed}),
        volume_by_user={7: 2, 8: 5},
        processing_by_user={7: 30.5, 8: 2.25},
        processing_by_campaign=CampaignProcessing([MAR1, MAR2], {4: [1.5, None], 3: [None, 26.0]}),
        user_activity=HourlySeries(
            {"shortlisted": shortlisted, "rejected": rejected, "other": other}
        ),
        user_names={7: "Rhea", 8: "Mark"},
    )


def test_analytics_workbook_has_one_sheet_per_chart_with_exact_cells() -> None:
    buffer = io.BytesIO()
    written = analytics_export.write_dashboard(buffer, _board(), {3: "Sales", 4: "Support"})
    book = _book(buffer.getvalue())
    assert book.sheetnames == list(analytics_export.SHEETS)
    assert written == dict(zip(analytics_export.SHEETS, [2, 2, 24, 2, 2, 2, 24], strict=True))
    assert _rows(book["Overview"]) == [
        ("Day", "Added", "Completed", "Shortlisted", "Rejected"),
        (datetime(2025, 3, 1), 3, 2, 1, 1),
        (datetime(2025, 3, 2), 0, 0, 0, 0),
    ]
    rates = book["Pass & participation"]
    assert _rows(rates) == [
        (
            "Day",
            "Pass rate",
            "Participation rate",
            "First completed",
            "Of them shortlisted",
            "First invited",
            "Of them completed",
        ),
        (datetime(2025, 3, 1), 0.5, 2 / 3, 2, 1, 3, 2),
        (datetime(2025, 3, 2), None, None, 0, 0, 0, 0),  # nothing to divide by: empty, not 0 %
    ]
    assert rates["B2"].number_format == "0.0%"
    assert rates["A2"].number_format == "yyyy-mm-dd"
    activity = _rows(book["Candidate activity"])
    assert activity[0] == ("Hour", "Average completed interviews")
    assert activity[1] == ("00:00", 0)
    assert activity[10] == ("09:00", 1.5)
    assert _rows(book["Processing volume"]) == [
        ("User ID", "User", "Candidates processed"),
        (8, "Mark", 5),
        (7, "Rhea", 2),
    ]
    by_user = book["Processing time by user"]
    assert _rows(by_user) == [
        ("User ID", "User", "Average processing time (hours)", "Within 24 h target"),
        (8, "Mark", 2.25, "yes"),
        (7, "Rhea", 30.5, "no"),
    ]
    assert by_user["C2"].number_format == "0.0"
    assert _rows(book["Processing time by campaign"]) == [
        ("Day", "Sales", "Support"),
        (datetime(2025, 3, 1), None, 1.5),
        (datetime(2025, 3, 2), 26, None),
    ]
    users = _rows(book["User activity"])
    assert users[0] == ("Hour", "Shortlisted", "Rejected", "Other actions")
    assert users[11] == ("10:00", 2, 1, 0)
    assert users[24] == ("23:00", 0, 0, 4)


def test_campaign_columns_name_the_id_when_titles_repeat() -> None:
    headers = analytics_export.campaign_headers([1, 2, 3], {1: "CSR", 2: "CSR", 3: "Sales"})
    assert headers == ["CSR (ID 1)", "CSR (ID 2)", "Sales"]
    assert analytics_export.campaign_headers([9], {}) == ["Campaign 9"]


def test_export_analytics_writes_the_workspace_dashboard(
    ws: Workspace, campaign: CampaignInfo, tmp_path: Path
) -> None:
    ws.intake.add_candidate(campaign.id, first_name="Ana", email="ana@example.com")
    today = datetime.now().date()
    out = tmp_path / "analytics.xlsx"
    summary = ws.exports.dashboard(out, today, today, [campaign.id])
    assert summary.frame == (today, today)
    assert summary.sheets["Overview"] == 1
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == list(analytics_export.SHEETS)
    with pytest.raises(NotFoundError, match="'999'"):
        ws.exports.dashboard(tmp_path / "no.xlsx", today, today, [999])
    with pytest.raises(ValidationError, match="ends"):
        ws.exports.dashboard(tmp_path / "no.xlsx", MAR2, MAR1)
    assert not (tmp_path / "no.xlsx").exists()


# -- SMS breakdown -----------------------------------------------------------------------

UCS2_LONG = "Кирилл " * 13  # 91 UCS-2 units: 2 segments of 67


def test_sms_breakdown_counts_messages_and_segments_per_campaign(
    ws: Workspace, campaign: CampaignInfo, tmp_path: Path
) -> None:
    ws.company.rename("Acme", "Asia/Manila")  # 1 March local = [28 Feb 16:00, 1 Mar 16:00) UTC
    sales = ws.campaigns.create("Sales")
    idle = ws.campaigns.create("Idle")
    a1 = ws.intake.add_candidate(campaign.id, first_name="a1", email="a1@example.com")
    a2 = ws.intake.add_candidate(campaign.id, first_name="a2", email="a2@example.com")
    b1 = ws.intake.add_candidate(sales.id, first_name="b1", email="b1@example.com")
    first, last = datetime(2025, 2, 28, 16, 0), datetime(2025, 3, 1, 15, 59, 59)
    created = datetime(2025, 2, 28)
    sent = {"created_at": created}
    _message(ws, a1, body="Hello", sent_at=first, **sent)  # 1 segment
    _message(ws, a1, body="x" * 200, sent_at=last, **sent)  # GSM-7: 2 segments
    _message(ws, a2, body="Salamat po \N{GRINNING FACE}", sent_at=first, **sent)  # UCS-2: 1
    _message(ws, b1, body=UCS2_LONG, state="sent", sent_at=last, **sent)  # UCS-2: 2
    # Not counted: outside the local day, inbound, email, never sent.
    _message(ws, a1, body="early", sent_at=datetime(2025, 2, 28, 15, 59, 59), **sent)
    _message(ws, a1, body="late", sent_at=datetime(2025, 3, 1, 16, 0), **sent)
    _message(ws, a1, body="reply", direction="in", state="received", sent_at=first, **sent)
    _message(ws, a1, body="mail", channel="email", sent_at=first, **sent)
    _message(ws, a2, body="waiting", state="queued", **sent)
    lines = ws.exports.sms_usage(MAR1, MAR1)
    mine = [x for x in lines if x.campaign_id in (campaign.id, sales.id, idle.id)]
    assert [x.as_row() for x in mine] == [
        [campaign.id, "Customer Service - Manila", 3, 4, 1],
        [sales.id, "Sales", 1, 2, 1],
        [idle.id, "Idle", 0, 0, 0],
    ]
    assert sms_breakdown.total(lines).as_row() == [None, "Total", 4, 6, 2]

    out = tmp_path / "sms.xlsx"
    summary = ws.exports.sms_breakdown_file(out, MAR1, MAR1)
    assert summary.totals == {"messages": 4, "segments": 6}
    book = openpyxl.load_workbook(out)
    rows = _rows(book["SMS breakdown"])
    assert rows[0] == ("Campaign ID", "Campaign", "SMS sent", "SMS segments", "Unicode (UCS-2) SMS")
    assert rows[-1] == (None, "Total", 4, 6, 2)
    assert len(rows) == len(lines) + 2
    assert book["SMS breakdown"].cell(row=len(rows), column=2).font.b
    assert _rows(book["Frame"]) == [
        ("Item", "Value"),
        ("From", datetime(2025, 3, 1)),
        ("To", datetime(2025, 3, 1)),
        ("Time zone", "Asia/Manila"),
    ]


# -- ATS JSON ----------------------------------------------------------------------------


def test_ats_json_is_the_seed_shape(ws: Workspace, campaign: CampaignInfo) -> None:
    ana = Applicant(ws, campaign)
    ws.candidates.move([ana.id], "Hired")
    bo = ws.intake.add_candidate(campaign.id, first_name="Bo", email="bo@example.com")
    ws.candidates.move([bo], "On Hold")
    got = ws.exports.ats_candidates([bo, ana.id, bo])
    assert [x["id"] for x in got] == [bo, ana.id]
    assert list(got[1]) == [
        "state",
        "campaign_id",
        "id",
        "first_name",
        "last_name",
        "campaign_title",
        "email",
        "user_phone_number",
        "school_name",
        "gender",
        "employment",
        "links",
        "others",
    ]
    assert got[1] == {
        "state": "hired",
        "campaign_id": campaign.id,
        "id": ana.id,
        "first_name": "Ana",
        "last_name": "Reyes",
        "campaign_title": "Customer Service - Manila",
        "email": "ana@example.com",
        "user_phone_number": "9171234567",
        "school_name": "UP Diliman",
        "gender": "female",
        "employment": [
            {
                "company": "Sanin restaurant",
                "organisation_name": "Sanin restaurant",
                "description": "Front desk",
                "start_date": "2017-01",
                "end_date": "notApplicable",
            },
            {"description": "Group work", "start_date": "2013", "end_date": "2013"},
        ],
        "links": [{"url": "https://example.com/ana"}, {"url": ""}],
        "others": {
            "referee_first_name": "Jo",
            "referee_last_name": "Cruz",
            "referee_id": "E-1",
            "referee_email": "jo@example.com",
            "referee_mobile": "+639180000000",
            "referee_account": "Globe",
            "shift": "night",
        },
    }
    assert got[0] | {"id": 0} == {
        "state": "on_hold",
        "campaign_id": campaign.id,
        "id": 0,
        "first_name": "Bo",
        "last_name": "",
        "campaign_title": "Customer Service - Manila",
        "email": "bo@example.com",
        "user_phone_number": "",
        "school_name": None,
        "gender": None,
        "employment": [],
        "links": [],
        "others": {},
    }


def test_ats_states_cover_every_folder() -> None:
    assert ats_json.STATES == {
        "Inbox": "inbox",
        "Completed": "completed",
        "Shortlisted": "shortlisted",
        "On Hold": "on_hold",
        "Rejected": "rejected",
        "Hired": "hired",
        "No Campaign Invitation": "no_campaign_invitation",
        "No Response": "no_response",
    }
    assert ats_json.national_number("+442071838750") == "2071838750"
    assert ats_json.national_number("+390612345678") == "0612345678"  # Italy keeps its 0


def test_ats_json_file_matches_and_unknown_ids_are_named(
    ws: Workspace, campaign: CampaignInfo, tmp_path: Path
) -> None:
    ids = [ws.intake.add_candidate(campaign.id, first_name=n, email=f"{n}@x.com") for n in "abc"]
    out = tmp_path / "ats.json"
    assert ws.exports.ats_json_file(ids, out).rows == 3
    assert json.loads(out.read_text(encoding="utf-8")) == ws.exports.ats_candidates(ids)
    with pytest.raises(NotFoundError, match="^no candidate with id 999$"):
        ws.exports.ats_json_file([ids[0], 999], tmp_path / "bad.json")
    with pytest.raises(NotFoundError, match="^no candidates with ids 998, 999$"):
        ws.exports.ats_candidates([998, ids[0], 999])
    assert not (tmp_path / "bad.json").exists()
