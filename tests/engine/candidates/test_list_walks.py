"""Every list the window shows: newest first, keyset pages that add up to the whole list,
counts and "Select all" ids that agree, each walking an index instead of sorting."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select, update

from talkpush_desktop.engine.candidates import candidate_sets, folders
from talkpush_desktop.engine.candidates import records as candidates
from talkpush_desktop.engine.candidates.filters import CandidateFilter
from talkpush_desktop.engine.dto import CandidateRow
from talkpush_desktop.engine.workspace import DB_FILE, Workspace
from talkpush_desktop.storage import statistics
from talkpush_desktop.storage.models import Candidate, Folder

SOURCES = ("Referral", "Walk-in", "Career Site")


@pytest.fixture
def lists(ws: Workspace) -> dict[str, CandidateFilter]:
    """60 candidates over two campaigns, three sources and two labels, some moved and
    completed, a saved set; and the filters of every list kind over them."""
    manila = ws.campaigns.create("Manila", hotline_country="PH")
    cebu = ws.campaigns.create("Cebu", hotline_country="PH")
    start = datetime(2026, 1, 1)
    ids = []
    for i in range(60):
        campaign = manila if i % 3 else cebu
        ids.append(
            ws.intake.add_candidate(
                campaign.id,
                first_name="Maria" if i % 4 == 0 else f"Person{i}",
                email=f"p{i}@example.com",
                source=SOURCES[i % 3],
            )
        )
    ws.candidates.move(ids[::5], Folder.SHORTLISTED)
    ws.labels.add(ids[::2], "Bilingual")
    ws.labels.add(ids[::3], "Priority")
    with ws.transaction() as s:
        chosen = select(Candidate.id.label("candidate_id")).where(Candidate.id.in_(ids[10:40]))
        set_id, _members = candidate_sets.create_from(s, ws.company_id, "Some", chosen)
    with ws.transaction() as s:
        s.execute(update(Candidate).where(Candidate.id.in_(ids[::7])).values(completed_at=start))
        for i, cid in enumerate(ids):  # added dates not in id order (an imported history)
            day = start + timedelta(days=(i * 7) % 60)
            s.execute(update(Candidate).where(Candidate.id == cid).values(added_at=day))
        folders.recount(s)  # completed by hand, not by an interview: the counts follow
    f = CandidateFilter
    return {
        "folder": f(campaign_id=manila.id, folder=Folder.INBOX),
        "folder across campaigns": f(folder=Folder.SHORTLISTED),
        "label across campaigns": f(labels=("Bilingual",)),
        "label in a campaign": f(campaign_id=manila.id, labels=("Bilingual",)),
        "two labels": f(labels=("Bilingual", "Priority")),
        "source": f(source="Referral"),
        "campaign and source": f(campaign_id=manila.id, source="Walk-in"),
        "added date range": f(
            added_from=start + timedelta(days=10), added_to=start + timedelta(days=30)
        ),
        "completed": f(completed=True),
        "not completed in a folder": f(campaign_id=manila.id, folder=Folder.INBOX, completed=False),
        "show all": f(),
        "campaign without folder": f(campaign_id=cebu.id),
        "search": f(search="maria"),
        "search and label": f(search="maria", labels=("Priority",)),
        "search in a folder": f(search="maria", campaign_id=manila.id, folder=Folder.INBOX),
        "search and source": f(search="maria", source="Walk-in"),
        "search and completed": f(search="maria", completed=True),
        "search in a date range": f(
            search="maria",
            added_from=start + timedelta(days=10),
            added_to=start + timedelta(days=30),
        ),
        "search and label in a campaign": f(
            search="maria", campaign_id=manila.id, labels=("Bilingual",)
        ),
        "set": f(candidate_set=set_id),
        "set and label": f(candidate_set=set_id, labels=("Bilingual",)),
        "set in a campaign": f(candidate_set=set_id, campaign_id=manila.id),
        "search in a set": f(search="maria", candidate_set=set_id),
        "search in a set within a campaign": f(
            search="maria", candidate_set=set_id, campaign_id=manila.id
        ),
    }


def _expected(everyone: list[CandidateRow], f: CandidateFilter, members: set[int]) -> list[int]:
    """The list worked out in Python from every row (newest first)."""
    out = []
    for r in everyone:
        if f.campaign_id is not None and r.campaign_id != f.campaign_id:
            continue
        if f.folder is not None and r.folder != f.folder.value:
            continue
        if not set(f.labels) <= set(r.labels) or (f.source and r.source != f.source):
            continue
        if f.added_from is not None and r.added_at < f.added_from:
            continue
        if f.added_to is not None and r.added_at >= f.added_to:
            continue
        if f.completed is not None and (r.completed_at is not None) != f.completed:
            continue
        if f.search and "maria" not in r.first_name.lower():
            continue
        if f.candidate_set is not None and r.id not in members:
            continue
        out.append(r.id)
    return out


def test_pages_counts_and_ids_of_every_list_agree(
    ws: Workspace, lists: dict[str, CandidateFilter]
) -> None:
    everyone = ws.candidates.page(CandidateFilter(), limit=1000)
    assert [r.id for r in everyone] == sorted((r.id for r in everyone), reverse=True)
    members = set(ws.candidates.ids(next(f for f in lists.values() if f.candidate_set)))
    assert len(members) == 30
    for name, f in lists.items():
        expected = _expected(everyone, f, members)
        assert expected, name
        paged: list[int] = []
        before = None
        while True:
            page = ws.candidates.page(f, before_id=before, limit=4)
            paged += [r.id for r in page]
            if len(page) < 4:
                break
            before = page[-1].id
        assert paged == expected, name
        assert ws.candidates.count(f) == len(expected), name
        assert ws.candidates.ids(f) == expected, name
        known = ws.candidates.known_count(f)
        assert known is None or known == len(expected), name


def _plan(ws: Workspace) -> str:
    assert ws.reader.last is not None
    sql, args = ws.reader.last
    with sqlite3.connect(ws.data_dir / DB_FILE) as conn:
        return " | ".join(row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql, args))


@pytest.mark.sqlite_only("reads SQLite's EXPLAIN QUERY PLAN of the file")
def test_each_list_walks_an_index_newest_first_without_sorting(
    ws: Workspace, lists: dict[str, CandidateFilter]
) -> None:
    with ws.db.engine.connect() as conn:
        statistics.analyze(conn)
        conn.commit()
    walks = {
        "label across campaigns": "ix_candidate_labels_label",
        "label in a campaign": "ix_candidate_labels_label",
        "source": "ix_candidates_company_source",
        "campaign without folder": "ix_candidates_campaign",
        "folder": "ix_candidates_campaign_folder",
        "folder across campaigns": "ix_candidates_company_folder",
        "set": "candidate_set_members",
    }
    for name, f in lists.items():
        ws.candidates.page(f, limit=4)
        plan = _plan(ws)
        if not (f.added_from or f.search):  # those sort a bounded window at most
            assert "TEMP B-TREE FOR ORDER BY" not in plan, (name, plan)
        if name in walks:
            assert walks[name] in plan.split("|")[0], (name, plan)


@pytest.mark.sqlite_only(
    "reads sqlite_stat1 (PostgreSQL's: tests/storage/test_statistics_postgres.py)"
)
def test_planner_statistics_are_made_at_open_and_kept(ws: Workspace, lists: object) -> None:
    with ws.db.engine.connect() as conn:
        assert statistics.stale(conn)  # 60 candidates since the empty workspace opened
    ws.close()
    with Workspace.open(data_dir=ws.data_dir) as again, again.db.engine.connect() as conn:
        assert not statistics.stale(conn)
        rows = conn.exec_driver_sql(
            "SELECT stat FROM sqlite_stat1 WHERE idx = 'ix_candidates_company'"
        ).scalar()
        assert str(rows).split()[0] == "60"


def test_pages_are_exact_whether_or_not_the_newest_rows_fill_them(
    ws: Workspace, lists: dict[str, CandidateFilter], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A dated or searched page looks among the newest rows first, then walks the list's own
    index: both give the same pages, wherever the page is filled."""
    for scan in (3, 8, 2000):
        monkeypatch.setattr(candidates, "RECENT_SCAN", scan)
        for name, f in lists.items():
            paged: list[int] = []
            before = None
            while page := ws.candidates.page(f, before_id=before, limit=4):
                paged += [r.id for r in page]
                before = page[-1].id
            assert paged == ws.candidates.ids(f), (name, scan)
