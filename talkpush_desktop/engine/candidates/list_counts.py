"""A whole list: its count (the maintained folder counts, a label's or set's links, or the
walked index) and all its ids ("Select all")."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

from sqlalchemy import Integer, Select, bindparam, column, func, select, text
from sqlalchemy.orm import Session

from talkpush_desktop.engine.candidates import folders, kept_counts, labels
from talkpush_desktop.engine.candidates.filters import CandidateFilter, Where, label_id, where
from talkpush_desktop.engine.candidates.list_query import list_walk
from talkpush_desktop.storage import search_index
from talkpush_desktop.storage.fast_read import FastReader
from talkpush_desktop.storage.models import (
    Candidate,
    CandidateLabel,
    CandidateSet,
    CandidateSetMember,
    Folder,
    FolderCount,
    table_of,
)


def maintained_count(session: Session, company_id: int, f: CandidateFilter) -> int | None:
    """The count of a whole folder, campaign or company, or of a source or the (not)
    completed candidates, read from the maintained counts (no scan); None for any other
    filter (it needs counting)."""
    if f == CandidateFilter(campaign_id=f.campaign_id, folder=f.folder):
        return folders.total(session, company_id, f.campaign_id, f.folder)
    if _by_source(f):
        shape, params = _source_total(company_id, f)
        return int(session.scalar(SOURCE_TOTALS[shape], params) or 0)
    return None


def _by_source(f: CandidateFilter) -> bool:
    """Whether ``f`` is a source and/or (not) completed, in a campaign or all: its count
    is a sum of ``source_counts`` rows."""
    alone = CandidateFilter(campaign_id=f.campaign_id, source=f.source, completed=f.completed)
    return f == alone and bool(f.source or f.completed is not None)


def _source_total(
    company_id: int, f: CandidateFilter
) -> tuple[tuple[bool, bool, bool], dict[str, Any]]:
    """The shape of ``f``'s source count (:data:`SOURCE_TOTALS`) and its parameters."""
    shape = (f.campaign_id is not None, bool(f.source), f.completed is not None)
    params: dict[str, Any] = {"company_id": company_id, "campaign_id": f.campaign_id}
    params |= {"source": f.source, "completed": f.completed}
    return shape, params


SOURCE_TOTALS = {
    (c, s, d): kept_counts.source_total(c, s, d)
    for c in (False, True)
    for s in (False, True)
    for d in (False, True)
}
"""The statement of each shape of a source count (campaign?, source?, completed?)."""


def count(session: Session, company_id: int, f: CandidateFilter, dialect: str) -> int:
    """How many candidates match ``f``; a whole folder or campaign (or the company) is read
    from the maintained counts, a label's candidates from the label links; other counts
    read the index the list walks."""
    known = maintained_count(session, company_id, f)
    if known is not None:
        return known
    if len(f.labels) == 1 and f == CandidateFilter(campaign_id=f.campaign_id, labels=f.labels):
        return labels.carrying(session, company_id, f.labels[0], f.campaign_id)
    w, fts_driven, params = _every(f, company_id, dialect)
    return int(session.scalar(_count_statement(w, fts_driven), params) or 0)


