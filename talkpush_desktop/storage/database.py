"""Opening a workspace database: engine, pragmas, migrations and clear errors.

SQLite (the embedded default) runs in WAL mode with foreign keys on and a busy timeout;
any other SQLAlchemy URL (PostgreSQL with psycopg 3) uses the same schema and code.

Many writers (threads and processes) share one SQLite file: a session that may write
starts with ``BEGIN IMMEDIATE`` (:mod:`storage.write_lock`: the wait, the bounded retries).
Read-only sessions (:data:`READ_ONLY`, ``Database.reads``) keep a deferred ``BEGIN``: in
WAL mode they read a snapshot and never wait for a writer.
"""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from talkpush_desktop.storage import migrations, write_lock
from talkpush_desktop.storage.change_watch import announce_commits
from talkpush_desktop.storage.private_files import (
    keep_private,
    make_private_file,
    make_private_folder,
)

DEFAULT_BUSY_TIMEOUT_MS = 5000
READ_ONLY = "talkpush_read_only"
"""Execution option of read-only sessions: a deferred BEGIN (a snapshot, never waits)."""


class StorageError(Exception):
    """A workspace database cannot be used; the message is fit for a user."""


@dataclass(frozen=True)
class Database:
    """An open, migrated workspace database."""

    engine: Engine
    sessions: sessionmaker[Session]  # may write: BEGIN IMMEDIATE on SQLite
    url: str
    reads: sessionmaker[Session]  # read only: a deferred BEGIN (a snapshot)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def dispose(self) -> None:
        self.engine.dispose()


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def _set_sqlite_pragmas(busy_timeout_ms: int) -> Any:
    def on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy emit BEGIN itself so transactions are explicit (pysqlite quirk).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = NORMAL")
        cur.execute("PRAGMA cache_size = -65536")
        cur.execute("PRAGMA temp_store = MEMORY")
        cur.close()

    return on_connect


def _begin_hook(busy_timeout_ms: int) -> Any:
    def on_begin(conn: Connection) -> None:
        if conn.get_execution_options().get(READ_ONLY):
            conn.exec_driver_sql("BEGIN")
        else:
            driver = conn.connection.driver_connection
            write_lock.begin_immediate(driver, busy_timeout_ms)  # type: ignore[arg-type]

    return on_begin


def make_engine(url: str, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS) -> Engine:
    """Create an engine with the right settings for the dialect of ``url``.

    Raises StorageError for a URL that is not one, or names a database it cannot drive.
    """
    try:
        return _make_engine(url, busy_timeout_ms)
    except ArgumentError as exc:  # also NoSuchModuleError: an unknown dialect or driver
        scheme, sep, _rest = url.partition("://")
        if not sep:
            raise StorageError(
                f"not a database URL: {url!r} (e.g. postgresql+psycopg://user@host/db)"
            ) from exc
        raise StorageError(f"unsupported database type {scheme!r} (sqlite or postgresql)") from exc
    except ImportError as exc:
        raise StorageError(f"the database driver is not installed: {exc.name or exc}") from exc


def _make_engine(url: str, busy_timeout_ms: int) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": busy_timeout_ms / 1000})
        event.listen(engine, "connect", _set_sqlite_pragmas(busy_timeout_ms))
        event.listen(engine, "begin", _begin_hook(busy_timeout_ms))
        return engine
    engine = create_engine(url, pool_pre_ping=True)
    if engine.dialect.name == "postgresql":  # open windows LISTEN (storage/change_watch.py)
        announce_commits(engine, skip=_reads_only)
    return engine


def _reads_only(conn: Connection) -> bool:
    return bool(conn.get_execution_options().get(READ_ONLY))


def _check_readable(path: Path) -> None:
    if not path.exists():
        return
    if path.is_dir():
        raise StorageError(f"{path} is a folder, not a workspace database")
    with path.open("rb") as fh:
        head = fh.read(16)
    if head and head != b"SQLite format 3\x00":
        raise StorageError(f"{path} is not a Talkpush workspace (corrupt or not SQLite)")


def make_folder(folder: Path) -> None:
    """Create the workspace ``folder`` (and its parents), for its owner only (0700); an
    existing folder is left as the user made it. StorageError naming it when it cannot be.
    """
    try:
        make_private_folder(folder, tighten=False)
    except FileExistsError as exc:
        raise StorageError(f"{folder} is a file, not a workspace folder") from exc
    except OSError as exc:
        raise StorageError(f"cannot create the workspace folder {folder}: {exc.strerror}") from exc


