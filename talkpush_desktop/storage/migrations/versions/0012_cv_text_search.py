"""cv text search: the candidate search index covers the CV's text

Revision ID: 0012
Revises: 0011

The FTS5 index (SQLite) gets the ``cv_text`` column that 0011 added: it is dropped with
its triggers and built again over the five columns (one rebuild of the index; the
candidates table is not touched). Other dialects search with LIKE and need nothing.
"""

from __future__ import annotations

from alembic import op

from talkpush_desktop.storage import search_index

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    search_index.uninstall(conn)
    search_index.install(conn, columns=search_index.COLUMNS_0012)


def downgrade() -> None:
    conn = op.get_bind()
    search_index.uninstall(conn)
    search_index.install(conn, columns=search_index.COLUMNS_0002)
