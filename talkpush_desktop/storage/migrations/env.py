"""Alembic environment: always runs on a connection handed in by the workspace."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from talkpush_desktop.storage.models import Base

config = context.config
connection = config.attributes.get("connection")


def _run(conn: Connection) -> None:
    context.configure(
        connection=conn,
        target_metadata=Base.metadata,
        render_as_batch=conn.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


if connection is not None:
    _run(connection)
else:  # command-line use: alembic -c talkpush_desktop/storage/alembic.ini ...
    url = config.get_main_option("sqlalchemy.url") or "sqlite:///dev-workspace.sqlite3"
    with create_engine(url).connect() as conn:
        _run(conn)
        conn.commit()
