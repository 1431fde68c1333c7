"""``ws.outbound``: company outbound calling campaigns (seed 004) for the acting company.

The window, the CLI and the Partner API call these; each returns the plain data of
:mod:`engine.outbound.dto` and refuses with :class:`~engine.outbound.errors.OutboundError`
(``code``, ``message``, ``details``). ``user_id`` arguments name the user acting (a partner
key's user); None is the workspace's acting user.
"""

from __future__ import annotations

from sqlalchemy import false, func, select

from talkpush_desktop.engine.context import Service
from talkpush_desktop.engine.outbound import (
    caller_ids,
    campaigns,
    dnc,
    lead_texts,
    leads,
    outcome_series,
    outcomes,
    phones,
    records,
    sites,
)
from talkpush_desktop.engine.outbound.dto import (
    AddLeadsResult,
    AttemptInfo,
    CallerIdInfo,
    CampaignPage,
    CompanyCampaignInfo,
    LeadInfo,
    LeadPage,
    SiteInfo,
)
from talkpush_desktop.engine.outbound.errors import invalid, not_allowed
from talkpush_desktop.engine.outbound.vocab import (
    COMPLETED,
    PAUSED,
    PURPOSES,
    RUNNING,
    STATUSES,
    iso_z,
)
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.storage.models import CallAttempt, CompanyCampaign

MAX_LIMIT = 100
MAX_SAFE = 2**53 - 1


def check_page(page: object, limit: object) -> tuple[int, int]:
    """``page`` ≥ 1 (and a safe integer) and ``limit`` 1–100 (the seed's pagination), else
    INVALID_REQUEST."""
    details: dict[str, str] = {}
    if isinstance(page, bool) or not isinstance(page, int) or page < 1:
        details["page"] = '"page" must be greater than or equal to 1'
    elif page > MAX_SAFE:  # Joi's rule; it also keeps the offset inside 64 bits
        details["page"] = '"page" must be a safe number'
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= MAX_LIMIT:
        details["limit"] = '"limit" must be between 1 and 100'
    if details:
        raise invalid(details)
    assert isinstance(page, int) and isinstance(limit, int)
    return page, limit


