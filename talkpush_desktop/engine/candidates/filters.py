"""Candidate filters: what the left pane and the CLI select, as one WHERE clause.

Clauses use named bind parameters, so a query is compiled once per *shape* (which criteria
are set) and reused with new values: see :class:`~talkpush_desktop.storage.fast_read`.

A list is read newest first by walking one index backwards (:attr:`Where.drive`): a saved
set's members, the first label's links, or the candidates table (where the planner picks the
index of the criteria: company, campaign, folder, source). The driving criterion is then left
out of the clause.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, bindparam, exists, select

from talkpush_desktop.storage import search_index
from talkpush_desktop.storage.models import (
    Campaign,
    CampaignMember,
    Candidate,
    CandidateLabel,
    CandidateSetMember,
    Folder,
    Label,
    table_of,
)


@dataclass(frozen=True, slots=True)
class CandidateFilter:
    """Every criterion is optional; together they are combined with AND.

    ``campaign_id`` None means all campaigns; ``labels`` must all be present;
    ``added_to`` is exclusive; ``completed`` True/False keeps (not) completed ones;
    ``candidate_set`` keeps the members of a saved :class:`CandidateSet` (e.g. the
    candidates behind an analytics figure); ``member`` keeps the candidates of the campaigns
    that user has access to (a manager who is not an owner: see ``campaign_access``).
    """

    campaign_id: int | None = None
    folder: Folder | None = None
    labels: tuple[str, ...] = ()
    source: str | None = None
    added_from: datetime | None = None
    added_to: datetime | None = None
    completed: bool | None = None
    search: str = ""
    candidate_set: int | None = None
    member: int | None = None

    def with_(self, **changes: object) -> CandidateFilter:
        return replace(self, **changes)  # type: ignore[arg-type]


TABLE, LABEL, SET = "table", "label", "set"
"""What a list walks newest first: the candidates, the first label's links, a set's members."""


def _drive(f: CandidateFilter) -> str:
    if f.candidate_set is not None:
        return SET
    return LABEL if f.labels else TABLE


class Where:
    """A filter as SQL: parameter values and shape (a cache key) now, the clause on demand.

    Building SQLAlchemy clause objects costs more than running a prepared query, so the
    clause is only built when a statement of a new shape is prepared. ``drive`` says which
    index a list walks; with ``drive=True`` the clause leaves that criterion to the walk.
    """

    __slots__ = (
        "_clause",
        "_dialect",
        "_filter",
        "_per_row",
        "_search",
        "drive",
        "params",
        "shape",
    )

    def __init__(
        self,
        f: CandidateFilter,
        company_id: int,
        dialect: str,
        search: bool,
        drive: bool,
        *,
        per_row: bool = False,
    ) -> None:
        self._filter, self._dialect, self._search = f, dialect, search
        self._per_row = per_row
        self.drive = _drive(f) if drive else TABLE
        self._clause: ColumnElement[bool] | None = None
        self.params: dict[str, Any] = {"company_id": company_id}
        for name, value in _values(f):
            self.params[name] = value
        search_shape: tuple[Any, ...] = ()
        if search and f.search.strip():
            found = search_index.search_params(dialect, f.search)
            if found is not None:
                self.params.update(found[0])
                search_shape = found[1]
        shape = (tuple(sorted(self.params)), f.completed, search_shape, self.drive)
        self.shape = (*shape, "per-row") if per_row else shape

    @property
    def dated(self) -> bool:
        """True when an added-date range is set."""
        return "added_from" in self.params or "added_to" in self.params

    @property
    def clause(self) -> ColumnElement[bool]:
        if self._clause is None:
            self._clause = _build(
                self._filter, self._dialect, self._search, self.drive, self._per_row
            )
        return self._clause

    @property
    def undated_clause(self) -> ColumnElement[bool]:
        """The clause without the added-date range (the caller checks it)."""
        undated = self._filter.with_(added_from=None, added_to=None)
        return _build(undated, self._dialect, self._search, self.drive, self._per_row)


def label_id(index: int) -> Any:
    """The id of the filter's label number ``index`` (a scalar subquery, run once)."""
    return (
        select(Label.id)
        .where(
            Label.company_id == bindparam("company_id"), Label.name == bindparam(f"label_{index}")
        )
        .scalar_subquery()
    )


