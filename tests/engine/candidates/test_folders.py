"""Folder rules, maintained counts, activity log and undo of moves."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from talkpush_desktop.engine.candidates.filters import CandidateFilter
from talkpush_desktop.engine.candidates.folders import parse_folder
from talkpush_desktop.engine.dto import CampaignInfo
from talkpush_desktop.engine.errors import ValidationError
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.storage.models import Activity, Candidate, Folder


def _add(ws: Workspace, campaign: CampaignInfo, n: int, start: int = 0) -> list[int]:
    return [
        ws.intake.add_candidate(
            campaign.id, first_name=f"Cand{i}", last_name="Test", email=f"cand{i}@example.com"
        )
        for i in range(start, start + n)
    ]


def _scan_counts(ws: Workspace, campaign_id: int | None) -> dict[str, int]:
    with ws.transaction() as s:
        stmt = select(Candidate.folder, func.count()).group_by(Candidate.folder)
        if campaign_id is not None:
            stmt = stmt.where(Candidate.campaign_id == campaign_id)
        found = dict(s.execute(stmt).all())
    return {f.value: found.get(f.value, 0) for f in Folder}


def test_new_candidates_join_the_inbox_and_counts_follow(
    ws: Workspace, campaign: CampaignInfo
) -> None:
    ids = _add(ws, campaign, 3)
    assert {ws.candidates.get(i).row.folder for i in ids} == {"Inbox"}
    assert ws.candidates.folder_counts(campaign.id)["Inbox"] == 3
    assert ws.candidates.folder_counts()["Inbox"] == 3


def test_moves_update_counts_log_and_can_be_undone(ws: Workspace, campaign: CampaignInfo) -> None:
    other = ws.campaigns.create("Tech Support - Cebu", hotline_country="PH")
    ids = _add(ws, campaign, 4) + _add(ws, other, 2, start=10)
    assert ws.candidates.move(ids[:3] + ids[4:5], "shortlisted") == 4
    assert ws.candidates.folder_counts(campaign.id) == _scan_counts(ws, campaign.id)
    assert ws.candidates.folder_counts() == _scan_counts(ws, None)
    assert ws.candidates.folder_counts(campaign.id)["Shortlisted"] == 3
    assert ws.candidates.folder_counts()["Shortlisted"] == 4
    with ws.transaction() as s:
        moves = s.scalars(select(Activity).where(Activity.action == "moved")).all()
    assert len(moves) == 4
    assert {(m.from_folder, m.to_folder, m.user_id) for m in moves} == {
        ("Inbox", "Shortlisted", ws.user_id)
    }
    assert ws.undo() == "Move 4 to Shortlisted"
    assert ws.candidates.folder_counts()["Shortlisted"] == 0
    assert ws.candidates.folder_counts() == _scan_counts(ws, None)
    assert ws.redo() == "Move 4 to Shortlisted"
    assert ws.candidates.folder_counts()["Shortlisted"] == 4


def test_moving_to_the_same_folder_changes_nothing(ws: Workspace, campaign: CampaignInfo) -> None:
    ids = _add(ws, campaign, 2)
    ws.candidates.move(ids, Folder.REJECTED)
    assert ws.candidates.move(ids, Folder.REJECTED) == 0
    assert ws.candidates.folder_counts(campaign.id)["Rejected"] == 2


@pytest.mark.parametrize("folder", ["Completed", "No Response", "No Campaign Invitation"])
def test_system_folders_are_not_set_by_a_recruiter(
    ws: Workspace, campaign: CampaignInfo, folder: str
) -> None:
    [cid] = _add(ws, campaign, 1)
    with pytest.raises(ValidationError, match="set by the system"):
        ws.candidates.move([cid], folder)
    assert ws.candidates.get(cid).row.folder == "Inbox"


def test_folder_spellings() -> None:
    assert parse_folder("on-hold") is Folder.ON_HOLD
    assert parse_folder("On Hold") is Folder.ON_HOLD
    assert parse_folder("HIRED") is Folder.HIRED
    with pytest.raises(ValidationError, match="unknown folder"):
        parse_folder("Archive")


def test_bulk_move_of_thousands_is_one_transaction(ws: Workspace, campaign: CampaignInfo) -> None:
    from talkpush_desktop.engine.candidates import records as cand
    from talkpush_desktop.engine.intake.row_mapping import CandidateDraft
    from talkpush_desktop.storage.models import Campaign

    with ws.transaction() as s:
        camp = s.get(Campaign, campaign.id)
        assert camp is not None
        drafts = [
            CandidateDraft(first_name=f"B{i}", email=f"b{i}@x.org", email_key=f"b{i}@x.org")
            for i in range(3000)
        ]
        cand.insert_drafts(s, camp, drafts, at=utcnow(), user_id=None)
    ids = ws.candidates.ids(CandidateFilter(campaign_id=campaign.id))
    assert len(ids) == 3000
    assert ws.candidates.move(ids, "Hired") == 3000
    assert ws.candidates.folder_counts(campaign.id)["Hired"] == 3000
    assert ws.candidates.folder_counts(campaign.id) == _scan_counts(ws, campaign.id)


def test_interview_completion_moves_to_completed_unless_decided(
    ws: Workspace, campaign: CampaignInfo
) -> None:
    a, b = _add(ws, campaign, 2)
    ws.candidates.move([b], "Shortlisted")
    ws.interview.complete(a)
    ws.interview.complete(b)
    assert ws.candidates.get(a).row.folder == "Completed"
    assert ws.candidates.get(a).row.completed_at is not None
    assert ws.candidates.get(b).row.folder == "Shortlisted"
    assert ws.candidates.folder_counts(campaign.id) == _scan_counts(ws, campaign.id)


def test_expired_pins_go_to_no_response_and_refresh_brings_them_back(
    ws: Workspace, campaign: CampaignInfo
) -> None:
    a, b = _add(ws, campaign, 2)
    ws.interview.complete(b)
    later = utcnow() + timedelta(hours=73)
    assert ws.candidates.expire_pins(later) == 1
    assert ws.candidates.get(a).row.folder == "No Response"
    assert ws.candidates.get(b).row.folder == "Completed"
    assert ws.candidates.refresh_pins([a]) == 1
    refreshed = ws.candidates.get(a)
    assert refreshed.row.folder == "Inbox"
    assert refreshed.pin_expires_at is not None and refreshed.pin_expires_at > utcnow()
    assert len(refreshed.access_code) == 6 and refreshed.access_code.isdigit()
