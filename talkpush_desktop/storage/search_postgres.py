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
  '%…%'`` on the lower-cased name and email columns, served by ``pg_trgm`` too (indexes of
  expressions: one on the bare ``email_key`` served the import's ``email_key IN (…)``
  duplicate look-ups too, for seconds each, migration 0029).
- Short words (since migration 0029): the index holds the words' prefixes of one to
  :data:`PREFIX_TERM` letters as terms of their own (``sa~``: some word starts with
  "sa", as FTS5's ``prefix='1 2 3'``; three letters, five since migration 0032), so a
  typed "maria sa" reads the posting lists of ``sa~`` and of the few words starting with
  "maria" (since 0032 ``maria~``), not of every word starting with
  "sa" (55-85 ms at a million candidates, 15-25 ms with the terms). The index is on
  ``talkpush_search_terms(search_vector)`` (the terms computed from its words, nothing
  stored twice); a row walked checks the plain prefixes on the vector instead. Since
  migration 0030 that index also holds the list criteria (:data:`LIST_COLUMNS`), so a
  search narrowed to a campaign, folder or source is an intersection in the index.
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
"""As migration 0028 made them (0029 indexes ``lower(email_key)`` instead)."""
EMAIL_TRGM = ("ix_candidates_email_key_trgm", "lower(email_key)")
VECTOR_INDEX = "ix_candidates_search_vector"
TERMS_FUNCTION = "talkpush_search_terms"
TERMS_INDEX = "ix_candidates_search_terms"
PREFIX_TERM = 5
"""Prefixes of up to this many letters are terms of the index (``PREFIX_TERM`` + 1 with
the mark: no word is that short and ends in ``~``, which folding makes a word break):
three since migration 0029, five since 0032."""
PREFIX_TERM_0029 = 3


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
        f"CREATE INDEX IF NOT EXISTS {VECTOR_INDEX} ON candidates USING gin ({VECTOR_COLUMN})"
    )
    for name, expression in TRGM_INDEXES.items():
        conn.exec_driver_sql(
            f"CREATE INDEX IF NOT EXISTS {name} ON candidates USING gin ({expression} gin_trgm_ops)"
        )


def _terms_function_sql(longest: int) -> str:
    """The vector's words and, for each, its prefixes of 1 to ``longest`` letters marked
    with ``~`` (a word shorter than that gives itself: it is its own prefix)."""
    return f"""CREATE OR REPLACE FUNCTION {TERMS_FUNCTION}(vector tsvector) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
    $$ SELECT vector || array_to_tsvector(ARRAY(SELECT DISTINCT left(word, n) || '~'
    FROM unnest(tsvector_to_array(vector)) AS word, generate_series(1, {longest}) AS n)) $$"""


def install_terms(conn: Connection) -> None:
    """Migration 0029: the prefix terms' index in place of the vector's, and the email's
    trigram index on ``lower(email_key)``: each about a minute at a million candidates."""
    conn.exec_driver_sql(_terms_function_sql(PREFIX_TERM_0029))
    _terms_index(conn)
    conn.exec_driver_sql(f"DROP INDEX IF EXISTS {VECTOR_INDEX}")
    _trigram_index(conn, *EMAIL_TRGM)


def uninstall_terms(conn: Connection) -> None:
    """Back to migration 0028's indexes."""
    conn.exec_driver_sql(
        f"CREATE INDEX IF NOT EXISTS {VECTOR_INDEX} ON candidates USING gin ({VECTOR_COLUMN})"
    )
    conn.exec_driver_sql(f"DROP INDEX IF EXISTS {TERMS_INDEX}")
    conn.exec_driver_sql(f"DROP FUNCTION IF EXISTS {TERMS_FUNCTION}(tsvector)")
    _trigram_index(conn, EMAIL_TRGM[0], TRGM_INDEXES[EMAIL_TRGM[0]])


LIST_INDEX = "ix_candidates_search_lists"
LIST_COLUMNS = ("company_id", "campaign_id", "folder", "source")
"""The list criteria in the search's index since migration 0030 (``btree_gin``)."""


def install_list_index(conn: Connection) -> None:
    """Migration 0030: the terms' index with the list's criteria in it, in place of the
    terms alone. A GIN index of several columns matches each on its own and intersects
    the posting lists, so "maria" in a campaign's Inbox reads the 362 rows that hold both
    instead of the 26,000 candidates called maria to keep those 362 (30 -> 13 ms at a
    million candidates; no larger than the terms' index alone, built in about a minute)."""
    conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS btree_gin")
    conn.exec_driver_sql(
        f"CREATE INDEX IF NOT EXISTS {LIST_INDEX} ON candidates USING gin "
        f"({', '.join(LIST_COLUMNS)}, {TERMS_FUNCTION}({VECTOR_COLUMN}))"
    )
    conn.exec_driver_sql(f"DROP INDEX IF EXISTS {TERMS_INDEX}")


