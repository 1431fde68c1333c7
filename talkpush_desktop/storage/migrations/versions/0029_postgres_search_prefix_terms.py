"""PostgreSQL search: an index of prefix terms for short words, the email's trigram index
on an expression

Revision ID: 0029
Revises: 0028

PostgreSQL only: the GIN index on ``candidates.search_vector`` gives way to one on
``talkpush_search_terms(search_vector)`` (its words and their prefixes of one to three
letters as terms, :mod:`storage.search_postgres`), and the trigram index on the bare
``email_key`` becomes one on ``lower(email_key)``, which the import's ``email_key IN
(…)`` look-ups cannot use. Nothing is rewritten: about a minute for each index at a
million candidates. The downgrade puts 0028's indexes back; SQLite is not touched.
"""

from __future__ import annotations

from alembic import op

from talkpush_desktop.storage import search_postgres

revision = "0029"
down_revision = "0028"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        search_postgres.install_terms(conn)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        search_postgres.uninstall_terms(conn)
