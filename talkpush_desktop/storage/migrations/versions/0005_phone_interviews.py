"""phone interviews: the robocall step driver's state

Revision ID: 0005
Revises: 0004

One new table (plain CREATE TABLE and CREATE INDEX, portable SQLite/PostgreSQL).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "phone_calls",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("candidate_id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=True),
        sa.Column("provider", sa.String(length=16), nullable=False),
        sa.Column("address", sa.String(length=32), nullable=False),
        sa.Column("call_ref", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("call_status", sa.String(length=16), nullable=False),
        sa.Column("step", sa.Integer(), nullable=False),
        sa.Column("steps", sa.JSON(), nullable=False),
        sa.Column("answer_seconds", sa.Integer(), nullable=False),
        sa.Column("answers", sa.Integer(), nullable=False),
        sa.Column("transcript", sa.Text(), nullable=False),
        sa.Column("error", sa.String(length=1000), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("answered_at", sa.DateTime(), nullable=True),
        sa.Column("next_step_at", sa.DateTime(), nullable=True),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["candidate_id"], ["candidates.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["message_id"], ["messages.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_phone_calls_status", "phone_calls", ["status", "id"])
    op.create_index("ix_phone_calls_candidate", "phone_calls", ["candidate_id", "id"])

    # the sync worker's PIN expiry pass reads Inbox candidates by expiry time
    op.create_index("ix_candidates_pin_expiry", "candidates", ["folder", "pin_expires_at"])


def downgrade() -> None:
    op.drop_index("ix_candidates_pin_expiry", "candidates")
    op.drop_index("ix_phone_calls_candidate", "phone_calls")
    op.drop_index("ix_phone_calls_status", "phone_calls")
    op.drop_table("phone_calls")
