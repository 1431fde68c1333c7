"""``ws.leadads`` against a Graph-API-like server on 127.0.0.1 (real HTTP, real response
shapes): the Page connected with its token in the keyring, ads checked, leads pulled page
by page into the campaign and invited once; an expired token and a rate limit lose nothing."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import func, select, text

from talkpush_desktop.engine.dto import CampaignInfo
from talkpush_desktop.engine.errors import ValidationError
from talkpush_desktop.engine.intake.feeds import Feeds
from talkpush_desktop.engine.intake.lead_ads import leads as lead_rows
from talkpush_desktop.engine.messaging.sync import SyncWorker
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.storage.models import (
    Candidate,
    CandidateLabel,
    Label,
    LeadAdLead,
    Message,
)
from tests.support.fake_graph import GraphState, graph_server
from tests.support.memory_keyring import MemoryKeyring

PAGE, AD, TOKEN = "1122334455", "23850000000001", "page-token-1"
T0 = 1_796_000_000


@pytest.fixture
def graph(memory_keyring: MemoryKeyring) -> Iterator[tuple[str, GraphState]]:
    with graph_server() as (base, state):
        state.pages[PAGE] = "Talkpush Careers"
        state.ads[AD] = "Hiring agents - Manila"
        yield base, state


@pytest.fixture
def connected(ws: Workspace, campaign: CampaignInfo, graph: tuple[str, GraphState]) -> GraphState:
    base, state = graph
    ws.leadads.connect(PAGE, TOKEN, base_url=base)
    ws.leadads.add_ad(AD, campaign.id)
    return state


def candidates(ws: Workspace) -> list[tuple[str, str, str, str, str]]:
    with ws.reading() as s:
        rows = s.execute(
            select(
                Candidate.first_name,
                Candidate.last_name,
                Candidate.email,
                Candidate.phone,
                Candidate.source,
            ).order_by(Candidate.id)
        )
        return [tuple(r) for r in rows]  # type: ignore[misc]


def test_connect_keeps_the_token_in_the_keyring_only(
    ws: Workspace, graph: tuple[str, GraphState], memory_keyring: MemoryKeyring
) -> None:
    base, _state = graph
    with pytest.raises(ValidationError, match="190"):
        ws.leadads.connect(PAGE, "wrong-token", base_url=base)
    info = ws.leadads.connect(PAGE, TOKEN, base_url=base, graph_version="v19.0")
    assert (info.name, info.graph_version, info.has_token) == ("Talkpush Careers", "v19.0", True)
    with ws.reading() as s:
        dump = "\n".join(str(r) for r in s.execute(text("SELECT * FROM provider_settings")))
    assert TOKEN not in dump and PAGE in dump
    assert TOKEN in str(memory_keyring.__dict__)
    with pytest.raises(ValidationError, match="one Page per company"):
        ws.leadads.connect("999", TOKEN, base_url=base)
    with pytest.raises(ValidationError, match="graph version"):
        ws.leadads.connect(PAGE, TOKEN, base_url=base, graph_version="19")


def test_ads_are_checked_with_the_graph_api(
    ws: Workspace, campaign: CampaignInfo, graph: tuple[str, GraphState]
) -> None:
    base, _state = graph
    with pytest.raises(ValidationError, match="no Facebook Page"):
        ws.leadads.add_ad(AD, campaign.id)
    ws.leadads.connect(PAGE, TOKEN, base_url=base)
    with pytest.raises(ValidationError, match="no ad 777"):
        ws.leadads.add_ad("777", campaign.id)
    with pytest.raises(ValidationError, match="not a Facebook id"):
        ws.leadads.add_ad("abc", campaign.id)
    added = ws.leadads.add_ad(AD, campaign.id)
    assert added["name"] == "Hiring agents - Manila" and added["campaign"] == campaign.title
    with pytest.raises(ValidationError, match="already added"):
        ws.leadads.add_ad(AD, campaign.id)


def test_new_leads_become_invited_candidates_once(ws: Workspace, connected: GraphState) -> None:
    st = connected
    st.add_lead(AD, "9001", T0, full_name="Ana Reyes", email="ana@example.com", city="Manila")
    st.add_lead(
        AD, "9002", T0 + 5, first_name="Ben", last_name="Cruz", phone_number="+639171234567"
    )
    st.add_lead(AD, "9003", T0 + 9, full_name="Cy Lim", email="cy@example.com", years_in_bpo="3")
    [poll] = ws.leadads.poll()
    assert (poll.status, poll.imported, poll.invited, poll.rejected) == ("ok", 3, 3, 0)
    assert sum(1 for r in st.requests if r.endswith("/leads")) == 2  # two pages of two
    assert candidates(ws) == [
        ("Cy", "Lim", "cy@example.com", "", "Facebook Lead Ad"),
        ("Ben", "Cruz", "", "+639171234567", "Facebook Lead Ad"),
        ("Ana", "Reyes", "ana@example.com", "", "Facebook Lead Ad"),
    ]
    st.add_lead(AD, "9004", T0 + 20, full_name="Dee Tan", email="dee@example.com")
    [again] = ws.leadads.poll()
    # from the watermark's second on: the lead of that second is seen again and skipped by id
    assert (again.imported, again.already_imported) == (1, 1)
    [quiet] = ws.leadads.poll()
    assert (quiet.imported, quiet.already_imported) == (0, 1)
    with ws.reading() as s:
        assert s.scalar(select(func.count()).select_from(LeadAdLead)) == 4
        assert s.scalar(select(func.count()).select_from(Message)) >= 4
    [ad] = ws.leadads.list_ads()["ads"]
    assert (ad["leads_imported"], ad["status"], ad["last_error"]) == (4, "ok", "")


def test_lead_answers_go_to_the_candidate() -> None:
    lead = {
        "id": "1",
        "created_time": "2026-12-01T10:00:00+0000",
        "field_data": [
            {"name": "full_name", "values": ["Ana Maria Reyes"]},
            {"name": "email", "values": ["ana@example.com"]},
            {"name": "city", "values": ["Makati"]},
            {"name": "country", "values": ["PH"]},
            {"name": "preferred_shift?", "values": ["night", "weekend"]},
        ],
    }
    f = lead_rows.fields_of(lead)
    assert (f.first_name, f.last_name, f.email) == ("Ana", "Maria Reyes", "ana@example.com")
    assert f.others == {
        "preferred_shift?": "night, weekend",
        "location": "Makati, PH",
        "facebook_lead_id": "1",
    }
    assert lead_rows.created_at(lead) == 1796119200


def test_duplicates_and_refused_leads(
    ws: Workspace, campaign: CampaignInfo, connected: GraphState
) -> None:
    other = ws.campaigns.create("Other", hotline_country="PH")
    ws.intake.add_candidate(other.id, first_name="Ana", email="ana@example.com")
    ws.intake.add_candidate(campaign.id, first_name="Bo", email="bo@example.com")
    st = connected
    st.add_lead(AD, "1", T0, full_name="Ana Reyes", email="ana@example.com")  # other campaign
    st.add_lead(AD, "2", T0 + 1, full_name="Bo Lee", email="bo@example.com")  # this campaign
    st.add_lead(AD, "3", T0 + 2, full_name="No Contact")  # neither email nor phone
    st.add_lead(AD, "4", T0 + 3, email="noname@example.com")  # no name
    [poll] = ws.leadads.poll()
    assert (poll.imported, poll.duplicates, poll.rejected) == (1, 1, 2)
    with ws.reading() as s:
        labelled = s.execute(
            select(Candidate.campaign_id, Candidate.email)
            .join(CandidateLabel, CandidateLabel.candidate_id == Candidate.id)
            .join(Label, Label.id == CandidateLabel.label_id)
            .where(Label.name == "Duplicate")
            .order_by(Candidate.campaign_id)
        )
        # the lead's candidate is labelled, as an import labels a row held elsewhere
        assert list(labelled) == [(campaign.id, "ana@example.com")]


def test_an_expired_token_loses_nothing_and_resumes_after_reconnect(
    ws: Workspace, connected: GraphState, graph: tuple[str, GraphState]
) -> None:
    base, st = graph
    st.add_lead(AD, "1", T0, full_name="Ana Reyes", email="ana@example.com")
    st.expire()
    [poll] = ws.leadads.poll()
    assert poll.status == "token_expired" and "expired" in poll.error and "190" in poll.error
    [ad] = ws.leadads.list_ads()["ads"]
    assert ad["status"] == "token_expired" and "connect the Page again" in ad["last_error"]
    assert candidates(ws) == []
    st.expired, st.token = False, "page-token-2"
    ws.leadads.connect(PAGE, "page-token-2", base_url=base)
    [poll] = ws.leadads.poll()
    assert (poll.status, poll.imported) == ("ok", 1)


def test_a_rate_limit_backs_off_and_a_mid_pass_fault_keeps_whole_pages(
    ws: Workspace, connected: GraphState
) -> None:
    st = connected
    for i in range(5):
        st.add_lead(AD, f"{i}", T0 + i, full_name=f"P{i} Q", email=f"p{i}@example.com")
    st.rate_limit(1, http=True)
    [poll] = ws.leadads.poll()
    assert (poll.status, poll.imported) == ("rate_limited", 0) and "429" in poll.error
    st.rate_limit(1)
    [poll] = ws.leadads.poll()
    assert poll.status == "rate_limited" and "17" in poll.error
    # the second page's request is limited: the first page is taken whole, the watermark stays
    st.limit_leads_call(2)
    [poll] = ws.leadads.poll()
    assert (poll.status, poll.imported) == ("rate_limited", 2)
    assert len(candidates(ws)) == 2
    [poll] = ws.leadads.poll()  # from the old watermark: the first page is skipped by id
    assert (poll.status, poll.imported, poll.already_imported) == ("ok", 3, 2)
    assert sorted(c[2] for c in candidates(ws)) == [f"p{i}@example.com" for i in range(5)]


def test_the_sync_worker_pulls_due_ads(ws: Workspace, connected: GraphState) -> None:
    connected.add_lead(AD, "1", T0, full_name="Ana Reyes", email="ana@example.com")
    worker = SyncWorker(ws.context, feeds=Feeds(ws.context))
    try:
        report = asyncio.run(worker.run(once=True))
    finally:
        worker.close()
    assert report.intake == 1 and report.sent >= 1


def test_a_fault_inside_a_page_leaves_none_of_it(
    ws: Workspace, connected: GraphState, monkeypatch: pytest.MonkeyPatch
) -> None:
    st = connected
    for i in range(4):
        st.add_lead(AD, f"{i}", T0 + i, full_name=f"P{i} Q", email=f"p{i}@example.com")
    st.add_lead(AD, "9", T0 + 3, full_name="Twin Q", email="p3@example.com")  # same page
    st.page_size = 3
    real = lead_rows.invitations.send
    calls: list[int] = []

    def failing(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        if len(calls) == 2:
            raise OSError("disk full")  # the second page: its candidates were inserted
        return real(*args, **kwargs)

    monkeypatch.setattr(lead_rows.invitations, "send", failing)
    with pytest.raises(OSError):
        ws.leadads.poll()
    assert len(candidates(ws)) == 2  # the first page (3 leads: 2 people, 1 duplicate), whole
    [ad] = ws.leadads.list_ads()["ads"]
    assert ad["status"] == "error" and "disk full" in ad["last_error"]
    monkeypatch.setattr(lead_rows.invitations, "send", real)
    [poll] = ws.leadads.poll()
    assert (poll.imported, poll.already_imported) == (2, 3)
    assert sorted(c[2] for c in candidates(ws)) == [f"p{i}@example.com" for i in range(4)]
    with ws.reading() as s:
        outcomes = dict(s.execute(select(LeadAdLead.lead_id, LeadAdLead.outcome)).all())
    assert [outcomes[k] for k in "012"] == ["imported"] * 3
    assert sorted([outcomes["3"], outcomes["9"]]) == ["duplicates", "imported"]  # same email
