"""Prepared statements for the hot paths of batched writes: a Core statement compiled once
per dialect and run on the session's own driver cursor, in the session's transaction.

A batch of intake requests runs some twenty small statements; through ``Session.execute``
each costs 40-300 µs of Python (cache key, execution context, result wrapper) for a
few µs of work in the database, all of it holding the GIL that the server's event loop
needs. :class:`Prepared` keeps what SQLAlchemy would compute for the statement (its SQL for
the dialect, per length of each expanding ``IN`` list; the columns' bind and result
processors) and hands the driver the converted parameters, so the rows and the stored
values are exactly SQLAlchemy's. Driver errors are raised as SQLAlchemy's
(``IntegrityError``...), as every other statement's are, and the engine's
``before_cursor_execute`` / ``after_cursor_execute`` listeners see each statement (with no
execution context). The statement stays one Core expression, on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import Dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.sql import ClauseElement
from sqlalchemy.sql.compiler import ExpandedState, SQLCompiler
from sqlalchemy.sql.dml import UpdateBase

from talkpush_desktop.storage.database import READ_ONLY, ReadOnlyError

Processor = Callable[[Any], Any] | None
_SHAPES_MAX = 128
_REMEMBERED_VALUES_MAX = 256
"""Lengths of ``IN`` lists remembered per statement, and the most values a remembered one
binds: a batch's lists are short; longer ones (an import's chunks) cost SQLAlchemy's
expansion, small beside their rows."""


_CONSTANT = -2
_WHOLE = -1


class _Call:
    """The SQL for one length of each ``IN`` list and where each driver parameter comes
    from: ``(name, index)`` into the caller's parameters (``index`` :data:`_WHOLE` for a
    plain value), or a value the statement holds (``index`` :data:`_CONSTANT`)."""

    __slots__ = ("names", "processors", "sources", "sql")

    def __init__(self, state: ExpandedState, params: Mapping[str, Any]) -> None:
        self.sql = state.statement
        origin = {
            expanded: (name, i)
            for name, names in (state.parameter_expansion or {}).items()
            for i, expanded in enumerate(names)
        }
        order = list(state.positiontup or state.parameters)
        self.names = None if state.positiontup is not None else order
        self.sources: list[tuple[Any, int]] = []
        for name in order:
            if name in origin and origin[name][0] in params:
                self.sources.append(origin[name])
            elif name in params:
                self.sources.append((name, _WHOLE))
            else:
                self.sources.append((state.parameters[name], _CONSTANT))
        self.processors = [
            (i, proc)
            for i, name in enumerate(order)
            if (proc := state.processors.get(name)) is not None
        ]

    def values(self, params: Mapping[str, Any]) -> Any:
        values = [
            src if index == _CONSTANT else params[src] if index == _WHOLE else params[src][index]
            for src, index in self.sources
        ]
        for i, proc in self.processors:
            if values[i] is not None:
                values[i] = proc(values[i])
        if self.names is None:
            return tuple(values)
        return dict(zip(self.names, values, strict=True))


class _Plan:
    """The statement compiled for one dialect, with its processors."""

    def __init__(
        self, statement: ClauseElement, dialect: Dialect, keys: tuple[str, ...] | None
    ) -> None:
        compiled = statement.compile(dialect=dialect, column_keys=list(keys or ()) or None)
        assert isinstance(compiled, SQLCompiler)
        if compiled.insert_prefetch or compiled.update_prefetch:
            raise ValueError("a statement whose columns have Python-side defaults")
        self.compiled = compiled
        self.writes = bool(compiled.isinsert or compiled.isupdate or compiled.isdelete)
        self.expanding: tuple[tuple[str, Any], ...] = tuple(
            (compiled.bind_names[b], b.value) for b in compiled.binds.values() if b.expanding
        )
        # values written into the SQL itself: SQLAlchemy's expansion on every call
        self.remember = not compiled.literal_execute_params
        results: list[Processor] = [
            column.type.dialect_impl(dialect).result_processor(dialect, None)
            for column in getattr(statement, "selected_columns", ())
        ]
        self.converting = [(i, p) for i, p in enumerate(results) if p is not None]
        self._calls: dict[tuple[int, ...], _Call] = {}

    def driver_call(self, params: Mapping[str, Any]) -> tuple[str, Any]:
        """The SQL and the driver's parameters for ``params``: SQLAlchemy's own expansion
        the first time for each length of the ``IN`` lists, then the remembered one."""
        shape = tuple(
            len(params[name] if name in params else held) for name, held in self.expanding
        )
        call = self._calls.get(shape)
        if call is None:
            state = self.compiled.construct_expanded_state(dict(params), escape_names=False)
            call = _Call(state, params)
            if (
                self.remember
                and len(self._calls) < _SHAPES_MAX
                and len(call.sources) <= _REMEMBERED_VALUES_MAX
            ):
                self._calls[shape] = call
        return call.sql, call.values(params)

    def row(self, raw: Sequence[Any]) -> tuple[Any, ...]:
        if not self.converting:
            return tuple(raw)
        values = list(raw)
        for i, proc in self.converting:
            if values[i] is not None:
                values[i] = proc(values[i])
        return tuple(values)


class Prepared:
    """A Core statement run on the driver cursor (see the module's notes)."""

    def __init__(self, statement: ClauseElement) -> None:
        self.statement = statement
        self._plans: dict[tuple[str, tuple[str, ...] | None], _Plan] = {}
        self._dml = isinstance(statement, UpdateBase)
        self._record: Any = None

    def _plan(self, session: Session, params: Mapping[str, Any]) -> tuple[_Plan, Any]:
        connection = session.connection()
        dialect = connection.dialect
        # an INSERT or UPDATE writes the columns its parameters name, as SQLAlchemy's does
        keys = tuple(params) if self._dml else None
        key = (f"{dialect.name}.{dialect.driver}", keys)
        plan = self._plans.get(key)
        if plan is None:
            plan = self._plans[key] = _Plan(self.statement, dialect, keys)
        if plan.writes and connection.get_execution_options().get(READ_ONLY):
            raise ReadOnlyError("a read-only session cannot write")
        if session.autoflush:  # as Session.execute would (nothing to do when clean)
            session.flush()
        return plan, connection

    def rows(self, session: Session, params: Mapping[str, Any]) -> list[tuple[Any, ...]]:
        """The rows the statement selects, as plain tuples (results converted)."""
        plan, connection = self._plan(session, params)
        sql, values = plan.driver_call(params)
        cursor = self._run(connection, sql, values, many=False)
        try:
            return [plan.row(raw) for raw in cursor.fetchall()]
        finally:
            cursor.close()

    def records(self, session: Session, params: Mapping[str, Any]) -> list[Any]:
        """The rows as named tuples (``row.id``), named as SQLAlchemy's rows are."""
        if self._record is None:
            keys = list(self.statement.selected_columns.keys())  # type: ignore[attr-defined]
            self._record = namedtuple("Record", keys)  # type: ignore[misc]  # noqa: PYI024
        make = self._record._make
        return [make(row) for row in self.rows(session, params)]

    def scalars(self, session: Session, params: Mapping[str, Any]) -> list[Any]:
        """The first column of each row."""
        return [row[0] for row in self.rows(session, params)]

    def execute(self, session: Session, params: Mapping[str, Any]) -> int:
        """Run a statement that returns no rows; how many rows it changed."""
        plan, connection = self._plan(session, params)
        sql, values = plan.driver_call(params)
        cursor = self._run(connection, sql, values, many=False)
        count = cursor.rowcount
        cursor.close()
        return int(count)

    def executemany(self, session: Session, rows: Sequence[Mapping[str, Any]]) -> None:
        """Run a statement without ``IN`` lists once per parameter set, in one driver call."""
        if not rows:
            return
        plan, connection = self._plan(session, rows[0])
        if plan.expanding:
            raise ValueError("executemany of a statement with an IN list")
        calls = [plan.driver_call(row) for row in rows]
        self._run(connection, calls[0][0], [values for _sql, values in calls], many=True).close()

    @staticmethod
    def _run(connection: Any, sql: str, values: Any, *, many: bool) -> Any:
        cursor = connection.connection.driver_connection.cursor()
        dbapi_error = connection.dialect.loaded_dbapi.Error
        events = connection.dispatch
        # listeners of the engine's cursor events (tracing, statement counts) see these too
        if events.before_cursor_execute:
            for fn in events.before_cursor_execute:
                sql, values = fn(connection, cursor, sql, values, None, many)
        try:
            if many:
                cursor.executemany(sql, values)
            else:
                cursor.execute(sql, values)
        except dbapi_error as exc:
            cursor.close()
            raise DBAPIError.instance(sql, values, exc, dbapi_error) from exc
        if events.after_cursor_execute:
            for fn in events.after_cursor_execute:
                fn(connection, cursor, sql, values, None, many)
        return cursor
