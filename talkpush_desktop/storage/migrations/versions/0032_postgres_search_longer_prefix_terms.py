"""PostgreSQL search: prefixes of four and five letters as terms of the search's index

Revision ID: 0032
Revises: 0031

PostgreSQL only: ``talkpush_search_terms`` gives each word's prefixes of one to five
letters (0029: one to three) and the search's index (0030) is rebuilt with them, so a
typed word of up to five letters is one posting list of the index rather than a walk
over every word it starts (:mod:`storage.search_postgres`). Nothing is rewritten; the
index is rebuilt in 75 s at a million candidates (211 -> 218 MB). The downgrade puts 0029's
three letters back (and rebuilds the index); SQLite is not touched.
"""

from __future__ import annotations

from alembic import op

from talkpush_desktop.storage import search_postgres

revision = "0032"
down_revision = "0031"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        search_postgres.set_prefix_terms(conn, search_postgres.PREFIX_TERM)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        search_postgres.set_prefix_terms(conn, search_postgres.PREFIX_TERM_0029)
