"""Bulk inserts for intake: compiled once, converted with the dialect's own processors.

SQLAlchemy's executemany re-processes every parameter dict through its generic machinery
(about 100 µs a row for a candidate). Here the INSERT is compiled once for the dialect,
each value goes through the column type's bind processor (so SQLite and PostgreSQL store
exactly what SQLAlchemy would), and the rows go to the driver's ``executemany``.
Row preparation is a pure function of plain values, so it can run in worker processes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cache
from typing import Any

from sqlalchemy import Connection, Dialect, Table, insert
from sqlalchemy.dialects import registry
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from talkpush_desktop.storage.models import Base


class BulkInsert:
    """A prepared INSERT of ``columns`` into ``table`` for one dialect."""

    def __init__(self, table: Table, columns: Sequence[str], dialect: Dialect) -> None:
        self.columns = tuple(columns)
        compiled = insert(table).compile(dialect=dialect, column_keys=list(self.columns))
        self.sql = compiled.string
        self.positional = bool(compiled.positional)
        order = list(compiled.positiontup or ()) if self.positional else list(self.columns)
        if sorted(order) != sorted(self.columns):
            raise ValueError(f"insert into {table.name} binds {order}, expected {self.columns}")
        index = {name: i for i, name in enumerate(self.columns)}
        self._order = [index[name] for name in order]
        self._names = order
        processors: list[Callable[[Any], Any] | None] = [
            _remembering(table.c[name].type.dialect_impl(dialect).bind_processor(dialect))
            for name in order
        ]
        self._plan = list(zip(self._order, processors, strict=True))
        self._multi: dict[int, str] = {}

    def prepare_one(self, row: Sequence[Any]) -> Any:
        """Driver parameters for one row given as a tuple in ``columns`` order."""
        values = [
            row[i] if proc is None or row[i] is None else proc(row[i]) for i, proc in self._plan
        ]
        return tuple(values) if self.positional else dict(zip(self._names, values, strict=True))

    def value_of(self, params: Any, column: str) -> Any:
        """The value of ``column`` in one row's parameters from :meth:`prepare_one`."""
        return params[self._names.index(column)] if self.positional else params[column]

    def multi_row_sql(self, rows: int) -> str:
        """The INSERT of ``rows`` rows in one statement (positional drivers: SQLite)."""
        found = self._multi.get(rows)
        if found is None:
            head, _, one = self.sql.rpartition(" VALUES ")
            found = self._multi[rows] = f"{head} VALUES {', '.join([one] * rows)}"
        return found

    def prepare(self, rows: Iterable[Sequence[Any]]) -> list[Any]:
        """Driver parameters for ``rows`` given as tuples in ``columns`` order."""
        return [self.prepare_one(row) for row in rows]

    def execute(self, connection: Connection, prepared: list[Any]) -> None:
        """Insert prepared rows inside the connection's current transaction.

        A driver error is raised as SQLAlchemy's (``OperationalError``...), as every other
        statement's is, so callers handle one kind.
        """
        if prepared:
            cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
            dbapi_error = connection.dialect.loaded_dbapi.Error
            try:
                cursor.executemany(self.sql, prepared)
            except dbapi_error as exc:
                raise DBAPIError.instance(self.sql, None, exc, dbapi_error) from exc
            finally:
                cursor.close()


def _remembering(proc: Callable[[Any], Any] | None) -> Callable[[Any], Any] | None:
    """``proc`` with a small memory of its results.

    The rows of one import repeat a few values (one timestamp, ``False``, empty JSON
    lists), so most conversions become look-ups. Values are keyed with their type and
    time zone, so equal values that convert differently (``1`` and ``True``, one instant in
    two zones) never share a result; unhashable values are remembered only when empty.
    """
    if proc is None:
        return None
    seen: dict[Any, Any] = {}

    def convert(value: Any) -> Any:
        key = (type(value), getattr(value, "tzinfo", None), value)
        try:
            return seen[key]
        except KeyError:
            if len(seen) > 256:
                seen.clear()
            result = seen[key] = proc(value)
            return result
        except TypeError:  # unhashable: a list or dict
            if value:
                return proc(value)
            return _empty(type(value))

    def _empty(kind: type) -> Any:
        key = (kind, None, "empty")
        if key not in seen:
            seen[key] = proc(kind())
        return seen[key]

    return convert


