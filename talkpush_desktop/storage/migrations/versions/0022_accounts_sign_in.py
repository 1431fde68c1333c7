"""Manager accounts that sign in: passwords, deleted accounts, invitations

Revision ID: 0022
Revises: 0021

``users.password_hash`` (argon2, never the password) and ``users.deleted_at`` (a deleted
account's row stays so its activity keeps its name); ``companies.cli_sign_in`` (the
command line must give ``--user`` and a password); ``user_tokens``: one-time invitation
links and "remember me" sign-ins, kept only as SHA-256 hashes. Columns with defaults and
one new table (portable SQLite/PostgreSQL); the downgrade drops them.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("users", sa.Column("password_hash", sa.String(200), nullable=True))
    op.add_column("users", sa.Column("deleted_at", sa.DateTime(), nullable=True))
    op.add_column(
        "companies",
        sa.Column("cli_sign_in", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.create_table(
        "user_tokens",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "company_id",
            sa.Integer(),
            sa.ForeignKey("companies.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("users.id", ondelete="CASCADE")),
        sa.Column("email", sa.String(254), nullable=False, server_default=""),
        sa.Column("name", sa.String(200), nullable=False, server_default=""),
        sa.Column("created_by", sa.Integer(), sa.ForeignKey("users.id", ondelete="SET NULL")),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.Column("used_at", sa.DateTime(), nullable=True),
    )


def downgrade() -> None:
    # plain DROP COLUMN (SQLite 3.35+): a batch copy would drop and recreate ``companies``,
    # and with foreign keys on that cascades to every user, campaign and candidate
    op.drop_table("user_tokens")
    op.drop_column("companies", "cli_sign_in")
    op.drop_column("users", "deleted_at")
    op.drop_column("users", "password_hash")
