"""intake that runs by itself: polled Google Sheets and Facebook Lead Ads

Revision ID: 0021
Revises: 0020

``intake_sheets`` (a sheet polled into a campaign: link, interval, progress, status),
``lead_ads`` (an ad whose leads are pulled into a campaign, with its ``created_time``
watermark) and ``lead_ad_leads`` (each lead taken once, ``UNIQUE(company_id, lead_id)``).
New tables only (portable SQLite/PostgreSQL); the downgrade drops them.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def _fk(
    name: str, target: str, ondelete: str = "CASCADE", *, nullable: bool = False
) -> sa.Column[int]:
    return sa.Column(
        name, sa.Integer(), sa.ForeignKey(target, ondelete=ondelete), nullable=nullable
    )


def _polled() -> list[sa.Column[Any]]:
    """The columns every polled feed has (``models.feeds.PolledFeed``)."""
    return [
        sa.Column("id", sa.Integer(), primary_key=True),
        _fk("company_id", "companies.id"),
        _fk("campaign_id", "campaigns.id"),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("last_poll_at", sa.DateTime(), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "intake_sheets",
        *_polled(),
        sa.Column("url", sa.String(1000), nullable=False),
        sa.Column("sheet_key", sa.String(1000), nullable=False),
        sa.Column("every_minutes", sa.Integer(), nullable=False),
        sa.Column("rows_imported", sa.Integer(), nullable=False),
        sa.Column("checked_rows", sa.Integer(), nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("invited_batch", sa.Integer(), nullable=False),
        sa.UniqueConstraint("campaign_id", "sheet_key"),
    )
    op.create_table(
        "lead_ads",
        *_polled(),
        sa.Column("ad_id", sa.String(64), nullable=False),
        sa.Column("name", sa.String(500), nullable=False),
        sa.Column("watermark", sa.BigInteger(), nullable=False),
        sa.Column("leads_imported", sa.Integer(), nullable=False),
        sa.UniqueConstraint("company_id", "ad_id"),
    )
    op.create_table(
        "lead_ad_leads",
        sa.Column("id", sa.Integer(), primary_key=True),
        _fk("company_id", "companies.id"),
        _fk("lead_ad_id", "lead_ads.id"),
        sa.Column("lead_id", sa.String(64), nullable=False),
        _fk("candidate_id", "candidates.id", "SET NULL", nullable=True),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("created_time", sa.BigInteger(), nullable=False),
        sa.Column("taken_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("company_id", "lead_id"),
    )


def downgrade() -> None:
    op.drop_table("lead_ad_leads")
    op.drop_table("lead_ads")
    op.drop_table("intake_sheets")
