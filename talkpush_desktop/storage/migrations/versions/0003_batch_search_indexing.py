"""batch inserts index themselves: the insert trigger skips import-batch rows

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

OLD_TRIGGER = """CREATE TRIGGER candidates_search_insert AFTER INSERT ON candidates BEGIN
    INSERT INTO candidate_search(rowid, first_name, last_name, email, search_phone)
    VALUES (new.id, new.first_name, new.last_name, new.email, new.search_phone); END"""

NEW_TRIGGER = """CREATE TRIGGER candidates_search_insert AFTER INSERT ON candidates
    WHEN new.import_batch_id IS NULL BEGIN
    INSERT INTO candidate_search(rowid, first_name, last_name, email, search_phone)
    VALUES (new.id, new.first_name, new.last_name, new.email, new.search_phone); END"""


def _swap(trigger: str) -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("DROP TRIGGER IF EXISTS candidates_search_insert")
    op.execute(trigger)


def upgrade() -> None:
    _swap(NEW_TRIGGER)


def downgrade() -> None:
    _swap(OLD_TRIGGER)
