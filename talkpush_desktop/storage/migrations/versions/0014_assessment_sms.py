"""assessment reminder SMS: one row per lead and kind (the reminder, the post-call text)

Revision ID: 0014
Revises: 0013

An ``ASSESSMENT_REMINDER`` company campaign texts each lead twice at most: the reminder
``assessmentFirstReminderDelayHours`` after the lead was added, and the post-call text
after an answered call. ``lead_sms`` holds one row per (lead, kind), unique, with its due
time and its state, so a worker killed mid-send never texts a lead twice. A new table only
(portable SQLite/PostgreSQL); the downgrade drops it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def _fk(name: str, target: str) -> sa.Column[int]:
    return sa.Column(name, sa.Integer(), sa.ForeignKey(target, ondelete="CASCADE"), nullable=False)


def _text(name: str, length: int, default: str = "") -> sa.Column[str]:
    return sa.Column(name, sa.String(length), nullable=False, server_default=default)


def upgrade() -> None:
    op.create_table(
        "lead_sms",
        sa.Column("id", sa.Integer(), primary_key=True),
        _fk("company_id", "companies.id"),
        _fk("campaign_id", "company_campaigns.id"),
        _fk("lead_id", "campaign_leads.id"),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("due_at", sa.DateTime(), nullable=False),
        _text("state", 16, "due"),
        _text("recipient", 32),
        sa.Column("body", sa.Text(), nullable=False, server_default=""),
        _text("provider", 16),
        _text("provider_id", 100),
        _text("error", 1000),
        sa.Column("intent_at", sa.DateTime(), nullable=True),
        sa.Column("lease_until", sa.DateTime(), nullable=True),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("lead_id", "kind"),
    )
    op.create_index("ix_lead_sms_due", "lead_sms", ["state", "due_at"])
    op.create_index("ix_lead_sms_campaign", "lead_sms", ["campaign_id", "lead_id"])


def downgrade() -> None:
    op.drop_table("lead_sms")  # its indexes go with it
