"""Leads of a company campaign: adding (the seed's ``{"leads": [...]}``, email the dedupe
key, do-not-call skipped), the list (search and status bucket, paged), removal, and what
the assessment tool and the dialer set on them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import ColumnElement, delete, func, insert, select
from sqlalchemy.orm import Session

from talkpush_desktop.engine.outbound import dnc, phones, records, sites
from talkpush_desktop.engine.outbound.bodies.fields import Fields
from talkpush_desktop.engine.outbound.dto import AddLeadsResult, LeadPage
from talkpush_desktop.engine.outbound.errors import invalid, not_allowed
from talkpush_desktop.engine.outbound.vocab import ASSESSMENT_PURPOSES, LEAD_BUCKETS
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.storage.models import CampaignLead, CompanyCampaign, table_of

LEAD_KEYS = ("email", "firstName", "lastName", "phoneNumber", "linkedin")
MAX_LEADS = 10_000
"""Leads in one add (the API may take fewer per request)."""
SEPARATOR = "\x1f"
FEW_MATCHES = 5000
"""Up to this many search matches, a page is cut from their sorted ids."""
_CHUNK = 500


def search_key(first: str, last: str, email: str) -> str:
    """What the case-insensitive substring search scans (fields apart, so a match never
    spans two of them)."""
    return SEPARATOR.join((first, last, email)).lower()


def _check(body: object, region: str) -> list[dict[str, Any]]:
    """The body's leads as rows, or INVALID_REQUEST naming each failing field."""
    if not isinstance(body, Mapping):
        raise invalid({"body": '"value" must be of type object'})
    f = Fields(body)
    f.only(("leads",))
    items = f.array("leads", max_items=MAX_LEADS, min_items=1)
    if items is None and "leads" not in body:
        f.fail("leads", '"leads" is required')
    rows: list[dict[str, Any]] = []
    for i, item in enumerate(items or []):
        if not isinstance(item, Mapping):
            f.fail(f"leads.{i}", f'"leads[{i}]" must be of type object')
            continue
        lead = Fields(item, f"leads.{i}", f.errors)
        lead.only(LEAD_KEYS)
        email = lead.email("email", required=True)
        first = lead.string("firstName", max_len=200, allow_empty=True) or ""
        last = lead.string("lastName", max_len=200, allow_empty=True) or ""
        linkedin = lead.string("linkedin", max_len=500, allow_empty=True) or ""
        raw_phone = lead.string("phoneNumber", max_len=32, allow_empty=True) or ""
        phone = phones.normalize(raw_phone, region) if raw_phone else ""
        if phone is None:
            lead.fail("phoneNumber", '"phoneNumber" must be a valid phone number')
        if email is not None and phone is not None:
            rows.append(
                {
                    "email": email,
                    "first_name": first,
                    "last_name": last,
                    "phone": phone,
                    "linkedin": linkedin,
                }
            )
    f.raise_if_failed()
    return rows


def add(s: Session, company_id: int, campaign_id: object, body: object) -> AddLeadsResult:
    """Add the body's leads; a lead already on the campaign (or twice in the body), or on
    the do-not-call list by email or phone, is skipped."""
    campaign = records.campaign_row(s, company_id, campaign_id)
    rows = _check(body, sites.region_of(s, company_id, campaign.company_site_id))
    on_campaign = set(
        s.scalars(select(CampaignLead.email_key).where(CampaignLead.campaign_id == campaign.id))
    )
    dnc_phones, dnc_emails = dnc.everything(s, company_id)
    now = utcnow()
    fresh: list[dict[str, Any]] = []
    reasons: dict[str, str] = {}
    for row in rows:
        key = row["email"].lower()
        if key in on_campaign:
            reasons[row["email"]] = "already on the campaign"
        elif key in dnc_emails or (row["phone"] and row["phone"] in dnc_phones):
            reasons[row["email"]] = "on the do-not-call list"
        else:
            on_campaign.add(key)
            fresh.append(
                row
                | {
                    "company_id": company_id,
                    "campaign_id": campaign.id,
                    "email_key": key,
                    "search_key": search_key(row["first_name"], row["last_name"], row["email"]),
                    "status": "Pending",
                    "flow_status": "Pending",
                    "assessment_submitted": False,
                    "added_at": now,
                    "updated_at": now,
                    "next_attempt_no": 1,
                }
            )
    ids: list[int] = []
    table = table_of(CampaignLead)
    for start in range(0, len(fresh), _CHUNK):
        chunk = fresh[start : start + _CHUNK]
        ids.extend(s.scalars(insert(table).returning(table.c.id), chunk))
    return AddLeadsResult(len(ids), len(rows) - len(ids), tuple(ids), reasons)


