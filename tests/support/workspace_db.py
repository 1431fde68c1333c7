"""Raw access to a test workspace's database, below the engine, on either backend: what is
stored (to prove a secret is not) and statements that set up states the engine never makes.

On SQLite that is the file (and its ``-wal``/``-shm``) in the workspace folder; on PostgreSQL
(``--database postgresql``) the folder's database (``support.pg_workspaces``).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Connection, create_engine, text

from support import pg_workspaces
from talkpush_desktop.engine.workspace import DB_FILE


def url(folder: Path) -> str:
    """The database URL of the workspace in ``folder``."""
    return pg_workspaces.url_of(folder) or f"sqlite:///{folder / DB_FILE}"


def query(folder: Path, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    """The rows of one statement (``?`` placeholders) on the workspace's database."""
    engine = create_engine(url(folder))
    try:
        with engine.connect() as conn:
            marks = "%s" if engine.dialect.name == "postgresql" else "?"
            return [tuple(r) for r in conn.exec_driver_sql(sql.replace("?", marks), params)]
    finally:
        engine.dispose()


def stored_bytes(folder: Path) -> bytes:
    """Everything the workspace stores: the SQLite file with its sidecars, or on PostgreSQL
    every row of every table as text."""
    url = pg_workspaces.url_of(folder)
    if url is None:
        return b"".join(p.read_bytes() for p in sorted(folder.glob(f"{DB_FILE}*")))
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            tables = conn.execute(
                text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
            ).scalars()
            rows = [
                row
                for table in list(tables)
                for row in conn.execute(text(f'SELECT CAST(t AS text) FROM "{table}" t')).scalars()
            ]
    finally:
        engine.dispose()
    return "\n".join(rows).encode()


def execute(
    folder: Path, *statements: tuple[str, tuple[object, ...]], foreign_keys: bool = False
) -> None:
    """Run SQL statements (``?`` placeholders) in one transaction, foreign keys checked only
    when asked (as a bare sqlite3 connection; on PostgreSQL through
    ``session_replication_role``); on PostgreSQL ids set by hand move the sequences on."""
    url = pg_workspaces.url_of(folder)
    if url is None:
        with sqlite3.connect(folder / DB_FILE) as db:
            if foreign_keys:
                db.execute("PRAGMA foreign_keys = ON")
            for sql, params in statements:
                db.execute(sql, params)
        return
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            if not foreign_keys:
                conn.exec_driver_sql("SET LOCAL session_replication_role = replica")
            for sql, params in statements:
                conn.exec_driver_sql(sql.replace("?", "%s"), params)
            _ids_follow_on(conn)
    finally:
        engine.dispose()


def _ids_follow_on(conn: Connection) -> None:
    """Each table's next id after its highest, as SQLite picks it (ids set by hand)."""
    serials = conn.exec_driver_sql(
        "SELECT table_name, pg_get_serial_sequence(quote_ident(table_name), 'id')"
        " FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'id'"
    ).all()
    for table, sequence in serials:
        if sequence is not None:
            conn.exec_driver_sql(
                f"SELECT setval('{sequence}', COALESCE((SELECT max(id) FROM \"{table}\"), 0) + 1,"
                " false)"
            )
