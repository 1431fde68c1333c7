"""``ws.sheets``: a sheet served by a real HTTP server on 127.0.0.1, checked when added,
polled for the rows appended since, each sign-up imported and invited once; a sheet whose
earlier rows changed is reported, and a fault mid-import leaves whole chunks only."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from talkpush_desktop.engine.dto import CampaignInfo
from talkpush_desktop.engine.errors import NotFoundError, ValidationError
from talkpush_desktop.engine.intake import import_run, importer
from talkpush_desktop.engine.intake.feeds import Feeds
from talkpush_desktop.engine.messaging.service import MessagingService
from talkpush_desktop.engine.messaging.sync import SyncWorker
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.storage.models import Candidate, Message

HEADER = "Timestamp,Full name,Email,Phone Number,Location\n"


def rows(first: int, last: int) -> str:
    return "".join(
        f"11/2{i % 10}/2026 10:00:00,Person {i},p{i}@example.com,,Manila\n"
        for i in range(first, last)
    )


def emails(ws: Workspace) -> list[str]:
    with ws.reading() as s:
        return sorted(s.scalars(select(Candidate.email)))


def messages(ws: Workspace) -> int:
    with ws.reading() as s:
        return int(s.scalar(select(func.count()).select_from(Message)) or 0)


def test_a_row_appended_becomes_an_invited_candidate_once(
    ws: Workspace, campaign: CampaignInfo, sheet_server: tuple[str, Path]
) -> None:
    url, published = sheet_server
    published.write_text(HEADER + rows(0, 2), encoding="utf-8")
    sheet_id, checked = ws.sheets.add(url, campaign.id, every_minutes=5)
    assert [c["field"] for c in checked.columns[:4]] == ["Timestamp", "Full name", "Email", "Phone"]
    assert checked.data_rows == 2
    [first] = ws.sheets.poll(sheet_id)
    assert (first.imported, first.invited, first.status) == (2, 2, "ok")
    queued = messages(ws)
    published.write_text(HEADER + rows(0, 3), encoding="utf-8")  # one sign-up appended
    [second] = ws.sheets.poll(sheet_id)
    assert (second.imported, second.already_imported, second.invited) == (1, 2, 1)
    assert messages(ws) > queued
    [third] = ws.sheets.poll(sheet_id)  # nothing new: no batch, no invitation
    assert (third.imported, third.already_imported, third.batch_id) == (0, 3, None)
    assert emails(ws) == [f"p{i}@example.com" for i in range(3)]
    [info] = ws.sheets.list_sheets()
    assert (info.rows_imported, info.status, info.last_error) == (3, "ok", "")
    assert info.last_poll_at is not None and info.campaign == campaign.title


def test_a_sheet_is_checked_when_added(
    ws: Workspace, campaign: CampaignInfo, sheet_server: tuple[str, Path]
) -> None:
    url, published = sheet_server
    with pytest.raises(ValidationError, match="could not be downloaded"):
        ws.sheets.add(url, campaign.id)  # nothing published yet: 404
    published.write_text("Timestamp,Email,Full name,Phone\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="column 2 is titled 'Email'"):
        ws.sheets.add(url, campaign.id)
    published.write_text("Name,Email\nAnn,ann@example.com\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="2 column"):
        ws.sheets.add(url, campaign.id)
    published.write_text("x,ann@example.com,Ann Lee,\n", encoding="utf-8")  # no header, bad order
    with pytest.raises(ValidationError, match="none of the first rows"):
        ws.sheets.add(url, campaign.id)
    assert ws.sheets.list_sheets() == []
    published.write_text(HEADER, encoding="utf-8")  # a new form: no answers yet
    sheet_id, _ = ws.sheets.add(url, campaign.id)
    with pytest.raises(ValidationError, match="already polled"):
        ws.sheets.add(url, campaign.id)
    ws.sheets.remove(sheet_id)
    with pytest.raises(NotFoundError):
        ws.sheets.remove(sheet_id)


def test_earlier_rows_changed_are_reported_not_reimported(
    ws: Workspace, campaign: CampaignInfo, sheet_server: tuple[str, Path]
) -> None:
    url, published = sheet_server
    published.write_text(HEADER + rows(0, 3), encoding="utf-8")
    sheet_id, _ = ws.sheets.add(url, campaign.id)
    ws.sheets.poll(sheet_id)
    edited = HEADER + rows(0, 3).replace("p1@example.com", "other@example.com") + rows(3, 4)
    published.write_text(edited, encoding="utf-8")
    [poll] = ws.sheets.poll(sheet_id)
    assert (poll.status, poll.imported) == ("changed", 0)
    [info] = ws.sheets.list_sheets()
    assert info.status == "changed" and "changed" in info.last_error
    assert len(emails(ws)) == 3
    published.write_text(HEADER + rows(0, 4), encoding="utf-8")  # put back: polling goes on
    [poll] = ws.sheets.poll(sheet_id)
    assert (poll.status, poll.imported) == ("ok", 1)
    noted = "".join(line + ",,,,,,,,called\n" for line in rows(0, 5).splitlines())
    published.write_text(HEADER + noted, encoding="utf-8")  # a recruiter's column, far right
    [poll] = ws.sheets.poll(sheet_id)
    assert (poll.status, poll.imported) == ("ok", 1)


def test_an_unreachable_sheet_keeps_its_place(
    ws: Workspace, campaign: CampaignInfo, sheet_server: tuple[str, Path]
) -> None:
    url, published = sheet_server
    published.write_text(HEADER + rows(0, 1), encoding="utf-8")
    sheet_id, _ = ws.sheets.add(url, campaign.id)
    published.unlink()
    [poll] = ws.sheets.poll(sheet_id)
    assert poll.status == "error" and "could not be downloaded" in poll.error
    published.write_text(HEADER + rows(0, 2), encoding="utf-8")
    [poll] = ws.sheets.poll(sheet_id)
    assert (poll.status, poll.imported) == ("ok", 2)
    assert not list((ws.data_dir / "downloads").glob("*.csv"))


def test_a_fault_mid_import_leaves_whole_chunks_and_resumes(
    ws: Workspace,
    campaign: CampaignInfo,
    sheet_server: tuple[str, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url, published = sheet_server
    published.write_text(HEADER + rows(0, 5), encoding="utf-8")
    sheet_id, _ = ws.sheets.add(url, campaign.id)
    monkeypatch.setattr(importer, "CHUNK_ROWS", 2)
    insert = import_run.ImportRun._insert
    calls = []

    def failing(self: import_run.ImportRun, s: object, fresh: list, flagged: set) -> None:  # type: ignore[type-arg]
        calls.append(1)
        insert(self, s, fresh, flagged)  # type: ignore[arg-type]
        if len(calls) == 2:
            raise OSError("disk full")  # after the second chunk's rows were written

    monkeypatch.setattr(import_run.ImportRun, "_insert", failing)
    with pytest.raises(OSError):
        ws.sheets.poll(sheet_id)
    assert emails(ws) == ["p0@example.com", "p1@example.com"]  # the first chunk, whole
    [info] = ws.sheets.list_sheets()
    assert info.status == "error" and "disk full" in info.last_error
    monkeypatch.setattr(import_run.ImportRun, "_insert", insert)
    [poll] = ws.sheets.poll(sheet_id)
    assert (poll.imported, poll.already_imported) == (3, 2)
    assert emails(ws) == [f"p{i}@example.com" for i in range(5)]


def test_the_sync_worker_polls_due_sheets(
    ws: Workspace, campaign: CampaignInfo, sheet_server: tuple[str, Path]
) -> None:
    url, published = sheet_server
    published.write_text(HEADER + rows(0, 1), encoding="utf-8")
    ws.sheets.add(url, campaign.id, every_minutes=5)
    now = [datetime(2026, 12, 6, 9, 0)]
    worker = SyncWorker(ws.context, feeds=Feeds(ws.context, clock=lambda: now[0]))
    try:
        report = asyncio.run(worker.run(once=True))
        assert report.intake == 1 and report.sent >= 1  # imported, and its invitation went
        published.write_text(HEADER + rows(0, 2), encoding="utf-8")
        now[0] = utcnow()  # the poll was recorded at the real time
        assert asyncio.run(worker.run(once=True)).intake == 1  # not due for 5 minutes
        assert emails(ws) == ["p0@example.com"]
        now[0] += timedelta(minutes=6)
        report = asyncio.run(worker.run(once=True))
        assert report.intake == 2 and report.sent >= 2  # the appended row, invited
    finally:
        worker.close()
    assert emails(ws) == ["p0@example.com", "p1@example.com"]


def test_a_poll_stopped_before_inviting_is_finished_by_the_next(
    ws: Workspace,
    campaign: CampaignInfo,
    sheet_server: tuple[str, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url, published = sheet_server
    published.write_text(HEADER + rows(0, 2), encoding="utf-8")
    sheet_id, _ = ws.sheets.add(url, campaign.id)
    real = MessagingService.send_invitations
    monkeypatch.setattr(MessagingService, "send_invitations", _stopped)
    with pytest.raises(KeyboardInterrupt):
        ws.sheets.poll(sheet_id)
    assert len(emails(ws)) == 2 and messages(ws) == 0  # imported, not invited
    monkeypatch.setattr(MessagingService, "send_invitations", real)
    [poll] = ws.sheets.poll(sheet_id)
    assert (poll.imported, poll.invited) == (0, 2)
    queued = messages(ws)
    [poll] = ws.sheets.poll(sheet_id)
    assert poll.invited == 0 and messages(ws) == queued  # invited once


def _stopped(*_args: object) -> None:
    raise KeyboardInterrupt  # the process stops between the import and the invitations
