"""Migration 0012: the search index takes the CV's text; candidates of a 0011 workspace
stay searchable, and the index goes back to four columns on a downgrade."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from talkpush_desktop.engine.candidates.filters import CandidateFilter
from talkpush_desktop.engine.workspace import DB_FILE, Workspace
from talkpush_desktop.storage import migrations
from talkpush_desktop.storage.database import make_engine, sqlite_url


def _index_columns(path: Path) -> list[str]:
    engine = make_engine(sqlite_url(path))
    with engine.connect() as conn:
        rows = conn.exec_driver_sql("PRAGMA table_info(candidate_search)").all()
    engine.dispose()
    return [r[1] for r in rows]


def test_upgrade_from_0011_indexes_the_cv_text(tmp_path: Path) -> None:
    from alembic import command

    with Workspace.open(data_dir=tmp_path) as ws:
        camp = ws.campaigns.create("Warehouse", hotline_country="PH")
        cid = ws.intake.add_candidate(camp.id, first_name="Imelda", email="imelda@example.com")
    path = tmp_path / DB_FILE
    engine = make_engine(sqlite_url(path))
    with engine.connect() as conn:
        command.downgrade(migrations.alembic_config(conn), "0011")
        conn.commit()
        assert migrations.current_revision(conn) == "0011"
        conn.execute(
            text("UPDATE candidates SET cv_text = 'forklift driver' WHERE id = :i"), {"i": cid}
        )
        conn.commit()
    engine.dispose()
    assert "cv_text" not in _index_columns(path)
    with Workspace.open(data_dir=tmp_path) as ws:
        assert [r.id for r in ws.candidates.page(CandidateFilter(search="forklift"))] == [cid]
        assert [r.id for r in ws.candidates.page(CandidateFilter(search="imel"))] == [cid]
    assert _index_columns(path)[-2:] == ["cv_text", "answer_transcripts"]  # 0017 adds one
