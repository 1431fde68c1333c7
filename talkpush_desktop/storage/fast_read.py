"""Prepared reads for the hot paths (candidate pages, folder counts).

Like Anki's DB proxy: SQL is still written with SQLAlchemy (so it stays portable), but it is
compiled once per query *shape* and then run straight on a driver connection, with the
dialect's own result processors. This removes the per-call Session, transaction and
compilation overhead that dominates sub-millisecond queries.

The driver connections are the reader's own small pool, apart from SQLAlchemy's (whose
size would otherwise bound how many threads can read): a fetch takes an idle one (or opens
one) and gives it back when its rows are read, so any number of threads can read at once
and at most :data:`KEEP_IDLE` connections stay open between reads.

Statements must use named ``bindparam()`` placeholders; values come with each call.
Reads run in autocommit mode: each statement sees the latest committed data.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, DateTime, Dialect, Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql import Select
from sqlalchemy.types import TypeEngine


@dataclass(frozen=True, slots=True)
class _Prepared:
    sql: str
    names: tuple[str, ...] | None  # bind order when the driver is positional
    defaults: dict[str, Any]  # values bound inside the statement (literals)
    processors: tuple[tuple[int, Callable[[Any], Any]], ...]  # (column index, processor)


KEEP_IDLE = 8
"""Driver connections a reader keeps open between fetches (more are opened when needed)."""
SERIAL_READS = "SET max_parallel_workers_per_gather = 0"
"""PostgreSQL: a list read runs in its own backend alone. Parallel workers start in
milliseconds and share the cores with the other readers: counting a label's 20,000 links
took 13-17 ms with two workers against 1.5 ms alone at a million candidates; no list
read was faster with them (EXPLAIN ANALYZE, benchmarks/results/engine-postgres-1m.json)."""


class FastReader:
    """Runs prepared SELECTs on a small pool of driver connections, closed by :meth:`close`."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._dialect = engine.dialect
        self._error: type[Exception] = engine.dialect.loaded_dbapi.Error
        self._prepared: dict[Hashable, _Prepared] = {}
        self._idle: list[Any] = []  # driver connections free to use (list ops are atomic)
        self._lock = threading.Lock()
        self.last: tuple[str, Any] | None = None  # (sql, args) last run, for benchmarks
        self.log: list[tuple[str, Any]] | None = None  # a list: every (sql, args) run

    def _open(self) -> Any:
        """A new driver connection (sqlite3 / psycopg: both have ``execute``), set up by the
        engine's connect hooks (pragmas) and then detached from SQLAlchemy's pool."""
        pooled = self._engine.raw_connection()
        driver = pooled.driver_connection
        pooled.detach()
        if self._dialect.name == "postgresql":
            driver.autocommit = True  # type: ignore[union-attr]
            driver.execute(SERIAL_READS)  # type: ignore[union-attr]
        return driver

    def _prepare(self, stmt: Select[Any]) -> _Prepared:
        compiled = stmt.compile(dialect=self._dialect)
        names = tuple(compiled.positiontup or ()) if compiled.positional else None
        processors = tuple(
            (index, proc)
            for index, column in enumerate(stmt.selected_columns)
            if (proc := _result_processor(column.type, self._dialect)) is not None
        )
        defaults = {
            name: bind.value
            for bind, name in compiled.bind_names.items()
            if bind.value is not None and not bind.required
        }
        return _Prepared(compiled.string, names, defaults, processors)

    def sql(self, key: Hashable) -> str:
        """The SQL prepared under ``key`` (for benchmarks and debugging)."""
        return self._prepared[key].sql

    def fetch(
        self,
        key: Hashable,
        build: Callable[[], Select[Any]],
        params: Mapping[str, Any],
        *,
        convert: bool = True,
        connection: Connection | None = None,
    ) -> list[Sequence[Any]]:
        """Rows of the statement prepared under ``key`` (built by ``build`` on first use).

        ``convert=False`` returns the driver's values as they are (the caller converts).
        ``connection`` runs it inside that connection's transaction instead (it then sees
        the transaction's own writes and shares its page cache).
        """
        prepared = self._prepared.get(key)
        if prepared is None:
            prepared = self._prepare(build())
            self._prepared[key] = prepared
        values = prepared.defaults | dict(params) if prepared.defaults else params
        args: Any = (
            [values[name] for name in prepared.names] if prepared.names is not None else values
        )
        rows = self._execute(prepared.sql, args, connection)
        if not convert or not prepared.processors:
            return rows
        out: list[Sequence[Any]] = []
        for row in rows:
            converted: list[Any] = list(row)
            for index, proc in prepared.processors:
                if converted[index] is not None:
                    converted[index] = proc(converted[index])
            out.append(converted)
        return out

    def fetch_in_order(
        self,
        key: Hashable,
        build: Callable[[], Select[Any]],
        names: tuple[str, ...],
        values: tuple[Any, ...],
    ) -> list[Sequence[Any]]:
        """:meth:`fetch` for a hot read of driver values whose ``values`` come in the order
        of the statement's parameters ``names`` (checked when it is prepared): no mapping
        is built per call."""
        prepared = self._prepared.get(key)
        if prepared is None:
            prepared = self._prepare(build())
            if prepared.defaults or (prepared.names is not None and prepared.names != names):
                raise ValueError(f"parameters of {key!r} are not {names}")
            self._prepared[key] = prepared
        args: Any = values if prepared.names is not None else dict(zip(names, values, strict=True))
        sql = prepared.sql
        self._note(sql, args)
        try:
            driver = self._idle.pop()
        except IndexError:
            driver = self._open()
        try:
            return driver.execute(sql, args).fetchall()  # type: ignore[no-any-return]
        except self._error as exc:
            raise DBAPIError.instance(sql, args, exc, self._error) from exc
        finally:
            if len(self._idle) < KEEP_IDLE:
                self._idle.append(driver)
            else:
                driver.close()

    def _execute(self, sql: str, args: Any, connection: Connection | None) -> list[Sequence[Any]]:
        """The rows, on ``connection`` or on an idle driver connection (given back after)."""
        self._note(sql, args)
        if connection is not None:
            return _run(connection.connection.driver_connection, sql, args, self._error)
        try:
            driver = self._idle.pop()
        except IndexError:
            driver = self._open()
        try:
            return _run(driver, sql, args, self._error)
        finally:
            if len(self._idle) < KEEP_IDLE:
                self._idle.append(driver)
            else:
                driver.close()

    def _note(self, sql: str, args: Any) -> None:
        """Remember the statement (benchmarks replay what a call ran on a plain connection)."""
        self.last = (sql, args)
        if self.log is not None:
            self.log.append((sql, args))

    def close(self) -> None:
        """Close the idle connections (call when no fetch is running)."""
        with self._lock:
            idle, self._idle = self._idle, []
        for driver in idle:
            driver.close()


def _run(driver: Any, sql: str, args: Any, error: type[Exception]) -> list[Sequence[Any]]:
    """The rows; a driver error raised as SQLAlchemy's (what callers handle)."""
    try:  # fetchall reads to the end, which ends the statement (and its cursor goes)
        return driver.execute(sql, args).fetchall()  # type: ignore[no-any-return]
    except error as exc:
        raise DBAPIError.instance(sql, args, exc, error) from exc


def _result_processor(type_: TypeEngine[Any], dialect: Dialect) -> Callable[[Any], Any] | None:
    """The dialect's own converter for a column type (e.g. SQLite text -> datetime).

    SQLite datetimes are stored by SQLAlchemy in ISO form, which ``fromisoformat`` (C code)
    reads many times faster than the dialect's regular expression.
    """
    if dialect.name == "sqlite" and isinstance(type_, DateTime):
        return datetime.fromisoformat
    return type_.dialect_impl(dialect).result_processor(dialect, None)
