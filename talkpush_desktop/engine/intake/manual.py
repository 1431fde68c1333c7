"""One candidate typed in by a recruiter (the window's form, ``candidates add``): checked by
the same field rules as a file row (:func:`row_mapping.check_fields`), plus the form's own
requirement of a first name. A refusal is one ``field: reason`` line naming the first problem.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from sqlalchemy.orm import Session

from talkpush_desktop.engine.candidates.contacts import ContactError, resolve_region
from talkpush_desktop.engine.candidates.records import existing_contacts
from talkpush_desktop.engine.errors import ValidationError
from talkpush_desktop.engine.intake.row_mapping import (
    CandidateDraft,
    CandidateFields,
    check_fields,
)
from talkpush_desktop.storage import contact_lock
from talkpush_desktop.storage.fast_read import FastReader


class ManualFields(NamedTuple):
    """What a recruiter typed into the manual Add Candidate form."""

    first_name: str
    last_name: str
    email: str
    phone: str
    country_code: str
    source: str
    referee: Mapping[str, str]
    others: Mapping[str, str]


def draft(hotline_country: str, f: ManualFields) -> CandidateDraft:
    """The checked draft of ``f`` (national phone numbers read in the campaign's country
    unless a country code is given); ValidationError names the field and the reason."""
    if not f.first_name.strip():
        raise ValidationError("first name: required")
    phone = f.phone.strip()
    try:
        region = resolve_region(f.country_code.strip(), hotline_country)
    except ContactError as exc:
        if phone and not phone.startswith("+"):
            raise ValidationError(f"country code: {exc}") from None
        region = resolve_region("", hotline_country)
    ref = f.referee
    fields = CandidateFields(
        first_name=f.first_name.strip(),
        last_name=f.last_name.strip(),
        email=f.email.strip(),
        phone=phone,
        referee_first_name=ref.get("first_name", "").strip(),
        referee_last_name=ref.get("last_name", "").strip(),
        referee_email=ref.get("email", "").strip(),
        referee_mobile=ref.get("mobile", "").strip(),
        referee_id=ref.get("id", "").strip(),
        referee_account=ref.get("account", "").strip(),
    )
    checked = check_fields(fields, region, source=f.source)
    if isinstance(checked, list):
        first = checked[0]
        raise ValidationError(f"{first.field.replace('_', ' ')}: {first.reason}")
    checked.others = dict(f.others)
    return checked


def same_campaign_holder(
    reader: FastReader, company_id: int, campaign_id: int, d: CandidateDraft, s: Session
) -> int | None:
    """The candidate of this campaign who already has the draft's email or phone (looked
    up inside the writing transaction ``s``, the company's contacts held), or None."""
    contact_lock.hold(s, company_id)
    holders = existing_contacts(reader, company_id, [d.email_key], [d.phone], s.connection())
    same = [
        cid
        for key in (d.email_key, d.phone)
        for cid, campaign in holders.get(key, [])
        if campaign == campaign_id
    ]
    return same[0] if same else None