def _make_private(path: Path) -> None:
    """The database file 0600 before SQLite opens it (its -wal and -shm files follow it)."""
    if path.name == ":memory:":
        return
    try:
        make_private_file(path)
    except OSError as exc:
        raise StorageError(f"cannot create the workspace database {path}: {exc.strerror}") from exc
    for side in ("-wal", "-shm"):
        keep_private(path.with_name(path.name + side))


def _check_not_newer(current: str | None) -> None:
    """Refuse a schema this version does not know: a newer version made it."""
    if current is not None and current not in migrations.known_revisions():
        raise StorageError(
            f"the workspace was made by a newer version of Talkpush Desktop (schema {current}); "
            "update Talkpush Desktop to open it"
        )


def _backup_before_upgrade(url: str, revision: str | None) -> None:
    """Copy a SQLite file aside before its schema is upgraded (never lose a workspace)."""
    if not url.startswith("sqlite:///") or revision is None:
        return
    path = Path(url.removeprefix("sqlite:///"))
    if path.exists():
        shutil.copy2(path, path.with_name(f"{path.name}.before-{revision}.bak"))


def _upgrade(conn: Connection, url: str) -> None:
    """Bring the schema to head, under the write lock (another process may have done it)."""
    current = migrations.current_revision(conn)
    if current == migrations.HEAD:
        return
    has_tables = bool(inspect(conn).get_table_names())
    if has_tables and current is None:
        raise StorageError("the database holds tables that are not a workspace")
    _check_not_newer(current)
    _backup_before_upgrade(url, current)
    migrations.upgrade(conn, "head")
    conn.commit()


def open_database(url: str, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS) -> Database:
    """Open (creating or upgrading in place) the workspace database at ``url``."""
    if url.startswith("sqlite:///"):
        path = Path(url.removeprefix("sqlite:///"))
        make_folder(path.parent)
        _check_readable(path)
        _make_private(path)
    engine = make_engine(url, busy_timeout_ms)
    try:
        with engine.connect() as conn:
            conn.execution_options(**{READ_ONLY: True})  # a current schema needs no write lock
            if migrations.current_revision(conn) != migrations.HEAD:
                conn.rollback()
                conn.execution_options(**{READ_ONLY: False})
                _upgrade(conn, url)
    except OperationalError as exc:
        engine.dispose()
        raise StorageError(describe_operational_error(exc)) from exc
    except DatabaseError as exc:
        engine.dispose()
        raise StorageError(f"the workspace database is corrupt or unreadable: {exc.orig}") from exc
    except StorageError:
        engine.dispose()
        raise
    return Database(
        engine,
        sessionmaker(engine, expire_on_commit=False),
        url,
        read_sessions(engine),
    )


class ReadOnlyError(RuntimeError):
    """A read-only session was asked to write (a bug: use a writing session)."""


def read_sessions(engine: Engine) -> sessionmaker[Session]:
    """Sessions for reading only: a deferred BEGIN on SQLite; any write raises."""
    maker = sessionmaker(engine.execution_options(**{READ_ONLY: True}), expire_on_commit=False)
    event.listen(maker, "before_flush", _refuse_flush)
    event.listen(maker, "do_orm_execute", _refuse_write)
    return maker


def _refuse_flush(session: Session, *_args: Any) -> None:
    if session.new or session.dirty or session.deleted:
        raise ReadOnlyError("a read-only session cannot write")


def _refuse_write(state: ORMExecuteState) -> None:
    if state.is_insert or state.is_update or state.is_delete:
        raise ReadOnlyError("a read-only session cannot write")


def describe_operational_error(exc: OperationalError) -> str:
    """One line for a user from a driver error (locked, read-only, missing...)."""
    text = str(exc.orig)
    if "locked" in text or "busy" in text:
        return "the workspace database is locked by another program; close it and retry"
    if "readonly" in text or "read-only" in text:
        return "the workspace database is read-only"
    if "unable to open" in text:
        return "the workspace database cannot be opened (check the path and permissions)"
    if "not a database" in text or "malformed" in text:
        return "the workspace database is corrupt or not a Talkpush workspace"
    return f"database error: {text}"
