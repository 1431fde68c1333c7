"""PostgreSQL search: the list criteria in the search's index

Revision ID: 0030
Revises: 0029

PostgreSQL only: the GIN index of the search's terms (0029) gives way to one that also
holds ``company_id``, ``campaign_id``, ``folder`` and ``source`` (the ``btree_gin``
extension), so a search narrowed to a campaign, folder or source intersects posting lists
instead of reading every candidate the search matches (:mod:`storage.search_postgres`).
Nothing is rewritten: about a minute at a million candidates. The downgrade puts 0029's
index back; SQLite is not touched.
"""

from __future__ import annotations

from alembic import op

from talkpush_desktop.storage import search_postgres

revision = "0030"
down_revision = "0029"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        search_postgres.install_list_index(conn)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        search_postgres.uninstall_list_index(conn)
