"""``serve --workers 2`` on one PostgreSQL database under concurrent intake: every
candidate sent arrives once, none is lost, and a request sent twice at the same moment
with one ``Idempotency-Key`` (to either worker) stores one candidate and both answers
name it."""

from __future__ import annotations

import signal
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest

from talkpush_desktop.engine.workspace import Workspace
from tests.integration.test_cli_serve import start_serve
from tests.storage.test_postgres import pg_server, pg_url

pytestmark = pytest.mark.postgres
__all__ = ["pg_server", "pg_url"]  # the fixtures this module uses

DISTINCT = 60
KEYED = 10  # each sent twice at once


def _body(auth: dict[str, str], i: int) -> dict[str, Any]:
    return auth | {
        "campaign_invitation": {
            "first_name": f"Applicant{i}",
            "last_name": "Cruz",
            "email": f"applicant{i}@example.com",
            "user_phone_number": f"917555{i:04d}",
        }
    }


def _intake(pg_url: str, folder: Path) -> tuple[dict[str, str], str]:
    """A campaign and an intake key: the key's credentials and the campaign's intake path."""
    with Workspace.open(database_url=pg_url, data_dir=folder) as ws:
        campaign = ws.campaigns.create("Customer Service", hotline_country="PH")
        key = ws.api_keys.create("intake", "careers site")
    auth = {"api_key": key.key, "api_secret": key.secret or ""}
    return auth, f"/api/talkpush_services/campaigns/{campaign.id}/campaign_invitations"


def test_two_workers_take_concurrent_intake_without_losing_or_doubling(
    pg_url: str, tmp_path: Path
) -> None:
    auth, path = _intake(pg_url, tmp_path)
    args = ("--port", "0", "--workers", "2", "--rate-limit", "off")
    proc, base = start_serve(tmp_path, *args, database=pg_url)
    requests: list[tuple[dict[str, Any], dict[str, str]]] = [
        (_body(auth, i), {}) for i in range(DISTINCT)
    ]
    for i in range(DISTINCT, DISTINCT + KEYED):
        requests += [(_body(auth, i), {"Idempotency-Key": f"apply-{i}"})] * 2
    try:
        with (
            httpx.Client(base_url=base, timeout=60, limits=httpx.Limits(max_connections=16)) as c,
            ThreadPoolExecutor(16) as pool,
        ):
            answers = list(pool.map(lambda r: c.post(path, json=r[0], headers=r[1]), requests))
    finally:
        proc.send_signal(signal.SIGTERM)
        _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert err.count(f"POST {path} 201") == len(requests)  # each logged once, by its worker
    assert [a.status_code for a in answers] == [201] * DISTINCT + [201, 201] * KEYED, [
        (a.status_code, a.text) for a in answers if a.status_code != 201
    ]
    ids = [a.json()["id"] for a in answers]
    keyed = ids[DISTINCT:]
    assert keyed[0::2] == keyed[1::2]  # the same key, the same candidate
    assert len(set(ids)) == DISTINCT + KEYED
    with Workspace.open(database_url=pg_url, data_dir=tmp_path) as ws:
        assert ws.candidates.count() == DISTINCT + KEYED
        assert ws.candidates.folder_counts()["Inbox"] == DISTINCT + KEYED
        emails = {ws.candidates.get(i).row.email for i in set(ids)}
    assert emails == {f"applicant{i}@example.com" for i in range(DISTINCT + KEYED)}


def test_two_workers_keep_one_rate_limit_per_key(pg_url: str, tmp_path: Path) -> None:
    """A key's bucket is shared by the workers: a burst of 4 lets 4 requests through (5 if
    a token refilled meanwhile: one each 20 s), not 4 per worker, and the rest get 429 with
    Retry-After."""
    auth, path = _intake(pg_url, tmp_path)
    args = ("--port", "0", "--workers", "2", "--rate-limit", "0.05/4")
    proc, base = start_serve(tmp_path, *args, database=pg_url)
    try:
        for _ in range(20):  # both workers up (each answers on the shared socket)
            httpx.get(f"{base}/api/health", timeout=60)

        def post(i: int) -> httpx.Response:  # a connection each: the workers share them out
            return httpx.post(f"{base}{path}", json=_body(auth, i), timeout=60)

        with ThreadPoolExecutor(12) as pool:
            answers = list(pool.map(post, range(12)))
    finally:
        proc.send_signal(signal.SIGTERM)
        _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    statuses = sorted(a.status_code for a in answers)
    assert statuses.count(201) in (4, 5), statuses
    limited = [a for a in answers if a.status_code == 429]
    assert limited and all(int(a.headers["Retry-After"]) >= 1 for a in limited)
    assert {a.json()["error"]["code"] for a in limited} == {"rate_limited"}