def page(
    s: Session,
    company_id: int,
    campaign_id: object,
    *,
    search: str | None,
    status: str | None,
    page_no: int,
    limit: int,
) -> LeadPage:
    """A page of the campaign's leads (by lead id), filtered by a case-insensitive
    substring of first name, last name or email and by status bucket."""
    campaign = records.campaign_row(s, company_id, campaign_id)
    if status not in (None, "") and status not in LEAD_BUCKETS:
        raise invalid({"status": f'"status" must be one of [{", ".join(LEAD_BUCKETS)}]'})
    where = [CampaignLead.campaign_id == campaign.id]
    if status:
        where.append(CampaignLead.status == status)
    needle = (search or "").replace(SEPARATOR, "").replace("\x00", "").strip().lower()
    if needle:
        where.append(_contains(s, needle))
    if needle:
        # the matches' ids from the narrow search index (no ORDER BY: the planner then
        # reads that covering index), in one scan when they are few; the id-ordered scan
        # below would read the whole table to find a few
        ids = list(s.scalars(select(CampaignLead.id).where(*where).limit(FEW_MATCHES + 1)))
        if len(ids) <= FEW_MATCHES:
            ids.sort()
            start = (page_no - 1) * limit
            found = s.scalars(
                select(CampaignLead)
                .where(CampaignLead.id.in_(ids[start : start + limit]))
                .order_by(CampaignLead.id)
            )
            return LeadPage(tuple(records.lead_info(r) for r in found), page_no, limit, len(ids))
    total = s.scalar(select(func.count()).select_from(CampaignLead).where(*where)) or 0
    rows = s.scalars(
        select(CampaignLead)
        .where(*where)
        .order_by(CampaignLead.id)
        .offset((page_no - 1) * limit)
        .limit(limit)
    )
    return LeadPage(tuple(records.lead_info(r) for r in rows), page_no, limit, total)


def remove(s: Session, company_id: int, campaign_id: object, lead_id: object) -> int:
    """Take a lead off the campaign (its attempts go with it); NOT_FOUND when it is not
    on it."""
    campaign = records.campaign_row(s, company_id, campaign_id)
    lead = records.lead_row(s, campaign, lead_id)
    s.execute(delete(CampaignLead).where(CampaignLead.id == lead.id))
    return lead.id


def set_assessment_submitted(
    s: Session, company_id: int, campaign_id: object, lead_ids: Sequence[object], submitted: bool
) -> list[int]:
    """Mark leads as having submitted (or not) the campaign's assessment."""
    campaign = records.campaign_row(s, company_id, campaign_id)
    _tracks_assessment(campaign)
    leads = [records.lead_row(s, campaign, lead_id) for lead_id in lead_ids]
    now = utcnow()
    for lead in leads:
        lead.assessment_submitted, lead.updated_at = submitted, now
    s.flush()
    return [lead.id for lead in leads]


def _tracks_assessment(campaign: CompanyCampaign) -> None:
    if campaign.purpose_type not in ASSESSMENT_PURPOSES:
        raise not_allowed(
            f"A {campaign.purpose_type} campaign does not track assessment submission."
        )


def _contains(s: Session, needle: str) -> ColumnElement[bool]:
    """``search_key`` holds ``needle`` (both lowercased): SQLite's ``instr`` (quicker than
    LIKE, no wildcard to escape), else LIKE with ``%`` and ``_`` escaped."""
    if s.get_bind().dialect.name == "sqlite":
        return func.instr(CampaignLead.search_key, needle) > 0
    return CampaignLead.search_key.contains(needle, autoescape=True)
