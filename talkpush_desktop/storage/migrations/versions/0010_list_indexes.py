"""list indexes: every candidate list walks an index newest first

Revision ID: 0010
Revises: 0009

Lists are ordered newest first (``id DESC``). Each list the window shows gets an index whose
equality columns are its criteria and whose last column is the id, so a page reads the index
backwards and stops at the page size instead of sorting the company: the company (Show All),
a campaign with no folder, a folder across campaigns, a source (in the company and in a
campaign), the added date (a range's ids, sorted), and the completed and not completed
candidates (partial indexes, portable to PostgreSQL). The folder-only and the
added-date-only indexes are replaced by their per-company forms. Plain CREATE / DROP INDEX
(portable SQLite/PostgreSQL). Planner statistics are refreshed at the next open (see
``storage.statistics``).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

NEW = (
    ("ix_candidates_company", ["company_id", "id"]),
    ("ix_candidates_campaign", ["campaign_id", "id"]),
    ("ix_candidates_company_folder", ["company_id", "folder", "id"]),
    ("ix_candidates_company_source", ["company_id", "source", "id"]),
    ("ix_candidates_campaign_source", ["campaign_id", "source", "id"]),
    ("ix_candidates_company_added", ["company_id", "added_at", "id"]),
)
PARTIAL = (  # the completed and the not completed candidates, newest first
    ("ix_candidates_completed", "completed_at IS NOT NULL"),
    ("ix_candidates_not_completed", "completed_at IS NULL"),
)
REPLACED = (
    ("ix_candidates_folder", ["folder", "id"]),
    ("ix_candidates_added", ["added_at"]),
)


def upgrade() -> None:
    for name, _columns in REPLACED:
        op.drop_index(name, "candidates")
    for name, columns in NEW:
        op.create_index(name, "candidates", columns)
    for name, condition in PARTIAL:
        where = sa.text(condition)
        op.create_index(
            name, "candidates", ["company_id", "id"], sqlite_where=where, postgresql_where=where
        )


def downgrade() -> None:
    for name, _columns in (*NEW, *PARTIAL):
        op.drop_index(name, "candidates")
    for name, columns in REPLACED:
        op.create_index(name, "candidates", columns)
