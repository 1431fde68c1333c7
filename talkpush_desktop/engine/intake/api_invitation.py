"""A candidate sent by a career site (seed 000, "How to create a candidate in Talkpush"):
the request's fields checked by the intake rules, stored in the campaign's Inbox and
invited, answered with the candidate in the ATS JSON shape.

The rules are the other intake paths': :func:`row_mapping.check_fields` (email OR phone;
national phones read with the campaign's hotline country), :func:`insert.insert_drafts`
(Inbox, ``added`` activity, the ``Duplicate`` label), the one invitation rule and auto-call
(:func:`engine.interview.placing.auto_call`). Refusals name the request's own fields
(``campaign_invitation[email]``) in :class:`FieldErrors`.
A contact the request lacks is taken from the CV's text, and a comment says so.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from talkpush_desktop.engine.candidates.insert import insert_drafts
from talkpush_desktop.engine.company import campaign_access
from talkpush_desktop.engine.errors import FieldErrors, NotFoundError
from talkpush_desktop.engine.intake import idempotency
from talkpush_desktop.engine.intake.cv_files import CvFile, contacts_in
from talkpush_desktop.engine.intake.row_mapping import (
    CandidateDraft,
    CandidateFields,
    check_fields,
)
from talkpush_desktop.engine.interview import placing
from talkpush_desktop.engine.messaging import invitations, messages
from talkpush_desktop.storage.models import Campaign
from talkpush_desktop.storage.prepared import Prepared

CandidateShape = Callable[[Session, int, Sequence[int]], list[dict[str, Any]]]
"""Candidates in the ATS JSON shape (``exports.ats_json.just_stored``, handed in by the
Workspace: the intake room does not import exports)."""

ROUTE = "campaign_invitations"
"""The route name idempotency keys are remembered under."""
TEXT_FIELDS = ("first_name", "last_name", "user_phone_number", "email", "source")
"""The candidate's own fields, as the API names them."""
DEFAULT_SOURCE = "api"
SOURCE_MAX = 100
OTHERS_MAX = 50
OTHER_KEY_MAX = 100
OTHER_VALUE_MAX = 5_000
REFEREE_KEYS = tuple(f.name for f in fields(CandidateFields) if f.name.startswith("referee_"))
"""The referee's fields, named as the API sends them in ``others``."""


def param(name: str) -> str:
    """The request's name of a field: ``campaign_invitation[email]``,
    ``campaign_invitation[others][referee_id]``."""
    if name in REFEREE_KEYS:
        return f"campaign_invitation[others][{name}]"
    return f"campaign_invitation[{name}]"


_PROBLEM_PARAMS = {
    "phone": (param("user_phone_number"),),
    "email/phone": (param("email"), param("user_phone_number")),
}


@dataclass(frozen=True)
class InvitationData:
    """What the request sent: the candidate's fields as text, the CV's bytes (``cv``, None
    without one) and ``others``, which also holds the referee's fields."""

    first_name: str = ""
    last_name: str = ""
    email: str = ""
    user_phone_number: str = ""
    cv: bytes | None = None
    cv_filename: str = ""
    others: Mapping[str, Any] = field(default_factory=dict)
    source: str = ""


class Answer(NamedTuple):
    """The HTTP answer: status, body, the candidate made, whether this is a replay and the
    body as JSON (``text``: rendered once, by the writer, for the response and the stored
    key alike)."""

    status: int
    body: dict[str, Any]
    candidate_id: int | None
    replayed: bool = False
    text: str = ""

    @classmethod
    def replay(cls, stored: idempotency.Stored) -> Answer:
        """The stored first answer, sent again."""
        return cls(stored.status, stored.body, stored.candidate_id, True, stored.text)

    def stored(self) -> idempotency.Stored:
        """The answer as its idempotency key keeps it."""
        return idempotency.Stored(self.status, self.body, self.candidate_id, self.text)


class IntakeCampaign(NamedTuple):
    """What storing a request needs of its campaign."""

    id: int
    company_id: int
    hotline_country: str
    pin_valid_hours: int
    auto_call: bool


_CAMPAIGN = Prepared(
    select(
        Campaign.id,
        Campaign.company_id,
        Campaign.hotline_country,
        Campaign.pin_valid_hours,
        Campaign.auto_call,
    ).where(Campaign.id == bindparam("id"))
)
"""Prepared once: every batch of intake requests reads its campaigns."""


def campaign_of(session: Session, company_id: int, campaign_id: int) -> IntakeCampaign:
    """The company's campaign; NotFoundError for any other id (another company's too)."""
    found = _CAMPAIGN.rows(session, {"id": campaign_id})
    camp = IntakeCampaign(*found[0]) if found else None
    if camp is None or camp.company_id != company_id:
        raise NotFoundError(f"campaign {campaign_id} not found")
    return camp


