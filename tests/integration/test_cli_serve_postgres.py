"""``serve --workers 2`` on a PostgreSQL workspace: worker processes each open the workspace,
answer on the one port, and all stop on SIGTERM (exit 0)."""

from __future__ import annotations

import signal
from pathlib import Path

import httpx
import pytest

from talkpush_desktop.engine.workspace import Workspace
from tests.integration.test_cli_serve import start_serve
from tests.storage.test_postgres import pg_server, pg_url

pytestmark = pytest.mark.postgres
__all__ = ["pg_server", "pg_url"]  # the fixtures this module uses


def test_serve_with_two_workers_on_postgres(pg_url: str, tmp_path: Path) -> None:
    Workspace.open(database_url=pg_url, data_dir=tmp_path).close()  # created and migrated
    proc, base = start_serve(tmp_path, "--port", "0", "--workers", "2", database=pg_url)
    try:
        with httpx.Client(base_url=base, timeout=30) as client:
            for _ in range(6):
                assert client.get("/api/health").json()["status"] == "ok"
    finally:
        proc.send_signal(signal.SIGTERM)
        _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert err.count("GET /api/health 200") == 6
