"""company outbound calling: sites, caller IDs, company campaigns, leads, call attempts

Revision ID: 0013
Revises: 0012

Seed 004's company (global) outbound calling campaigns, a kind of their own beside the
recruitment campaigns: ``company_sites`` (and ``site_users``, the sites a user may run
campaigns for), ``caller_ids``, ``company_campaigns``, ``campaign_leads`` (dedupe key: the
email per campaign), ``call_attempts`` (one row per lead and attempt, unique, so a killed
worker never calls twice for one attempt) and the company-wide ``do_not_call`` list. New
tables only (portable SQLite/PostgreSQL); the downgrade drops them.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def _company() -> sa.Column[int]:
    return _fk("company_id", "companies.id")


def _fk(
    name: str,
    target: str,
    ondelete: str = "CASCADE",
    *,
    nullable: bool = False,
    primary_key: bool = False,
) -> sa.Column[int]:
    """An integer column referring to ``target`` (``table.id``), not null unless said."""
    return sa.Column(
        name,
        sa.Integer(),
        sa.ForeignKey(target, ondelete=ondelete),
        nullable=nullable,
        primary_key=primary_key,
    )


def _text(name: str, length: int, default: str = "") -> sa.Column[str]:
    return sa.Column(name, sa.String(length), nullable=False, server_default=default)


def upgrade() -> None:
    op.create_table(
        "company_sites",
        sa.Column("id", sa.Integer(), primary_key=True),
        _company(),
        sa.Column("name", sa.String(200), nullable=False),
        _text("address", 500),
        _text("city", 200),
        _text("state", 200),
        _text("country", 2),
        sa.Column("is_primary", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_company_sites_company", "company_sites", ["company_id", "id"])
    op.create_table(
        "site_users",
        _fk("site_id", "company_sites.id", primary_key=True),
        _fk("user_id", "users.id", primary_key=True),
        _company(),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_site_users_user", "site_users", ["user_id", "site_id"])
    op.create_table(
        "caller_ids",
        sa.Column("id", sa.Integer(), primary_key=True),
        _company(),
        sa.Column("phone_number", sa.String(32), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        _text("provider", 16, "sandbox"),
        _text("provider_ref", 64),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("verified_at", sa.DateTime(), nullable=True),
        sa.UniqueConstraint("company_id", "phone_number"),
    )
    op.create_table(
        "company_campaigns",
        sa.Column("id", sa.Integer(), primary_key=True),
        _company(),
        _fk("created_by", "users.id", "SET NULL", nullable=True),
        sa.Column("title", sa.String(500), nullable=False),
        sa.Column("timezone", sa.String(64), nullable=False),
        _fk("company_site_id", "company_sites.id", "SET NULL", nullable=True),
        sa.Column("phone_number", sa.String(32), nullable=False),
        sa.Column("purpose_type", sa.String(32), nullable=False),
        _text("call_type", 16, "IVR"),
        sa.Column("ai_call_script", sa.Text(), nullable=False, server_default=""),
        sa.Column("opening_message", sa.Text(), nullable=False, server_default=""),
        sa.Column("closing_message", sa.Text(), nullable=False, server_default=""),
        sa.Column("questions", sa.JSON(), nullable=False),
        _text("status", 32, "RUNNING"),
        sa.Column("job_details", sa.JSON(), nullable=False),
        _text("time_basis", 8, "UTC"),
        sa.Column("call_start_time_utc", sa.DateTime(), nullable=True),
        _text("call_time_local", 32),
        sa.Column("retries", sa.JSON(), nullable=False),
        _text("window_start", 5, "08:00"),
        _text("window_end", 5, "21:00"),
        sa.Column("calls_per_second", sa.Float(), nullable=False, server_default="1"),
        sa.Column("calling_started", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("calling_started_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
    )
    op.create_index("ix_company_campaigns_company", "company_campaigns", ["company_id", "id"])
    op.create_index(
        "ix_company_campaigns_due", "company_campaigns", ["status", "call_start_time_utc"]
    )
    op.create_table(
        "campaign_leads",
        sa.Column("id", sa.Integer(), primary_key=True),
        _company(),
        _fk("campaign_id", "company_campaigns.id"),
        sa.Column("email", sa.String(254), nullable=False),
        sa.Column("email_key", sa.String(254), nullable=False),
        _text("first_name", 200),
        _text("last_name", 200),
        _text("phone", 32),
        _text("linkedin", 500),
        _text("search_key", 700),
        _text("status", 16, "Pending"),
        _text("flow_status", 16, "Pending"),
        sa.Column("assessment_submitted", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("next_attempt_no", sa.Integer(), nullable=False, server_default="1"),
        sa.UniqueConstraint("campaign_id", "email_key"),
    )
    op.create_index("ix_campaign_leads_campaign", "campaign_leads", ["campaign_id", "id"])
    op.create_index("ix_campaign_leads_status", "campaign_leads", ["campaign_id", "status", "id"])
    # the substring search scans this narrow index instead of the table
    op.create_index("ix_campaign_leads_search", "campaign_leads", ["campaign_id", "search_key"])
    op.create_table(
        "call_attempts",
        sa.Column("id", sa.Integer(), primary_key=True),
        _company(),
        _fk("campaign_id", "company_campaigns.id"),
        _fk("lead_id", "campaign_leads.id"),
        sa.Column("attempt_no", sa.Integer(), nullable=False),
        sa.Column("scheduled_at", sa.DateTime(), nullable=False),
        _text("state", 16, "queued"),
        sa.Column("lease_until", sa.DateTime(), nullable=True),
        sa.Column("idempotency_key", sa.String(64), nullable=False),
        _text("provider", 16),
        _text("provider_call_sid", 64),
        _text("address", 32),
        _text("outcome", 16),
        _text("answered_by", 32),
        sa.Column("duration_seconds", sa.Integer(), nullable=False, server_default="0"),
        _text("digits", 64),
        _text("error", 1000),
        sa.Column("started_at", sa.DateTime(), nullable=True),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("lead_id", "attempt_no"),
        sa.UniqueConstraint("idempotency_key"),
    )
    op.create_index("ix_call_attempts_due", "call_attempts", ["state", "scheduled_at"])
    op.create_index("ix_call_attempts_campaign", "call_attempts", ["campaign_id", "lead_id"])
    op.create_table(
        "do_not_call",
        sa.Column("id", sa.Integer(), primary_key=True),
        _company(),
        _text("phone", 32),
        _text("email_key", 254),
        _text("source", 16, "manual"),
        sa.Column("campaign_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_do_not_call_phone", "do_not_call", ["company_id", "phone"])
    op.create_index("ix_do_not_call_email", "do_not_call", ["company_id", "email_key"])


def downgrade() -> None:
    for table in (
        "do_not_call",
        "call_attempts",
        "campaign_leads",
        "company_campaigns",
        "caller_ids",
        "site_users",
        "company_sites",
    ):
        op.drop_table(table)  # its indexes go with it
