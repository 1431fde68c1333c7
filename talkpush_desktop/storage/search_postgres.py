"""Candidate search on PostgreSQL: a ``tsvector`` column and ``pg_trgm`` indexes.

Only :mod:`storage.search_index` uses this module; it gives the same answers as the
SQLite FTS5 index there (the shared table in ``tests/storage/test_search_backends.py``).

- ``candidates.search_vector`` holds the words of the name, email, phone digit forms,
  CV text and answer transcripts. A ``BEFORE INSERT OR UPDATE`` trigger fills it, so it
  changes in the writing transaction whoever writes (the engine, a bulk ``INSERT``, a
  migration, raw SQL): an engine-maintained column would miss the writers that bypass
  the ORM. The trigger (not a generated column) because ``unaccent`` is not immutable.
  The text is folded as FTS5's ``unicode61 remove_diacritics 2`` tokenizer does: accents
  removed, ASCII punctuation made a word break, lower-cased by the ``simple`` config.
  A word typed is looked for as a prefix of any word (``to_tsquery('w:*')``), in a GIN
  index.
- Phone digits are a prefix of one of the ``search_phone`` forms (as FTS5's
  ``search_phone : "917"*``): ``' ' || search_phone LIKE '% 917%'``, served by a
  ``pg_trgm`` GIN index (three digits at least, as :func:`search_index.parse_query` asks).
- Literal text without a word (an emoji, ``!!``) is a part of the name or email: ``LIKE
  '%…%'`` on the lower-cased name columns and ``email_key``, served by ``pg_trgm`` too.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Connection, String, bindparam, text

VECTOR_COLUMN = "search_vector"
_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
_FOLD_FUNCTION = "talkpush_search_fold"
_TRIGGER_FUNCTION = "talkpush_candidate_search_vector"
_INDEXED = ("first_name", "last_name", "email", "search_phone", "cv_text", "answer_transcripts")
_MAX_TEXT = 200_000
"""Characters of a CV or transcripts indexed (a tsvector holds at most 1 MB)."""

TRGM_INDEXES = {
    "ix_candidates_phone_trgm": "(' ' || search_phone)",
    "ix_candidates_first_name_trgm": "lower(first_name)",
    "ix_candidates_last_name_trgm": "lower(last_name)",
    "ix_candidates_email_key_trgm": "email_key",
}


def _fold_sql() -> str:
    spaces = " " * len(_PUNCTUATION)
    # quotes doubled for SQL, percent signs for the driver's placeholders
    punctuation = _PUNCTUATION.replace("'", "''").replace("%", "%%")
    return f"""CREATE OR REPLACE FUNCTION {_FOLD_FUNCTION}(value text) RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE AS
    $$ SELECT translate(lower(unaccent(value)), '{punctuation}', '{spaces}') $$"""


def _trigger_function_sql() -> str:
    parts = " || ' ' || ".join(
        f"left(coalesce(NEW.{c}, ''), {_MAX_TEXT})"
        if c in ("cv_text", "answer_transcripts")
        else f"coalesce(NEW.{c}, '')"
        for c in _INDEXED
    )
    return f"""CREATE OR REPLACE FUNCTION {_TRIGGER_FUNCTION}() RETURNS trigger
    LANGUAGE plpgsql AS $$ BEGIN
    NEW.{VECTOR_COLUMN} := strip(to_tsvector('simple'::regconfig, {_FOLD_FUNCTION}({parts})));
    RETURN NEW; END $$"""


def install(conn: Connection) -> None:
    """Extensions, the vector column, its trigger and indexes; index existing rows."""
    conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS unaccent")
    conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    conn.exec_driver_sql(
        f"ALTER TABLE candidates ADD COLUMN IF NOT EXISTS {VECTOR_COLUMN} tsvector"
    )
    conn.exec_driver_sql(_fold_sql())
    conn.exec_driver_sql(_trigger_function_sql())
    conn.exec_driver_sql("DROP TRIGGER IF EXISTS candidates_search_vector ON candidates")
    conn.exec_driver_sql(
        "CREATE TRIGGER candidates_search_vector BEFORE INSERT OR UPDATE OF "
        f"{', '.join(_INDEXED)} ON candidates FOR EACH ROW EXECUTE FUNCTION {_TRIGGER_FUNCTION}()"
    )
    # the trigger fills the column: touch every row once (a no-op UPDATE of one column)
    conn.exec_driver_sql("UPDATE candidates SET first_name = first_name")
    conn.exec_driver_sql(
        "CREATE INDEX IF NOT EXISTS ix_candidates_search_vector "
        f"ON candidates USING gin ({VECTOR_COLUMN})"
    )
    for name, expression in TRGM_INDEXES.items():
        conn.exec_driver_sql(
            f"CREATE INDEX IF NOT EXISTS {name} ON candidates USING gin ({expression} gin_trgm_ops)"
        )


def uninstall(conn: Connection) -> None:
    """Drop what :func:`install` made (the extensions stay: other databases may use them)."""
    for name in (*TRGM_INDEXES, "ix_candidates_search_vector"):
        conn.exec_driver_sql(f"DROP INDEX IF EXISTS {name}")
    conn.exec_driver_sql("DROP TRIGGER IF EXISTS candidates_search_vector ON candidates")
    conn.exec_driver_sql(f"DROP FUNCTION IF EXISTS {_TRIGGER_FUNCTION}()")
    conn.exec_driver_sql(f"DROP FUNCTION IF EXISTS {_FOLD_FUNCTION}(text)")
    conn.exec_driver_sql(f"ALTER TABLE candidates DROP COLUMN IF EXISTS {VECTOR_COLUMN}")


def word_params(words: list[str]) -> dict[str, Any]:
    """Every word as a prefix (words are letters and digits: nothing to escape)."""
    return {"search_tsquery": " & ".join(f"'{w}':*" for w in words)}


def phone_params(digits: str) -> dict[str, Any]:
    return {"search_phone_token": f"% {digits}%"}


def word_match(per_row: bool = False) -> ColumnElement[bool]:
    """The candidate's words match ``:search_tsquery`` (its words' accents removed as in
    the indexed text; the sub-select computes the query once, not per row). ``per_row``:
    written so that no index serves it (``coalesce`` of the column with itself), checked
    on each row a walk reads: the planner cannot tell how many rows a prefix matches and
    may otherwise read every match from the index to sort them."""
    vector = f"candidates.{VECTOR_COLUMN}"
    if per_row:
        vector = f"coalesce({vector}, {vector})"
    return text(
        f"{vector} @@ (SELECT to_tsquery('simple'::regconfig, unaccent(:search_tsquery)))"
    ).bindparams(bindparam("search_tsquery", type_=String))  # type: ignore[return-value]


def phone_match(per_row: bool = False) -> ColumnElement[bool]:
    """A form of the candidate's phone starts with the digits (the trigram index's
    expression, written as it was indexed; ``per_row``: as :func:`word_match`)."""
    phone = "candidates.search_phone"
    if per_row:
        phone = f"coalesce({phone}, {phone})"
    return text(f"(' ' || {phone}) LIKE :search_phone_token").bindparams(
        bindparam("search_phone_token", type_=String)
    )  # type: ignore[return-value]
