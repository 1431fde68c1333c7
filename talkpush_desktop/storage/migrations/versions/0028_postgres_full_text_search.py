"""PostgreSQL full-text search: a tsvector column kept by a trigger, pg_trgm indexes

Revision ID: 0028
Revises: 0025

PostgreSQL only (SQLite has had its FTS5 index since 0002): the ``unaccent`` and
``pg_trgm`` extensions, ``candidates.search_vector`` filled by a ``BEFORE INSERT OR
UPDATE`` trigger (existing rows indexed once), its GIN index and trigram indexes for
phone digits and literal name/email parts (:mod:`storage.search_postgres`). The
downgrade drops them; SQLite is not touched either way.
"""

from __future__ import annotations

from alembic import op

from talkpush_desktop.storage import search_postgres

revision = "0028"
down_revision = "0025"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        search_postgres.install(conn)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        search_postgres.uninstall(conn)
