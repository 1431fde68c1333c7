"""One throwaway PostgreSQL cluster per test process, on a Unix socket (no TCP port).

``shared_url()`` starts it the first time a test asks (``initdb`` then ``pg_ctl start`` as
the ``postgres`` user when run as root, which initdb refuses); ``stop_shared()`` (called when
the session ends) stops it and removes its folder. The URL has a ``{db}`` placeholder for
the database name. ``new_database`` makes a database, optionally as a copy of a template
database, and ``drop_database`` removes one even while connections are still open.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path

from sqlalchemy import create_engine, text

PORT = 54329
"""Only names the socket file: each cluster has its own socket folder, so parallel
test processes never collide."""


def server_binary(name: str) -> str | None:
    """Debian keeps the server programs out of PATH, under /usr/lib/postgresql/N/bin."""
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return found[-1] if found else shutil.which(name)


def as_postgres(cmd: list[str]) -> list[str]:
    """initdb and postgres refuse to run as root: run them as the postgres user."""
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *cmd]
    return cmd


class Cluster:
    """A started cluster in a private temporary folder (not pytest's: that one is private
    to root, and the server runs as postgres)."""

    def __init__(self) -> None:
        initdb, pg_ctl = server_binary("initdb"), server_binary("pg_ctl")
        if initdb is None or pg_ctl is None:
            raise FileNotFoundError("PostgreSQL server binaries are not installed")
        self.pg_ctl = pg_ctl
        self.root = Path(tempfile.mkdtemp(prefix="talkpush-pg-"))
        self.data, sock = self.root / "data", self.root / "sock"
        sock.mkdir()
        if os.geteuid() == 0:
            shutil.chown(self.root, "postgres")
            shutil.chown(sock, "postgres")
        init = [initdb, "-D", str(self.data), "-U", "postgres", "-A", "trust"]
        subprocess.run(as_postgres(init), check=True, capture_output=True, timeout=120)
        options = (
            f"-c listen_addresses='' -k {sock} -p {PORT} -c fsync=off"
            " -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        log = str(self.root / "log")
        start = [pg_ctl, "-D", str(self.data), "-o", options, "-l", log, "-w", "start"]
        subprocess.run(as_postgres(start), check=True, capture_output=True, timeout=120)
        self.url = f"postgresql+psycopg://postgres@/{{db}}?host={sock}&port={PORT}"

    def stop(self) -> None:
        subprocess.run(
            as_postgres([self.pg_ctl, "-D", str(self.data), "-m", "immediate", "stop"]),
            check=False,
            capture_output=True,
            timeout=60,
        )
        shutil.rmtree(self.root, ignore_errors=True)


_shared: list[Cluster] = []  # at most one: this process's cluster


def shared_url() -> str:
    """The URL (with ``{db}``) of this process's cluster, started on first use; raises
    FileNotFoundError when the server programs are missing."""
    if not _shared:
        _shared.append(Cluster())
    return _shared[0].url


def stop_shared() -> None:
    while _shared:
        _shared.pop().stop()


def new_database(server: str, *, template: str | None = None, prefix: str = "ws") -> str:
    """A new empty database (a copy of ``template`` when given); its URL."""
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server.format(db="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            copy = f" TEMPLATE {template}" if template else ""
            conn.execute(text(f"CREATE DATABASE {name}{copy}"))
    finally:
        admin.dispose()
    return server.format(db=name)


def database_name(url: str) -> str:
    return url.split("@/", 1)[1].split("?", 1)[0]


def end_connections(server: str, url: str) -> None:
    """End every connection to the database of ``url`` (a template must have none)."""
    admin = create_engine(server.format(db="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    " WHERE datname = :name AND pid <> pg_backend_pid()"
                ),
                {"name": database_name(url)},
            )
    finally:
        admin.dispose()


def drop_database(server: str, url: str) -> None:
    """Drop the database of ``url``, ending any connection a test left open."""
    admin = create_engine(server.format(db="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {database_name(url)} WITH (FORCE)"))
    finally:
        admin.dispose()