def check_reach(session: Session, user_id: int, campaign_id: int) -> None:
    """A key made for a manager adds only to the campaigns that manager may see (the owner:
    all); another answers as an unknown campaign does."""
    if not campaign_access.can_see(session, user_id, campaign_id):
        raise NotFoundError(f"campaign {campaign_id} not found")


def _text(value: Any) -> str:
    """The value as text, trimmed; NUL characters dropped (never meant in a name or an
    address, and PostgreSQL refuses them in text)."""
    return "" if value is None else str(value).replace("\x00", "").strip()


def _others(data: InvitationData) -> tuple[dict[str, str], dict[str, str]]:
    """(referee fields, other answers) of ``data.others``; FieldErrors when too big."""
    problems: dict[str, str] = {}
    if len(data.others) > OTHERS_MAX:
        problems[param("others")] = f"at most {OTHERS_MAX} fields"
    referee: dict[str, str] = {}
    others: dict[str, str] = {}
    for key, value in data.others.items():
        name, text = _text(key), _text(value)
        if not name or len(name) > OTHER_KEY_MAX:
            problems[param("others")] = f"field names are 1 to {OTHER_KEY_MAX} characters"
        elif len(text) > OTHER_VALUE_MAX:
            problems[f"campaign_invitation[others][{name}]"] = (
                f"at most {OTHER_VALUE_MAX} characters"
            )
        elif name in REFEREE_KEYS:
            referee[name] = text
        elif text:
            others[name] = text
    if problems:
        raise FieldErrors(problems)
    return referee, others


def draft(region: str, data: InvitationData, cv: CvFile | None) -> tuple[CandidateDraft, list[str]]:
    """The checked draft and the notes on what was taken from the CV; FieldErrors naming
    every refused field (nothing is stored)."""
    referee, others = _others(data)
    email, phone = _text(data.email), _text(data.user_phone_number)
    notes: list[str] = []
    if cv is not None and cv.text and not (email and phone):
        found_email, found_phone = contacts_in(cv.text, region)
        if not email and found_email:
            email = found_email
            notes.append(f"Email {found_email} was taken from the CV.")
        if not phone and found_phone:
            phone = found_phone
            notes.append(f"Phone {found_phone} was taken from the CV.")
    fields = CandidateFields(_text(data.first_name), _text(data.last_name), email, phone, **referee)
    checked = check_fields(fields, region, source=_source(data))
    problems: dict[str, str] = {}
    if not fields.first_name:
        problems[param("first_name")] = "required"
    if isinstance(checked, list):
        for p in checked:
            for name in _PROBLEM_PARAMS.get(p.field, (param(p.field),)):
                problems.setdefault(name, p.reason)
    if problems or isinstance(checked, list):
        raise FieldErrors(problems)
    checked.others = others
    return checked, notes


def _source(data: InvitationData) -> str:
    return (_text(data.source) or DEFAULT_SOURCE)[:SOURCE_MAX]


class Ready(NamedTuple):
    """One checked request of a batch: its draft, its CV (stored path and text) and the
    notes on what was taken from the CV."""

    draft: CandidateDraft
    cv: tuple[str, str]
    notes: Sequence[str]


def create_many(
    session: Session,
    camp: IntakeCampaign,
    ready: Sequence[Ready],
    *,
    user_id: int,
    shape: CandidateShape,
    at: datetime,
) -> list[Answer]:
    """Store the candidates of one campaign, invite them (and call them when it auto-calls),
    note what each CV gave, and answer 201 with each candidate in the ATS shape (in the
    order of ``ready``): the same rules as one request, set-based, in the caller's
    transaction."""
    if not ready:
        return []
    extra = [{"cv_path": r.cv[0], "cv_text": r.cv[1]} for r in ready]
    drafts = [r.draft for r in ready]
    ids = insert_drafts(session, camp, drafts, at=at, user_id=user_id, extra=extra)
    invitations.send(session, camp.company_id, ids, at=at)
    if camp.auto_call:  # (the check spares the hot path a query)
        placing.auto_call(session, camp.company_id, ids, at=at)
    for cid, r in zip(ids, ready, strict=True):
        for note in r.notes:
            messages.add_comment(session, camp.company_id, cid, note, user_id=user_id, at=at)
    bodies = shape(session, camp.company_id, ids)
    return [
        Answer(201, dict(body), cid, text=idempotency.body_text(body))
        for cid, body in zip(ids, bodies, strict=True)
    ]


def create(
    session: Session,
    camp: IntakeCampaign,
    d: CandidateDraft,
    *,
    cv: tuple[str, str],
    notes: Sequence[str],
    user_id: int,
    shape: CandidateShape,
    at: datetime,
) -> Answer:
    """Store the candidate (``cv`` = stored path and text), invite them, note what the CV
    gave, and answer 201 with the candidate in the ATS shape."""
    [answer] = create_many(
        session, camp, [Ready(d, cv, notes)], user_id=user_id, shape=shape, at=at
    )
    return answer
