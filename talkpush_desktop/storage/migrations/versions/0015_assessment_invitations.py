"""assessment invitations; the company of a sandbox text no outbox message names

Revision ID: 0015
Revises: 0014

``assessment_invitations`` holds one row per (candidate, test): who invited the candidate
to the assessment, when, and when the assessment tool reported the submission (an
``ASSESSMENT_REMINDER`` campaign with ``autoAddInvitedCandidates`` takes the invited as
leads). ``sandbox_messages.company_id`` (nullable, no foreign key: a plain tag) names the
company of a delivery that has no outbox message, a company campaign's text to a lead, so
each company sees only its own on the simulated phone. A new table and a nullable column
(portable SQLite/PostgreSQL); the downgrade drops both.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "assessment_invitations",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "company_id",
            sa.Integer(),
            sa.ForeignKey("companies.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column(
            "candidate_id",
            sa.Integer(),
            sa.ForeignKey("candidates.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("test_id", sa.String(200), nullable=False),
        sa.Column("name", sa.String(500), nullable=False, server_default=""),
        sa.Column(
            "invited_by",
            sa.Integer(),
            sa.ForeignKey("users.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("invited_at", sa.DateTime(), nullable=False),
        sa.Column("submitted_at", sa.DateTime(), nullable=True),
        sa.UniqueConstraint("candidate_id", "test_id"),
    )
    op.create_index(
        "ix_assessment_invitations_test", "assessment_invitations", ["company_id", "test_id"]
    )
    op.add_column("sandbox_messages", sa.Column("company_id", sa.Integer(), nullable=True))


def downgrade() -> None:
    # a plain DROP COLUMN (SQLite 3.35+), as 0011's: no rebuild of the table
    op.execute("ALTER TABLE sandbox_messages DROP COLUMN company_id")
    op.drop_table("assessment_invitations")  # its index goes with it
