"""AI calls on Twilio: the conversation's turns kept with the call attempt

Revision ID: 0018
Revises: 0017

An ``AICall`` campaign call on Twilio runs turn by turn: each ``<Gather>`` posts what the
lead said to the server, which asks the conversation engine for the next turn. The turns
said and heard so far are stored with the attempt (``call_attempts.turns``, a JSON list,
NULL for IVR calls), so a restart of the worker or the server continues the call. One
nullable column (portable SQLite/PostgreSQL); the downgrade drops it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("call_attempts", sa.Column("turns", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("call_attempts") as t:
        t.drop_column("turns")
