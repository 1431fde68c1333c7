"""Migration 0017: step recordings' length, the answers' transcript state, and the search
index over the answers' transcripts; a 0014 workspace upgrades with its answers waiting
for the transcriber, and goes back to the five-column index on a downgrade."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from talkpush_desktop.engine.candidates.filters import CandidateFilter
from talkpush_desktop.engine.workspace import DB_FILE, Workspace
from talkpush_desktop.storage import migrations
from talkpush_desktop.storage.database import make_engine, sqlite_url


def _columns(path: Path, table: str) -> list[str]:
    engine = make_engine(sqlite_url(path))
    with engine.connect() as conn:
        rows = conn.exec_driver_sql(f"PRAGMA table_info({table})").all()
    engine.dispose()
    return [r[1] for r in rows]


def _to(path: Path, revision: str) -> None:
    from alembic import command

    engine = make_engine(sqlite_url(path))
    with engine.connect() as conn:
        command.downgrade(migrations.alembic_config(conn), revision)
        conn.commit()
        assert migrations.current_revision(conn) == revision
    engine.dispose()


def test_transcripts_are_searched_after_an_upgrade_and_a_downgrade_goes_back(
    tmp_path: Path,
) -> None:
    with Workspace.open(data_dir=tmp_path) as ws:
        camp = ws.campaigns.create("Warehouse", hotline_country="PH")
        q = ws.interview.add_step(camp.id, "question", "Why us?")
        cid = ws.intake.add_candidate(camp.id, first_name="Imelda", email="imelda@example.com")
        ws.interview.record(cid, q.id, transcript="I drove a forklift for years")
        hits = ws.candidates.page(CandidateFilter(search="forklift"))
        assert [r.id for r in hits] == [cid]
    path = tmp_path / DB_FILE
    _to(path, "0014")
    assert "answer_transcripts" not in _columns(path, "candidate_search")
    assert "transcript_state" not in _columns(path, "interview_responses")
    assert "audio_seconds" not in _columns(path, "interview_questions")
    engine = make_engine(sqlite_url(path))
    with engine.begin() as conn:  # a 0014 answer with a recording and no transcript yet
        conn.execute(text("UPDATE interview_responses SET transcript = '', audio_path = 'r/a.wav'"))
    engine.dispose()
    with Workspace.open(data_dir=tmp_path) as ws:
        assert [r.id for r in ws.candidates.page(CandidateFilter(search="imel"))] == [cid]
        [answer] = ws.candidates.get(cid).responses
        assert answer.transcript_state == "pending"  # the recording waits for the transcriber
    assert _columns(path, "candidate_search")[-1] == "answer_transcripts"
