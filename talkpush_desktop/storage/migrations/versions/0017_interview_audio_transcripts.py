"""interview audio and transcripts: step recordings' length, answers' offline transcription

Revision ID: 0017
Revises: 0015

An interview step keeps its recording's length (``audio_seconds``, shown in the interview
creator). An answer keeps how its transcript came about: ``transcript_state`` (``""`` for
no recording, ``pending`` until the background transcriber has run, then ``done``,
``no_model`` or ``failed``), the engine that wrote it and a note a recruiter can read ("no
offline model for fr"); an index finds the pending ones. Recorded answers stored before
have their transcript (``done``) or wait for the transcriber (``pending``). The candidates get
``answer_transcripts`` (their answers' transcripts, one per line), and the FTS5 index
(SQLite) is dropped and built again over it, as 0012 did for the CV's text. Plain ADD
COLUMNs: the candidates table and its search triggers are never rebuilt by a batch copy.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from talkpush_desktop.storage import search_index

revision = "0017"
down_revision = "0015"
branch_labels = None
depends_on = None


def _text(name: str, length: int) -> sa.Column[str]:
    return sa.Column(name, sa.String(length), nullable=False, server_default="")


def upgrade() -> None:
    op.add_column(
        "interview_questions",
        sa.Column("audio_seconds", sa.Float(), nullable=False, server_default="0"),
    )
    op.add_column("interview_responses", _text("transcript_state", 16))
    op.add_column("interview_responses", _text("transcript_engine", 40))
    op.add_column("interview_responses", _text("transcript_note", 300))
    op.execute(
        "UPDATE interview_responses SET transcript_state = CASE WHEN transcript <> '' "
        "THEN 'done' ELSE 'pending' END WHERE transcript <> '' OR audio_path <> ''"
    )
    op.create_index("ix_responses_transcript_state", "interview_responses", ["transcript_state"])
    op.add_column(
        "candidates",
        sa.Column("answer_transcripts", sa.Text(), nullable=False, server_default=""),
    )
    conn = op.get_bind()
    search_index.uninstall(conn)
    search_index.install(conn)


def downgrade() -> None:
    conn = op.get_bind()
    search_index.uninstall(conn)
    search_index.install(conn, columns=search_index.COLUMNS_0012)
    # plain DROP COLUMNs (SQLite 3.35+), as 0011's downgrade: a batch rebuild of candidates
    # would cascade to their messages, activity and labels
    op.execute("ALTER TABLE candidates DROP COLUMN answer_transcripts")
    op.drop_index("ix_responses_transcript_state", "interview_responses")
    for name in ("transcript_note", "transcript_engine", "transcript_state"):
        op.execute(f"ALTER TABLE interview_responses DROP COLUMN {name}")
    op.execute("ALTER TABLE interview_questions DROP COLUMN audio_seconds")
