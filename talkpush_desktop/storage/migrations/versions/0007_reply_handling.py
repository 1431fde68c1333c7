"""reply handling: inbound messages carry when the engine handled them

Revision ID: 0007
Revises: 0006

``messages.handled_at`` marks an inbound message whose consequences (the interview bot's next
step, completion, progress labels) the sync has applied; a stored reply without it is picked
up on the next pass. Replies already in an upgraded workspace count as handled, so an upgrade
never replays old replies to the bot. Plain ADD COLUMN / CREATE INDEX / UPDATE (portable
SQLite/PostgreSQL); the downgrade drops the column in batch mode (SQLite copies the table).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("messages", sa.Column("handled_at", sa.DateTime(), nullable=True))
    op.execute("UPDATE messages SET handled_at = created_at WHERE direction = 'in'")
    op.create_index("ix_messages_unhandled", "messages", ["handled_at", "direction"])


def downgrade() -> None:
    op.drop_index("ix_messages_unhandled", "messages")
    with op.batch_alter_table("messages") as batch_op:
        batch_op.drop_column("handled_at")
