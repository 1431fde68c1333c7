"""Candidate search: SQLite FTS5 index (the only SQLite-specific part of the schema).

The FTS5 table is an external-content index over ``candidates`` kept in sync by triggers,
so every write that changes a name, email or phone updates the index in the same
transaction. PostgreSQL has its own full-text search with the same answers (a ``tsvector``
column and ``pg_trgm`` indexes: :mod:`storage.search_postgres`). Other dialects fall back
to portable prefix ``LIKE`` matching (and a word anywhere in the CV's text or the
transcripts of recorded answers).

What has no word or phone in it (an emoji, "!!") is looked for literally, as a part of
the name or email, on every dialect: it matches the candidates who have it, else none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Integer,
    String,
    TextualSelect,
    and_,
    bindparam,
    column,
    func,
    or_,
    table,
    text,
    true,
)

from talkpush_desktop.storage import search_postgres
from talkpush_desktop.storage.models import Candidate

FTS_TABLE = "candidate_search"
COLUMNS_0002 = "first_name, last_name, email, search_phone"
"""The indexed columns from migration 0002 to 0011."""
COLUMNS_0012 = f"{COLUMNS_0002}, cv_text"
"""A CV's text too (migration 0012; only the intake API sets it, so an import indexes one
more empty column)."""
_COLUMNS = f"{COLUMNS_0012}, answer_transcripts"
"""Indexed now: the transcripts of recorded interview answers too (migration 0017)."""


def _values(prefix: str, columns: str) -> str:
    return ", ".join(f"{prefix}.{c.strip()}" for c in columns.split(","))


# Rows inserted by an import batch are indexed by the batch itself, one statement per chunk
# (see :func:`index_candidates`): FTS5 flushes its buffer at the end of every statement,
# so indexing row by row from a trigger costs about twice as much as the insert itself.
def _insert_trigger(columns: str) -> str:
    return f"""CREATE TRIGGER IF NOT EXISTS candidates_search_insert
    AFTER INSERT ON candidates WHEN new.import_batch_id IS NULL BEGIN
    INSERT INTO {FTS_TABLE}(rowid, {columns}) VALUES (new.id, {_values("new", columns)}); END"""


def create_statements(columns: str = _COLUMNS) -> tuple[str, ...]:
    """The index and its three sync triggers over ``columns``."""
    new, old = _values("new", columns), _values("old", columns)
    return (
        f"""CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5(
        {columns}, content='candidates', content_rowid='id',
        tokenize="unicode61 remove_diacritics 2", prefix='1 2 3')""",
        _insert_trigger(columns),
        f"""CREATE TRIGGER IF NOT EXISTS candidates_search_delete AFTER DELETE ON candidates BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {columns})
        VALUES ('delete', old.id, {old}); END""",
        f"""CREATE TRIGGER IF NOT EXISTS candidates_search_update
        AFTER UPDATE OF {columns} ON candidates BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {columns})
        VALUES ('delete', old.id, {old});
        INSERT INTO {FTS_TABLE}(rowid, {columns}) VALUES (new.id, {new}); END""",
    )


INSERT_TRIGGER = _insert_trigger(_COLUMNS)
CREATE_STATEMENTS = create_statements()
DROP_STATEMENTS = (
    "DROP TRIGGER IF EXISTS candidates_search_insert",
    "DROP TRIGGER IF EXISTS candidates_search_delete",
    "DROP TRIGGER IF EXISTS candidates_search_update",
    f"DROP TABLE IF EXISTS {FTS_TABLE}",
)

_WORD = re.compile(r"[^\W_]+")  # letters and digits, as the FTS5 tokenizer splits
_PHONE_LIKE = re.compile(r"^[\d\s+().\-/]+$")


def install(conn: Connection, columns: str = _COLUMNS) -> None:
    """Create the index and its triggers, then index existing rows (SQLite only);
    ``columns`` for a migration that must build an older index."""
    if conn.dialect.name != "sqlite":
        return
    for statement in create_statements(columns):
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


def replace_insert_trigger(conn: Connection) -> None:
    """Install the current insert trigger in place of an older one (migrations)."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS candidates_search_insert")
        conn.exec_driver_sql(INSERT_TRIGGER)


