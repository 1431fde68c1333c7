"""A searched page on PostgreSQL (``engine.candidates.searched_pages``): each way of finding
it (the newest rows, walking on over more rows, the search's matches sorted) gives the
newest hits, the same as checking every candidate, pages after pages included.

Skipped when no PostgreSQL server binaries are installed.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from talkpush_desktop.engine.candidates import searched_pages
from talkpush_desktop.engine.candidates.filters import CandidateFilter
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.storage.models import Folder
from tests.storage.test_postgres import pg_server, pg_url  # noqa: F401 (fixtures)

pytestmark = pytest.mark.postgres

PEOPLE = 48


def _name(i: int) -> tuple[str, str]:
    """Every third an Ana, every eleventh a Zed (rare), the others Bea."""
    first = "Zed" if i % 11 == 5 else "Ana" if i % 3 == 0 else "Bea"
    return first, f"Cruz{i % 4}"


@pytest.fixture
def ws(pg_url: str, tmp_path: Path) -> Iterator[Workspace]:  # noqa: F811 (the fixture)
    ws = Workspace.open(database_url=pg_url, data_dir=tmp_path)
    campaign = ws.campaigns.create("CSR Manila", hotline_country="PH")
    for i in range(PEOPLE):
        first, last = _name(i)
        ws.intake.add_candidate(
            campaign.id,
            first_name=first,
            last_name=last,
            email=f"p{i}@example.org",
            phone=f"0917 555 {i:04d}",
        )
    yield ws
    ws.close()


def _pages(ws: Workspace, f: CandidateFilter, size: int) -> list[list[int]]:
    """Every page of ``f``, keyset paged."""
    pages, before = [], None
    while True:
        page = [r.id for r in ws.candidates.page(f, before_id=before, limit=size)]
        if not page:
            return pages
        pages.append(page)
        before = page[-1]


def _way(sql: str) -> str:
    """Which way a statement finds a page (or a maintained count)."""
    if "folder_counts" in sql:
        return "count"
    return "matches" if "candidates.id + " in sql else "window"


def _expected(ws: Workspace, f: CandidateFilter, match: str, size: int) -> list[list[int]]:
    every = [r.id for r in ws.candidates.page(f.with_(search=""), limit=1000)]
    hits = [i for i in every if match in ws.candidates.get(i).row.first_name]
    return [hits[n : n + size] for n in range(0, len(hits), size)]


@pytest.mark.parametrize(
    ("window", "walk_cost", "way"),
    [
        (1000, 3, "window"),  # the window holds the whole list
        (4, 0, "walk"),  # not full: walking on always looks cheaper
        (4, 10**9, "matches"),  # not full: the sorted matches always look cheaper
    ],
)
def test_each_way_gives_the_newest_hits(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch, window: int, walk_cost: int, way: str
) -> None:
    monkeypatch.setattr(searched_pages, "WINDOW", window)
    monkeypatch.setattr(searched_pages, "WALK_COST", walk_cost)
    campaign = ws.campaigns.all()[0].id
    for f, match in (
        (CandidateFilter(search="ana"), "Ana"),
        (CandidateFilter(search="ze"), "Zed"),
        (CandidateFilter(campaign_id=campaign, folder=Folder.INBOX, search="ana cru"), "Ana"),
    ):
        ws.reader.log = []
        pages = _pages(ws, f, 3)
        ran = {_way(sql) for sql, _args in ws.reader.log} - {"count"}
        walked = any(args.get("scan", 0) > window for _sql, args in ws.reader.log)
        ws.reader.log = None
        assert pages == _expected(ws, f, match, 3), (f, way)
        assert ("matches" in ran) == (way != "window"), f  # a last page walked on: too
        # walked on (a window of more rows) when some of the first rows matched
        assert walked == (way == "walk" and match == "Ana"), f
    hits_of_phone = [r.id for r in ws.candidates.page(CandidateFilter(search="0917 555 0004"))]
    assert len(hits_of_phone) == 1
    assert ws.candidates.page(CandidateFilter(search="xq")) == []
