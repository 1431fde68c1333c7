"""What the Partner API tests share: a company ready for campaigns (a site of the key's user,
a verified caller ID, a partner key), the seed's create body, and giving a row the id a seed
example names (SQL on the test's own SQLite file: the examples use ids 12, 101, 5501 and
987654, which a fresh workspace reaches only this way)."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from support import workspace_db

from talkpush_desktop.api.app import create_app
from talkpush_desktop.api.limits import RateLimit
from talkpush_desktop.engine.workspace import Workspace
from tests.api.conftest import live_server
from tests.engine.outbound.conftest import INTEREST, SEED_CREATE

CALLER_ID = "+15551234567"
PREFIX = "/v1/partner"


@dataclass(frozen=True)
class Partner:
    """A company's partner key (the bearer token) and the site of its user."""

    token: str
    site_id: int
    company_id: int

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


def ready(ws: Workspace, site: str = "HQ — New York") -> Partner:
    """``ws``'s company with a primary site of its acting user, the verified caller ID
    ``+15551234567`` (sandbox) and a partner key acting as that user."""
    made = ws.outbound.add_site(
        site, address="1 Example Plaza", city="New York", state="NY", country="US", primary=True
    )
    ws.outbound.add_caller_id(CALLER_ID)
    key = ws.api_keys.create("partner", "partner integration")
    return Partner(key.key, made.id, ws.company_id)


def create_body(site_id: int, *, interest: bool = False, **changes: Any) -> dict[str, Any]:
    """The seed's create example (or an INTEREST_CHECK one) on ``site_id``, with changes
    (None removes a key)."""
    made = copy.deepcopy(INTEREST if interest else SEED_CREATE)
    made["companySiteId"] = site_id
    made.update(changes)
    return {k: v for k, v in made.items() if v is not None}


def execute(folder: Path, *statements: tuple[str, tuple[object, ...]]) -> None:
    """Run SQL statements on the workspace's database in one transaction."""
    workspace_db.execute(folder, *statements)


def remove_user(folder: Path, email: str) -> None:
    """Delete a user row with the workspace's ON DELETE rules (their keys keep no user)."""
    workspace_db.execute(folder, ("DELETE FROM users WHERE email = ?", (email,)), foreign_keys=True)


def renumber_site(folder: Path, old: int, new: int) -> None:
    execute(
        folder,
        ("UPDATE company_sites SET id = ? WHERE id = ?", (new, old)),
        ("UPDATE site_users SET site_id = ? WHERE site_id = ?", (new, old)),
    )


def renumber_campaign(folder: Path, old: int, new: int) -> None:
    """Give a company campaign (and its leads' link to it) the id ``new``."""
    execute(
        folder,
        ("UPDATE company_campaigns SET id = ? WHERE id = ?", (new, old)),
        ("UPDATE campaign_leads SET campaign_id = ? WHERE campaign_id = ?", (new, old)),
    )


def renumber_lead(folder: Path, old: int, new: int) -> None:
    execute(folder, ("UPDATE campaign_leads SET id = ? WHERE id = ?", (new, old)))


def delete_campaign(folder: Path, campaign_id: int) -> None:
    """Mark a campaign deleted (``deleted_at``), as the product's removal leaves it."""
    execute(
        folder,
        (
            "UPDATE company_campaigns SET deleted_at = '2026-01-01 00:00:00' WHERE id = ?",
            (campaign_id,),
        ),
    )


def error_of(answer: Any, status: int, code: str) -> dict[str, Any]:
    """The ``error`` object of a refusal, after checking its status, code and shape."""
    assert answer.status_code == status, answer.text
    body = answer.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "type", "message", "details"}
    error: dict[str, Any] = body["error"]
    assert error["code"] == code, error
    for leak in ("Traceback", "SELECT", "sqlalchemy", ".py"):
        assert leak not in answer.text
    return error


@contextmanager
def partner_client(ws: Workspace, partner: Partner) -> Iterator[httpx.Client]:
    """A client of ``ws``'s API served on a real loopback port (no rate limit), at
    ``/v1/partner`` with ``partner``'s bearer key."""
    app = create_app(ws, rate_limit=RateLimit.parse("off"))
    with (
        live_server(app) as base,
        httpx.Client(base_url=base + PREFIX, headers=partner.headers, timeout=30) as client,
    ):
        yield client
