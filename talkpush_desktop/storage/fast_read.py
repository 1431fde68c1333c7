"""Prepared reads for the hot paths (candidate pages, folder counts).

Like Anki's DB proxy: SQL is still written with SQLAlchemy (so it stays portable), but it is
compiled once per query *shape* and then run straight on a driver connection kept per
thread, with the dialect's own result processors. This removes the per-call Session,
transaction and compilation overhead that dominates sub-millisecond queries.

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
from sqlalchemy.sql import Select
from sqlalchemy.types import TypeEngine


@dataclass(frozen=True, slots=True)
class _Prepared:
    sql: str
    names: tuple[str, ...] | None  # bind order when the driver is positional
    defaults: dict[str, Any]  # values bound inside the statement (literals)
    processors: tuple[tuple[int, Callable[[Any], Any]], ...]  # (column index, processor)


class FastReader:
    """Runs prepared SELECTs; one driver connection per thread, closed by :meth:`close`."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._dialect = engine.dialect
        self._prepared: dict[Hashable, _Prepared] = {}
        self._local = threading.local()
        self._connections: list[Any] = []
        self._lock = threading.Lock()
        self.last: tuple[str, Any] | None = None  # (sql, args) last run, for benchmarks

    def _driver(self) -> Any:
        """This thread's driver connection (sqlite3 / psycopg: both have ``execute``)."""
        driver = getattr(self._local, "driver", None)
        if driver is None:
            pooled = self._engine.raw_connection()
            driver = pooled.driver_connection
            if self._dialect.name == "postgresql":
                driver.autocommit = True  # type: ignore[union-attr]
            self._local.driver = driver
            with self._lock:
                self._connections.append(pooled)
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
        self.last = (prepared.sql, args)
        driver = self._driver() if connection is None else connection.connection.driver_connection
        cursor = driver.execute(prepared.sql, args)  # type: ignore[union-attr]
        try:
            rows = cursor.fetchall()
        finally:
            cursor.close()
        if not convert or not prepared.processors:
            return rows  # type: ignore[no-any-return]
        out: list[Sequence[Any]] = []
        for row in rows:
            converted: list[Any] = list(row)
            for index, proc in prepared.processors:
                if converted[index] is not None:
                    converted[index] = proc(converted[index])
            out.append(converted)
        return out

    def close(self) -> None:
        with self._lock:
            for conn in self._connections:
                conn.close()
            self._connections.clear()
        self._local = threading.local()


def _result_processor(type_: TypeEngine[Any], dialect: Dialect) -> Callable[[Any], Any] | None:
    """The dialect's own converter for a column type (e.g. SQLite text -> datetime).

    SQLite datetimes are stored by SQLAlchemy in ISO form, which ``fromisoformat`` (C code)
    reads many times faster than the dialect's regular expression.
    """
    if dialect.name == "sqlite" and isinstance(type_, DateTime):
        return datetime.fromisoformat
    return type_.dialect_impl(dialect).result_processor(dialect, None)
