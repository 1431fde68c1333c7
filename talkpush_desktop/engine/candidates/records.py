"""Candidate records: one page of the candidate list (newest first, keyset paged), and the
room's record functions other rooms import from here (insert path, counts, detail, contacts)."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import bindparam

from talkpush_desktop.engine.candidates import searched_pages
from talkpush_desktop.engine.candidates.contact_lookup import existing_contacts
from talkpush_desktop.engine.candidates.detail import detail
from talkpush_desktop.engine.candidates.filters import TABLE, CandidateFilter, where
from talkpush_desktop.engine.candidates.insert import (
    INSERT_COLUMNS,
    id_condition,
    ids_of_rows,
    insert_drafts,
    new_access_code,
    row_values,
)
from talkpush_desktop.engine.candidates.list_counts import count, ids, maintained_count, read_count
from talkpush_desktop.engine.candidates.list_query import page_statement, to_row
from talkpush_desktop.engine.candidates.page_strategies import (
    narrowed,
    probed_page,
    recent_statement,
    search_floor_statement,
    search_window_statement,
    small_list,
)
from talkpush_desktop.engine.dto import CandidateRow
from talkpush_desktop.storage import search_index
from talkpush_desktop.storage.fast_read import FastReader
from talkpush_desktop.storage.models import Candidate

__all__ = [
    "INSERT_COLUMNS",
    "RECENT_SCAN",
    "count",
    "detail",
    "existing_contacts",
    "id_condition",
    "ids",
    "ids_of_rows",
    "insert_drafts",
    "maintained_count",
    "new_access_code",
    "page",
    "read_count",
    "row_values",
]

RECENT_SCAN = 2000
"""Newest rows a dated page looks through before it reads the date range's own index."""


def page(
    reader: FastReader,
    company_id: int,
    f: CandidateFilter,
    dialect: str,
    titles: Mapping[int, str],
    *,
    before_id: int | None = None,
    limit: int = 100,
) -> list[CandidateRow]:
    """One page of the candidate list (newest first, keyset by ``before_id``) with labels."""
    words, digits = search_index.parse_query(f.search)
    fts_driven = dialect == "sqlite" and bool(words or digits)
    w = where(f, company_id, dialect, search=not fts_driven, drive=not fts_driven)
    params = w.params | {"limit": limit, "before_id": before_id}
    if fts_driven:
        params["search_expr"] = search_index.fts_expression(words, digits)
    keyset = before_id is not None
    found = None
    if fts_driven and small_list(reader, f, w.params):  # walk it, probing the search's ids
        found = probed_page(
            reader, where(f, company_id, dialect, search=False, drive=True), dialect, keyset, params
        )
    elif fts_driven and narrowed(f):
        found = reader.fetch(
            ("page-search-window", w.shape, keyset),
            lambda: search_window_statement(w, dialect, keyset),
            params | {"scan": RECENT_SCAN},
            convert=False,
        )
        more_hits = len(found) < limit and reader.fetch(
            ("search-floor", keyset),
            lambda: search_floor_statement(keyset),
            params | {"scan": RECENT_SCAN},
        )
        if more_hits:  # a narrow list with a common word: its own index, probed with the ids
            walk = where(f, company_id, dialect, search=False, drive=True)
            found = probed_page(reader, walk, dialect, keyset, params)
    if dialect == "postgresql" and searched_pages.applies(w):
        found = searched_pages.searched_page(reader, company_id, f, keyset, params)
    if found is None and w.dated and w.drive == TABLE and not fts_driven:
        for scan in (2 * limit, RECENT_SCAN):  # a recent range fills a page at once
            found = reader.fetch(
                ("page-recent", w.shape, keyset),
                lambda: recent_statement(w, dialect, keyset),
                params | {"scan": scan},
                convert=False,
            )
            if len(found) == limit:
                break
        else:
            found = None  # the range's own index
    if found is None:
        # a search within a label or set: most hits may fail its criteria, checked on index
        # entries (the label links, the campaign's index) before any row is read
        ids_first = fts_driven and bool(f.labels or f.candidate_set is not None)
        found = reader.fetch(
            ("page", w.shape, fts_driven, keyset, ids_first),
            lambda: page_statement(w, dialect, fts_driven, keyset, ids_first=ids_first),
            params,
            convert=False,
        )
    rows = [to_row(r, titles) for r in found]
    typed_id = search_index.candidate_id_in(f.search) if fts_driven else None
    if typed_id is not None and before_id is None and all(r.id != typed_id for r in rows):
        by_id = w.params | {"search_id": typed_id, "limit": 1, "before_id": None}
        exact = reader.fetch(
            ("page-by-id", w.shape),
            lambda: page_statement(w, dialect, False, False).where(
                Candidate.id == bindparam("search_id")
            ),
            by_id,
            convert=False,
        )
        rows = [to_row(r, titles) for r in exact] + rows[: max(limit - len(exact), 0)]
    return rows
