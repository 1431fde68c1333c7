"""Candidate filters: what the left pane and the CLI select, as one WHERE clause.

Clauses use named bind parameters, so a query is compiled once per *shape* (which criteria
are set) and reused with new values: see :class:`~talkpush_desktop.storage.fast_read`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, bindparam, exists, select

from talkpush_desktop.storage import search_index
from talkpush_desktop.storage.models import (
    Candidate,
    CandidateLabel,
    CandidateSetMember,
    Folder,
    Label,
)


@dataclass(frozen=True, slots=True)
class CandidateFilter:
    """Every criterion is optional; together they are combined with AND.

    ``campaign_id`` None means all campaigns; ``labels`` must all be present;
    ``added_to`` is exclusive; ``completed`` True/False keeps (not) completed ones;
    ``candidate_set`` keeps the members of a saved :class:`CandidateSet` (e.g. the
    candidates behind an analytics figure).
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

    def with_(self, **changes: object) -> CandidateFilter:
        return replace(self, **changes)  # type: ignore[arg-type]


class Where:
    """A filter as SQL: parameter values and shape (a cache key) now, the clause on demand.

    Building SQLAlchemy clause objects costs more than running a prepared query, so the
    clause is only built when a statement of a new shape is prepared.
    """

    __slots__ = ("_clause", "_dialect", "_filter", "_search", "params", "shape")

    def __init__(self, f: CandidateFilter, company_id: int, dialect: str, search: bool) -> None:
        self._filter, self._dialect, self._search = f, dialect, search
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
        self.shape = (tuple(sorted(self.params)), f.completed, search_shape)

    @property
    def clause(self) -> ColumnElement[bool]:
        if self._clause is None:
            self._clause = _build(self._filter, self._dialect, self._search)
        return self._clause


def _has_label(index: int) -> ColumnElement[bool]:
    return exists(
        select(CandidateLabel.candidate_id)
        .join(Label, Label.id == CandidateLabel.label_id)
        .where(
            CandidateLabel.candidate_id == Candidate.id,
            Label.company_id == bindparam("company_id"),
            Label.name == bindparam(f"label_{index}"),
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
    return out


def _in_set() -> ColumnElement[bool]:
    members = select(CandidateSetMember.candidate_id)
    return Candidate.id.in_(members.where(CandidateSetMember.set_id == bindparam("candidate_set")))


_CONDITIONS = {
    "campaign_id": lambda: Candidate.campaign_id == bindparam("campaign_id"),
    "folder": lambda: Candidate.folder == bindparam("folder"),
    "source": lambda: Candidate.source == bindparam("source"),
    "added_from": lambda: Candidate.added_at >= bindparam("added_from"),
    "added_to": lambda: Candidate.added_at < bindparam("added_to"),
    "candidate_set": _in_set,
}


def _build(f: CandidateFilter, dialect: str, search: bool) -> ColumnElement[bool]:
    parts: list[ColumnElement[bool]] = [Candidate.company_id == bindparam("company_id")]
    for name, _value in _values(f):
        label = name.startswith("label_")
        parts.append(_has_label(int(name[6:])) if label else _CONDITIONS[name]())
    if f.completed is True:
        parts.append(Candidate.completed_at.is_not(None))
    elif f.completed is False:
        parts.append(Candidate.completed_at.is_(None))
    if search and f.search.strip():
        found = search_index.search_condition(dialect, f.search)
        if found is not None:
            parts.append(found.clause)
    return and_(*parts)


def where(f: CandidateFilter, company_id: int, dialect: str, *, search: bool = True) -> Where:
    """The SQL selecting the candidates of ``f`` within a company.

    With ``search=False`` the search text is left out (the caller drives the query from the
    search index instead).
    """
    return Where(f, company_id, dialect, search)
