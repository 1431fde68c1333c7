"""The ways a list page is found before the plain walk: among the newest rows (a date range),
walking a small list probed with a search's ids, or among a search's newest hits (the window
size ``:scan`` is :data:`records.RECENT_SCAN`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Select, bindparam, func, select

from talkpush_desktop.engine.candidates import labels
from talkpush_desktop.engine.candidates.filters import CandidateFilter, Where
from talkpush_desktop.engine.candidates.list_counts import FOLDER_VALUES, KEPT_READS
from talkpush_desktop.engine.candidates.list_query import ROW_COLUMNS, labels_column, page_statement
from talkpush_desktop.storage import search_index
from talkpush_desktop.storage.fast_read import FastReader
from talkpush_desktop.storage.models import Candidate


def recent_statement(w: Where, dialect: str, keyset: bool) -> Select[Any]:
    """A dated page found among the list's ``:scan`` newest rows: the list's index walked
    backwards down to the id of its ``:scan``-th newest row, the date checked on each row
    (``coalesce`` keeps the planner off the date index, which would sort the range). Exact
    when it fills the page: every match newer than the page's last row was looked at. A
    range of recent days fills it at once."""
    conditions = newest_rows(w.undated_clause, w.undated_clause, keyset)
    added = func.coalesce(Candidate.added_at, Candidate.added_at)
    if "added_from" in w.params:
        conditions.append(added >= bindparam("added_from", type_=Candidate.added_at.type))
    if "added_to" in w.params:
        conditions.append(added < bindparam("added_to", type_=Candidate.added_at.type))
    columns = (*ROW_COLUMNS, labels_column(dialect))
    stmt = select(*columns).where(*conditions).order_by(Candidate.id.desc())
    return stmt.limit(bindparam("limit"))


def newest_rows(
    listed: ColumnElement[bool], checked: ColumnElement[bool], keyset: bool
) -> list[ColumnElement[bool]]:
    """The conditions of a row ``checked`` among the ``:scan`` newest rows of the list
    ``listed`` (below ``:before_id`` with ``keyset``): its id is above that of the list's
    ``:scan``-th newest row (found on the list's index)."""
    floor = select(Candidate.id).where(listed)
    conditions = [checked]
    if keyset:
        floor = floor.where(Candidate.id < bindparam("before_id"))
        conditions.append(Candidate.id < bindparam("before_id"))
    floor = floor.order_by(Candidate.id.desc()).limit(1).offset(bindparam("scan"))
    conditions.append(Candidate.id > func.coalesce(floor.correlate(None).scalar_subquery(), 0))
    return conditions


SMALL_LIST = 20_000
"""Lists up to this size are walked whole with each entry probed against a search's ids
(at most a few milliseconds), rather than first looking among the search's newest hits."""


def small_list(reader: FastReader, f: CandidateFilter, params: Mapping[str, Any]) -> bool:
    """True when the searched list ``f`` (without its search) is expected to hold at most
    :data:`SMALL_LIST` candidates: a campaign or folder by its maintained count, a source
    within a campaign by counting index entries up to the limit, a manual label (recruiters
    give them by hand; the automatic ones, which most candidates carry, take the search's
    hits first). Other lists (and typed candidate IDs, which the page adds by id) take the
    search's hits first."""
    if search_index.candidate_id_in(f.search) is not None or f.candidate_set is not None:
        return False
    if len(f.labels) == 1:
        alone = CandidateFilter(campaign_id=f.campaign_id, labels=f.labels, search=f.search)
        return f == alone and f.labels[0] not in labels.AUTOMATIC
    if f.campaign_id is None or f.labels or f.completed is not None or f.added_from or f.added_to:
        return False
    if f.source is None:
        kept = KEPT_READS[True, f.folder is not None]
        values: tuple[Any, ...] = (params["company_id"], f.campaign_id)
        values += () if f.folder is None else (FOLDER_VALUES[f.folder],)
        return int(reader.fetch_in_order(*kept, values)[0][0] or 0) <= SMALL_LIST
    entries = select(Candidate.id).where(
        Candidate.campaign_id == bindparam("campaign_id"), Candidate.source == bindparam("source")
    )
    bounded = lambda: select(func.count()).select_from(  # noqa: E731
        entries.limit(bindparam("upto")).subquery()
    )
    found = reader.fetch(("small-source",), bounded, {**params, "upto": SMALL_LIST + 1})
    return int(found[0][0]) <= SMALL_LIST


def narrowed(f: CandidateFilter) -> bool:
    """True for a search narrowed by criteria of the candidates table. Not a label or set:
    their links hold no campaign or folder, so walking them costs what walking the search
    does; not a typed candidate ID (the page adds that one by id)."""
    criteria = (f.campaign_id, f.folder, f.source, f.added_from, f.added_to, f.completed)
    walked = f.labels or f.candidate_set is not None
    typed_id = search_index.candidate_id_in(f.search) is not None
    return not walked and not typed_id and any(c is not None for c in criteria)


def search_window_statement(w: Where, dialect: str, keyset: bool) -> Select[Any]:
    """A searched page found among the search's :data:`RECENT_SCAN` newest hits (their ids
    read once from the search index, then the candidates by id, newest first, each checked
    against the criteria). Exact when it fills the page, or when the search has no more
    hits (see :func:`search_floor_statement`); a narrow list with a common word, which
    does neither, walks its own index."""
    fts = search_index.FTS
    hits = select(fts.c.rowid).where(search_index.fts_match())
    conditions = [w.clause]
    if keyset:
        hits = hits.where(fts.c.rowid < bindparam("before_id"))
        conditions.append(Candidate.id < bindparam("before_id"))
    window = hits.order_by(fts.c.rowid.desc()).limit(bindparam("scan"))
    columns = (*ROW_COLUMNS, labels_column(dialect))
    stmt = select(*columns).where(Candidate.id.in_(window), *conditions)
    return stmt.order_by(Candidate.id.desc()).limit(bindparam("limit"))


def search_floor_statement(keyset: bool) -> Select[Any]:
    """The id of the search's hit after the :data:`RECENT_SCAN` newest (newest first; the
    search index alone): none when those were all its hits."""
    fts = search_index.FTS
    hits = select(fts.c.rowid).where(search_index.fts_match())
    if keyset:
        hits = hits.where(fts.c.rowid < bindparam("before_id"))
    return hits.order_by(fts.c.rowid.desc()).limit(1).offset(bindparam("scan"))


def probed_page(
    reader: FastReader, walk: Where, dialect: str, keyset: bool, params: dict[str, Any]
) -> list[Sequence[Any]]:
    """The list's own index walked newest first, each entry probed with the search's ids."""
    return reader.fetch(
        ("page-probe", walk.shape, keyset),
        lambda: page_statement(walk, dialect, False, keyset, probe=True),
        params | walk.params,
        convert=False,
    )
