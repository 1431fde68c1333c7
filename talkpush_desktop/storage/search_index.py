"""Candidate search: SQLite FTS5 index (the only SQLite-specific part of the schema).

The FTS5 table is an external-content index over ``candidates`` kept in sync by triggers,
so every write that changes a name, email or phone updates the index in the same
transaction. Other dialects (PostgreSQL) fall back to portable prefix ``LIKE`` matching.
"""

from __future__ import annotations

import re

from sqlalchemy import (
    ColumnElement,
    Connection,
    Integer,
    TextualSelect,
    and_,
    column,
    false,
    func,
    or_,
    text,
)

from talkpush_desktop.storage.models import Candidate

FTS_TABLE = "candidate_search"
_COLUMNS = "first_name, last_name, email, search_phone"
_NEW = ", ".join(f"new.{c.strip()}" for c in _COLUMNS.split(","))
_OLD = ", ".join(f"old.{c.strip()}" for c in _COLUMNS.split(","))

CREATE_STATEMENTS = (
    f"""CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5(
        {_COLUMNS}, content='candidates', content_rowid='id',
        tokenize="unicode61 remove_diacritics 2", prefix='1 2 3')""",
    f"""CREATE TRIGGER IF NOT EXISTS candidates_search_insert AFTER INSERT ON candidates BEGIN
        INSERT INTO {FTS_TABLE}(rowid, {_COLUMNS}) VALUES (new.id, {_NEW}); END""",
    f"""CREATE TRIGGER IF NOT EXISTS candidates_search_delete AFTER DELETE ON candidates BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {_COLUMNS})
        VALUES ('delete', old.id, {_OLD}); END""",
    f"""CREATE TRIGGER IF NOT EXISTS candidates_search_update
        AFTER UPDATE OF {_COLUMNS} ON candidates BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {_COLUMNS})
        VALUES ('delete', old.id, {_OLD});
        INSERT INTO {FTS_TABLE}(rowid, {_COLUMNS}) VALUES (new.id, {_NEW}); END""",
)
DROP_STATEMENTS = (
    "DROP TRIGGER IF EXISTS candidates_search_insert",
    "DROP TRIGGER IF EXISTS candidates_search_delete",
    "DROP TRIGGER IF EXISTS candidates_search_update",
    f"DROP TABLE IF EXISTS {FTS_TABLE}",
)

_WORD = re.compile(r"\w+", re.UNICODE)
_PHONE_LIKE = re.compile(r"^[\d\s+().\-/]+$")


def install(conn: Connection) -> None:
    """Create the index and its triggers, then index existing rows (SQLite only)."""
    if conn.dialect.name != "sqlite":
        return
    for statement in CREATE_STATEMENTS:
        conn.exec_driver_sql(statement)
    rebuild(conn)


def uninstall(conn: Connection) -> None:
    if conn.dialect.name != "sqlite":
        return
    for statement in DROP_STATEMENTS:
        conn.exec_driver_sql(statement)


def suspend_triggers(conn: Connection) -> None:
    """Drop the sync triggers for a bulk load; call :func:`install` afterwards."""
    if conn.dialect.name == "sqlite":
        for statement in DROP_STATEMENTS[:3]:
            conn.exec_driver_sql(statement)


def rebuild(conn: Connection) -> None:
    """Re-index every candidate from the content table."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")


def parse_query(query: str) -> tuple[list[str], str]:
    """Split what was typed into word prefixes and, if it looks like a phone, its digits."""
    stripped = query.strip()
    digits = ""
    if _PHONE_LIKE.match(stripped) and sum(ch.isdigit() for ch in stripped) >= 3:
        digits = re.sub(r"\D", "", stripped).lstrip("0")
    words = [w.lower() for w in _WORD.findall(stripped)]
    return words, digits


def fts_expression(words: list[str], digits: str) -> str:
    """The FTS5 MATCH expression: every word as a prefix (any column, any order)."""
    if digits:
        return f'search_phone : "{digits}"*'
    return " AND ".join(f'"{w}"*' for w in words)


def _fts_ids(expression: str) -> TextualSelect:
    """Candidate ids whose indexed text matches ``expression``."""
    sql = f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :search_expr"
    return text(sql).bindparams(search_expr=expression).columns(column("rowid", Integer))


def _portable_condition(words: list[str], digits: str) -> ColumnElement[bool]:
    if digits:
        return Candidate.search_phone.like(f"%{digits}%")
    per_word = [
        or_(
            func.lower(Candidate.first_name).like(f"{w}%"),
            func.lower(Candidate.last_name).like(f"{w}%"),
            Candidate.email_key.like(f"{w}%"),
        )
        for w in words
    ]
    return and_(*per_word)


def search_condition(dialect: str, query: str) -> ColumnElement[bool] | None:
    """A WHERE clause matching ``query`` against name, email, phone or candidate ID."""
    words, digits = parse_query(query)
    if not words and not digits:
        return None
    by_id: ColumnElement[bool] = false()
    compact = query.strip().lstrip("#")
    if compact.isdigit():
        by_id = Candidate.id == int(compact)
    if dialect == "sqlite":
        matched: ColumnElement[bool] = Candidate.id.in_(_fts_ids(fts_expression(words, digits)))
    else:
        matched = _portable_condition(words, digits)
    return or_(by_id, matched)
