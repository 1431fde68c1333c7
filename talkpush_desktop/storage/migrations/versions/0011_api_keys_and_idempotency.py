"""api keys and idempotency: the HTTP API's credentials and exactly-once requests

Revision ID: 0011
Revises: 0010

``api_credentials`` gets what the server needs: the key's kind (``intake``: key and secret
in the request, seed 000; ``partner``: a bearer key, seed 004), a name, the user a partner
key acts as, and when it was last used. Secrets stay hashes. ``idempotency_keys`` keeps the
first answer to a request sent with an ``Idempotency-Key`` header (per company), written in
the same transaction as what the request stored, so a retry gets that answer again. The
candidates' CV text is kept for the profile and for search.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("api_credentials") as t:
        t.add_column(sa.Column("kind", sa.String(16), nullable=False, server_default="intake"))
        t.add_column(sa.Column("name", sa.String(200), nullable=False, server_default=""))
        t.add_column(
            sa.Column(
                "user_id",
                sa.Integer(),
                sa.ForeignKey("users.id", ondelete="SET NULL", name="fk_api_credentials_user"),
                nullable=True,
            )
        )
        t.add_column(sa.Column("last_used_at", sa.DateTime(), nullable=True))
    op.create_index("ix_api_credentials_company", "api_credentials", ["company_id", "id"])
    op.create_table(
        "idempotency_keys",
        sa.Column(
            "company_id",
            sa.Integer(),
            sa.ForeignKey("companies.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("key", sa.String(255), primary_key=True),
        sa.Column("route", sa.String(200), nullable=False),
        sa.Column("request_hash", sa.String(64), nullable=False),
        sa.Column("status", sa.Integer(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("candidate_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_idempotency_keys_created", "idempotency_keys", ["created_at"])
    # a plain ADD COLUMN: the candidates table (and its search triggers) is never rebuilt
    op.add_column("candidates", sa.Column("cv_text", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    # a plain DROP COLUMN (SQLite 3.35+): a batch rebuild would drop the candidates table,
    # and with foreign keys on, its messages, activity and labels with it
    op.execute("ALTER TABLE candidates DROP COLUMN cv_text")
    op.drop_index("ix_idempotency_keys_created", "idempotency_keys")
    op.drop_table("idempotency_keys")
    op.drop_index("ix_api_credentials_company", "api_credentials")
    with op.batch_alter_table("api_credentials") as t:
        t.drop_column("last_used_at")
        t.drop_column("user_id")
        t.drop_column("name")
        t.drop_column("kind")
