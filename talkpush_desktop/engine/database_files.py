"""The workspace database as a whole: upgrade its schema, back it up, restore a backup.

SQLite workspaces are copied with the online backup API (:mod:`storage.backup`); a
PostgreSQL database is PostgreSQL's to copy: :func:`pg_dump_command` says how.
"""

from __future__ import annotations

import shlex
import shutil
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL, make_url

from talkpush_desktop.engine.errors import WorkspaceError
from talkpush_desktop.engine.locations import DB_FILE, default_data_dir
from talkpush_desktop.storage import backup as sqlite_backup
from talkpush_desktop.storage import migrations
from talkpush_desktop.storage.database import StorageError, make_engine, open_database


@dataclass(frozen=True, slots=True)
class Upgraded:
    """The schema before (None: a new workspace) and after an upgrade."""

    before: str | None
    after: str


def database_url(database: str | None, data_dir: Path | None) -> str:
    """The URL a command acts on, as :meth:`Workspace.open` resolves it."""
    if database:
        return database
    return f"sqlite:///{(data_dir or default_data_dir()) / DB_FILE}"


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL, None for another database."""
    return Path(url.removeprefix("sqlite:///")) if url.startswith("sqlite:///") else None


def upgrade(url: str) -> Upgraded:
    """Bring the workspace at ``url`` to this version's schema (creating it if missing)."""
    path = sqlite_path(url)
    before = None
    if path is None or path.exists():
        try:
            engine = make_engine(url)
        except StorageError as exc:
            raise WorkspaceError(str(exc)) from exc
        try:
            with engine.connect() as conn:
                before = migrations.current_revision(conn)
        finally:
            engine.dispose()
    try:
        open_database(url).dispose()
    except StorageError as exc:
        raise WorkspaceError(str(exc)) from exc
    return Upgraded(before, migrations.HEAD)


def pg_dump_command(url: str, out: Path) -> str:
    """The ``pg_dump`` command that backs up the PostgreSQL database at ``url`` to ``out``
    (the password left out: pg_dump reads it from PGPASSWORD or ~/.pgpass)."""
    given = make_url(url)
    plain = URL.create(
        "postgresql",
        username=given.username,
        host=given.host,
        port=given.port,
        database=given.database,
        query=given.query,
    )
    target = plain.render_as_string(hide_password=False)
    return shlex.join(["pg_dump", "--format=custom", f"--file={out}", f"--dbname={target}"])


def backup(url: str, out: Path) -> None:
    """Copy the SQLite workspace at ``url`` to ``out``; on PostgreSQL say how to instead."""
    path = sqlite_path(url)
    if path is None:
        command = pg_dump_command(url, out)
        if shutil.which("pg_dump") is None:
            raise WorkspaceError(
                "a PostgreSQL workspace is backed up with pg_dump, which is not installed "
                f"(Debian: apt install postgresql-client); then run: {command}"
            )
        raise WorkspaceError(f"a PostgreSQL workspace is backed up with pg_dump; run: {command}")
    try:
        sqlite_backup.backup(path, out)
    except StorageError as exc:
        raise WorkspaceError(str(exc)) from exc


def restore(url: str, source: Path) -> str:
    """Replace the SQLite workspace at ``url`` by the backup ``source``; its schema."""
    path = sqlite_path(url)
    if path is None:
        raise WorkspaceError(
            "a PostgreSQL workspace is restored with pg_restore (from a pg_dump backup)"
        )
    try:
        return sqlite_backup.restore(source, path)
    except StorageError as exc:
        raise WorkspaceError(str(exc)) from exc
