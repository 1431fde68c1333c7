"""Company sites and their assignment to users (a campaign runs for one of its creator's
sites; a partner key may use the sites of the user it acts as)."""

from __future__ import annotations

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from talkpush_desktop.engine.errors import NotFoundError, ValidationError
from talkpush_desktop.engine.outbound.dto import SiteInfo
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.storage.models import CompanySite, SiteUser, User


def user_by_email(s: Session, company_id: int, email: str) -> int:
    found = s.scalar(
        select(User.id).where(
            User.company_id == company_id, func.lower(User.email) == email.strip().lower()
        )
    )
    if found is None:
        raise NotFoundError(f"no user {email!r} in this company (company add-user first)")
    return found


def add(
    s: Session,
    company_id: int,
    user_id: int,
    *,
    name: str,
    address: str = "",
    city: str = "",
    state: str = "",
    country: str = "",
    primary: bool = False,
) -> int:
    """A new site assigned to ``user_id``; ``primary`` makes it the company's primary one."""
    name = " ".join(name.split())
    if not name or len(name) > 200:
        raise ValidationError("a site needs a name of 1 to 200 characters")
    code = country.strip().upper()
    if code and (len(code) != 2 or not code.isalpha()):
        raise ValidationError(f"country must be a two-letter code, not {country!r}")
    if primary:
        s.execute(
            update(CompanySite).where(CompanySite.company_id == company_id).values(is_primary=False)
        )
    site = CompanySite(
        company_id=company_id,
        name=name,
        address=address.strip(),
        city=city.strip(),
        state=state.strip(),
        country=code,
        is_primary=primary,
        created_at=utcnow(),
    )
    s.add(site)
    s.flush()
    assign(s, company_id, site.id, user_id)
    return site.id


def assign(s: Session, company_id: int, site_id: int, user_id: int) -> None:
    """Let ``user_id`` run campaigns for the site (already assigned: nothing changes)."""
    site = s.get(CompanySite, site_id)
    if site is None or site.company_id != company_id:
        raise NotFoundError(f"no company site {site_id}")
    if s.get(SiteUser, (site_id, user_id)) is None:
        s.add(
            SiteUser(site_id=site_id, user_id=user_id, company_id=company_id, created_at=utcnow())
        )
        s.flush()


def listed(s: Session, company_id: int, user_id: int | None = None) -> list[SiteInfo]:
    """The company's sites (those assigned to ``user_id`` when given), primary first."""
    query = select(CompanySite).where(CompanySite.company_id == company_id)
    if user_id is not None:
        query = query.join(SiteUser, SiteUser.site_id == CompanySite.id).where(
            SiteUser.user_id == user_id
        )
    sites = s.scalars(query.order_by(CompanySite.is_primary.desc(), CompanySite.id)).all()
    emails: dict[int, list[str]] = {}
    rows = s.execute(
        select(SiteUser.site_id, User.email)
        .join(User, User.id == SiteUser.user_id)
        .where(SiteUser.company_id == company_id)
        .order_by(User.email)
    )
    for site_id, email in rows:
        emails.setdefault(site_id, []).append(email)
    return [
        SiteInfo(
            x.id,
            x.name,
            x.address,
            x.city,
            x.state,
            x.country,
            x.is_primary,
            tuple(emails.get(x.id, ())),
        )
        for x in sites
    ]


def is_users(s: Session, company_id: int, site_id: int, user_id: int) -> bool:
    """Whether the site is the company's and assigned to the user."""
    return (
        s.scalar(
            select(SiteUser.site_id).where(
                SiteUser.site_id == site_id,
                SiteUser.user_id == user_id,
                SiteUser.company_id == company_id,
            )
        )
        is not None
    )


def region_of(s: Session, company_id: int, site_id: int | None) -> str:
    """The region local phone numbers are read in: the site's country, else the company's
    primary site's, else ``US``."""
    if site_id is not None:
        site = s.get(CompanySite, site_id)
        if site is not None and site.company_id == company_id and site.country:
            return site.country
    primary = s.scalar(
        select(CompanySite.country)
        .where(CompanySite.company_id == company_id, CompanySite.country != "")
        .order_by(CompanySite.is_primary.desc(), CompanySite.id)
        .limit(1)
    )
    return primary or "US"
