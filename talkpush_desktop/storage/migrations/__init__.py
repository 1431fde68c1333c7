"""Alembic migrations, run programmatically on open (no alembic.ini needed).

Run ``alembic -c talkpush_desktop/storage/alembic.ini revision -m "..."`` to add one, then
set :data:`HEAD` to its revision (a test checks that they agree). Opening an up-to-date
workspace reads one row and never imports Alembic, which keeps the window's start quick.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection

HERE = Path(__file__).resolve().parent
HEAD = "0032"
"""The newest revision in ``versions/``."""


def alembic_config(connection: Connection | None = None) -> Config:
    """A config pointing at this package; ``connection`` is handed to env.py."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(HERE))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The head revision as Alembic reads it from the scripts (slow: parses every script)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> frozenset[str]:
    """The revisions this version can open: the ``NNNN`` prefixes of ``versions/*.py``."""
    return frozenset(p.name.split("_", 1)[0] for p in (HERE / "versions").glob("[0-9]*_*.py"))


def current_revision(connection: Connection) -> str | None:
    """The workspace's schema revision, None for a database Alembic never touched."""
    from sqlalchemy import inspect, text

    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(connection: Connection, revision: str = "head") -> None:
    """Upgrade the schema on ``connection`` (the caller commits)."""
    from alembic import command

    command.upgrade(alembic_config(connection), revision)
