"""The pieces every list query shares: the columns of a list line and their conversion to a
:class:`CandidateRow` (labels included), the index a list walks newest first, a page's SELECT."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import ColumnElement, Select, bindparam, func, literal_column, select

from talkpush_desktop.engine.candidates import labels
from talkpush_desktop.engine.candidates.filters import LABEL, SET, TABLE, Where, label_id
from talkpush_desktop.engine.dto import CandidateRow
from talkpush_desktop.storage import search_index
from talkpush_desktop.storage.models import (
    Candidate,
    CandidateLabel,
    CandidateSetMember,
    Label,
    table_of,
)

ROW_COLUMNS = (
    Candidate.id,
    Candidate.campaign_id,
    Candidate.first_name,
    Candidate.last_name,
    Candidate.email,
    Candidate.phone,
    Candidate.folder,
    Candidate.source,
    Candidate.added_at,
    Candidate.completed_at,
    Candidate.last_message_preview,
    Candidate.unread,
)


LABEL_SEPARATOR = "\x1f"


def labels_column(dialect: str) -> Any:
    """All label names of the row's candidate, joined by the unit separator (char 31)."""
    if dialect == "sqlite":
        joined = func.group_concat(Label.name, literal_column("char(31)"))
    else:
        joined = func.string_agg(Label.name, literal_column("chr(31)"))
    return (
        select(joined)
        .join(CandidateLabel, CandidateLabel.label_id == Label.id)
        .where(CandidateLabel.candidate_id == Candidate.id)
        .scalar_subquery()
        .label("labels")
    )


@lru_cache(maxsize=1024)
def _sorted_labels(joined: str) -> tuple[str, ...]:
    """Label names from the aggregate, automatic first (pages repeat a few combinations)."""
    names = joined.split(LABEL_SEPARATOR)
    return tuple(sorted(names, key=lambda n: (n not in labels.AUTOMATIC, n.lower())))


def _when(value: datetime | str) -> datetime:
    """A stored time: drivers give datetimes, SQLite gives ISO text."""
    return value if isinstance(value, datetime) else datetime.fromisoformat(value)


def to_row(r: Sequence[Any], titles: Mapping[int, str]) -> CandidateRow:
    """A raw page row (see ``ROW_COLUMNS`` + labels) as a list line, in one pass."""
    completed, joined = r[9], r[12]
    return CandidateRow._make(
        (
            r[0],
            r[1],
            titles.get(r[1], ""),
            r[2],
            r[3],
            r[4],
            r[5],
            r[6],
            r[7],
            _when(r[8]),
            _when(completed) if completed else None,
            r[10],
            bool(r[11]),
            _sorted_labels(joined) if joined else (),
        )
    )


def list_walk(w: Where, fts_driven: bool) -> tuple[Any, Any, list[ColumnElement[bool]]]:
    """(FROM, newest-first order column, conditions) of the index a list walks.

    The order column is the walked index's own candidate id, so the planner reads that index
    backwards and stops at the page size; the candidates are joined by primary key.
    """
    if fts_driven:
        fts = search_index.FTS
        joined = fts.join(Candidate, Candidate.id == fts.c.rowid)
        return joined, fts.c.rowid, [search_index.fts_match(), w.clause]
    if w.drive == LABEL:
        link = table_of(CandidateLabel)
        joined = link.join(Candidate, Candidate.id == link.c.candidate_id)
        return joined, link.c.candidate_id, [link.c.label_id == label_id(0), w.clause]
    if w.drive == SET:
        member = table_of(CandidateSetMember)
        joined = member.join(Candidate, Candidate.id == member.c.candidate_id)
        in_set = member.c.set_id == bindparam("candidate_set")
        return joined, member.c.candidate_id, [in_set, w.clause]
    return table_of(Candidate), Candidate.id, [w.clause]


def page_statement(
    w: Where,
    dialect: str,
    fts_driven: bool,
    keyset: bool,
    *,
    probe: bool = False,
    ids_first: bool = False,
) -> Select[Any]:
    """A page's SELECT. ``ids_first``: the page's ids are found first (the walk checks
    the criteria on index entries alone) and only then are its rows read in full; an
    added-date range always is (its index is ordered by date, so its ids are sorted).
    ``probe``: the list's index is walked and each row probed against the search's ids."""
    joined, order, conditions = list_walk(w, fts_driven)
    if probe:
        conditions.append(search_index.fts_probe(order))
    if keyset:
        conditions.append(order < bindparam("before_id"))
    columns = (*ROW_COLUMNS, labels_column(dialect))
    if ids_first or (w.drive == TABLE and not fts_driven and w.dated):
        newest = select(order).select_from(joined).where(*conditions).correlate(None)
        newest = newest.order_by(order.desc()).limit(bindparam("limit"))
        return select(*columns).where(Candidate.id.in_(newest)).order_by(Candidate.id.desc())
    stmt = select(*columns).select_from(joined).where(*conditions)
    return stmt.order_by(order.desc()).limit(bindparam("limit"))