def index_candidates(conn: Connection, ids: Sequence[int]) -> None:
    """Index candidates an import batch inserted (the insert trigger skips them)."""
    if conn.dialect.name != "sqlite" or not ids:
        return
    select_rows = (
        f"INSERT INTO {FTS_TABLE}(rowid, {_COLUMNS}) SELECT id, {_COLUMNS} FROM candidates"
    )
    if ids[-1] - ids[0] == len(ids) - 1 and list(ids) == sorted(ids):
        conn.exec_driver_sql(f"{select_rows} WHERE id BETWEEN ? AND ?", (ids[0], ids[-1]))
        return
    for start in range(0, len(ids), 500):
        part = list(ids[start : start + 500])
        marks = ",".join("?" * len(part))
        conn.exec_driver_sql(f"{select_rows} WHERE id IN ({marks})", tuple(part))


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


FTS = table(FTS_TABLE, column("rowid", Integer))


@dataclass(frozen=True, slots=True)
class SearchClause:
    """A search condition with named parameters and its shape (for statement caching)."""

    clause: ColumnElement[bool]
    params: dict[str, Any]
    shape: tuple[Any, ...]


def fts_match() -> ColumnElement[bool]:
    """``candidate_search MATCH :search_expr`` (SQLite only)."""
    return text(f"{FTS_TABLE} MATCH :search_expr").bindparams(
        bindparam("search_expr", type_=String)
    )  # type: ignore[return-value]


def fts_probe(walked: Any = None) -> ColumnElement[bool]:
    """The candidate's id (or the ``walked`` index's candidate id column) is among those
    matching ``:search_expr`` (SQLite only), checked per entry of the index the query walks:
    ``id + 0`` keeps the planner from reading the candidates by these ids instead (and
    sorting them)."""
    column = Candidate.id if walked is None else walked
    return (column + 0).in_(fts_ids())


def fts_ids() -> TextualSelect:
    """Candidate ids whose indexed text matches ``:search_expr``."""
    sql = f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :search_expr"
    return (
        text(sql)
        .bindparams(bindparam("search_expr", type_=String))
        .columns(column("rowid", Integer))
    )


MAX_CANDIDATE_ID = 2**31 - 1
"""The highest id ``candidates.id`` holds on PostgreSQL (INTEGER); longer digits are a phone."""


def candidate_id_in(query: str) -> int | None:
    """The candidate ID typed in the search box, if what was typed is one."""
    compact = query.strip().lstrip("#")
    if not (compact.isdigit() and len(compact) < 16):
        return None
    number = int(compact)
    return number if number <= MAX_CANDIDATE_ID else None


def _word_params(i: int, word: str) -> dict[str, str]:
    """A word's LIKE patterns: a prefix of a name or email, anywhere in the CV's text or
    the answers' transcripts (LIKE wildcards in a word cannot occur: words are letters and
    digits)."""
    return {f"search_word_{i}": f"{word}%", f"search_cv_{i}": f"%{word}%"}


def _portable_condition(words: list[str], digits: str) -> SearchClause:
    if digits:
        return SearchClause(
            Candidate.search_phone.like(bindparam("search_digits")),
            {"search_digits": f"%{digits}%"},
            ("digits",),
        )
    parts = []
    params: dict[str, Any] = {}
    for i, w in enumerate(words):
        name, in_cv = f"search_word_{i}", f"search_cv_{i}"
        params.update(_word_params(i, w))
        parts.append(
            or_(
                func.lower(Candidate.first_name).like(bindparam(name)),
                func.lower(Candidate.last_name).like(bindparam(name)),
                Candidate.email_key.like(bindparam(name)),
                func.lower(Candidate.cv_text).like(bindparam(in_cv)),
                func.lower(Candidate.answer_transcripts).like(bindparam(in_cv)),
            )
        )
    return SearchClause(and_(*parts), params, ("words", len(words)))


