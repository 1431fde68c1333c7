"""the recruiter's own phone (Call Candidate rings it first, then bridges the candidate)

Revision ID: 0025
Revises: 0023

``users.my_phone``: E.164, "" when not set. One column with a server default (portable
SQLite/PostgreSQL); the downgrade drops it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0025"
down_revision = "0023"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("my_phone", sa.String(32), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.drop_column("my_phone")
