"""Bulk inserts convert values exactly as SQLAlchemy would, remembered conversions included."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from talkpush_desktop.storage import bulk


def test_remembered_conversions_never_mix_equal_values_that_convert_differently() -> None:
    insert = bulk.for_table("activity", ("company_id", "action", "at", "detail"), "sqlite.pysqlite")
    utc = datetime(2026, 1, 1, 12, tzinfo=UTC)
    manila = utc.astimezone(timezone(timedelta(hours=8)))
    assert utc == manila  # one instant, two zones
    first, second, again = insert.prepare(
        [(1, "added", utc, ""), (1, "added", manila, ""), (1, "added", utc, "")]
    )
    assert first[insert._names.index("at")] != second[insert._names.index("at")]
    assert first == again


def test_empty_and_filled_json_values_convert_to_their_own_text() -> None:
    insert = bulk.for_table(
        "companies", ("name", "timezone", "domain_whitelist", "ip_whitelist"), "sqlite.pysqlite"
    )
    rows = insert.prepare(
        [("A", "UTC", [], []), ("B", "UTC", ["acme.com"], []), ("C", "UTC", [], ["10.0.0.1"])]
    )
    by_name = [dict(zip(insert._names, row, strict=True)) for row in rows]
    assert [r["domain_whitelist"] for r in by_name] == ["[]", '["acme.com"]', "[]"]
    assert [r["ip_whitelist"] for r in by_name] == ["[]", "[]", '["10.0.0.1"]']
