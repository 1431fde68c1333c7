"""Copying a SQLite workspace file out and back: the online backup API, never half-written.

A backup reads a consistent snapshot while other processes keep writing (SQLite's backup
API). A restore checks that the file is a workspace (an ``alembic_version`` table with a
revision this version knows and the workspace's own tables), refuses while another process
has the workspace open, writes a temporary file beside the workspace and moves it in
place with one rename: a crash leaves the old workspace or the new one, nothing between.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from talkpush_desktop.storage import migrations
from talkpush_desktop.storage.database import StorageError
from talkpush_desktop.storage.private_files import make_private_file

WORKSPACE_TABLES = frozenset({"alembic_version", "companies", "campaigns", "candidates"})


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)


@contextmanager
def _temporary_beside(target: Path) -> Iterator[Path]:
    """A private temporary file in ``target``'s folder (a rename there is atomic); removed
    unless the caller renamed it."""
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    temp = Path(name)
    try:
        yield temp
    finally:
        with suppress(FileNotFoundError):
            temp.unlink()


def _copy(source: sqlite3.Connection, temp: Path) -> None:
    make_private_file(temp)
    dest = sqlite3.connect(temp)
    try:
        source.backup(dest)
        dest.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
    finally:
        dest.close()
    with temp.open("rb") as fh:
        os.fsync(fh.fileno())


def backup(source: Path, out: Path) -> None:
    """Copy the workspace at ``source`` to ``out`` (replaced whole if it exists)."""
    if not source.exists():
        raise StorageError(f"no workspace at {source}")
    if not out.parent.is_dir():
        raise StorageError(f"no folder {out.parent} for the backup")
    with _temporary_beside(out) as temp:
        conn = sqlite3.connect(source, timeout=5)
        try:
            _copy(conn, temp)
        except sqlite3.Error as exc:
            raise StorageError(f"cannot read the workspace {source}: {exc}") from exc
        finally:
            conn.close()
        os.replace(temp, out)


def check_workspace_file(path: Path) -> str:
    """The schema revision of the workspace file at ``path``; raises StorageError when it
    is not a workspace this version can open."""
    if not path.is_file():
        raise StorageError(f"no such file: {path}")
    try:
        conn = _read_only(path)
        try:
            rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
            missing = WORKSPACE_TABLES - {r[0] for r in rows}
            revision = None if missing else conn.execute("SELECT version_num FROM alembic_version")
            found = revision.fetchone() if revision is not None else None
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StorageError(f"{path} is not a workspace: not a SQLite database ({exc})") from exc
    if missing or found is None:
        what = ", ".join(sorted(missing)) or "a schema revision"
        raise StorageError(f"{path} is not a workspace: it has no {what}")
    if found[0] not in migrations.known_revisions():
        raise StorageError(
            f"{path} was made by a newer version of Talkpush Desktop (schema {found[0]})"
        )
    return str(found[0])


@contextmanager
def _sole_user(target: Path) -> Iterator[None]:
    """Hold ``target`` exclusively; raise StorageError when another process has it open.

    Leaving WAL mode needs every other connection closed (a window or ``serve`` keeps one
    open), then an exclusive transaction keeps newcomers out until the rename.
    """
    if not target.exists():
        yield
        return
    conn = sqlite3.connect(target, timeout=0, isolation_level=None)
    try:
        try:
            mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
            if mode != "delete":
                raise sqlite3.OperationalError("database is locked")
            conn.execute("BEGIN EXCLUSIVE")
        except sqlite3.OperationalError as exc:
            raise StorageError(
                f"the workspace {target} is open in another process (the window, serve or "
                "sync); close it and restore again"
            ) from exc
        yield
    finally:
        conn.close()


def restore(source: Path, target: Path) -> str:
    """Replace the workspace at ``target`` by the backup ``source``; its revision."""
    revision = check_workspace_file(source)
    target.parent.mkdir(parents=True, exist_ok=True)
    with _sole_user(target), _temporary_beside(target) as temp:
        conn = _read_only(source)
        try:
            _copy(conn, temp)
        finally:
            conn.close()
        for side in ("-wal", "-shm", "-journal"):
            with suppress(FileNotFoundError):
                target.with_name(target.name + side).unlink()
        os.replace(temp, target)
    return revision
