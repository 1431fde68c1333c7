"""The dialer's lease owner: which worker claimed a call attempt

Revision ID: 0020
Revises: 0018

A call attempt claimed by a worker (``state`` ``dialing`` with ``lease_until``) now also
keeps the worker's name (``call_attempts.lease_owner``, ``host:pid:token`` as the outbox
names its senders), so a worker restarted on the same workstation reconciles at once the
attempts of a worker whose process is gone instead of waiting out the 60-second lease. One column with
an empty default (portable SQLite/PostgreSQL): attempts claimed before the upgrade have
no owner and wait for their lease as before. The downgrade drops it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "call_attempts",
        sa.Column("lease_owner", sa.String(200), nullable=False, server_default=""),
    )


def downgrade() -> None:
    with op.batch_alter_table("call_attempts") as t:
        t.drop_column("lease_owner")
