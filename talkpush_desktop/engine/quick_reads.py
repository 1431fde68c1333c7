"""Reads the command line answers without opening the whole workspace (no SQLAlchemy).

Only for a SQLite workspace already at this version's schema (see
:mod:`talkpush_desktop.storage.current_sqlite`); otherwise, and on any driver error, each
function returns None and the caller opens the :class:`Workspace`, which gives the same
answer the long way. Each result is the one of the Workspace method it stands for (tests
compare them).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from talkpush_desktop.engine.locations import DB_FILE, default_data_dir
from talkpush_desktop.storage.current_sqlite import connect_if_current

FOLDER_NAMES = (
    "Inbox",
    "Completed",
    "Shortlisted",
    "On Hold",
    "Rejected",
    "Hired",
    "No Campaign Invitation",
    "No Response",
)
"""The folders in display order, as :data:`folders.FOLDER_NAMES` (a test keeps them equal)."""


def folder_counts(data_dir: Path | None, busy_timeout_ms: int) -> dict[str, int] | None:
    """Candidates per folder over all campaigns of the workspace's first company (the one a
    plain open acts for), as ``ws.candidates.folder_counts`` (None): read from the maintained
    counts table. None when the workspace must be opened whole."""
    conn = connect_if_current((data_dir or default_data_dir()) / DB_FILE, busy_timeout_ms)
    if conn is None:
        return None
    try:
        rows = conn.execute(
            "SELECT folder, SUM(count) FROM folder_counts WHERE campaign_id IN"
            " (SELECT id FROM campaigns WHERE company_id = (SELECT MIN(id) FROM companies))"
            " GROUP BY folder"
        ).fetchall()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    counts = dict.fromkeys(FOLDER_NAMES, 0)
    for folder, total in rows:
        counts[folder] = int(total or 0)
    return counts
