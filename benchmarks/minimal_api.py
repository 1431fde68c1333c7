"""The baseline of ``bench_api.py``: a minimal FastAPI endpoint that reads the same form
body and does one raw ``sqlite3`` INSERT (autocommit) into the workspace's database.

Run by the benchmark as ``python -m uvicorn benchmarks.minimal_api:app`` with
``BENCH_DB`` naming the database file.
"""

from __future__ import annotations

import os
import sqlite3
import threading

from fastapi import FastAPI, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

app = FastAPI()
_local = threading.local()


def _db() -> sqlite3.Connection:
    db = getattr(_local, "db", None)
    if db is None:
        db = sqlite3.connect(os.environ["BENCH_DB"], timeout=30, isolation_level=None)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        _local.db = db
    return db


def _insert(first: str, email: str) -> int:
    cursor = _db().execute(
        "INSERT INTO bench_rows (first_name, email) VALUES (?, ?)", (first, email)
    )
    return int(cursor.lastrowid or 0)


@app.post("/api/talkpush_services/campaigns/{campaign_id}/campaign_invitations")
async def create(request: Request, campaign_id: int) -> JSONResponse:
    form = await request.form()
    first = str(form.get("campaign_invitation[first_name]", ""))
    email = str(form.get("campaign_invitation[email]", ""))
    row = await run_in_threadpool(_insert, first, email)
    return JSONResponse({"id": row, "campaign_id": campaign_id}, status_code=201)