def uninstall_list_index(conn: Connection) -> None:
    """Back to migration 0029's index (``btree_gin`` stays, as the other extensions)."""
    _terms_index(conn)
    conn.exec_driver_sql(f"DROP INDEX IF EXISTS {LIST_INDEX}")


def set_prefix_terms(conn: Connection, longest: int) -> None:
    """Migration 0032 (``longest`` 5; its downgrade 3): prefixes of up to ``longest``
    letters as terms, the search's index rebuilt with them. A typed "maria" then reads
    the posting list of ``maria~`` instead of walking every word that starts with "maria"
    in the index (at a million candidates: a "maria" of 26,000 rows read from the index
    in 10 ms against 32-37; the index 211 -> 218 MB, rebuilt in 75 s)."""
    conn.exec_driver_sql(_terms_function_sql(longest))
    conn.exec_driver_sql(f"REINDEX INDEX {LIST_INDEX}")


def _terms_index(conn: Connection) -> None:
    conn.exec_driver_sql(
        f"CREATE INDEX IF NOT EXISTS {TERMS_INDEX} "
        f"ON candidates USING gin ({TERMS_FUNCTION}({VECTOR_COLUMN}))"
    )


def _trigram_index(conn: Connection, name: str, expression: str) -> None:
    conn.exec_driver_sql(f"DROP INDEX IF EXISTS {name}")
    conn.exec_driver_sql(f"CREATE INDEX {name} ON candidates USING gin ({expression} gin_trgm_ops)")


def uninstall(conn: Connection) -> None:
    """Drop what :func:`install` made (the extensions stay: other databases may use them)."""
    for name in (*TRGM_INDEXES, VECTOR_INDEX):
        conn.exec_driver_sql(f"DROP INDEX IF EXISTS {name}")
    conn.exec_driver_sql("DROP TRIGGER IF EXISTS candidates_search_vector ON candidates")
    conn.exec_driver_sql(f"DROP FUNCTION IF EXISTS {_TRIGGER_FUNCTION}()")
    conn.exec_driver_sql(f"DROP FUNCTION IF EXISTS {_FOLD_FUNCTION}(text)")
    conn.exec_driver_sql(f"ALTER TABLE candidates DROP COLUMN IF EXISTS {VECTOR_COLUMN}")


def word_params(words: list[str]) -> dict[str, Any]:
    """Every word as a prefix (words are letters and digits: nothing to escape):
    ``search_tsquery`` all of them (a row checked on its vector), for the index
    ``search_words`` the longer ones and ``search_prefixes`` the short ASCII ones as terms
    (:data:`PREFIX_TERM`; accents are folded in SQL, which may lengthen a word)."""
    short = [w for w in words if len(w) <= PREFIX_TERM and w.isascii()]
    longer = [w for w in words if w not in short]
    params: dict[str, Any] = {"search_tsquery": " & ".join(f"'{w}':*" for w in words)}
    if longer:
        params["search_words"] = " & ".join(f"'{w}':*" for w in longer)
    if short:
        params["search_prefixes"] = " & ".join(f"'{w}~'" for w in short)
    return params


def phone_params(digits: str) -> dict[str, Any]:
    return {"search_phone_token": f"% {digits}%"}


def word_match(params: dict[str, Any], per_row: bool = False) -> ColumnElement[bool]:
    """The candidate's words match the query of ``params`` (:func:`word_params`; its words'
    accents removed as in the indexed text; the sub-select computes the query once, not
    per row), on the prefix terms' index. ``per_row``: ``:search_tsquery`` on the vector,
    written so that no index serves it (``coalesce`` of the column with itself), checked
    on each row a walk reads: the planner cannot tell how many rows a prefix matches and
    may otherwise read every match from the index to sort them."""
    vector = f"candidates.{VECTOR_COLUMN}"
    if per_row:
        return _matches(f"coalesce({vector}, {vector})", [_words("search_tsquery")])
    parts = [_words("search_words")] if "search_words" in params else []
    if "search_prefixes" in params:
        parts.append("CAST(:search_prefixes AS tsquery)")
    return _matches(f"{TERMS_FUNCTION}({vector})", parts)


def _words(name: str) -> str:
    return f"to_tsquery('simple'::regconfig, unaccent(:{name}))"


def _matches(vector: str, queries: list[str]) -> ColumnElement[bool]:
    sql = f"{vector} @@ (SELECT {' && '.join(queries)})"
    names = [n for n in ("search_tsquery", "search_words", "search_prefixes") if f":{n}" in sql]
    binds = (bindparam(n, type_=String) for n in names)
    return text(sql).bindparams(*binds)  # type: ignore[return-value]


def phone_match(per_row: bool = False) -> ColumnElement[bool]:
    """A form of the candidate's phone starts with the digits (the trigram index's
    expression, written as it was indexed; ``per_row``: as :func:`word_match`)."""
    phone = "candidates.search_phone"
    if per_row:
        phone = f"coalesce({phone}, {phone})"
    return text(f"(' ' || {phone}) LIKE :search_phone_token").bindparams(
        bindparam("search_phone_token", type_=String)
    )  # type: ignore[return-value]
