"""``ws.leadads``: the company's Facebook Page, its Lead Ads, and their leads pulled into
campaigns (the sync worker polls them; ``leadads poll`` polls now).

A poll reads each ad's leads created since its watermark (``created_time``, unix seconds),
newest first, a Graph page at a time; each page is taken in one transaction with its
``lead_ad_leads`` rows (:mod:`.leads`), so a failure leaves whole pages only and a lead seen
again is skipped. The watermark moves only when every page was read, to the newest lead
seen (and the next poll asks from that second on, the lead ids sorting out the leads of
that second). An expired token (error 190) stops the poll with a clear status on every ad
and loses nothing: after ``leadads connect`` the next poll resumes from the watermark. A
rate limit (codes 4/17/32/613, HTTP 429) leaves the ad for the next poll.
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, select

from talkpush_desktop.engine.company import campaigns
from talkpush_desktop.engine.context import Context, Service
from talkpush_desktop.engine.errors import NotFoundError, ValidationError
from talkpush_desktop.engine.intake.lead_ads import page
from talkpush_desktop.engine.intake.lead_ads.graph import (
    DEFAULT_BASE,
    DEFAULT_VERSION,
    MISSING,
    RATE,
    TOKEN,
    Graph,
    GraphError,
)
from talkpush_desktop.engine.intake.lead_ads.leads import Taken, take_page
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.storage.models import LeadAd

log = logging.getLogger(__name__)
OK, TOKEN_EXPIRED, RATE_LIMITED, ERROR = "ok", "token_expired", "rate_limited", "error"
STATUS_OF = {TOKEN: TOKEN_EXPIRED, RATE: RATE_LIMITED}


@dataclass
class AdPoll:
    """What one poll of one ad did (``leadads poll --json``)."""

    ad_id: str
    status: str
    imported: int = 0
    already_imported: int = 0
    duplicates: int = 0
    rejected: int = 0
    invited: int = 0
    error: str = ""

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


class LeadAdsService(Service):
    """Connecting the Page, adding ads, polling their leads."""

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)

    def connect(
        self,
        page_id: str,
        token: str,
        *,
        graph_version: str = DEFAULT_VERSION,
        base_url: str = DEFAULT_BASE,
        every_minutes: int = page.DEFAULT_EVERY,
    ) -> page.PageInfo:
        """Link the company's Page (checked against the Graph API with the token); connecting
        the same Page again replaces its token (after it expired). One Page per company."""
        version, base = page.check_settings(graph_version, base_url, every_minutes)
        token = token.strip()
        if not token:
            raise ValidationError("token: the Page access token is required (on stdin)")
        ctx = self._ctx
        with ctx.reading() as s:
            current = page.read(s, ctx.company_id, ctx.secrets)
        if current is not None and current.page_id != page_id.strip():
            raise ValidationError(
                f"this company is linked to Page {current.page_id}: one Page per company "
                "(disconnect it first)"
            )
        try:
            name = Graph(base, version, token).name_of(page_id)
        except GraphError as exc:
            raise ValidationError(f"the Page could not be checked: {exc.explained()}") from None
        info = page.PageInfo(page_id.strip(), name, version, base, every_minutes, True)
        with ctx.transaction() as s:
            page.save(s, ctx.company_id, ctx.secrets, info, token)
        return info

    def disconnect(self) -> None:
        """Unlink the Page: its token leaves the keyring, its ads stop being polled."""
        ctx = self._ctx
        with ctx.transaction() as s:
            ref = page.forget(s, ctx.company_id)
            s.execute(delete(LeadAd).where(LeadAd.company_id == ctx.company_id))
        if ref:
            ctx.secrets.delete(ref)

    def page(self) -> page.PageInfo | None:
        with self._ctx.reading() as s:
            return page.read(s, self._ctx.company_id, self._ctx.secrets)

    def _graph(self) -> Graph:
        with self._ctx.reading() as s:
            found = page.graph(s, self._ctx.company_id, self._ctx.secrets)
        if found is None:
            raise ValidationError("no Facebook Page is connected (leadads connect --page-id ID)")
        return found

    def add_ad(self, ad_id: str, campaign: str | int) -> dict[str, Any]:
        """Take an ad's leads into ``campaign`` from now on (its id checked with the Graph
        API: ``GET /{ad-id}?fields=name``); the ad as ``list_ads`` shows it."""
        graph = self._graph()
        try:
            name = graph.name_of(ad_id)
        except GraphError as exc:
            if exc.kind == MISSING:
                raise ValidationError(f"no ad {ad_id} on Facebook for this Page: {exc}") from None
            raise ValidationError(f"the ad could not be checked: {exc.explained()}") from None
        ctx = self._ctx
        with ctx.transaction() as s:
            camp = campaigns.resolve(s, ctx.company_id, campaign)
            taken = s.scalar(
                select(LeadAd.id).where(LeadAd.company_id == ctx.company_id, LeadAd.ad_id == ad_id)
            )
            if taken is not None:
                raise ValidationError(f"ad {ad_id} is already added")
            ad = LeadAd(
                company_id=ctx.company_id,
                campaign_id=camp.id,
                ad_id=ad_id.strip(),
                name=name,
                added_at=utcnow(),
                watermark=0,
                leads_imported=0,
                status="new",
                last_error="",
            )
            s.add(ad)
            s.flush()
            return _shown(ad, camp.title)

    def remove_ad(self, ad_id: str) -> None:
        """Stop taking an ad's leads (its candidates stay)."""
        with self._ctx.transaction() as s:
            done = s.execute(
                delete(LeadAd).where(
                    LeadAd.company_id == self._ctx.company_id, LeadAd.ad_id == ad_id
                )
            )
            if not done.rowcount:  # type: ignore[attr-defined]
                raise NotFoundError(f"no ad {ad_id} is added")

    def list_ads(self, *, check_token: bool = True) -> dict[str, Any]:
        """The Page (or None) and its ads with their polling status (``check_token``: ask
        the keyring whether the token is there; the window's quick refresh does not)."""
        ctx = self._ctx
        with ctx.reading() as s:
            info = page.read(s, ctx.company_id, ctx.secrets, check_token=check_token)
            ads = list(
                s.scalars(
                    select(LeadAd).where(LeadAd.company_id == ctx.company_id).order_by(LeadAd.id)
                )
            )
            titles = {
                c: campaigns.resolve(s, ctx.company_id, c).title
                for c in {a.campaign_id for a in ads}
            }
            return {
                "page": info.to_json() if info else None,
                "ads": [_shown(a, titles[a.campaign_id]) for a in ads],
            }

    def due(self, now: datetime | None = None) -> list[str]:
        """The ads whose next poll is due (none without a Page)."""
        at = now or utcnow()
        with self._ctx.reading() as s:
            info = page.read(s, self._ctx.company_id, self._ctx.secrets, check_token=False)
            if info is None:
                return []
            every = timedelta(minutes=info.every_minutes)
            rows = s.execute(
                select(LeadAd.ad_id, LeadAd.last_poll_at)
                .where(LeadAd.company_id == self._ctx.company_id)
                .order_by(LeadAd.id)
            )
            return [ad for ad, last in rows if last is None or last + every <= at]

    def poll(self, ad_id: str | None = None, *, due_at: datetime | None = None) -> list[AdPoll]:
        """Pull new leads of one ad (or of every ad; with ``due_at``, of those due then);
        an expired token or a rate limit stops the pass (the ads left wait their turn)."""
        ads = [ad_id] if ad_id is not None else self.due(due_at or datetime.max)
        if not ads:
            return []
        graph = self._graph()
        results: list[AdPoll] = []
        for one in ads:
            result = self.poll_one(one, graph)
            results.append(result)
            if result.status in (TOKEN_EXPIRED, RATE_LIMITED):
                break
        return results

    def poll_one(self, ad_id: str, graph: Graph | None = None) -> AdPoll:
        """Take one ad's leads created since its watermark (see the module)."""
        ctx = self._ctx
        with ctx.reading() as s:
            row = s.scalar(
                select(LeadAd).where(LeadAd.company_id == ctx.company_id, LeadAd.ad_id == ad_id)
            )
            if row is None:
                raise NotFoundError(f"no ad {ad_id} is added")
            ad_pk, since = row.id, row.watermark
        graph = graph or self._graph()
        total = Taken()
        try:
            for leads in graph.leads(ad_id, since):
                with ctx.transaction() as s:
                    ad = s.get(LeadAd, ad_pk)
                    if ad is None:  # removed while polled
                        break
                    total.add(take_page(s, ctx, ad, leads))
        except GraphError as exc:
            status = STATUS_OF.get(exc.kind, ERROR)
            return self._record(ad_pk, _poll(ad_id, status, total, exc.explained()), None)
        except Exception as exc:  # the pages taken stay; the page that failed comes again
            self._record(ad_pk, _poll(ad_id, ERROR, total, f"poll stopped: {exc}"), None)
            raise
        return self._record(ad_pk, _poll(ad_id, OK, total, ""), total.newest or None)

    def _record(self, ad_pk: int, result: AdPoll, newest: int | None) -> AdPoll:
        """How the poll went, on the ad; the watermark moves only after a whole pass."""
        with self._ctx.transaction() as s:
            ad = s.get(LeadAd, ad_pk)
            if ad is not None:
                ad.last_poll_at = utcnow()
                ad.status, ad.last_error = result.status, result.error
                if newest is not None:
                    ad.watermark = max(ad.watermark, newest)
        if result.error:
            log.info("lead ad %s: %s", result.ad_id, result.error)
        return result


def _poll(ad_id: str, status: str, t: Taken, error: str) -> AdPoll:
    return AdPoll(
        ad_id, status, t.imported, t.already_imported, t.duplicates, t.rejected, t.invited, error
    )


def _shown(ad: LeadAd, campaign: str) -> dict[str, Any]:
    return {
        "ad_id": ad.ad_id,
        "name": ad.name,
        "campaign_id": ad.campaign_id,
        "campaign": campaign,
        "last_poll_at": ad.last_poll_at.isoformat(timespec="seconds") if ad.last_poll_at else None,
        "leads_imported": ad.leads_imported,
        "status": ad.status,
        "last_error": ad.last_error,
    }
