"""Bulk inserts convert values exactly as SQLAlchemy would, remembered conversions included."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import func, insert, select, text

from talkpush_desktop.engine.candidates.filters import CandidateFilter
from talkpush_desktop.engine.candidates.insert import INSERT_COLUMNS, row_values
from talkpush_desktop.engine.intake.row_mapping import CandidateDraft
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.storage import bulk
from talkpush_desktop.storage.models import Activity, Campaign, Candidate, table_of


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
        "companies",
        ("name", "timezone", "domain_whitelist", "ip_whitelist", "cli_sign_in"),
        "sqlite.pysqlite",
    )
    rows = insert.prepare(
        [
            ("A", "UTC", [], [], False),
            ("B", "UTC", ["acme.com"], [], False),
            ("C", "UTC", [], ["10.0.0.1"], False),
        ]
    )
    by_name = [dict(zip(insert._names, row, strict=True)) for row in rows]
    assert [r["domain_whitelist"] for r in by_name] == ["[]", '["acme.com"]', "[]"]
    assert [r["ip_whitelist"] for r in by_name] == ["[]", "[]", '["10.0.0.1"]']


def test_insert_ids_are_the_rows_in_order_and_searchable(ws: Workspace) -> None:
    camp = ws.campaigns.create("Ids")
    at = datetime(2026, 1, 1, 12)
    drafts = [
        CandidateDraft(
            first_name="Zed",
            last_name="Marigold" if n == 5 else "Plain",
            email=f"z{n}@example.com",
            email_key=f"z{n}@example.com",
        )
        for n in range(bulk.MULTI_ROWS + 7)  # two statements
    ]
    with ws.context.transaction() as s:
        campaign = s.get(Campaign, camp.id)
        assert campaign is not None
        rows = [row_values(d, campaign, at, None) for d in drafts]
        ids = bulk.insert_ids(s, table_of(Candidate), rows)
        stored = dict(s.execute(select(Candidate.id, Candidate.email)).all())
    assert len(set(ids)) == len(drafts)
    assert [stored[i] for i in ids] == [d.email for d in drafts]
    found = ws.candidates.page(CandidateFilter(campaign_id=camp.id, search="marigold"))
    assert [r.id for r in found] == [ids[5]]  # the FTS trigger indexed each row


@pytest.mark.sqlite_only(
    "a SQLite trigger adds rows behind the insert (PostgreSQL returns the ids)"
)
def test_insert_ids_refuses_ids_it_cannot_vouch_for(ws: Workspace) -> None:
    camp = ws.campaigns.create("Ids")
    columns = ", ".join(INSERT_COLUMNS)
    copied = ", ".join("'C'" if c == "first_name" else c for c in INSERT_COLUMNS)
    with pytest.raises(RuntimeError, match="not the ones inserted"):
        with ws.context.transaction() as s:
            # a trigger that adds a row per insert breaks the consecutive ids
            s.execute(
                text(
                    "CREATE TEMP TRIGGER extra AFTER INSERT ON candidates"
                    f" WHEN new.first_name = 'B' BEGIN INSERT INTO candidates ({columns})"
                    f" SELECT {copied} FROM candidates WHERE id = new.id; END"
                )
            )
            campaign = s.get(Campaign, camp.id)
            assert campaign is not None
            draft = CandidateDraft(first_name="B")
            rows = [row_values(draft, campaign, datetime(2026, 1, 1), None)]
            bulk.insert_ids(s, table_of(Candidate), rows * 2)
    with ws.context.reading() as s:
        assert s.scalar(select(func.count()).select_from(Candidate)) == 0  # rolled back


@pytest.mark.sqlite_only("compares SQLite's stored types (typeof)")
def test_insert_rows_stores_what_sqlalchemy_would(ws: Workspace) -> None:
    table = table_of(Activity)
    at = datetime(2026, 3, 4, 5, 6, 7, 891011)
    row = {
        "company_id": ws.company_id,
        "campaign_id": None,
        "candidate_id": None,
        "user_id": None,
        "action": "added",
        "from_folder": None,
        "to_folder": "inbox",
        "detail": "é",
        "at": at,
    }
    with ws.context.transaction() as s:
        bulk.insert_rows(s, table, [row | {"detail": "bulk"}, row | {"detail": "bulk 2"}])
        s.execute(insert(table), [row | {"detail": "orm"}])
    with ws.context.reading() as s:
        got = s.execute(
            select(table.c.detail, table.c.at, table.c.to_folder, text("typeof(at)"))
            .where(table.c.detail.in_(["bulk", "bulk 2", "orm"]))
            .order_by(table.c.id)
        ).all()
    assert [r[0] for r in got] == ["bulk", "bulk 2", "orm"]
    assert {tuple(r[1:]) for r in got} == {(at, "inbox", "text")}
    raw = ws.context.db.engine.connect()
    try:
        stored = {
            v
            for (v,) in raw.exec_driver_sql(
                "SELECT at FROM activity WHERE detail IN ('bulk', 'orm')"
            )
        }
    finally:
        raw.close()
    assert len(stored) == 1  # the same text, character for character
