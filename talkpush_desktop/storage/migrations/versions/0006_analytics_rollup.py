"""analytics rollup and candidate sets

Revision ID: 0006
Revises: 0005

The dashboard reads rollups of the activity log (per local hour and per local day, campaign,
user and series) instead of the log itself; the rollup fills itself from the log on first use, so this
migration only creates empty tables. Candidate sets hold the candidates behind an analytics
figure for the campaign view. Plain CREATE TABLE, portable SQLite/PostgreSQL.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table, bucket in (("analytics_rollup", "hour"), ("analytics_daily", "day")):
        op.create_table(
            table,
            sa.Column("company_id", sa.Integer(), nullable=False),
            sa.Column(bucket, sa.Integer(), nullable=False),
            sa.Column("campaign_id", sa.Integer(), nullable=False),
            sa.Column("user_id", sa.Integer(), nullable=False),
            sa.Column("key", sa.String(length=16), nullable=False),
            sa.Column("events", sa.Integer(), nullable=False),
            sa.Column("firsts", sa.Integer(), nullable=False),
            sa.Column("processed", sa.Integer(), nullable=False),
            sa.Column("seconds", sa.BigInteger(), nullable=False),
            sa.ForeignKeyConstraint(["company_id"], ["companies.id"], ondelete="CASCADE"),
            sa.PrimaryKeyConstraint("company_id", bucket, "campaign_id", "user_id", "key"),
        )
    op.create_table(
        "analytics_rollup_state",
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.Column("last_activity_id", sa.Integer(), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["company_id"], ["companies.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("company_id"),
    )
    op.create_table(
        "candidate_sets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["company_id"], ["companies.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "candidate_set_members",
        sa.Column("set_id", sa.Integer(), nullable=False),
        sa.Column("candidate_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["set_id"], ["candidate_sets.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["candidate_id"], ["candidates.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("set_id", "candidate_id"),
    )


def downgrade() -> None:
    op.drop_table("candidate_set_members")
    op.drop_table("candidate_sets")
    op.drop_table("analytics_rollup_state")
    op.drop_table("analytics_daily")
    op.drop_table("analytics_rollup")