def _has_label(index: int) -> ColumnElement[bool]:
    link = table_of(CandidateLabel).alias(f"has_label_{index}")  # the walk may join the links
    return exists(
        select(link.c.candidate_id).where(
            link.c.candidate_id == Candidate.id, link.c.label_id == label_id(index)
        )
    )


def _values(f: CandidateFilter) -> list[tuple[str, Any]]:
    """(parameter name, value) for each criterion that is set."""
    out: list[tuple[str, Any]] = []
    if f.campaign_id is not None:
        out.append(("campaign_id", f.campaign_id))
    if f.folder is not None:
        out.append(("folder", f.folder.value))
    out.extend((f"label_{i}", name) for i, name in enumerate(f.labels))
    if f.source:
        out.append(("source", f.source))
    if f.added_from is not None:
        out.append(("added_from", f.added_from))
    if f.added_to is not None:
        out.append(("added_to", f.added_to))
    if f.candidate_set is not None:
        out.append(("candidate_set", f.candidate_set))
    if f.member is not None:
        out.append(("member", f.member))
    return out


def _in_set() -> ColumnElement[bool]:
    """Membership probed per candidate (an ``id IN (members)`` list would be walked whole
    for every row the search index yields)."""
    member = table_of(CandidateSetMember).alias("in_set")
    return exists(
        select(member.c.candidate_id).where(
            member.c.set_id == bindparam("candidate_set"), member.c.candidate_id == Candidate.id
        )
    )


def _in_campaign() -> ColumnElement[bool]:
    """The campaign's candidates, the campaign checked once to be the company's: the
    candidates' company column is then not compared, so no company index competes with the
    campaign's and a count reads the campaign's index alone."""
    own = select(Campaign.id).where(
        Campaign.id == bindparam("campaign_id"), Campaign.company_id == bindparam("company_id")
    )
    return Candidate.campaign_id == own.scalar_subquery()


def _of_member() -> ColumnElement[bool]:
    """The candidates of the campaigns the user ``member`` has access to."""
    access = select(CampaignMember.campaign_id).where(CampaignMember.user_id == bindparam("member"))
    return Candidate.campaign_id.in_(access)


_CONDITIONS = {
    "campaign_id": _in_campaign,
    "folder": lambda: Candidate.folder == bindparam("folder"),
    "source": lambda: Candidate.source == bindparam("source"),
    "added_from": lambda: Candidate.added_at >= bindparam("added_from"),
    "added_to": lambda: Candidate.added_at < bindparam("added_to"),
    "candidate_set": _in_set,
    "member": _of_member,
}


def _build(
    f: CandidateFilter, dialect: str, search: bool, drive: str, per_row: bool = False
) -> ColumnElement[bool]:
    parts: list[ColumnElement[bool]] = []
    if f.campaign_id is None:
        parts.append(Candidate.company_id == bindparam("company_id"))
    walked = {LABEL: "label_0", SET: "candidate_set"}.get(drive)
    for name, _value in _values(f):
        if name == walked:
            continue
        label = name.startswith("label_")
        parts.append(_has_label(int(name[6:])) if label else _CONDITIONS[name]())
    if f.completed is True:
        parts.append(Candidate.completed_at.is_not(None))
    elif f.completed is False:
        parts.append(Candidate.completed_at.is_(None))
    if search and f.search.strip():
        found = search_index.search_condition(dialect, f.search, per_row)
        if found is not None:
            parts.append(found.clause)
    return and_(*parts)


def where(
    f: CandidateFilter,
    company_id: int,
    dialect: str,
    *,
    search: bool = True,
    drive: bool = False,
    per_row: bool = False,
) -> Where:
    """The SQL selecting the candidates of ``f`` within a company.

    With ``search=False`` the search text is left out (the caller drives the query from the
    search index instead); with ``drive=True`` the criterion of :attr:`Where.drive` is left
    out (the caller walks its index); ``per_row``: the search is checked on each row the
    walk reads, no index (PostgreSQL, see ``search_postgres.word_match``).
    """
    return Where(f, company_id, dialect, search, drive, per_row=per_row)