class OutboundService(Service):
    """Sites, caller IDs, company campaigns and their leads."""

    def _user(self, user_id: int | None) -> int:
        return self._ctx.user_id if user_id is None else user_id

    # -- sites -----------------------------------------------------------------------------

    def add_site(
        self,
        name: str,
        *,
        address: str = "",
        city: str = "",
        state: str = "",
        country: str = "",
        primary: bool = False,
        user_email: str | None = None,
    ) -> SiteInfo:
        """A new site assigned to ``user_email`` (None: the acting user)."""
        with self._ctx.transaction() as s:
            user = self._ctx.user_id
            if user_email:
                user = sites.user_by_email(s, self._ctx.company_id, user_email)
            site_id = sites.add(
                s,
                self._ctx.company_id,
                user,
                name=name,
                address=address,
                city=city,
                state=state,
                country=country,
                primary=primary,
            )
            return next(x for x in sites.listed(s, self._ctx.company_id) if x.id == site_id)

    def assign_site(self, site_id: int, user_email: str) -> SiteInfo:
        """Let another user run campaigns for the site."""
        with self._ctx.transaction() as s:
            user = sites.user_by_email(s, self._ctx.company_id, user_email)
            sites.assign(s, self._ctx.company_id, site_id, user)
            return next(x for x in sites.listed(s, self._ctx.company_id) if x.id == site_id)

    def sites(self, user_id: int | None = None, *, every: bool = False) -> list[SiteInfo]:
        """The sites of ``user_id`` (None: the acting user); ``every``: all the company's."""
        with self._ctx.reading() as s:
            return sites.listed(s, self._ctx.company_id, None if every else self._user(user_id))

    # -- caller IDs --------------------------------------------------------------------------

    def add_caller_id(self, number: str) -> CallerIdInfo:
        """Add a caller ID: verified at once in the sandbox; with Twilio, verified when it
        is one of the account's numbers or verified caller IDs, else ``PENDING``."""
        from talkpush_desktop.engine.providers.config import provider_kinds

        with self._ctx.reading() as s:
            provider = provider_kinds(s, self._ctx.company_id)["voice"]
            region = sites.region_of(s, self._ctx.company_id, None)
        verifier = None
        if provider == "twilio":
            from talkpush_desktop.engine.outbound import twilio_numbers

            verifier = twilio_numbers.verifier(self._ctx)
        with self._ctx.transaction() as s:
            return caller_ids.add(
                s,
                self._ctx.company_id,
                number,
                region=region,
                provider=provider,
                verifier=verifier,
            )

    def caller_ids(self) -> list[CallerIdInfo]:
        with self._ctx.reading() as s:
            return caller_ids.listed(s, self._ctx.company_id)

    # -- campaigns ---------------------------------------------------------------------------

    def get(self, campaign_id: object) -> CompanyCampaignInfo:
        """The company's campaign (NOT_FOUND for another company's, a deleted or a bad id)."""
        with self._ctx.reading() as s:
            return records.campaign_info(records.campaign_row(s, self._ctx.company_id, campaign_id))

    def campaigns(
        self,
        *,
        status: str | None = None,
        purpose_type: str | None = None,
        page: object = 1,
        limit: object = 20,
    ) -> CampaignPage:
        """The company's campaigns, newest id first, filtered by exact status and purpose."""
        page_no, size = check_page(page, limit)
        where = [
            CompanyCampaign.company_id == self._ctx.company_id,
            CompanyCampaign.deleted_at.is_(None),
        ]
        for column, wanted, words in (
            (CompanyCampaign.status, status, STATUSES),
            (CompanyCampaign.purpose_type, purpose_type, PURPOSES),
        ):
            if wanted:  # a word no campaign can hold matches nothing (and never reaches SQL)
                where.append(column == wanted if wanted in words else false())
        with self._ctx.reading() as s:
            total = s.scalar(select(func.count()).select_from(CompanyCampaign).where(*where)) or 0
            rows = s.scalars(
                select(CompanyCampaign)
                .where(*where)
                .order_by(CompanyCampaign.id.desc())
                .offset((page_no - 1) * size)
                .limit(size)
            ).all()
            return CampaignPage(tuple(records.campaign_info(r) for r in rows), page_no, size, total)

    def create(self, body: object, user_id: int | None = None) -> CompanyCampaignInfo:
        """A campaign from the Partner API's create body (also the CLI's and the
        window's); ``user_id``: the key's user, whose site it must be."""
        with self._ctx.transaction() as s:
            row = campaigns.create(s, self._ctx.company_id, self._user(user_id), body)
            return records.campaign_info(row)

    def update(self, campaign_id: object, body: object) -> CompanyCampaignInfo:
        """Apply the Partner API's update body (only what it sends changes)."""
        with self._ctx.transaction() as s:
            return records.campaign_info(campaigns.edit(s, self._ctx.company_id, campaign_id, body))

    def delete(self, campaign_id: object) -> int:
        """Delete a campaign (kept as a row, never called again; NOT_FOUND from now on, as
        the seed answers for a deleted id)."""
        with self._ctx.transaction() as s:
            row = records.campaign_row(s, self._ctx.company_id, campaign_id)
            row.deleted_at = row.updated_at = utcnow()
            return row.id

    def mark_calling_started(self, campaign_id: int) -> None:
        """The first call attempt started (the dialer): the schedule is locked from now."""
        with self._ctx.transaction() as s:
            records.campaign_row(s, self._ctx.company_id, campaign_id)
            campaigns.mark_calling_started(s, campaign_id)

    def pause(self, campaign_id: object) -> CompanyCampaignInfo:
        """Stop calling (the dialer skips a paused campaign; no attempt is lost)."""
        return self._set_status(campaign_id, PAUSED, (RUNNING, PAUSED))

    def resume(self, campaign_id: object) -> CompanyCampaignInfo:
        """Call again from where it stopped."""
        return self._set_status(campaign_id, RUNNING, (PAUSED, RUNNING))

    def _set_status(
        self, campaign_id: object, status: str, allowed: tuple[str, ...]
    ) -> CompanyCampaignInfo:
        with self._ctx.transaction() as s:
            row = records.campaign_row(s, self._ctx.company_id, campaign_id)
            if row.status not in allowed:
                raise not_allowed(
                    f"A {row.status} campaign cannot be set to {status}."
                    if row.status != COMPLETED
                    else "A COMPLETED campaign cannot be paused or resumed."
                )
            if row.status != status:
                row.status, row.updated_at = status, utcnow()
            s.flush()
            return records.campaign_info(row)

    # -- leads -----------------------------------------------------------------------------

    def add_leads(self, campaign_id: object, body: object) -> AddLeadsResult:
        """Add the seed's ``{"leads": [{email, firstName, lastName, phoneNumber,
        linkedin}]}``: ``added`` and ``skipped`` (already on it, or do-not-call)."""
        with self._ctx.transaction() as s:
            return leads.add(s, self._ctx.company_id, campaign_id, body)

    def leads(
        self,
        campaign_id: object,
        *,
        search: str | None = None,
        status: str | None = None,
        page: object = 1,
        limit: object = 20,
    ) -> LeadPage:
        """A page of the campaign's leads (search: first, last or email; status bucket)."""
        page_no, size = check_page(page, limit)
        return leads.page(
            self._ctx.reader,
            self._ctx.dialect,
            self._ctx.company_id,
            campaign_id,
            search=search,
            status=status,
            page_no=page_no,
            limit=size,
        )

    def leads_by_id(self, campaign_id: object, ids: list[int]) -> list[LeadInfo]:
        """The campaign's leads among ``ids`` as they are now (removed ones left out)."""
        with self._ctx.reading() as s:
            return leads.by_id(s, self._ctx.company_id, campaign_id, ids)

    def lead(self, campaign_id: object, lead_id: object) -> LeadInfo:
        """One lead of the campaign (NOT_FOUND when it is not on it)."""
        with self._ctx.reading() as s:
            campaign = records.campaign_row(s, self._ctx.company_id, campaign_id)
            return records.lead_info(records.lead_row(s, campaign, lead_id))

    def remove_lead(self, campaign_id: object, lead_id: object) -> int:
        with self._ctx.transaction() as s:
            return leads.remove(s, self._ctx.company_id, campaign_id, lead_id)

    def set_assessment_submitted(
        self, campaign_id: object, lead_ids: list[object], submitted: bool = True
    ) -> list[int]:
        """The assessment tool reported back (ASSESSMENT_REMINDER campaigns only)."""
        with self._ctx.transaction() as s:
            return leads.set_assessment_submitted(
                s, self._ctx.company_id, campaign_id, lead_ids, submitted
            )

    def attempts(self, campaign_id: object, lead_id: object) -> list[AttemptInfo]:
        """The lead's calls, first to last (never their call SIDs)."""
        with self._ctx.reading() as s:
            campaign = records.campaign_row(s, self._ctx.company_id, campaign_id)
            lead = records.lead_row(s, campaign, lead_id)
            rows = s.scalars(
                select(CallAttempt)
                .where(CallAttempt.lead_id == lead.id)
                .order_by(CallAttempt.attempt_no)
            )
            return [
                AttemptInfo(
                    r.attempt_no,
                    r.scheduled_at,
                    r.state,
                    r.outcome,
                    r.answered_by,
                    r.duration_seconds,
                    r.digits,
                    r.started_at,
                    r.ended_at,
                )
                for r in rows
            ]

    def texts(self, campaign_id: object, lead_id: object) -> list[lead_texts.LeadTextInfo]:
        """The lead's assessment texts (kind, due, state, sent, body; never a provider id)."""
        with self._ctx.reading() as s:
            campaign = records.campaign_row(s, self._ctx.company_id, campaign_id)
            return lead_texts.listed(s, campaign, records.lead_row(s, campaign, lead_id))

    def lead_counts(self, campaign_id: object) -> dict[str, int]:
        """The campaign's leads per status bucket (the window's filter shows them)."""
        with self._ctx.reading() as s:
            campaign = records.campaign_row(s, self._ctx.company_id, campaign_id)
            return outcome_series.lead_counts(s, campaign.id)

    def outcomes_over_time(self, campaign_id: object) -> outcome_series.OutcomeSeries:
        """The campaign's finished calls per hour (or local day) by what they meant."""
        with self._ctx.reading() as s:
            campaign = records.campaign_row(s, self._ctx.company_id, campaign_id)
            return outcome_series.series(s, campaign.id, campaign.timezone)

    def record_outcome(
        self, lead_id: int, attempt_no: int, outcome: str, digits: str = ""
    ) -> outcomes.LeadOutcome:
        """The dialer: attempt ``attempt_no`` of the lead ended with ``outcome``."""
        with self._ctx.transaction() as s:
            return outcomes.apply(
                s,
                self._ctx.company_id,
                lead_id,
                attempt_no=attempt_no,
                outcome=outcome,
                digits=digits,
            )

    # -- do not call -----------------------------------------------------------------------

    def add_do_not_call(self, *, phone: str = "", email: str = "", source: str = "manual") -> bool:
        """Never call this phone (E.164 or local) nor add this email again, in any
        campaign of the company."""
        with self._ctx.transaction() as s:
            e164 = ""
            if phone:
                e164 = phones.normalize(phone, sites.region_of(s, self._ctx.company_id, None)) or ""
                if not e164:
                    raise phones.invalid_number("phone", phone)
            return dnc.add(s, self._ctx.company_id, phone=e164, email=email, source=source)

    def do_not_call(self) -> list[dict[str, str]]:
        """The company's do-not-call list: ``phone``, ``email``, ``source``, ``addedAt``."""
        with self._ctx.reading() as s:
            return [
                {"phone": phone, "email": email, "source": source, "addedAt": iso_z(added) or ""}
                for phone, email, source, added in dnc.listed(s, self._ctx.company_id)
            ]

    def is_do_not_call(self, phone: str, email: str = "") -> bool:
        """Checked by the dialer at the moment of dialing."""
        with self._ctx.reading() as s:
            return dnc.blocked(s, self._ctx.company_id, phone, email.strip().lower())
