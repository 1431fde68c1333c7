"""One writer of a company's candidate contacts at a time on PostgreSQL, as SQLite's write
lock makes it everywhere.

A write that checks "is this email or phone already a candidate?" and then adds one must not
run beside another doing the same: on SQLite ``BEGIN IMMEDIATE`` serializes them, but on
PostgreSQL (READ COMMITTED) two imports of one file on two workstations both found the rows
missing and both added them. :func:`hold` takes a transaction-level advisory lock keyed by
the company before the check; it is let go at commit or rollback, so the next writer's check
sees what this one added. Elsewhere it does nothing.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

LOCK_CLASS = 0x7A1C  # the advisory lock's first key: "candidate contacts"; the second: company


def hold(session: Session, company_id: int) -> None:
    """Until this transaction ends, be the only one adding or changing ``company_id``'s
    candidates' contacts (PostgreSQL; nothing on SQLite, whose write lock already is)."""
    if session.get_bind().dialect.name == "postgresql":
        session.connection().exec_driver_sql(
            "SELECT pg_advisory_xact_lock(%s, %s)", (LOCK_CLASS, company_id)
        )