def read_count(reader: FastReader, company_id: int, f: CandidateFilter, dialect: str) -> int:
    """:func:`count` as a prepared read on the reader's connection (no session: a count
    read from the maintained counts takes microseconds, not a transaction's millisecond)."""
    if (  # a maintained count (microseconds): no filter built to compare with
        not f.labels
        and f.source is None
        and f.added_from is None
        and f.added_to is None
        and f.completed is None
        and not f.search
        and f.candidate_set is None
        and f.member is None
    ):
        campaign_id, folder = f.campaign_id, f.folder
        values: tuple[Any, ...] = (company_id,)
        if campaign_id is not None:
            values += (campaign_id,)
        if folder is not None:
            values += (FOLDER_VALUES[folder],)
        kept = KEPT_READS[campaign_id is not None, folder is not None]
        return int(reader.fetch_in_order(*kept, values)[0][0] or 0)
    params: dict[str, Any]
    key: tuple[Any, ...]
    if _by_source(f):
        shape, params = _source_total(company_id, f)
        key = ("count-sources", *shape)
        build = lambda: SOURCE_TOTALS[shape]  # noqa: E731
    elif len(f.labels) == 1 and f == CandidateFilter(campaign_id=f.campaign_id, labels=f.labels):
        in_campaign = f.campaign_id is not None
        params = {"company_id": company_id, "label_0": f.labels[0], "campaign_id": f.campaign_id}
        links_first = in_campaign and dialect == "sqlite" and _fewer_links(reader, params)
        key = ("count-label", in_campaign, links_first)
        build = lambda: _label_count_statement(in_campaign, links_first)  # noqa: E731
    elif f.candidate_set is not None and f == CandidateFilter(candidate_set=f.candidate_set):
        params = {"company_id": company_id, "candidate_set": f.candidate_set}
        key = ("count-set",)
        build = lambda: _links_statement(by_label=False, searched=False)  # noqa: E731
    elif (walked := _searched_links(f, dialect)) is not None:
        params = {"company_id": company_id, "label_0": f.labels[0] if f.labels else None}
        params |= {"candidate_set": f.candidate_set, "search_expr": walked}
        key = ("count-searched-links", f.candidate_set is None)
        build = lambda: _links_statement(by_label=f.candidate_set is None)  # noqa: E731
    else:
        w, fts_driven, params = _every(f, company_id, dialect)
        key = ("count", w.shape, fts_driven)
        build = lambda: _count_statement(w, fts_driven)  # noqa: E731
    rows = reader.fetch(key, build, params, convert=False)
    return int(rows[0][0] or 0)


KEPT_READS = {
    (campaign, folder): (
        f"count-kept-{campaign:d}{folder:d}",  # a string: its hash is kept
        lambda c=campaign, f=folder: _kept_count_statement(c, f),
        ("company_id", *("campaign_id", "folder")[not campaign : 1 + folder]),
    )
    for campaign in (False, True)
    for folder in (False, True)
}
"""(key, statement, parameter names) of each maintained count read, by (campaign?, folder?);
the acting company's campaigns only (a campaign of another company counts 0)."""
FOLDER_VALUES = {folder: folder.value for folder in Folder}  # ``.value`` costs 150 ns


def _kept_count_statement(by_campaign: bool, by_folder: bool) -> Select[Any]:
    stmt = select(func.sum(FolderCount.count)).where(folders.of_company())
    if by_campaign:
        stmt = stmt.where(FolderCount.campaign_id == bindparam("campaign_id"))
    if by_folder:
        stmt = stmt.where(FolderCount.folder == bindparam("folder"))
    return stmt


LINKS_FIRST = text(
    "SELECT count(*) FROM candidate_labels AS cl CROSS JOIN candidates AS c"
    " ON c.id = cl.candidate_id WHERE cl.label_id = (SELECT id FROM labels"
    " WHERE company_id = :company_id AND name = :label_0) AND c.campaign_id = :campaign_id"
).columns(column("count", Integer))
"""A label's candidates in a campaign, walking the label's links and probing the campaign's
index for each (SQLite keeps a CROSS JOIN's order: its statistics only know the average
label, and would walk the campaign for a label few candidates carry)."""


def _fewer_links(reader: FastReader, params: Mapping[str, Any]) -> bool:
    """True when the label has fewer links than the campaign has candidates (counted up to
    the campaign's size, which the maintained counts give)."""
    size = reader.fetch("count-kept-10", lambda: _kept_count_statement(True, False), params)
    upto = int(size[0][0] or 0)
    link = table_of(CandidateLabel)
    links = select(link.c.candidate_id).where(link.c.label_id == label_id(0))
    bounded = lambda: select(func.count()).select_from(  # noqa: E731
        links.limit(bindparam("upto")).subquery()
    )
    found = reader.fetch(("label-links-upto",), bounded, {**params, "upto": upto})
    return int(found[0][0]) < upto


