"""Company Settings (seed 000): name, time zone, domain whitelist, IP whitelist and whether
the command line must sign in. Everyone reads them; only the owner changes them."""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy.orm import Session

from talkpush_desktop.engine.company import accounts, ip_whitelist
from talkpush_desktop.engine.errors import ValidationError
from talkpush_desktop.storage.models import Company


@dataclass(frozen=True, slots=True)
class CompanySettings:
    name: str
    timezone: str
    domain_whitelist: list[str]
    ip_whitelist: list[str]
    cli_sign_in: bool

    def to_json(self) -> dict[str, object]:
        return {
            "name": self.name,
            "timezone": self.timezone,
            "domain_whitelist": self.domain_whitelist,
            "ip_whitelist": self.ip_whitelist,
            "cli_sign_in": self.cli_sign_in,
        }


def _company(session: Session, company_id: int) -> Company:
    firm = session.get(Company, company_id)
    assert firm is not None
    return firm


def read(session: Session, company_id: int) -> CompanySettings:
    firm = _company(session, company_id)
    return CompanySettings(
        firm.name,
        firm.timezone or "UTC",
        [str(d) for d in firm.domain_whitelist or []],
        [str(n) for n in firm.ip_whitelist or []],
        bool(firm.cli_sign_in),
    )


def check_timezone(zone: str) -> str:
    try:
        ZoneInfo(zone.strip())
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(
            f"timezone: not a time zone: {zone.strip()!r} (use e.g. Asia/Manila)"
        ) from None
    return zone.strip()


def update(  # noqa: PLR0913 (one optional value per setting)
    session: Session,
    company_id: int,
    actor: int,
    *,
    name: str | None = None,
    timezone: str | None = None,
    domain_whitelist: str | None = None,
    ip_list: str | None = None,
    cli_sign_in: bool | None = None,
) -> CompanySettings:
    """Change the given settings (owner only); every value is checked before any is set,
    and a domain whitelist that would leave out the owner's own address is refused."""
    owner = accounts.require_owner(session, company_id, actor, "edit the company settings")
    if name is not None and not name.strip():
        raise ValidationError("name: the company needs a name")
    zone = check_timezone(timezone) if timezone is not None else None
    domains = accounts.parse_domains(domain_whitelist) if domain_whitelist is not None else None
    networks = ip_whitelist.parse(ip_list) if ip_list is not None else None
    firm = _company(session, company_id)
    changed = domains is not None and domains != list(firm.domain_whitelist or [])
    if domains and changed and not accounts.domain_allowed(domains, owner.email):
        raise ValidationError(
            f"domain whitelist: it would leave out your own address {owner.email}"
        )
    if cli_sign_in and not owner.password_hash:
        raise ValidationError("cli sign-in: set your own password first (My Account)")
    if name is not None:
        firm.name = name.strip()
    if zone is not None:
        firm.timezone = zone
    if domains is not None:
        firm.domain_whitelist = domains
    if networks is not None:
        firm.ip_whitelist = networks
    if cli_sign_in is not None:
        firm.cli_sign_in = cli_sign_in
    session.flush()
    return read(session, company_id)
