"""outbox, providers, sandbox, interview bot step

Revision ID: 0004
Revises: 0003

Plain ``ADD COLUMN`` with server defaults (no batch table copy: a 1M-candidate workspace
upgrades in a moment and keeps its search triggers).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

MESSAGE_COLUMNS = (
    "recipient",
    "html",
    "next_attempt_at",
    "intent_at",
    "lease_until",
    "lease_owner",
)


def upgrade() -> None:
    op.create_table(
        "sync_cursors",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )
    op.create_table(
        "provider_settings",
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.Column("service", sa.String(length=16), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("settings", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["company_id"], ["companies.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("company_id", "service"),
    )
    op.create_table(
        "sandbox_messages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=True),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("address", sa.String(length=254), nullable=False),
        sa.Column("direction", sa.String(length=16), nullable=False),
        sa.Column("subject", sa.String(length=500), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["message_id"], ["messages.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("message_id"),
    )
    op.create_index("ix_sandbox_address", "sandbox_messages", ["address", "id"])
    op.add_column(
        "candidates", sa.Column("bot_step", sa.Integer(), nullable=False, server_default="0")
    )
    op.add_column(
        "messages",
        sa.Column("recipient", sa.String(length=254), nullable=False, server_default=""),
    )
    op.add_column("messages", sa.Column("html", sa.Text(), nullable=False, server_default=""))
    op.add_column("messages", sa.Column("next_attempt_at", sa.DateTime(), nullable=True))
    op.add_column("messages", sa.Column("intent_at", sa.DateTime(), nullable=True))
    op.add_column("messages", sa.Column("lease_until", sa.DateTime(), nullable=True))
    op.add_column(
        "messages",
        sa.Column("lease_owner", sa.String(length=100), nullable=False, server_default=""),
    )
    op.create_index("ix_messages_outbox", "messages", ["state", "next_attempt_at"])
    op.create_index("ix_messages_provider", "messages", ["provider_id"])


def downgrade() -> None:
    op.drop_index("ix_messages_provider", "messages")
    op.drop_index("ix_messages_outbox", "messages")
    for name in MESSAGE_COLUMNS:
        op.drop_column("messages", name)
    op.drop_column("candidates", "bot_step")
    op.drop_index("ix_sandbox_address", "sandbox_messages")
    op.drop_table("sandbox_messages")
    op.drop_table("provider_settings")
    op.drop_table("sync_cursors")
