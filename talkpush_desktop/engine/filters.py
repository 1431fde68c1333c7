"""Candidate filters: what the left pane and the CLI select, as one WHERE clause."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import ColumnElement, and_, exists, select

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


def _has_label(company_id: int, name: str) -> ColumnElement[bool]:
    return exists(
        select(CandidateLabel.candidate_id)
        .join(Label, Label.id == CandidateLabel.label_id)
        .where(
            CandidateLabel.candidate_id == Candidate.id,
            Label.company_id == company_id,
            Label.name == name,
        )
    )


def where_clause(f: CandidateFilter, company_id: int, dialect: str) -> ColumnElement[bool]:
    """The SQL condition selecting the candidates of ``f`` within a company."""
    parts: list[ColumnElement[bool]] = [Candidate.company_id == company_id]
    if f.campaign_id is not None:
        parts.append(Candidate.campaign_id == f.campaign_id)
    if f.folder is not None:
        parts.append(Candidate.folder == f.folder.value)
    parts.extend(_has_label(company_id, name) for name in f.labels)
    if f.source:
        parts.append(Candidate.source == f.source)
    if f.added_from is not None:
        parts.append(Candidate.added_at >= f.added_from)
    if f.added_to is not None:
        parts.append(Candidate.added_at < f.added_to)
    if f.completed is True:
        parts.append(Candidate.completed_at.is_not(None))
    elif f.completed is False:
        parts.append(Candidate.completed_at.is_(None))
    if f.search.strip():
        condition = search_index.search_condition(dialect, f.search)
        if condition is not None:
            parts.append(condition)
    return and_(*parts)
