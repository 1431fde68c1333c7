"""``ws.company`` and ``ws.campaigns``: the company's settings and team, and its campaigns."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from talkpush_desktop.engine.company import (
    accounts,
    campaign_access,
    campaigns,
    ip_whitelist,
    public_url,
    team,
)
from talkpush_desktop.engine.company import settings as company
from talkpush_desktop.engine.context import Service
from talkpush_desktop.engine.dto import CampaignInfo
from talkpush_desktop.storage.models import Campaign, Company


class CompanyService(Service):
    """The acting company: name, time zone, public URL and team members."""

    def _owner(self, s: Session) -> None:
        accounts.require_owner(
            s, self._ctx.company_id, self._ctx.user_id, "edit the company settings"
        )

    def name(self) -> str:
        with self._ctx.reading() as s:
            return str(s.scalar(select(Company.name).where(Company.id == self._ctx.company_id)))

    def timezone(self) -> str:
        with self._ctx.reading() as s:
            return company.timezone(s, self._ctx.company_id)

    def rename(self, name: str, timezone: str | None = None) -> None:
        """A new name (blank keeps the old one) and, if given, a new time zone."""
        with self._ctx.transaction() as s:
            self._owner(s)
            firm = s.get(Company, self._ctx.company_id)
            assert firm is not None
            firm.name = name.strip() or firm.name
            if timezone:
                firm.timezone = timezone

    def settings(self) -> dict[str, str]:
        """The company's name, time zone, public URL and IP whitelist (``company show``)."""
        with self._ctx.reading() as s:
            firm = s.get(Company, self._ctx.company_id)
            assert firm is not None
            url = public_url.public_url(s, self._ctx.company_id)
            networks = ", ".join(str(entry) for entry in firm.ip_whitelist or [])
            return {
                "name": firm.name,
                "timezone": firm.timezone,
                "public_url": url,
                "ip_whitelist": networks,
                "domain_whitelist": ", ".join(str(d) for d in firm.domain_whitelist or []),
                "cli_sign_in": "on" if firm.cli_sign_in else "off",
            }

    def set_public_url(self, url: str) -> dict[str, str]:
        """Set the workspace's public base URL (the web dial-out links start with it)."""
        with self._ctx.transaction() as s:
            self._owner(s)
            public_url.set_public_url(s, self._ctx.company_id, self._ctx.secrets, url)
        return self.settings()

    def ip_whitelist(self) -> list[str]:
        """The addresses and networks the company's API keys may call from ([]: any)."""
        with self._ctx.reading() as s:
            firm = s.get(Company, self._ctx.company_id)
            assert firm is not None
            return [str(entry) for entry in firm.ip_whitelist or []]

    def set_ip_whitelist(self, text: str) -> list[str]:
        """Set the whitelist from ``"1.2.3.4, 10.0.0.0/8"`` (blank: any address)."""
        networks = ip_whitelist.parse(text)
        with self._ctx.transaction() as s:
            self._owner(s)
            firm = s.get(Company, self._ctx.company_id)
            assert firm is not None
            firm.ip_whitelist = networks
        return networks

    def add_user(self, name: str, email: str) -> int:
        """A new team member of the company (a recruiter; the owner's action, as an
        invitation is); returns the user id."""
        with self._ctx.transaction() as s:
            accounts.require_owner(s, self._ctx.company_id, self._ctx.user_id, "add accounts")
            return team.add_user(s, self._ctx.company_id, name, email)

    def set_user_active(self, email: str, active: bool) -> int:
        """Deactivate a team member (``active=False``: their partner API keys are refused
        with 403) or let them back in; returns the user id."""
        with self._ctx.transaction() as s:
            accounts.require_owner(
                s, self._ctx.company_id, self._ctx.user_id, "deactivate accounts"
            )
            return team.set_active(s, self._ctx.company_id, email, active)


class CampaignsService(Service):
    """The company's campaigns (titles cached on the context until one is added)."""

    def all(self) -> list[CampaignInfo]:
        """The campaigns the acting user may see (an owner: all of the company's)."""
        return self.visible_to(self._ctx.user_id)

    def visible_to(self, user_id: int | None) -> list[CampaignInfo]:
        """The company's campaigns ``user_id`` may see (None, or not the company's: none)."""
        with self._ctx.reading() as s:
            if user_id is None or not campaign_access.in_company(s, self._ctx.company_id, user_id):
                return []
            rows = s.scalars(
                select(Campaign)
                .where(
                    Campaign.company_id == self._ctx.company_id,
                    campaign_access.visible(s, user_id),
                )
                .order_by(Campaign.id)
            )
            return [campaigns.info(c) for c in rows]

    def titles(self) -> dict[int, str]:
        """Campaign titles by id (cached)."""
        if self._ctx.titles is None:
            self._ctx.titles = {c.id: c.title for c in self.all()}
        return self._ctx.titles

    def create(self, title: str, **settings: Any) -> CampaignInfo:
        with self._ctx.transaction() as s:
            campaign = campaigns.create(s, self._ctx.company_id, title, **settings)
            if not campaign_access.is_owner(s, self._ctx.user_id):
                campaign_access.add_member(s, campaign.id, self._ctx.user_id)  # sees it
            self._ctx.forget_titles()
            return campaigns.info(campaign)

    def get(self, id_or_title: str | int) -> CampaignInfo:
        """A campaign by id or title; NotFoundError names what was asked for."""
        with self._ctx.reading() as s:
            return campaigns.info(campaigns.resolve(s, self._ctx.company_id, id_or_title))

    def is_empty(self) -> bool:
        """True when the workspace has no campaign yet (first start)."""
        with self._ctx.reading() as s:
            return s.scalar(select(func.count()).select_from(Campaign)) == 0
