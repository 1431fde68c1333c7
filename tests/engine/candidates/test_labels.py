"""Manual labels (bulk, undoable) and automatic labels kept correct as data changes."""

from __future__ import annotations

import pytest

from talkpush_desktop.engine.candidates.filters import CandidateFilter
from talkpush_desktop.engine.dto import CampaignInfo
from talkpush_desktop.engine.errors import ValidationError
from talkpush_desktop.engine.workspace import Workspace


def test_add_remove_and_list_by_label(ws: Workspace, campaign: CampaignInfo) -> None:
    ids = [
        ws.intake.add_candidate(campaign.id, first_name=f"L{i}", email=f"l{i}@x.org")
        for i in range(5)
    ]
    assert ws.labels.add(ids[:3], "Bilingual") == 3
    assert ws.labels.add(ids[:4], "bilingual") == 1  # same label, case-insensitive
    by_label = ws.candidates.page(CandidateFilter(labels=("Bilingual",)))
    assert sorted(r.id for r in by_label) == sorted(ids[:4])
    assert "Bilingual" in ws.candidates.get(ids[0]).row.labels
    assert ws.labels.remove(ids[:2], "Bilingual") == 2
    assert sorted(
        r.id for r in ws.candidates.page(CandidateFilter(labels=("Bilingual",)))
    ) == sorted(ids[2:4])
    ws.undo()  # the removal
    assert len(ws.candidates.page(CandidateFilter(labels=("Bilingual",)))) == 4
    ws.undo()  # the second add: only the one candidate it really added
    assert len(ws.candidates.page(CandidateFilter(labels=("Bilingual",)))) == 3


def test_labels_combine_with_and(ws: Workspace, campaign: CampaignInfo) -> None:
    a, b = (ws.intake.add_candidate(campaign.id, first_name=n, email=f"{n}@x.org") for n in "ab")
    ws.labels.add([a, b], "Night shift OK")
    ws.labels.add([a], "Priority")
    rows = ws.candidates.page(CandidateFilter(labels=("Night shift OK", "Priority")))
    assert [r.id for r in rows] == [a]


def test_automatic_labels_cannot_be_set_by_hand(ws: Workspace, campaign: CampaignInfo) -> None:
    cid = ws.intake.add_candidate(campaign.id, first_name="A", email="a@x.org")
    with pytest.raises(ValidationError, match="automatic"):
        ws.labels.add([cid], "Duplicate")
    names = {x.name: x.automatic for x in ws.labels.all()}
    assert names["Duplicate"] and names["Attempted"] and names[">50% completed"]


def test_duplicate_label_across_campaigns_by_email_or_phone(
    ws: Workspace, campaign: CampaignInfo
) -> None:
    other = ws.campaigns.create("Chat Support", hotline_country="PH")
    first = ws.intake.add_candidate(campaign.id, first_name="Ana", email="Ana@Example.com")
    by_email = ws.intake.add_candidate(other.id, first_name="Ana", email="ana@example.com")
    by_phone_a = ws.intake.add_candidate(campaign.id, first_name="Bo", phone="0917 123 4567")
    by_phone_b = ws.intake.add_candidate(other.id, first_name="Bo", phone="+63 917 123 4567")
    assert "Duplicate" not in ws.candidates.get(first).row.labels
    assert "Duplicate" in ws.candidates.get(by_email).row.labels
    assert "Duplicate" not in ws.candidates.get(by_phone_a).row.labels
    assert "Duplicate" in ws.candidates.get(by_phone_b).row.labels


def test_same_contact_twice_in_one_campaign_is_refused(
    ws: Workspace, campaign: CampaignInfo
) -> None:
    cid = ws.intake.add_candidate(campaign.id, first_name="Ana", email="ana@example.com")
    with pytest.raises(ValidationError, match=f"candidate {cid}"):
        ws.intake.add_candidate(campaign.id, first_name="Ana B", email="ANA@example.com")


def test_progress_labels_follow_responses(ws: Workspace, campaign: CampaignInfo) -> None:
    steps = (
        [("introduction", "Hi", "text")]
        + [("question", f"Q{i}", "text") for i in range(4)]
        + [("closing", "Bye", "text")]
    )
    qids = ws.interview.set_steps(campaign.id, steps)[1:5]
    cid = ws.intake.add_candidate(campaign.id, first_name="Ana", email="ana@example.com")
    assert ws.candidates.get(cid).row.labels == ()
    ws.interview.record(cid, qids[0], text="yes")
    assert set(ws.candidates.get(cid).row.labels) == {"Attempted"}
    ws.interview.record(cid, qids[1], text="yes")
    assert ">50% completed" not in ws.candidates.get(cid).row.labels  # 2 of 4 is not more than half
    ws.interview.record(cid, qids[2], text="yes")
    assert set(ws.candidates.get(cid).row.labels) == {"Attempted", ">50% completed"}
    # the interview grows to 8 questions: 3 answers are no longer more than half
    ws.interview.set_steps(
        campaign.id, steps[:-1] + [("question", f"Q{i}", "text") for i in range(4, 8)]
    )
    assert ">50% completed" not in ws.candidates.get(cid).row.labels


def test_a_labels_count_is_exact_per_campaign_and_across_them(
    ws: Workspace, campaign: CampaignInfo
) -> None:
    other = ws.campaigns.create("Sales - Cebu")
    here = [
        ws.intake.add_candidate(campaign.id, first_name=f"c{i}", email=f"c{i}@example.com")
        for i in range(3)
    ]
    there = ws.intake.add_candidate(other.id, first_name="far", email="far@example.com")
    ws.labels.add([*here, there], "Night shift")
    ws.labels.remove([here[0]], "Night shift")
    night = CandidateFilter(labels=("Night shift",))
    assert ws.candidates.count(night) == 3
    assert ws.candidates.count(night.with_(campaign_id=campaign.id)) == 2
    assert ws.candidates.count(night.with_(campaign_id=other.id)) == 1
    assert ws.candidates.count(CandidateFilter(labels=("No such label",))) == 0
    assert ws.candidates.count(night.with_(source="")) == 3  # the same through the general filter
