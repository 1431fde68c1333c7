"""Manual labels and the automatic ones (Duplicate, Attempted, >50% completed).

Automatic labels are derived state: they are recomputed for the candidates a change
touches (insert, delete, contact edit, new response, changed interview), never set by hand.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, bindparam, delete, func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased

from talkpush_desktop.engine.candidates import activity
from talkpush_desktop.engine.candidates.folders import chunks
from talkpush_desktop.engine.errors import NotFoundError, ValidationError
from talkpush_desktop.storage import bulk
from talkpush_desktop.storage.models import (
    Action,
    Candidate,
    CandidateLabel,
    InterviewQuestion,
    InterviewResponse,
    Label,
    table_of,
)
from talkpush_desktop.storage.prepared import Prepared

DUPLICATE = "Duplicate"
ATTEMPTED = "Attempted"
HALF_COMPLETED = ">50% completed"
AUTOMATIC = {DUPLICATE: "#e8912d", ATTEMPTED: "#8e6bd8", HALF_COMPLETED: "#2a9d8f"}
MAX_NAME = 100


def ensure_automatic(session: Session, company_id: int) -> None:
    """Create the automatic labels of a company if they are missing."""
    have = set(session.scalars(select(Label.name).where(Label.company_id == company_id)))
    for name, color in AUTOMATIC.items():
        if name not in have:
            session.add(Label(company_id=company_id, name=name, automatic=True, color=color))
    session.flush()


_LABEL_ID = Prepared(
    select(Label.id).where(
        Label.company_id == bindparam("company_id"), Label.name == bindparam("name")
    )
)
_EXISTING = Prepared(
    select(CandidateLabel.candidate_id).where(
        CandidateLabel.label_id == bindparam("label_id"),
        CandidateLabel.candidate_id.in_(bindparam("ids", expanding=True)),
    )
)
"""Statements prepared once (every candidate added runs them through the Duplicate label)."""


def label_id(session: Session, company_id: int, name: str) -> int:
    found = _LABEL_ID.scalars(session, {"company_id": company_id, "name": name})
    if not found:
        raise NotFoundError(f"no label named {name!r}")
    return int(found[0])


def carrying(session: Session, company_id: int, name: str, campaign_id: int | None) -> int:
    """How many candidates (of ``campaign_id``, or of all campaigns) carry the label
    ``name``: a range count on ``ix_candidate_labels_label``, with one primary-key look-up
    per labelled candidate when a campaign is chosen."""
    link = CandidateLabel
    stmt = (
        select(func.count())
        .select_from(link)
        .join(Label, Label.id == link.label_id)
        .where(Label.company_id == company_id, Label.name == name)
    )
    if campaign_id is not None:
        stmt = stmt.join(Candidate, Candidate.id == link.candidate_id).where(
            Candidate.campaign_id == campaign_id
        )
    return int(session.scalar(stmt) or 0)


def create(session: Session, company_id: int, name: str, color: str = "#5b8def") -> Label:
    """Create a manual label (names are unique per company, case-insensitively)."""
    name = " ".join(name.split())
    if not name:
        raise ValidationError("a label needs a name")
    if len(name) > MAX_NAME:
        raise ValidationError(f"label names are at most {MAX_NAME} characters")
    clash = session.scalar(
        select(Label).where(Label.company_id == company_id, func.lower(Label.name) == name.lower())
    )
    if clash is not None:
        return clash
    label = Label(company_id=company_id, name=name, automatic=False, color=color)
    try:
        with session.begin_nested():  # another workstation may be creating it right now
            session.add(label)
    except IntegrityError:
        made = session.scalar(
            select(Label).where(Label.company_id == company_id, Label.name == name)
        )
        if made is None:
            raise
        return made
    return label


def _manual_label(session: Session, company_id: int, name: str, create_missing: bool) -> Label:
    label = session.scalar(
        select(Label).where(
            Label.company_id == company_id, func.lower(Label.name) == name.strip().lower()
        )
    )
    if label is None:
        if not create_missing:
            raise NotFoundError(f"no label named {name!r}")
        label = create(session, company_id, name)
    if label.automatic:
        raise ValidationError(f"{label.name} is an automatic label and cannot be set by hand")
    return label


@dataclass(frozen=True, slots=True)
class LabelChange:
    """Which candidates actually gained or lost ``label`` (for undo)."""

    label: str
    added: bool
    candidate_ids: tuple[int, ...]


def carried_by(session: Session, label_id_: int, ids: Sequence[int]) -> set[int]:
    """Which of ``ids`` carry the label now."""
    return set(_EXISTING.scalars(session, {"label_id": label_id_, "ids": list(ids)}))


def _campaigns_of(session: Session, ids: Sequence[int]) -> dict[int, int]:
    rows = session.execute(select(Candidate.id, Candidate.campaign_id).where(Candidate.id.in_(ids)))
    return {cid: camp for cid, camp in rows}


def apply(
    session: Session,
    company_id: int,
    ids: Sequence[int],
    name: str,
    *,
    add: bool,
    user_id: int | None,
    at: datetime,
    create_missing: bool = True,
) -> LabelChange:
    """Add or remove a manual label on many candidates, logging each change."""
    label = _manual_label(session, company_id, name, create_missing=add and create_missing)
    changed: list[int] = []
    for part in chunks(list(ids)):
        campaigns = _campaigns_of(session, part)
        have = carried_by(session, label.id, list(campaigns))
        targets = [i for i in campaigns if (i not in have) == add]
        if not targets:
            continue
        # what this transaction changed (another may have done the same meanwhile): logged
        if add:
            rows = [{"candidate_id": i, "label_id": label.id, "created_at": at} for i in targets]
            done = bulk.insert_new(session, table_of(CandidateLabel), rows, "candidate_id")
        else:
            done = set(
                session.scalars(
                    delete(CandidateLabel)
                    .where(
                        CandidateLabel.label_id == label.id,
                        CandidateLabel.candidate_id.in_(targets),
                    )
                    .returning(CandidateLabel.candidate_id)
                )
            )
        targets = [i for i in targets if i in done]
        action = Action.LABELLED if add else Action.UNLABELLED
        activity.record(
            session,
            (
                activity.Event(company_id, campaigns[i], i, action, at, user_id, detail=label.name)
                for i in targets
            ),
        )
        changed.extend(targets)
    return LabelChange(label.name, add, tuple(changed))


def _set_automatic(
    session: Session, company_id: int, name: str, should_have: dict[int, bool], at: datetime
) -> None:
    """Make the automatic label ``name`` present exactly where ``should_have`` says so."""
    lid = label_id(session, company_id, name)
    ids = list(should_have)
    for part in chunks(ids):
        have = carried_by(session, lid, part)
        add = [i for i in part if should_have[i] and i not in have]
        drop = [i for i in part if not should_have[i] and i in have]
        if add:
            session.execute(
                insert(table_of(CandidateLabel)),
                [{"candidate_id": i, "label_id": lid, "created_at": at} for i in add],
            )
        if drop:
            session.execute(
                delete(CandidateLabel).where(
                    CandidateLabel.label_id == lid, CandidateLabel.candidate_id.in_(drop)
                )
            )


_EARLIER = aliased(Candidate, name="earlier")
"""The earlier candidate of a duplicate check."""


def _duplicates_by(column: InstrumentedAttribute[str]) -> Select[int, bool]:
    """The company's candidates whose ``column`` is among ``:values``, each with whether an
    earlier candidate of the company has the same value."""
    other = _EARLIER
    other_col = other.email_key if column is Candidate.email_key else other.phone
    earlier = select(other.id).where(
        other.company_id == bindparam("company_id"),
        other_col == column,
        other.id < Candidate.id,
    )
    return select(Candidate.id, earlier.exists().label("dup")).where(
        Candidate.company_id == bindparam("company_id"),
        column.in_(bindparam("values", expanding=True)),
    )


_SAME_EMAIL = Prepared(_duplicates_by(Candidate.email_key))
_SAME_PHONE = Prepared(_duplicates_by(Candidate.phone))
"""Prepared once: every candidate added runs one or both."""


def refresh_duplicates(
    session: Session, company_id: int, emails: Iterable[str], phones: Iterable[str], at: datetime
) -> None:
    """Recompute ``Duplicate`` for every candidate sharing one of these emails or phones.

    A candidate is a duplicate when an earlier candidate of the company (lower id) has
    the same email (case-insensitive) or the same E.164 phone.
    """
    email_list = sorted({e for e in emails if e})
    phone_list = sorted({p for p in phones if p})
    should_have: dict[int, bool] = {}
    for stmt, values in ((_SAME_EMAIL, email_list), (_SAME_PHONE, phone_list)):
        for part in chunks(values):
            rows = stmt.rows(session, {"company_id": company_id, "values": part})
            for cid, dup in rows:
                should_have[cid] = should_have.get(cid, False) or bool(dup)
    if should_have:
        _set_automatic(session, company_id, DUPLICATE, should_have, at)


def refresh_progress(
    session: Session, company_id: int, candidate_ids: Sequence[int], at: datetime
) -> None:
    """Recompute ``Attempted`` and ``>50% completed`` from stored responses."""
    attempted: dict[int, bool] = {}
    half: dict[int, bool] = {}
    questions = (
        select(InterviewQuestion.campaign_id, func.count().label("n"))
        .where(InterviewQuestion.section == "question")
        .group_by(InterviewQuestion.campaign_id)
        .subquery()
    )
    answered = (
        select(InterviewResponse.candidate_id, func.count().label("n"))
        .group_by(InterviewResponse.candidate_id)
        .subquery()
    )
    for part in chunks(list(candidate_ids)):
        rows = session.execute(
            select(Candidate.id, answered.c.n, questions.c.n)
            .outerjoin(answered, answered.c.candidate_id == Candidate.id)
            .outerjoin(questions, questions.c.campaign_id == Candidate.campaign_id)
            .where(Candidate.id.in_(part))
        )
        for cid, n_answered, n_questions in rows:
            attempted[cid] = bool(n_answered)
            half[cid] = bool(n_answered and n_questions and 2 * n_answered > n_questions)
    _set_automatic(session, company_id, ATTEMPTED, attempted, at)
    _set_automatic(session, company_id, HALF_COMPLETED, half, at)


def labels_of(session: Session, ids: Sequence[int]) -> dict[int, tuple[str, ...]]:
    """Label names per candidate, in a stable order (automatic ones first)."""
    out: dict[int, list[str]] = {}
    for part in chunks(list(ids)):
        rows = session.execute(
            select(CandidateLabel.candidate_id, Label.name)
            .join(Label, Label.id == CandidateLabel.label_id)
            .where(CandidateLabel.candidate_id.in_(part))
            .order_by(CandidateLabel.candidate_id, Label.automatic.desc(), Label.name)
        )
        for cid, name in rows:
            out.setdefault(cid, []).append(name)
    return {cid: tuple(names) for cid, names in out.items()}


def used_by(session: Session, company_id: int, name: str) -> int:
    """How many candidates carry a label."""
    return int(
        session.scalar(
            select(func.count())
            .select_from(CandidateLabel)
            .join(Label, Label.id == CandidateLabel.label_id)
            .where(Label.company_id == company_id, Label.name == name)
        )
        or 0
    )