@cache
def for_table(table_name: str, columns: tuple[str, ...], dialect_name: str) -> BulkInsert:
    """A cached :class:`BulkInsert` (usable in worker processes from plain names)."""
    dialect = registry.load(dialect_name)()
    return BulkInsert(Base.metadata.tables[table_name], columns, dialect)


MULTI_ROWS = 100
"""Rows in one multi-row ``INSERT ... VALUES (...), (...)`` on SQLite (well under its
32,766 bound parameters for the widest table)."""


def insert_ids(session: Session, table: Table, rows: Sequence[Mapping[str, Any]]) -> list[int]:
    """Insert ``rows`` (dicts of the same keys) and return their new ids, in order.

    PostgreSQL: ``INSERT ... RETURNING`` in order (batched by SQLAlchemy). SQLite would run
    an ordered RETURNING one statement per row, and an FTS5 index fed by a trigger flushes
    at the end of every statement; so rows go in as one prepared multi-row ``VALUES``
    statement per :data:`MULTI_ROWS` (values converted by :class:`BulkInsert`), whose
    rowids follow the table's highest under the write lock the transaction holds: checked
    (the rows above it are these and end at the cursor's ``lastrowid``; else it raises,
    rolling the transaction back).
    """
    dialect = session.get_bind().dialect
    if dialect.name != "sqlite" or len(rows) < 2:
        stmt = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        return list(session.scalars(stmt, rows)) if rows else []
    columns = tuple(rows[0])
    inserter = for_table(table.name, columns, f"{dialect.name}.{dialect.driver}")
    driver = session.connection().connection.driver_connection
    top = f"SELECT max(id) FROM {table.name}"  # noqa: S608
    since = f"SELECT count(*) FROM {table.name} WHERE id > ?"  # noqa: S608
    ids: list[int] = []
    for start in range(0, len(rows), MULTI_ROWS):
        part = rows[start : start + MULTI_ROWS]
        flat = [v for row in part for v in inserter.prepare_one([row[c] for c in columns])]
        sql = inserter.multi_row_sql(len(part))
        try:
            before = driver.execute(top).fetchone()[0] or 0  # type: ignore[union-attr]
            last = int(driver.execute(sql, flat).lastrowid or 0)  # type: ignore[union-attr]
            added = driver.execute(since, (before,)).fetchone()[0]  # type: ignore[union-attr]
        except dialect.loaded_dbapi.Error as exc:
            raise DBAPIError.instance(sql, None, exc, dialect.loaded_dbapi.Error) from exc
        first = before + 1
        if added != len(part) or last != before + len(part):
            raise RuntimeError(f"{table.name}: rows {first}..{last} are not the ones inserted")
        ids.extend(range(first, last + 1))
    return ids


def insert_rows(session: Session, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert ``rows`` (dicts of the same keys) in the session's transaction with one
    prepared ``executemany`` (values converted by :class:`BulkInsert`, not SQLAlchemy's
    per-row machinery): for the small rows every write appends (activity, answers)."""
    if not rows:
        return
    dialect = session.get_bind().dialect
    columns = tuple(rows[0])
    inserter = for_table(table.name, columns, f"{dialect.name}.{dialect.driver}")
    prepared = [inserter.prepare_one([row[c] for c in columns]) for row in rows]
    inserter.execute(session.connection(), prepared)


def _ignoring(session: Session, table: Table) -> Any:
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects import postgresql

        return postgresql.insert(table).on_conflict_do_nothing()
    from sqlalchemy.dialects import sqlite

    return sqlite.insert(table).on_conflict_do_nothing()


def insert_ignoring(session: Session, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert ``rows``, passing over any that break a unique constraint (``ON CONFLICT DO
    NOTHING``: another worker inserted them meanwhile)."""
    if not rows:
        return
    session.execute(_ignoring(session, table), list(rows))


def insert_new(
    session: Session, table: Table, rows: Sequence[Mapping[str, Any]], key: str
) -> set[Any]:
    """Insert ``rows`` as :func:`insert_ignoring` does; the ``key`` column's values of the
    rows this statement inserted (not those another transaction had)."""
    if not rows:
        return set()
    return set(session.scalars(_ignoring(session, table).returning(table.c[key]), list(rows)))
