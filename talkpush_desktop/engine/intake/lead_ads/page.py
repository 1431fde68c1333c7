"""The company's Facebook Page (one per company, as the seed says): its id, the Graph API
version and address, and how often ads are polled, in the ``provider_settings`` row of the
service ``leadads``; the Page access token itself is in the secret store (the OS keyring)
under ``secret_ref``, never in the database or a log.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy.orm import Session

from talkpush_desktop.engine.errors import ValidationError
from talkpush_desktop.engine.intake.lead_ads.graph import DEFAULT_BASE, DEFAULT_VERSION, Graph
from talkpush_desktop.engine.secret_store import SecretStore, new_ref
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.storage.models import ProviderSetting

SERVICE = "leadads"
DEFAULT_EVERY = 5


@dataclass(frozen=True)
class PageInfo:
    """The connected Page (no token: ``has_token`` says whether one is stored)."""

    page_id: str
    name: str
    graph_version: str
    base_url: str
    every_minutes: int
    has_token: bool

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def check_settings(version: str, base_url: str, every_minutes: int) -> tuple[str, str]:
    """The version ("v19.0") and base address, checked; ValidationError names the problem."""
    version = version.strip()
    numbers = version.removeprefix("v").split(".")
    if not version.startswith("v") or len(numbers) != 2 or not all(n.isdigit() for n in numbers):
        raise ValidationError(f"graph version: like v19.0, not {version!r}")
    base = base_url.strip().rstrip("/")
    parts = urlsplit(base)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValidationError(f"graph address: not a web address: {base_url!r}")
    if not 1 <= every_minutes <= 24 * 60:
        raise ValidationError("every: from 1 to 1440 minutes")
    return version, base


def read(
    s: Session, company_id: int, store: SecretStore, *, check_token: bool = True
) -> PageInfo | None:
    """The connected Page, or None; without ``check_token`` the keyring is not asked
    (``has_token`` then says only that a reference is kept)."""
    row = s.get(ProviderSetting, (company_id, SERVICE))
    if row is None or not row.settings:
        return None
    v = row.settings
    return PageInfo(
        str(v.get("page_id", "")),
        str(v.get("name", "")),
        str(v.get("graph_version", DEFAULT_VERSION)),
        str(v.get("base_url", DEFAULT_BASE)),
        int(v.get("every_minutes", DEFAULT_EVERY)),
        bool(store.get(str(v.get("secret_ref", "")))) if check_token else bool(v.get("secret_ref")),
    )


def graph(s: Session, company_id: int, store: SecretStore) -> Graph | None:
    """The Graph API as the connected Page (None without a Page or a token)."""
    row = s.get(ProviderSetting, (company_id, SERVICE))
    if row is None or not row.settings:
        return None
    token = store.get(str(row.settings.get("secret_ref", "")))
    if not token:
        return None
    v = row.settings
    return Graph(str(v["base_url"]), str(v["graph_version"]), token)


def save(s: Session, company_id: int, store: SecretStore, page: PageInfo, token: str) -> None:
    """Keep the Page (its token in ``store``, under the reference the row already has)."""
    row = s.get(ProviderSetting, (company_id, SERVICE))
    if row is None:
        row = ProviderSetting(company_id=company_id, service=SERVICE, kind="facebook", settings={})
        s.add(row)
    ref = str((row.settings or {}).get("secret_ref", "")) or new_ref()
    store.set(ref, token)
    values = page.to_json()
    del values["has_token"]
    row.settings = values | {"secret_ref": ref}
    row.updated_at = utcnow()
    s.flush()


def forget(s: Session, company_id: int) -> str:
    """Remove the Page's row; the token's reference (for the caller to delete), or ""."""
    row = s.get(ProviderSetting, (company_id, SERVICE))
    if row is None:
        return ""
    ref = str((row.settings or {}).get("secret_ref", ""))
    s.delete(row)
    return ref
