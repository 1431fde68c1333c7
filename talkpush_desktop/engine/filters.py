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
from talkpush_desktop.storage.models import Candidate, CandidateLabel, Folder, Label


@dataclass(frozen=True, slots=True)
class CandidateFilter:
    """Every criterion is optional; together they are combined with AND.

    ``campaign_id`` None means all campaigns; ``labels`` must all be present;
    ``added_to`` is exclusive; ``completed`` True/False keeps (not) completed ones.
    """

    campaign_id: int | None = None
    folder: Folder | None = None
    labels: tuple[str, ...] = ()
    source: str | None = None
    added_from: datetime | None = None
    added_to: datetime | None = None
    completed: bool | None = None
    search: str = ""

    def with_(self, **changes: object) -> CandidateFilter:
        return replace(self, **changes)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class Where:
    """A filter as SQL: the clause, its parameter values, and its shape (a cache key)."""

    clause: ColumnElement[bool]
    params: dict[str, Any]
    shape: tuple[Any, ...]


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


def _criteria(f: CandidateFilter) -> list[tuple[str, Any, ColumnElement[bool]]]:
    """(parameter name, value, condition) for each criterion that is set."""
    out: list[tuple[str, Any, ColumnElement[bool]]] = []
    if f.campaign_id is not None:
        out.append(
            ("campaign_id", f.campaign_id, Candidate.campaign_id == bindparam("campaign_id"))
        )
    if f.folder is not None:
        out.append(("folder", f.folder.value, Candidate.folder == bindparam("folder")))
    out.extend((f"label_{i}", name, _has_label(i)) for i, name in enumerate(f.labels))
    if f.source:
        out.append(("source", f.source, Candidate.source == bindparam("source")))
    if f.added_from is not None:
        out.append(("added_from", f.added_from, Candidate.added_at >= bindparam("added_from")))
    if f.added_to is not None:
        out.append(("added_to", f.added_to, Candidate.added_at < bindparam("added_to")))
    return out


def where(f: CandidateFilter, company_id: int, dialect: str, *, search: bool = True) -> Where:
    """The SQL condition selecting the candidates of ``f`` within a company.

    With ``search=False`` the search text is left out (the caller drives the query from the
    search index instead).
    """
    parts: list[ColumnElement[bool]] = [Candidate.company_id == bindparam("company_id")]
    params: dict[str, Any] = {"company_id": company_id}
    for name, value, condition in _criteria(f):
        params[name] = value
        parts.append(condition)
    if f.completed is True:
        parts.append(Candidate.completed_at.is_not(None))
    elif f.completed is False:
        parts.append(Candidate.completed_at.is_(None))
    search_shape: tuple[Any, ...] = ()
    if search and f.search.strip():
        found = search_index.search_condition(dialect, f.search)
        if found is not None:
            parts.append(found.clause)
            params.update(found.params)
            search_shape = found.shape
    shape = (tuple(sorted(params)), f.completed, search_shape)
    return Where(and_(*parts), params, shape)
