"""Candidates: the one insert path (manual add, imports, API, demo) and list queries."""

from __future__ import annotations

import secrets
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, timedelta
from functools import lru_cache
from typing import Any, Protocol, cast

from sqlalchemy import (
    ColumnElement,
    Connection,
    Integer,
    Select,
    bindparam,
    column,
    func,
    insert,
    literal_column,
    select,
    text,
)
from sqlalchemy.orm import Session

from talkpush_desktop.engine.candidates import activity, folders, labels
from talkpush_desktop.engine.candidates.filters import (
    LABEL,
    SET,
    TABLE,
    CandidateFilter,
    Where,
    label_id,
    where,
)
from talkpush_desktop.engine.dto import CandidateDetail, CandidateRow, ResponseInfo
from talkpush_desktop.engine.errors import NotFoundError
from talkpush_desktop.engine.intake.row_mapping import CandidateDraft
from talkpush_desktop.engine.messaging import invitations
from talkpush_desktop.storage import search_index
from talkpush_desktop.storage.fast_read import FastReader
from talkpush_desktop.storage.models import (
    Action,
    Campaign,
    Candidate,
    CandidateLabel,
    CandidateSet,
    CandidateSetMember,
    Folder,
    FolderCount,
    InterviewQuestion,
    InterviewResponse,
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


def new_access_code() -> str:
    """A six-digit PIN for the phone interview."""
    return f"{secrets.randbelow(1_000_000):06d}"


class CampaignTarget(Protocol):
    """What a new candidate row needs to know of its campaign."""

    @property
    def id(self) -> int: ...
    @property
    def company_id(self) -> int: ...
    @property
    def pin_valid_hours(self) -> int: ...


def row_values(
    draft: CandidateDraft, campaign: CampaignTarget, at: datetime, batch_id: int | None
) -> dict[str, object]:
    """Every column of a new Inbox candidate (keys in :data:`INSERT_COLUMNS` order)."""
    added = draft.added_at or at
    return {
        "company_id": campaign.company_id,
        "campaign_id": campaign.id,
        "folder": Folder.INBOX.value,
        "first_name": draft.first_name,
        "last_name": draft.last_name,
        "email": draft.email,
        "email_key": draft.email_key,
        "phone": draft.phone,
        "search_phone": draft.search_phone,
        "source": draft.source,
        "school_name": None,
        "gender": None,
        "employment": [],
        "links": [],
        "referee_first_name": draft.referee_first_name,
        "referee_last_name": draft.referee_last_name,
        "referee_id": draft.referee_id,
        "referee_email": draft.referee_email,
        "referee_mobile": draft.referee_mobile,
        "referee_account": draft.referee_account,
        "others": dict(draft.others),
        "cv_path": "",
        "access_code": new_access_code(),
        "pin_expires_at": added + timedelta(hours=campaign.pin_valid_hours),
        "added_at": added,
        "completed_at": None,
        "last_message_at": None,
        "last_message_preview": "",
        "unread": False,
        "bot_stopped": False,
        "bot_step": 0,
        "import_batch_id": batch_id,
        "import_row": draft.row or None,
    }


INSERT_COLUMNS = tuple(
    row_values(CandidateDraft(), Campaign(id=0, company_id=0, pin_valid_hours=0), datetime.min, 0)
)


def _insert_rows(
    session: Session, rows: list[dict[str, object]], batch_id: int | None
) -> list[int]:
    """Insert candidate rows and return their ids in order.

    Batch rows (unique file row numbers) go in with one plain ``executemany`` and their ids
    are read back by (batch, row): on SQLite an ordered ``INSERT ... RETURNING`` would run
    one statement per row.
    """
    table = table_of(Candidate)
    numbers = [row["import_row"] for row in rows]
    if batch_id is None or None in numbers or len(set(numbers)) != len(numbers):
        stmt = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        return list(session.scalars(stmt, rows))
    session.execute(insert(table), rows)
    ids = ids_of_rows(session, batch_id, numbers)  # type: ignore[arg-type]
    search_index.index_candidates(session.connection(), ids)
    return ids


def insert_drafts(
    session: Session,
    campaign: Campaign,
    drafts: Sequence[CandidateDraft],
    *,
    at: datetime,
    user_id: int | None,
    batch_id: int | None = None,
    extra: Sequence[Mapping[str, object]] | None = None,
) -> list[int]:
    """Insert candidates into the Inbox of ``campaign``, keeping counts, log and labels right.

    ``extra`` optionally carries per-draft column overrides (e.g. school_name, cv_path).
    """
    if not drafts:
        return []
    rows = [row_values(d, campaign, at, batch_id) for d in drafts]
    if extra is not None:
        for row, more in zip(rows, extra, strict=True):
            row.update(more)
    ids = _insert_rows(session, rows, batch_id)
    folders.adjust_counts(session, Counter({(campaign.id, Folder.INBOX.value): len(ids)}))
    activity.record(
        session,
        (
            activity.Event(
                campaign.company_id,
                campaign.id,
                cid,
                Action.ADDED,
                row["added_at"],  # type: ignore[arg-type]
                user_id,
                None,
                Folder.INBOX.value,
                str(row["source"]),
            )
            for cid, row in zip(ids, rows, strict=True)
        ),
    )
    labels.refresh_duplicates(
        session, campaign.company_id, (d.email_key for d in drafts), (d.phone for d in drafts), at
    )
    return ids


LABEL_SEPARATOR = "\x1f"


def _labels_column(dialect: str) -> Any:
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


def _to_row(r: Sequence[Any], titles: Mapping[int, str]) -> CandidateRow:
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


def _walk(w: Where, fts_driven: bool) -> tuple[Any, Any, list[ColumnElement[bool]]]:
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


def _page_statement(
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
    joined, order, conditions = _walk(w, fts_driven)
    if probe:
        conditions.append(search_index.fts_probe(order))
    if keyset:
        conditions.append(order < bindparam("before_id"))
    columns = (*ROW_COLUMNS, _labels_column(dialect))
    if ids_first or (w.drive == TABLE and not fts_driven and w.dated):
        newest = select(order).select_from(joined).where(*conditions).correlate(None)
        newest = newest.order_by(order.desc()).limit(bindparam("limit"))
        return select(*columns).where(Candidate.id.in_(newest)).order_by(Candidate.id.desc())
    stmt = select(*columns).select_from(joined).where(*conditions)
    return stmt.order_by(order.desc()).limit(bindparam("limit"))


RECENT_SCAN = 2000
"""Newest rows a dated page looks through before it reads the date range's own index."""


def _recent_statement(w: Where, dialect: str, keyset: bool) -> Select[Any]:
    """A dated page found among the list's ``:scan`` newest rows: the list's index walked
    backwards down to the id of its ``:scan``-th newest row, the date checked on each row
    (``coalesce`` keeps the planner off the date index, which would sort the range). Exact
    when it fills the page: every match newer than the page's last row was looked at. A
    range of recent days fills it at once."""
    floor = select(Candidate.id).where(w.undated_clause)
    conditions = [w.undated_clause]
    if keyset:
        floor = floor.where(Candidate.id < bindparam("before_id"))
        conditions.append(Candidate.id < bindparam("before_id"))
    floor = floor.order_by(Candidate.id.desc()).limit(1).offset(bindparam("scan"))
    conditions.append(Candidate.id > func.coalesce(floor.correlate(None).scalar_subquery(), 0))
    added = func.coalesce(Candidate.added_at, Candidate.added_at)
    if "added_from" in w.params:
        conditions.append(added >= bindparam("added_from", type_=Candidate.added_at.type))
    if "added_to" in w.params:
        conditions.append(added < bindparam("added_to", type_=Candidate.added_at.type))
    columns = (*ROW_COLUMNS, _labels_column(dialect))
    stmt = select(*columns).where(*conditions).order_by(Candidate.id.desc())
    return stmt.limit(bindparam("limit"))


SMALL_LIST = 20_000
"""Lists up to this size are walked whole with each entry probed against a search's ids
(at most a few milliseconds), rather than first looking among the search's newest hits."""


def _small_list(reader: FastReader, f: CandidateFilter, params: Mapping[str, Any]) -> bool:
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
        kept = _KEPT_READS[True, f.folder is not None]
        values = (f.campaign_id,) if f.folder is None else (f.campaign_id, _FOLDER_VALUES[f.folder])
        return int(reader.fetch_in_order(*kept, values)[0][0] or 0) <= SMALL_LIST
    entries = select(Candidate.id).where(
        Candidate.campaign_id == bindparam("campaign_id"), Candidate.source == bindparam("source")
    )
    bounded = lambda: select(func.count()).select_from(  # noqa: E731
        entries.limit(bindparam("upto")).subquery()
    )
    found = reader.fetch(("small-source",), bounded, {**params, "upto": SMALL_LIST + 1})
    return int(found[0][0]) <= SMALL_LIST


def _narrowed(f: CandidateFilter) -> bool:
    """True for a search narrowed by criteria of the candidates table. Not a label or set:
    their links hold no campaign or folder, so walking them costs what walking the search
    does; not a typed candidate ID (the page adds that one by id)."""
    criteria = (f.campaign_id, f.folder, f.source, f.added_from, f.added_to, f.completed)
    walked = f.labels or f.candidate_set is not None
    typed_id = search_index.candidate_id_in(f.search) is not None
    return not walked and not typed_id and any(c is not None for c in criteria)


def _search_window_statement(w: Where, dialect: str, keyset: bool) -> Select[Any]:
    """A searched page found among the search's :data:`RECENT_SCAN` newest hits (their ids
    read once from the search index, then the candidates by id, newest first, each checked
    against the criteria). Exact when it fills the page, or when the search has no more
    hits (see :func:`_search_floor_statement`); a narrow list with a common word, which
    does neither, walks its own index."""
    fts = search_index.FTS
    hits = select(fts.c.rowid).where(search_index.fts_match())
    conditions = [w.clause]
    if keyset:
        hits = hits.where(fts.c.rowid < bindparam("before_id"))
        conditions.append(Candidate.id < bindparam("before_id"))
    window = hits.order_by(fts.c.rowid.desc()).limit(bindparam("scan"))
    columns = (*ROW_COLUMNS, _labels_column(dialect))
    stmt = select(*columns).where(Candidate.id.in_(window), *conditions)
    return stmt.order_by(Candidate.id.desc()).limit(bindparam("limit"))


def _search_floor_statement(keyset: bool) -> Select[Any]:
    """The id of the search's hit after the :data:`RECENT_SCAN` newest (newest first; the
    search index alone): none when those were all its hits."""
    fts = search_index.FTS
    hits = select(fts.c.rowid).where(search_index.fts_match())
    if keyset:
        hits = hits.where(fts.c.rowid < bindparam("before_id"))
    return hits.order_by(fts.c.rowid.desc()).limit(1).offset(bindparam("scan"))


def _probed_page(
    reader: FastReader, walk: Where, dialect: str, keyset: bool, params: dict[str, Any]
) -> list[Sequence[Any]]:
    """The list's own index walked newest first, each entry probed with the search's ids."""
    return reader.fetch(
        ("page-probe", walk.shape, keyset),
        lambda: _page_statement(walk, dialect, False, keyset, probe=True),
        params | walk.params,
        convert=False,
    )


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
    if fts_driven and _small_list(reader, f, w.params):  # walk it, probing the search's ids
        found = _probed_page(
            reader, where(f, company_id, dialect, search=False, drive=True), dialect, keyset, params
        )
    elif fts_driven and _narrowed(f):
        found = reader.fetch(
            ("page-search-window", w.shape, keyset),
            lambda: _search_window_statement(w, dialect, keyset),
            params | {"scan": RECENT_SCAN},
            convert=False,
        )
        more_hits = len(found) < limit and reader.fetch(
            ("search-floor", keyset),
            lambda: _search_floor_statement(keyset),
            params | {"scan": RECENT_SCAN},
        )
        if more_hits:  # a narrow list with a common word: its own index, probed with the ids
            walk = where(f, company_id, dialect, search=False, drive=True)
            found = _probed_page(reader, walk, dialect, keyset, params)
    if found is None and w.dated and w.drive == TABLE and not fts_driven:
        for scan in (2 * limit, RECENT_SCAN):  # a recent range fills a page at once
            found = reader.fetch(
                ("page-recent", w.shape, keyset),
                lambda: _recent_statement(w, dialect, keyset),
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
            lambda: _page_statement(w, dialect, fts_driven, keyset, ids_first=ids_first),
            params,
            convert=False,
        )
    rows = [_to_row(r, titles) for r in found]
    typed_id = search_index.candidate_id_in(f.search) if fts_driven else None
    if typed_id is not None and before_id is None and all(r.id != typed_id for r in rows):
        by_id = w.params | {"search_id": typed_id, "limit": 1, "before_id": None}
        exact = reader.fetch(
            ("page-by-id", w.shape),
            lambda: _page_statement(w, dialect, False, False).where(
                Candidate.id == bindparam("search_id")
            ),
            by_id,
            convert=False,
        )
        rows = [_to_row(r, titles) for r in exact] + rows[: max(limit - len(exact), 0)]
    return rows


def maintained_count(session: Session, f: CandidateFilter) -> int | None:
    """The count of a whole folder, campaign or company, read from the maintained counts
    (no scan); None for any other filter (it needs counting)."""
    if f == CandidateFilter(campaign_id=f.campaign_id, folder=f.folder):
        return folders.total(session, f.campaign_id, f.folder)
    return None


def count(session: Session, company_id: int, f: CandidateFilter, dialect: str) -> int:
    """How many candidates match ``f``; a whole folder or campaign (or the company) is read
    from the maintained counts, a label's candidates from the label links; other counts
    read the index the list walks."""
    known = maintained_count(session, f)
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
    ):
        campaign_id, folder = f.campaign_id, f.folder
        if campaign_id is None:
            values: tuple[Any, ...] = () if folder is None else (_FOLDER_VALUES[folder],)
        else:
            values = (campaign_id,) if folder is None else (campaign_id, _FOLDER_VALUES[folder])
        kept = _KEPT_READS[campaign_id is not None, folder is not None]
        return int(reader.fetch_in_order(*kept, values)[0][0] or 0)
    params: dict[str, Any]
    key: tuple[Any, ...]
    if len(f.labels) == 1 and f == CandidateFilter(campaign_id=f.campaign_id, labels=f.labels):
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


_KEPT_READS = {
    (campaign, folder): (
        f"count-kept-{campaign:d}{folder:d}",  # a string: its hash is kept
        lambda c=campaign, f=folder: _kept_count_statement(c, f),
        ("campaign_id", "folder")[not campaign : 1 + folder],
    )
    for campaign in (False, True)
    for folder in (False, True)
}
"""(key, statement, parameter names) of each maintained count read, by (campaign?, folder?)."""
_FOLDER_VALUES = {folder: folder.value for folder in Folder}  # ``.value`` costs 150 ns


def _kept_count_statement(by_campaign: bool, by_folder: bool) -> Select[Any]:
    stmt = select(func.sum(FolderCount.count))
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
    joined, _order, conditions = _walk(w, fts_driven)
    return select(func.count()).select_from(joined).where(*conditions)


def ids(session: Session, company_id: int, f: CandidateFilter, dialect: str) -> list[int]:
    """Every candidate id matching ``f``, newest first ("Select all" means all of these)."""
    w, fts_driven, params = _every(f, company_id, dialect)
    joined, order, conditions = _walk(w, fts_driven)
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


def detail(
    session: Session, company_id: int, candidate_id: int, titles: Mapping[int, str]
) -> CandidateDetail:
    c = session.get(Candidate, candidate_id)
    if c is None or c.company_id != company_id:
        raise NotFoundError(f"no candidate with id {candidate_id}")
    tags = labels.labels_of(session, [c.id])
    row = CandidateRow(
        c.id,
        c.campaign_id,
        titles.get(c.campaign_id, ""),
        c.first_name,
        c.last_name,
        c.email,
        c.phone,
        c.folder,
        c.source,
        c.added_at,
        c.completed_at,
        c.last_message_preview,
        c.unread,
        tags.get(c.id, ()),
    )
    responses = [
        ResponseInfo(q.id, q.text, r.answer_type, r.text, r.audio_path, r.transcript, r.created_at)
        for r, q in session.execute(
            select(InterviewResponse, InterviewQuestion)
            .join(InterviewQuestion, InterviewQuestion.id == InterviewResponse.question_id)
            .where(InterviewResponse.candidate_id == c.id)
            .order_by(InterviewQuestion.position)
        )
    ]
    referee = {
        "first_name": c.referee_first_name,
        "last_name": c.referee_last_name,
        "id": c.referee_id,
        "email": c.referee_email,
        "mobile": c.referee_mobile,
        "account": c.referee_account,
    }
    return CandidateDetail(
        row,
        c.school_name,
        c.gender,
        list(c.employment),
        list(c.links),
        referee,
        dict(c.others),
        c.cv_path,
        c.access_code,
        c.pin_expires_at,
        c.bot_stopped,
        responses,
        invitations.problem(session, c.id, c.folder),
    )


CONTACT_BATCH = (8, 64, 500)  # prepared IN-list sizes; a batch is padded to the next one
NO_CONTACT = "@"  # padding: never a stored email key (needs a local part) nor a phone


def _contacts_statement(column_name: str, size: int) -> Select[Any]:
    column = getattr(Candidate, column_name)
    keys: list[Any] = [bindparam(f"k{i}") for i in range(size)]
    return select(column, Candidate.id, Candidate.campaign_id).where(
        Candidate.company_id == bindparam("company_id"), column.in_(keys)
    )


def existing_contacts(
    reader: FastReader,
    company_id: int,
    email_keys: Iterable[str],
    phones: Iterable[str],
    connection: Connection | None = None,
) -> dict[str, list[tuple[int, int]]]:
    """Candidates of the company holding these emails / phones: key -> [(id, campaign_id)].

    Email keys contain "@" and phones start with "+", so one dict holds both. With
    ``connection`` the lookups run inside that (writing) transaction.
    """
    found: dict[str, list[tuple[int, int]]] = {}
    for column_name, values in (("email_key", email_keys), ("phone", phones)):
        wanted = sorted({v for v in values if v})
        for start in range(0, len(wanted), CONTACT_BATCH[-1]):
            part = wanted[start : start + CONTACT_BATCH[-1]]
            size = next(n for n in CONTACT_BATCH if n >= len(part))
            params: dict[str, Any] = {"company_id": company_id}
            params.update((f"k{i}", part[i] if i < len(part) else NO_CONTACT) for i in range(size))
            rows = reader.fetch(
                ("contacts", column_name, size),
                lambda c=column_name, n=size: _contacts_statement(c, n),  # type: ignore[misc]
                params,
                connection=connection,
            )
            for key, cid, campaign_id in rows:
                found.setdefault(key, []).append((cid, campaign_id))
    return found


def id_condition(ids: Sequence[int]) -> ColumnElement[bool]:
    """``Candidate.id`` in ``ids``: a range when they are consecutive (a batch on SQLite)."""
    if ids and ids[-1] - ids[0] == len(ids) - 1 and list(ids) == sorted(ids):
        return Candidate.id.between(ids[0], ids[-1])
    return Candidate.id.in_(ids)


def ids_of_rows(session: Session, batch_id: int, numbers: Sequence[int]) -> list[int]:
    """Ids of the candidates a batch just inserted for these file rows, in the same order.

    On SQLite, rows inserted in one write transaction get consecutive rowids ending at
    ``last_insert_rowid()``; that is checked with one range count on the primary key, and
    only if it does not hold are the ids looked up row by row.
    """
    if numbers and session.get_bind().dialect.name == "sqlite":
        last = int(session.scalar(select(func.last_insert_rowid())) or 0)
        first = last - len(numbers) + 1
        ends = session.execute(
            select(Candidate.id, Candidate.import_row).where(
                Candidate.id.in_([first, last]), Candidate.import_batch_id == batch_id
            )
        ).all()
        in_range = session.scalar(
            select(func.count())
            .select_from(Candidate)
            .where(Candidate.id.between(first, last), Candidate.import_batch_id == batch_id)
        )
        expected = {(first, numbers[0]), (last, numbers[-1])}
        if in_range == len(numbers) and {(i, n) for i, n in ends} == expected:
            return list(range(first, last + 1))
    found: dict[int, int] = {}
    for part in folders.chunks(list(numbers)):
        query = select(Candidate.import_row, Candidate.id).where(
            Candidate.import_batch_id == batch_id, Candidate.import_row.in_(part)
        )
        found.update((number or 0, cid) for number, cid in session.execute(query))
    return [found[number] for number in numbers]