def _label_count_statement(in_campaign: bool, links_first: bool = False) -> Select[Any]:
    """A label's links (an index range), with a look-up of each candidate's campaign."""
    if links_first:
        return cast(Select[Any], LINKS_FIRST)
    link = table_of(CandidateLabel)
    stmt = select(func.count()).select_from(link).where(link.c.label_id == label_id(0))
    if in_campaign:
        stmt = stmt.join(Candidate, Candidate.id == link.c.candidate_id).where(
            Candidate.campaign_id == bindparam("campaign_id")
        )
    return stmt


def _searched_links(f: CandidateFilter, dialect: str) -> str | None:
    """The search expression when ``f`` is one label or one set narrowed by a search and
    nothing else (SQLite): counted on the links alone, see :func:`_links_statement`."""
    alone = CandidateFilter(labels=f.labels, candidate_set=f.candidate_set, search=f.search)
    one = (len(f.labels) == 1) != (f.candidate_set is not None) and len(f.labels) <= 1
    if dialect != "sqlite" or not one or f != alone:
        return None
    words, digits = search_index.parse_query(f.search)
    if not (words or digits) or search_index.candidate_id_in(f.search) is not None:
        return None
    return search_index.fts_expression(words, digits)


def _links_statement(*, by_label: bool, searched: bool = True) -> Select[Any]:
    """The count of a label's links (or a set's members), ``searched``: those whose
    candidate matches the search, index entries probed with the search's ids; no candidate
    row read. The label is the company's by its id; a set is checked to be the company's
    once."""
    if by_label:
        link = table_of(CandidateLabel)
        walked, key = link.c.candidate_id, link.c.label_id == label_id(0)
    else:
        member = table_of(CandidateSetMember)
        own = select(CandidateSet.id).where(
            CandidateSet.id == bindparam("candidate_set"),
            CandidateSet.company_id == bindparam("company_id"),
        )
        walked, key = member.c.candidate_id, member.c.set_id == own.scalar_subquery()
    stmt = select(func.count()).select_from(walked.table).where(key)
    return stmt.where(walked.in_(search_index.fts_ids())) if searched else stmt


def _count_statement(w: Where, fts_driven: bool) -> Select[Any]:
    joined, _order, conditions = list_walk(w, fts_driven)
    return select(func.count()).select_from(joined).where(*conditions)


def ids(session: Session, company_id: int, f: CandidateFilter, dialect: str) -> list[int]:
    """Every candidate id matching ``f``, newest first ("Select all" means all of these)."""
    w, fts_driven, params = _every(f, company_id, dialect)
    joined, order, conditions = list_walk(w, fts_driven)
    stmt = select(order).select_from(joined).where(*conditions).order_by(order.desc())
    return list(session.scalars(stmt, params))


def _every(f: CandidateFilter, company_id: int, dialect: str) -> tuple[Where, bool, dict[str, Any]]:
    """The walk of a whole list (count, ids). A search narrowing a label or a set walks the
    search index (as a page does) and probes each hit; any other search is a set of ids the
    list's own index is probed with (index entries, no candidate rows read). A candidate ID
    that may have been typed matches by id, so that search is a condition too."""
    words, digits = search_index.parse_query(f.search)
    fts_driven = dialect == "sqlite" and bool(words or digits)
    fts_driven = fts_driven and bool(f.labels or f.candidate_set is not None)
    fts_driven = fts_driven and search_index.candidate_id_in(f.search) is None
    w = where(f, company_id, dialect, search=not fts_driven, drive=not fts_driven)
    params = dict(w.params)
    if fts_driven:
        params["search_expr"] = search_index.fts_expression(words, digits)
    return w, fts_driven, params
