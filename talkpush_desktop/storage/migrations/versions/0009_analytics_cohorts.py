"""analytics cohorts: pass and participation rates as shares of a day's cohort

Revision ID: 0009
Revises: 0007

One new table of cohort counts (plain CREATE TABLE, portable SQLite/PostgreSQL). The rollups
are emptied and their watermark reset so the first dashboard rebuilds them, cohorts
included, from the activity log (the log itself is untouched).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "analytics_cohort",
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=16), nullable=False),
        sa.Column("day", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("done_day", sa.Integer(), nullable=False),
        sa.Column("candidates", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["company_id"], ["companies.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("company_id", "key", "day", "campaign_id", "done_day"),
    )
    for table in ("analytics_rollup", "analytics_daily", "analytics_rollup_state"):
        op.execute(f"DELETE FROM {table}")


def downgrade() -> None:
    op.drop_table("analytics_cohort")
