"""Search as you type (FTS5), kept in sync, combined with the other filters."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import update

from talkpush_desktop.engine.candidates.filters import CandidateFilter
from talkpush_desktop.engine.dto import CampaignInfo
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.storage.models import Candidate, Folder


@pytest.fixture
def people(ws: Workspace, campaign: CampaignInfo) -> dict[str, int]:
    rows = {
        "maria": ("María", "Santos", "maria.santos@gmail.com", "0917 555 1234"),
        "mark": ("Mark", "Reyes", "mreyes@yahoo.com", ""),
        "jose": ("Jose Maria", "Cruz", "", "+63 918 222 3333"),
        "ana": ("Ana", "Marquez", "ana.m@outlook.com", ""),
    }
    return {
        k: ws.intake.add_candidate(campaign.id, first_name=f, last_name=last, email=e, phone=p)
        for k, (f, last, e, p) in rows.items()
    }


def _ids(ws: Workspace, **kw: object) -> set[int]:
    return {r.id for r in ws.candidates.page(CandidateFilter(**kw))}  # type: ignore[arg-type]


def test_prefixes_any_order_accents(ws: Workspace, people: dict[str, int]) -> None:
    assert _ids(ws, search="mar") == {
        people["maria"],
        people["mark"],
        people["jose"],
        people["ana"],
    }
    assert _ids(ws, search="santos mar") == {people["maria"]}
    assert _ids(ws, search="maria") == {people["maria"], people["jose"]}  # accent-insensitive
    assert _ids(ws, search="cruz jose") == {people["jose"]}
    assert _ids(ws, search="mreyes") == {people["mark"]}
    assert _ids(ws, search="outlook") == {people["ana"]}
    assert _ids(ws, search="zzz") == set()


def test_phone_and_id(ws: Workspace, people: dict[str, int]) -> None:
    assert _ids(ws, search="0917 555") == {people["maria"]}
    assert _ids(ws, search="+63 918-222") == {people["jose"]}
    assert _ids(ws, search="639175551234") == {people["maria"]}
    assert people["ana"] in _ids(ws, search=str(people["ana"]))


def test_index_follows_edits_and_deletes(ws: Workspace, people: dict[str, int]) -> None:
    with ws.transaction() as s:
        s.execute(
            update(Candidate).where(Candidate.id == people["mark"]).values(last_name="Villanueva")
        )
    assert _ids(ws, search="reyes") == set()
    assert _ids(ws, search="villa") == {people["mark"]}
    with pytest.raises(RuntimeError), ws.transaction() as s:  # rolled back: index unchanged
        s.execute(update(Candidate).where(Candidate.id == people["ana"]).values(first_name="Zed"))
        raise RuntimeError
    assert _ids(ws, search="zed") == set()
    assert _ids(ws, search="ana") == {people["ana"]}
    with ws.transaction() as s:
        s.delete(s.get(Candidate, people["ana"]))
    assert _ids(ws, search="ana") == set()


def test_filters_combine(ws: Workspace, campaign: CampaignInfo, people: dict[str, int]) -> None:
    other = ws.campaigns.create("Sales - Davao", hotline_country="PH")
    elsewhere = ws.intake.add_candidate(
        other.id, first_name="Mara", email="mara@x.org", source="Referral"
    )
    ws.candidates.move([people["maria"]], "Shortlisted")
    ws.interview.complete(people["mark"])
    ws.labels.add([people["jose"], elsewhere], "Priority")
    assert _ids(ws, search="mar", campaign_id=campaign.id) == {
        people["maria"],
        people["mark"],
        people["jose"],
        people["ana"],
    }
    assert _ids(ws, search="mar", campaign_id=other.id) == {elsewhere}
    assert _ids(ws, search="mar", folder=Folder.SHORTLISTED) == {people["maria"]}
    assert _ids(ws, completed=True) == {people["mark"]}
    assert people["mark"] not in _ids(ws, completed=False)
    assert _ids(ws, labels=("Priority",), search="mar") == {people["jose"], elsewhere}
    assert _ids(ws, source="Referral") == {elsewhere}
    now = utcnow()
    assert (
        len(_ids(ws, added_from=now - timedelta(hours=1), added_to=now + timedelta(hours=1))) == 5
    )
    assert _ids(ws, added_from=now + timedelta(hours=1)) == set()
    assert ws.candidates.count(CandidateFilter(search="mar", campaign_id=campaign.id)) == 4


def test_keyset_pages_cover_everything_once(ws: Workspace, campaign: CampaignInfo) -> None:
    ids = [
        ws.intake.add_candidate(campaign.id, first_name=f"P{i}", email=f"p{i}@x.org")
        for i in range(25)
    ]
    seen: list[int] = []
    before = None
    while True:
        page = ws.candidates.page(
            CandidateFilter(campaign_id=campaign.id), before_id=before, limit=10
        )
        if not page:
            break
        seen += [r.id for r in page]
        before = page[-1].id
    assert seen == sorted(ids, reverse=True)


@pytest.mark.parametrize("dialect", ["sqlite", "postgresql"])
@pytest.mark.parametrize("query", ["mar", "maria santos", "0917 555", "12345", "#42", "x y z"])
def test_prepared_parameters_match_the_built_clause(dialect: str, query: str) -> None:
    """The fast path computes parameters without SQL; they must equal the clause's."""
    from talkpush_desktop.storage import search_index

    built = search_index.search_condition(dialect, query)
    quick = search_index.search_params(dialect, query)
    assert built is not None and quick is not None
    assert (built.params, built.shape) == quick
