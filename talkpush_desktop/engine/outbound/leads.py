"""Leads of a company campaign: adding (the seed's ``{"leads": [...]}``, email the dedupe
key, do-not-call skipped), the list (search and status bucket, paged), removal, and what
the assessment tool and the dialer set on them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import ColumnElement, bindparam, delete, func, insert, select
from sqlalchemy.orm import Session

from talkpush_desktop.engine.outbound import dnc, phones, records, sites
from talkpush_desktop.engine.outbound.bodies.fields import Fields
from talkpush_desktop.engine.outbound.dialer import assessment_sms
from talkpush_desktop.engine.outbound.dto import AddLeadsResult, LeadInfo, LeadPage
from talkpush_desktop.engine.outbound.errors import invalid, not_allowed, not_found
from talkpush_desktop.engine.outbound.vocab import ASSESSMENT_PURPOSES, LEAD_BUCKETS
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.storage.fast_read import FastReader
from talkpush_desktop.storage.models import CampaignLead, CompanyCampaign, table_of

LEAD_KEYS = ("email", "firstName", "lastName", "phoneNumber", "linkedin")
MAX_LEADS = 10_000
"""Leads in one add (the API may take fewer per request)."""
SEPARATOR = "\x1f"
FEW_MATCHES = 1000
"""Up to this many search matches, a page is cut from their sorted ids."""
_CHUNK = 500


def search_key(first: str, last: str, email: str) -> str:
    """What the case-insensitive substring search scans (fields apart, so a match never
    spans two of them)."""
    return SEPARATOR.join((first, last, email)).lower()


def check_body(body: object, region: str) -> list[dict[str, Any]]:
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
    return add_rows(s, campaign, check_body(body, region_of(s, campaign)))


def region_of(s: Session, campaign: CompanyCampaign) -> str:
    """The region a local phone number of the campaign's leads is read in."""
    return sites.region_of(s, campaign.company_id, campaign.company_site_id)


def add_rows(s: Session, campaign: CompanyCampaign, rows: list[dict[str, Any]]) -> AddLeadsResult:
    """Add checked rows (:func:`check_body`) with the rules of :func:`add`; the new ids
    are in the order of the rows added."""
    company_id = campaign.company_id
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
    assessment_sms.plan_reminders(s, campaign, ids, now)
    return AddLeadsResult(len(ids), len(rows) - len(ids), tuple(ids), reasons)


LEAD_COLUMNS: tuple[Any, ...] = (
    CampaignLead.id,
    CampaignLead.campaign_id,
    CampaignLead.first_name,
    CampaignLead.last_name,
    CampaignLead.email,
    CampaignLead.phone,
    CampaignLead.linkedin,
    CampaignLead.status,
    CampaignLead.flow_status,
    CampaignLead.assessment_submitted,
    CampaignLead.added_at,
    CampaignLead.next_attempt_no,
)
"""The columns of :class:`LeadInfo`, in its order."""


def _where(dialect: str, status: bool, search: bool) -> list[ColumnElement[bool]]:
    """The list's criteria with named parameters ``cid``, ``status``, ``needle``."""
    where = [CampaignLead.campaign_id == bindparam("cid")]
    if status:
        where.append(CampaignLead.status == bindparam("status"))
    if search and dialect == "sqlite":  # quicker than LIKE, and no wildcard to escape
        where.append(func.instr(CampaignLead.search_key, bindparam("needle")) > 0)
    elif search:
        where.append(CampaignLead.search_key.like(bindparam("needle"), escape="/"))
    return where


def page(
    reader: FastReader,
    dialect: str,
    company_id: int,
    campaign_id: object,
    *,
    search: str | None,
    status: str | None,
    page_no: int,
    limit: int,
) -> LeadPage:
    """A page of the campaign's leads (by lead id), filtered by a case-insensitive
    substring of first name, last name or email and by status bucket.

    Prepared reads (:class:`FastReader`): the list is what a partner polls. With a search,
    the matches' ids come first from the narrow search index (no ORDER BY, so the planner
    reads that covering index): when they are few, one scan gives the total and the page
    (the id range of the page's matches, read by primary key); else the total is counted
    and the page walks the campaign's leads by id, which meets many matches early.
    """
    found = reader.fetch(
        ("outbound-campaign",),
        lambda: select(CompanyCampaign.id).where(
            CompanyCampaign.id == bindparam("cid"),
            CompanyCampaign.company_id == bindparam("company"),
            CompanyCampaign.deleted_at.is_(None),
        ),
        {"cid": records.as_id(campaign_id) or 0, "company": company_id},
    )
    if not found:
        raise not_found()
    if status not in (None, "") and status not in LEAD_BUCKETS:
        raise invalid({"status": f'"status" must be one of [{", ".join(LEAD_BUCKETS)}]'})
    needle = (search or "").replace(SEPARATOR, "").replace("\x00", "").strip().lower()
    if needle and dialect != "sqlite":
        needle = "%" + needle.replace("/", "//").replace("%", "/%").replace("_", "/_") + "%"
    shape = (bool(status), bool(needle))
    params = {"cid": found[0][0], "status": status or None, "needle": needle or None}
    params = {k: v for k, v in params.items() if v is not None}
    where = _where(dialect, *shape)
    offset = (page_no - 1) * limit
    if needle:
        ids = [
            r[0]
            for r in reader.fetch(
                ("outbound-lead-ids", *shape),
                lambda: select(CampaignLead.id).where(*where).limit(bindparam("cap")),
                params | {"cap": FEW_MATCHES + 1},
                convert=False,
            )
        ]
        if len(ids) <= FEW_MATCHES:
            ids.sort()
            chosen = ids[offset : offset + limit]
            rows = (
                reader.fetch(
                    ("outbound-lead-range", *shape),
                    lambda: (
                        select(*LEAD_COLUMNS)
                        .where(*where, CampaignLead.id.between(bindparam("lo"), bindparam("hi")))
                        .order_by(CampaignLead.id)
                    ),
                    params | {"lo": chosen[0], "hi": chosen[-1]},
                )
                if chosen
                else []
            )
            return LeadPage(tuple(LeadInfo(*r) for r in rows), page_no, limit, len(ids))
    counted = reader.fetch(
        ("outbound-lead-count", *shape),
        lambda: select(func.count()).select_from(CampaignLead).where(*where),
        params,
        convert=False,
    )
    rows = reader.fetch(
        ("outbound-lead-page", *shape),
        lambda: (
            select(*LEAD_COLUMNS)
            .where(*where)
            .order_by(CampaignLead.id)
            .limit(bindparam("limit"))
            .offset(bindparam("offset"))
        ),
        params | {"limit": limit, "offset": offset},
    )
    return LeadPage(tuple(LeadInfo(*r) for r in rows), page_no, limit, int(counted[0][0]))


def by_id(s: Session, company_id: int, campaign_id: object, ids: Sequence[int]) -> list[LeadInfo]:
    """The campaign's leads among ``ids``, by id (a window's visible rows read again while
    the dialer calls); an id no longer on the campaign is left out."""
    campaign = records.campaign_row(s, company_id, campaign_id)
    wanted = sorted({i for i in ids if isinstance(i, int)})
    found: list[LeadInfo] = []
    for start in range(0, len(wanted), 500):
        rows = s.execute(
            select(*LEAD_COLUMNS)
            .where(
                CampaignLead.campaign_id == campaign.id,
                CampaignLead.id.in_(wanted[start : start + 500]),
            )
            .order_by(CampaignLead.id)
        )
        found.extend(LeadInfo(*r) for r in rows)
    return found


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