def _postgres_condition(
    words: list[str], digits: str, build: bool = True, per_row: bool = False
) -> SearchClause:
    """The phone's digits or every word as a prefix (:mod:`storage.search_postgres`);
    with ``build=False`` the clause is a placeholder (parameters and shape only);
    ``per_row``: checked on each row read, no index (:func:`search_postgres.word_match`)."""
    if digits:
        clause = search_postgres.phone_match(per_row) if build else _NO_CLAUSE
        return SearchClause(clause, search_postgres.phone_params(digits), ("phone_token",))
    params = search_postgres.word_params(words)
    clause = search_postgres.word_match(params, per_row) if build else _NO_CLAUSE
    return SearchClause(clause, params, ("tsquery", *sorted(params)))


_NO_CLAUSE: ColumnElement[bool] = true()


def _literal_pattern(query: str) -> str:
    """``%query%`` for LIKE, lower-cased, its own ``%``, ``_`` and ``\\`` escaped."""
    escaped = re.sub(r"([\\%_])", r"\\\1", query.strip().lower())
    return f"%{escaped}%"


def _literal_condition(query: str) -> SearchClause:
    """Names and emails that contain ``query`` as typed (ignoring case)."""
    pattern = bindparam("search_literal", type_=String)
    return SearchClause(
        or_(
            func.lower(Candidate.first_name).like(pattern, escape="\\"),
            func.lower(Candidate.last_name).like(pattern, escape="\\"),
            func.lower(Candidate.email_key).like(pattern, escape="\\"),
        ),
        {"search_literal": _literal_pattern(query)},
        ("literal",),
    )


def search_params(dialect: str, query: str) -> tuple[dict[str, Any], tuple[Any, ...]] | None:
    """Parameter values and shape of :func:`search_condition`, without building SQL."""
    words, digits = parse_query(query)
    if not words and not digits:
        return (
            ({"search_literal": _literal_pattern(query)}, ("literal",)) if query.strip() else None
        )
    if dialect == "sqlite":
        params: dict[str, Any] = {"search_expr": fts_expression(words, digits)}
        shape: tuple[Any, ...] = ("fts",)
    elif dialect == "postgresql":
        found = _postgres_condition(words, digits, build=False)
        params, shape = found.params, found.shape
    elif digits:
        params, shape = {"search_digits": f"%{digits}%"}, ("digits",)
    else:
        params = {k: v for i, w in enumerate(words) for k, v in _word_params(i, w).items()}
        shape = ("words", len(words))
    by_id = candidate_id_in(query)
    if by_id is None:
        return params, shape
    return params | {"search_id": by_id}, (*shape, "id")


def search_condition(dialect: str, query: str, per_row: bool = False) -> SearchClause | None:
    """A WHERE clause matching ``query`` against name, email, phone or candidate ID
    (``per_row``: PostgreSQL's words or digits checked on each row read, no index)."""
    words, digits = parse_query(query)
    if not words and not digits:
        return _literal_condition(query) if query.strip() else None
    if dialect == "sqlite":
        found = SearchClause(
            Candidate.id.in_(fts_ids()), {"search_expr": fts_expression(words, digits)}, ("fts",)
        )
    elif dialect == "postgresql":
        found = _postgres_condition(words, digits, per_row=per_row)
    else:
        found = _portable_condition(words, digits)
    by_id = candidate_id_in(query)
    if by_id is None:
        return found
    return SearchClause(
        or_(Candidate.id == bindparam("search_id"), found.clause),
        found.params | {"search_id": by_id},
        (*found.shape, "id"),
    )
