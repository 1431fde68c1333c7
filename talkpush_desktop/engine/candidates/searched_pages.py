"""A searched page on PostgreSQL, found without trusting the planner's guess of how many
candidates a typed prefix matches.

The planner cannot estimate a prefix query (``'maria':* & 'san':*``): it either walks the
list newest first checking each row (fast when the search is common, the whole table when
it is rare) or reads every match from the search index and sorts them (fast when rare,
hundreds of thousands of rows when common), and at a million candidates it often picks the
wrong one. So the page looks before it chooses:

1. the list's :data:`WINDOW` newest rows, the search checked on each (a few milliseconds):
   exact when it fills the page, and when the list holds no more rows than that;
2. otherwise the share of hits seen there says how common the search is: a common one walks
   on (a window of twice the rows that share should take to fill the page: a walk bounded
   by ids, which the planner keeps to the list's index), a rarer one (or a walk that did
   not fill the page) reads its matches from the search index and sorts them (ids first,
   then the page's rows).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, bindparam, select

from talkpush_desktop.engine.candidates.filters import TABLE, CandidateFilter, Where, where
from talkpush_desktop.engine.candidates.list_counts import FOLDER_VALUES, KEPT_READS
from talkpush_desktop.engine.candidates.list_query import ROW_COLUMNS, labels_column
from talkpush_desktop.engine.candidates.page_strategies import newest_rows
from talkpush_desktop.storage.fast_read import FastReader
from talkpush_desktop.storage.models import Candidate

WINDOW = 2000
"""Newest rows of the list looked through first."""
WALK_COST = 0.15
"""A row walked and checked costs about this share of a match read from the search index
(measured at a million candidates: 1.3 µs a row walked newest first, whose pages are near
one another, 8.7 µs a match, whose pages are spread over the table)."""


def applies(w: Where) -> bool:
    """True for a words or digits search of a list walked on the candidates table (a label
    or set walks its links; a date range has its own recent-rows page)."""
    return w.drive == TABLE and not w.dated and ("search_tsquery" in w.params or _digits(w))


def _digits(w: Where) -> bool:
    return "search_phone_token" in w.params


def searched_page(
    reader: FastReader,
    company_id: int,
    f: CandidateFilter,
    keyset: bool,
    params: dict[str, Any],
) -> list[Sequence[Any]]:
    """The page's raw rows (``params``: the searched list's, with ``limit``, ``before_id``)."""
    listed = where(f, company_id, "postgresql", search=False)
    checked = where(f, company_id, "postgresql", per_row=True)
    limit = int(params["limit"])

    def newest(scan: int) -> list[Sequence[Any]]:
        return reader.fetch(
            ("pg-search-window", checked.shape, keyset),
            lambda: window_statement(listed, checked, keyset),
            params | {"scan": scan},
            convert=False,
        )

    found = newest(WINDOW)
    if len(found) >= limit:
        return found
    size = _list_size(reader, company_id, f)
    if size <= WINDOW:
        return found  # the window held the whole list (what is left of it after a page)
    share = len(found) / WINDOW
    walk = 2 * limit / share if share else 0.0  # rows to walk: twice those expected
    if share and walk * WALK_COST <= share * size:  # common: walking on finds the page sooner
        found = newest(int(walk))
        if len(found) >= limit:
            return found
    searched = where(f, company_id, "postgresql")
    return reader.fetch(
        ("pg-search-matches", searched.shape, keyset),
        lambda: matches_statement(searched, keyset),
        params,
        convert=False,
    )


def _list_size(reader: FastReader, company_id: int, f: CandidateFilter) -> int:
    """At least as many candidates as the list holds: its campaign's or company's (folder)
    count, maintained (microseconds)."""
    by_campaign, by_folder = f.campaign_id is not None, f.folder is not None
    values: tuple[Any, ...] = (company_id,)
    values += (f.campaign_id,) if by_campaign else ()
    values += (FOLDER_VALUES[f.folder],) if f.folder is not None else ()
    return int(reader.fetch_in_order(*KEPT_READS[by_campaign, by_folder], values)[0][0] or 0)


def window_statement(listed: Where, checked: Where, keyset: bool) -> Select[Any]:
    """The list's ``:scan`` newest rows (down to the id of its ``:scan``-th newest row,
    found on the list's index), the search checked on each, newest first."""
    conditions = newest_rows(listed.clause, checked.clause, keyset)
    columns = (*ROW_COLUMNS, labels_column("postgresql"))
    stmt = select(*columns).where(*conditions).order_by(Candidate.id.desc())
    return stmt.limit(bindparam("limit"))


def matches_statement(searched: Where, keyset: bool) -> Select[Any]:
    """The search's matches read from its index and sorted (``id + 0``: no walk of the
    primary key), the page's ids first, then their rows."""
    conditions = [searched.clause]
    if keyset:
        conditions.append(Candidate.id < bindparam("before_id"))
    newest = select(Candidate.id).where(*conditions).order_by((Candidate.id + 0).desc())
    newest = newest.limit(bindparam("limit")).correlate(None)
    columns = (*ROW_COLUMNS, labels_column("postgresql"))
    return select(*columns).where(Candidate.id.in_(newest)).order_by(Candidate.id.desc())
