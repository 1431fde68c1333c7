"""Candidates in the seed's ATS JSON shape, the structure Talkpush hands to an ATS (no Qt).

One object per candidate, keys in the seed's order::

    {"state": "hired", "campaign_id": 12, "id": 840, "first_name": "Jewel",
     "last_name": "Barton", "campaign_title": "Dynamic Retail Coordinator", "email": "",
     "user_phone_number": "3448460273", "school_name": null, "gender": null,
     "employment": [{"company": ..., "organisation_name": ..., "description": ...,
                     "start_date": "2017-01", "end_date": "notApplicable"}, ...],
     "links": [{"url": ""}], "others": {}}

* ``state`` is the folder in lower case with ``_`` for spaces: ``inbox``, ``completed``,
  ``shortlisted``, ``on_hold``, ``rejected``, ``hired``, ``no_campaign_invitation``,
  ``no_response`` (see :data:`STATES`).
* ``user_phone_number`` is the national number without the country code, as the seed's
  API takes it ("phone number without area code"): ``+639171234567`` gives
  ``9171234567``. No phone gives ``""``.
* ``employment`` and ``links`` are the stored lists, as they came in.
* ``others`` holds the referee fields under the seed's API names (``referee_first_name``,
  ``referee_last_name``, ``referee_id``, ``referee_email``, ``referee_mobile``,
  ``referee_account``; only those with a value) and then the candidate's other fields.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import IO, Any, Final

from sqlalchemy import Row, bindparam, select
from sqlalchemy.orm import Session

from talkpush_desktop.engine.candidates.folders import chunks
from talkpush_desktop.engine.company import campaign_access
from talkpush_desktop.engine.errors import NotFoundError
from talkpush_desktop.storage.models import Campaign, Candidate, Folder
from talkpush_desktop.storage.prepared import Prepared

STATES: Final = {f.value: f.value.lower().replace(" ", "_") for f in Folder}
"""Folder -> ATS ``state``."""

REFEREE_KEYS: Final = (
    "referee_first_name",
    "referee_last_name",
    "referee_id",
    "referee_email",
    "referee_mobile",
    "referee_account",
)
_NAMED_IN_ERROR: Final = 10

_COLUMNS = (
    Candidate.id,
    Candidate.folder,
    Candidate.campaign_id,
    Campaign.title,
    Candidate.first_name,
    Candidate.last_name,
    Candidate.email,
    Candidate.phone,
    Candidate.school_name,
    Candidate.gender,
    Candidate.employment,
    Candidate.links,
    Candidate.others,
    *(getattr(Candidate, k) for k in REFEREE_KEYS),
)


def state(folder: str) -> str:
    """The ATS ``state`` of a folder (see :data:`STATES`)."""
    return STATES.get(folder, folder.lower().replace(" ", "_"))


def national_number(e164: str) -> str:
    """The phone's national (significant) number: ``+639171234567`` -> ``9171234567``."""
    import phonenumbers  # here: opening a workspace does not need it

    if not e164:
        return ""
    try:
        return phonenumbers.national_significant_number(phonenumbers.parse(e164, None))
    except phonenumbers.NumberParseException:
        return "".join(ch for ch in e164 if ch.isdigit())


def as_ats(r: Row[Any]) -> dict[str, Any]:
    """One candidate row (see ``_COLUMNS``) in the ATS shape."""
    others: dict[str, Any] = {k: getattr(r, k) for k in REFEREE_KEYS if getattr(r, k)}
    others.update(r.others or {})
    return {
        "state": state(r.folder),
        "campaign_id": r.campaign_id,
        "id": r.id,
        "first_name": r.first_name,
        "last_name": r.last_name,
        "campaign_title": r.title,
        "email": r.email,
        "user_phone_number": national_number(r.phone),
        "school_name": r.school_name,
        "gender": r.gender,
        "employment": list(r.employment or []),
        "links": list(r.links or []),
        "others": others,
    }


_OF_COMPANY = (
    Candidate.company_id == bindparam("company_id"),
    Candidate.id.in_(bindparam("ids", expanding=True)),
)
_EXISTING = select(Candidate.id).where(*_OF_COMPANY)
_ROWS = Prepared(
    select(*_COLUMNS).join(Campaign, Campaign.id == Candidate.campaign_id).where(*_OF_COMPANY)
)
"""Statements built once (every intake API request answers with its candidate's row)."""


def _unique(ids: Sequence[int]) -> list[int]:
    return list(dict.fromkeys(int(i) for i in ids))


def check_exist(session: Session, company_id: int, ids: Sequence[int]) -> None:
    """Raise NotFoundError naming every id that is not a candidate of the company the
    session's acting user may see (``campaign_access``)."""
    wanted = _unique(ids)
    found: set[int] = set()
    if campaign_access.bound(session) is None:  # sees the whole company: the built statement
        for part in chunks(wanted):
            found.update(session.scalars(_EXISTING, {"company_id": company_id, "ids": part}))
    else:
        reach = campaign_access.reachable_candidates(session, company_id)
        for part in chunks(wanted):
            found.update(session.scalars(reach.where(Candidate.id.in_(part))))
    missing = [i for i in wanted if i not in found]
    if not missing:
        return
    if len(missing) == 1:
        raise NotFoundError(f"no candidate with id {missing[0]}")
    named = ", ".join(str(i) for i in missing[:_NAMED_IN_ERROR])
    more = len(missing) - _NAMED_IN_ERROR
    rest = f" and {more} more" if more > 0 else ""
    raise NotFoundError(f"no candidates with ids {named}{rest}")


def iter_candidates(
    session: Session, company_id: int, ids: Sequence[int]
) -> Iterator[dict[str, Any]]:
    """The candidates in the order of ``ids`` (repeats once), a chunk at a time.

    Unknown ids are skipped; call :func:`check_exist` first to refuse them.
    """
    for part in chunks(_unique(ids)):
        rows = _ROWS.records(session, {"company_id": company_id, "ids": part})
        by_id = {r.id: r for r in rows}
        for cid in part:
            if cid in by_id:
                yield as_ats(by_id[cid])


def candidates(session: Session, company_id: int, ids: Sequence[int]) -> list[dict[str, Any]]:
    """The candidates of ``ids`` in the ATS shape; unknown ids are refused, all named."""
    check_exist(session, company_id, ids)
    return list(iter_candidates(session, company_id, ids))


def just_stored(session: Session, company_id: int, ids: Sequence[int]) -> list[dict[str, Any]]:
    """The ATS shape of candidates the caller's transaction has just stored for the company
    (the intake API's answers): :func:`candidates` without :func:`check_exist`, whose reads
    (and the acting user's reach) would only find what that transaction made."""
    return list(iter_candidates(session, company_id, ids))


def write_json(out: IO[bytes], session: Session, company_id: int, ids: Sequence[int]) -> int:
    """Write a JSON array of the candidates to ``out`` (UTF-8), streaming; returns how many."""
    check_exist(session, company_id, ids)
    written = 0
    out.write(b"[")
    for item in iter_candidates(session, company_id, ids):
        text = json.dumps(item, indent=2, ensure_ascii=False).replace("\n", "\n  ")
        out.write(f"{',' if written else ''}\n  {text}".encode())
        written += 1
    out.write(b"\n]\n" if written else b"]\n")
    return written
