"""Prepared statements give and store exactly what ``Session.execute`` would, on SQLite and
PostgreSQL alike: ``IN`` lists of every length, converted results, DML, errors."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from sqlalchemy import bindparam, event, insert, select, update
from sqlalchemy.exc import IntegrityError

from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.storage.database import ReadOnlyError
from talkpush_desktop.storage.models import Candidate, IdempotencyKey, table_of
from talkpush_desktop.storage.prepared import Prepared

_KEYS = table_of(IdempotencyKey)
_REMEMBER = Prepared(insert(_KEYS))
_BY_KEYS = select(_KEYS.c.key, _KEYS.c.status, _KEYS.c.created_at).where(
    _KEYS.c.company_id == bindparam("company_id"),
    _KEYS.c.key.in_(bindparam("keys", expanding=True)),
)
_CANDIDATES = select(Candidate.id, Candidate.others, Candidate.added_at, Candidate.unread).where(
    Candidate.id.in_(bindparam("ids", expanding=True)),
    Candidate.folder.in_(("Inbox", "Shortlisted")),  # a list the statement holds
)


def _row(company_id: int, key: str, status: int, at: datetime) -> dict[str, object]:
    return {
        "company_id": company_id,
        "key": key,
        "route": "r",
        "request_hash": "h",
        "status": status,
        "body": "{}",
        "candidate_id": None,
        "created_at": at,
    }


def test_rows_are_sqlalchemys_for_every_length_of_the_in_list(ws: Workspace) -> None:
    camp = ws.campaigns.create("Prepared")
    ids = [
        ws.intake.add_candidate(
            camp.id, first_name=f"P{n}", email=f"p{n}@example.com", others={"n": str(n)}
        )
        for n in range(4)
    ]
    prepared = Prepared(_CANDIDATES)
    with ws.context.transaction() as s:
        long = [*ids, *range(10**6, 10**6 + 300)]  # past the lengths it remembers
        for wanted in ([], ids[:1], ids, ids[2:], [*ids, 999_999], long, long, ids):
            params = {"ids": wanted}
            expected = [tuple(r) for r in s.execute(_CANDIDATES, params)]
            assert prepared.rows(s, params) == expected
        [record] = prepared.records(s, {"ids": ids[1:2]})
    assert (record.id, record.others) == (ids[1], {"n": "1"})  # JSON read back as a dict
    assert isinstance(record.added_at, datetime) and record.unread is False


def test_executemany_stores_what_sqlalchemy_would_and_reads_it_back(ws: Workspace) -> None:
    company = ws.context.company_id
    at = datetime(2026, 12, 7, 5, 30, 15, 123456)
    with ws.context.transaction() as s:
        _REMEMBER.executemany(s, [_row(company, "a", 201, at), _row(company, "b", 409, at)])
        s.execute(insert(_KEYS), [_row(company, "c", 201, at)])
    by_keys = Prepared(_BY_KEYS)
    with ws.context.reading() as s:
        params = {"company_id": company, "keys": ["a", "b", "c", "d"]}
        expected = sorted(tuple(r) for r in s.execute(_BY_KEYS, params))
        got = sorted(by_keys.rows(s, params))
    assert got == expected
    assert got == [("a", 201, at), ("b", 409, at), ("c", 201, at)]


def test_execute_counts_changed_rows_and_errors_are_sqlalchemys(ws: Workspace) -> None:
    company = ws.context.company_id
    at = datetime(2026, 12, 7, 5, 30)
    change = Prepared(
        update(_KEYS)
        .where(_KEYS.c.company_id == bindparam("company"), _KEYS.c.key == bindparam("k"))
        .values(status=bindparam("new_status"))
    )
    with ws.context.transaction() as s:
        _REMEMBER.executemany(s, [_row(company, "a", 201, at)])
        assert change.execute(s, {"company": company, "k": "a", "new_status": 200}) == 1
        assert change.execute(s, {"company": company, "k": "zz", "new_status": 200}) == 0
    with ws.context.reading() as s:
        assert Prepared(_BY_KEYS).rows(s, {"company_id": company, "keys": ["a"]})[0][1] == 200
    with pytest.raises(IntegrityError), ws.context.transaction() as s:  # the key is taken
        _REMEMBER.executemany(s, [_row(company, "a", 201, at)])


def test_a_read_only_session_refuses_a_prepared_write(ws: Workspace) -> None:
    row = _row(ws.context.company_id, "ro", 201, datetime(2026, 12, 7))
    with pytest.raises(ReadOnlyError), ws.context.reading() as s:
        _REMEMBER.executemany(s, [row])


def test_the_engines_cursor_listeners_see_prepared_statements(ws: Workspace) -> None:
    seen: list[tuple[str, str, bool]] = []

    def before(_conn: Any, _cursor: Any, statement: str, _params: Any, *rest: Any) -> None:
        seen.append(("before", statement.split(maxsplit=1)[0], rest[-1]))

    def after(_conn: Any, _cursor: Any, statement: str, _params: Any, *rest: Any) -> None:
        seen.append(("after", statement.split(maxsplit=1)[0], rest[-1]))

    event.listen(ws.db.engine, "before_cursor_execute", before)
    event.listen(ws.db.engine, "after_cursor_execute", after)
    try:
        with ws.context.transaction() as s:
            _REMEMBER.executemany(s, [_row(ws.context.company_id, "e", 201, datetime(2026, 1, 1))])
            seen.clear()  # (the transaction's own BEGIN)
            Prepared(_BY_KEYS).rows(s, {"company_id": ws.context.company_id, "keys": ["e"]})
    finally:
        event.remove(ws.db.engine, "before_cursor_execute", before)
        event.remove(ws.db.engine, "after_cursor_execute", after)
    assert seen == [("before", "SELECT", False), ("after", "SELECT", False)]


def test_pending_orm_objects_are_flushed_before_a_prepared_read(ws: Workspace) -> None:
    company = ws.context.company_id
    with ws.context.transaction() as s:
        s.add(IdempotencyKey(**_row(company, "pending", 201, datetime(2026, 12, 7))))
        found = Prepared(_BY_KEYS).rows(s, {"company_id": company, "keys": ["pending"]})
    assert [key for key, _status, _at in found] == ["pending"]
