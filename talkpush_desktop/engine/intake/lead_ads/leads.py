"""A page of an ad's leads taken into its campaign, in one transaction.

Each lead becomes a candidate (source ``Facebook Lead Ad``): ``full_name`` or
``first_name``/``last_name``, ``phone_number``, ``email``; the location (``city``, ``state``,
``country``...) and every other question go to ``others``. The checks are the manual add's
(:mod:`engine.intake.manual`); a lead already in the campaign is skipped as a duplicate, one
in another campaign is added and labelled Duplicate, and a lead that cannot be a candidate
(no name, no contact) is recorded as rejected. Every lead seen is written to
``lead_ad_leads`` with its outcome, in the transaction that adds its candidate and queues
its invitation, so a lead is never taken twice and a failure leaves none of the page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from talkpush_desktop.engine.candidates import records as candidates
from talkpush_desktop.engine.errors import ValidationError
from talkpush_desktop.engine.intake import manual
from talkpush_desktop.engine.intake.row_mapping import CandidateDraft
from talkpush_desktop.engine.messaging import invitations
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.storage.models import Campaign, LeadAd, LeadAdLead

if TYPE_CHECKING:
    from talkpush_desktop.engine.context import Context

SOURCE = "Facebook Lead Ad"
NAME_FIELDS = ("full_name", "first_name", "last_name")
CONTACT_FIELDS = ("email", "phone_number")
LOCATION_FIELDS = ("city", "state", "province", "country", "zip_code", "post_code")


@dataclass
class Taken:
    """What taking leads did (summed over pages and ads)."""

    imported: int = 0
    already_imported: int = 0
    duplicates: int = 0
    rejected: int = 0
    invited: int = 0
    newest: int = 0  # unix time of the newest lead seen
    candidate_ids: list[int] = field(default_factory=list)

    def add(self, other: Taken) -> None:
        self.imported += other.imported
        self.already_imported += other.already_imported
        self.duplicates += other.duplicates
        self.rejected += other.rejected
        self.invited += other.invited
        self.newest = max(self.newest, other.newest)
        self.candidate_ids += other.candidate_ids


def created_at(lead: dict[str, Any]) -> int:
    """A lead's ``created_time`` ("2024-01-15T10:20:30+0000") as unix time (0 if unreadable)."""
    text = str(lead.get("created_time") or "")
    try:
        return int(datetime.strptime(text, "%Y-%m-%dT%H:%M:%S%z").timestamp())
    except ValueError:
        return 0


def answers(lead: dict[str, Any]) -> dict[str, str]:
    """The lead's ``field_data`` as name -> answer (several values joined by ", ")."""
    out: dict[str, str] = {}
    for item in lead.get("field_data") or []:
        if not isinstance(item, dict) or not item.get("name"):
            continue
        values = item.get("values") or []
        out[str(item["name"])] = ", ".join(str(v).strip() for v in values if str(v).strip())
    return out


def fields_of(lead: dict[str, Any]) -> manual.ManualFields:
    """The candidate fields a lead gives (see the module docstring)."""
    given = answers(lead)
    first, last = given.get("first_name", ""), given.get("last_name", "")
    if not (first or last) and given.get("full_name"):
        first, _, last = given["full_name"].strip().partition(" ")
    location = ", ".join(given[k] for k in LOCATION_FIELDS if given.get(k))
    others = {
        k: v for k, v in given.items() if k not in (*NAME_FIELDS, *CONTACT_FIELDS, *LOCATION_FIELDS)
    }
    if location:
        others["location"] = location
    others["facebook_lead_id"] = str(lead.get("id", ""))
    return manual.ManualFields(
        first.strip(),
        last.strip(),
        given.get("email", ""),
        given.get("phone_number", ""),
        "",
        SOURCE,
        {},
        others,
    )


def _draft(camp: Campaign, fields: manual.ManualFields) -> CandidateDraft:
    """The checked draft; a phone that cannot be read is kept in ``others`` when the lead
    has an email (the email alone lets the candidate be invited)."""
    try:
        return manual.draft(camp.hotline_country, fields)
    except ValidationError as exc:
        if not (str(exc).startswith(("phone", "country code")) and fields.email):
            raise
    others = dict(fields.others) | {"phone_number": fields.phone}
    return manual.draft(camp.hotline_country, fields._replace(phone="", others=others))


def take_page(s: Session, ctx: Context, ad: LeadAd, leads: list[dict[str, Any]]) -> Taken:
    """Take one page of ``ad``'s leads in the caller's transaction (see the module)."""
    company_id = ctx.company_id
    taken = Taken()
    ids = [str(lead.get("id", "")) for lead in leads if lead.get("id")]
    seen = set(
        s.scalars(
            select(LeadAdLead.lead_id).where(
                LeadAdLead.company_id == company_id, LeadAdLead.lead_id.in_(ids)
            )
        )
    )
    camp = s.get(Campaign, ad.campaign_id)
    assert camp is not None  # the ad's row goes with its campaign
    now = utcnow()
    for lead in leads:
        lead_id = str(lead.get("id", ""))
        when = created_at(lead)
        taken.newest = max(taken.newest, when)
        if not lead_id or lead_id in seen:
            taken.already_imported += 1
            continue
        seen.add(lead_id)
        outcome, cid = _take(s, ctx, camp, fields_of(lead), now)
        setattr(taken, outcome, getattr(taken, outcome) + 1)
        if cid is not None:
            taken.candidate_ids.append(cid)
        s.add(
            LeadAdLead(
                company_id=company_id,
                lead_ad_id=ad.id,
                lead_id=lead_id,
                candidate_id=cid,
                outcome=outcome,
                created_time=when,
                taken_at=now,
            )
        )
    if taken.candidate_ids:
        sent = invitations.send(s, company_id, taken.candidate_ids, at=now)
        taken.invited = len(sent.invited)
    ad.leads_imported += taken.imported
    s.flush()
    return taken


def _take(
    s: Session, ctx: Context, camp: Campaign, fields: manual.ManualFields, now: datetime
) -> tuple[str, int | None]:
    """("imported", id), ("duplicates", None) or ("rejected", None) for one lead."""
    try:
        draft = _draft(camp, fields)
    except ValidationError:
        return "rejected", None
    holder = manual.same_campaign_holder(ctx.reader, camp.company_id, camp.id, draft, s)
    if holder is not None:
        return "duplicates", None
    [cid] = candidates.insert_drafts(s, camp, [draft], at=now, user_id=ctx.user_id)
    return "imported", cid
