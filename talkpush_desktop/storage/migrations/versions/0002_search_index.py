"""search index: phone digit forms and the FTS5 candidate index

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from talkpush_desktop.storage import search_index

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _search_phone(e164: str) -> str:
    """Digit forms of a stored E.164 phone (frozen copy of the rule at this revision)."""
    import phonenumbers

    if not e164:
        return ""
    try:
        national = str(phonenumbers.parse(e164).national_number)
    except phonenumbers.NumberParseException:
        national = ""
    return " ".join(x for x in (e164.lstrip("+"), national) if x)


def upgrade() -> None:
    with op.batch_alter_table("candidates") as batch_op:
        batch_op.add_column(
            sa.Column("search_phone", sa.String(length=64), nullable=False, server_default="")
        )
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, phone FROM candidates WHERE phone != ''")).all()
    if rows:
        conn.execute(
            sa.text("UPDATE candidates SET search_phone = :sp WHERE id = :id"),
            [{"id": r.id, "sp": _search_phone(r.phone)} for r in rows],
        )
    search_index.install(conn, columns=search_index.COLUMNS_0002)
    # 0002 shipped with an unconditional insert trigger; 0003 makes it skip batch rows.
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS candidates_search_insert")
        conn.exec_driver_sql(
            "CREATE TRIGGER candidates_search_insert AFTER INSERT ON candidates BEGIN"
            " INSERT INTO candidate_search(rowid, first_name, last_name, email, search_phone)"
            " VALUES (new.id, new.first_name, new.last_name, new.email, new.search_phone); END"
        )


def downgrade() -> None:
    search_index.uninstall(op.get_bind())
    with op.batch_alter_table("candidates") as batch_op:
        batch_op.drop_column("search_phone")
