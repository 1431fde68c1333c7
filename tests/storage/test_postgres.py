"""The same engine on a real PostgreSQL server (a throwaway cluster on a Unix socket).

Skipped when no PostgreSQL server binaries are installed (``.ci/run`` installs them).
"""

from __future__ import annotations

import csv
import subprocess
import sys
import time
from pathlib import Path

import pytest
from support import postgres_server
from support.cli import process_env

from talkpush_desktop.engine import demo
from talkpush_desktop.engine.candidates.filters import CandidateFilter
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.storage.models import Folder

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="session")
def pg_server() -> str:
    """This test process's throwaway PostgreSQL server (``support.postgres_server``, shared
    with the ``--database postgresql`` workspaces); its URL has a ``{db}`` placeholder."""
    try:
        return postgres_server.shared_url()
    except FileNotFoundError as exc:
        pytest.skip(str(exc))


@pytest.fixture
def pg_url(pg_server: str) -> str:
    """A new, empty database on that server."""
    return postgres_server.new_database(pg_server)


def test_workspace_rules_on_postgres(pg_url: str, tmp_path: Path) -> None:
    with Workspace.open(database_url=pg_url, data_dir=tmp_path) as ws:
        campaign = ws.campaigns.create("CSR Manila", hotline_country="PH")
        other = ws.campaigns.create("Chat Support", hotline_country="PH")
        a = ws.intake.add_candidate(
            campaign.id,
            first_name="María",
            last_name="Santos",
            email="maria@example.com",
            phone="0917 123 4567",
        )
        b = ws.intake.add_candidate(other.id, first_name="Maria", email="MARIA@example.com")
        assert "Duplicate" in ws.candidates.get(b).row.labels
        assert ws.candidates.move([a], "Shortlisted") == 1
        ws.labels.add([a, b], "Priority")
        assert ws.candidates.folder_counts(campaign.id)[Folder.SHORTLISTED.value] == 1
        assert ws.candidates.folder_counts()[Folder.INBOX.value] == 1
        assert {r.id for r in ws.candidates.page(CandidateFilter(search="mari"))} == {a, b}
        assert [r.id for r in ws.candidates.page(CandidateFilter(search="0917 123"))] == [a]
        assert [r.id for r in ws.candidates.page(CandidateFilter(search=str(b)))] == [b]
        sun = ws.intake.add_candidate(
            other.id, first_name="Sunny \N{SUN WITH FACE}", email="s@x.org"
        )
        assert [r.id for r in ws.candidates.page(CandidateFilter(search="\N{SUN WITH FACE}"))] == [
            sun
        ]
        assert ws.candidates.page(CandidateFilter(search="\N{GRINNING FACE}")) == []
        assert ws.candidates.count(CandidateFilter(search="!!")) == 0
        page = ws.candidates.page(CandidateFilter(labels=("Priority",), folder=Folder.SHORTLISTED))
        assert [r.id for r in page] == [a] and set(page[0].labels) == {"Priority"}
        ws.undo()  # the label
        ws.undo()  # the move
        assert ws.candidates.get(a).row.folder == "Inbox" and ws.candidates.get(a).row.labels == ()


def test_import_and_undo_on_postgres(pg_url: str, tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["First", "Last", "Email", "Country code", "Phone", "Referee"])
        for i in range(300):
            writer.writerow([f"P{i}", "Lim", f"p{i}@example.com", "63", f"0917{i:07d}", ""])
        writer.writerow(["Bad", "Row", "not-an-email", "", "", ""])
    with Workspace.open(database_url=pg_url, data_dir=tmp_path) as ws:
        ws.campaigns.create("Imports", hotline_country="PH")
        summary = ws.intake.import_csv(path, "Imports")
        assert (summary.imported, summary.rejected, summary.duplicates) == (300, 1, 0)
        again = ws.intake.import_csv(path, "Imports")
        assert (again.already_imported, again.duplicates) == (300, 0)
        assert ws.candidates.count() == 300 and ws.candidates.folder_counts()["Inbox"] == 300
        assert ws.intake.undo_import(summary.batch_id).removed == 300
        assert ws.candidates.count() == 0 and ws.candidates.folder_counts()["Inbox"] == 0


def test_demo_on_postgres(pg_url: str, tmp_path: Path) -> None:
    with Workspace.open(database_url=pg_url, data_dir=tmp_path) as ws:
        demo.generate(ws.context, candidates=300, seed=5)
        assert sum(ws.candidates.folder_counts().values()) == 300
        assert ws.candidates.page(CandidateFilter(search="maria"), limit=5)


def test_outbox_and_analytics_on_postgres(pg_url: str, tmp_path: Path) -> None:
    """The outbox's claim/record statements and the analytics' SQL run on PostgreSQL."""
    import asyncio
    from datetime import timedelta

    from talkpush_desktop.engine.analytics import series as analytics
    from talkpush_desktop.engine.messaging.sync import SyncWorker
    from talkpush_desktop.engine.timeutil import utcnow

    with Workspace.open(database_url=pg_url, data_dir=tmp_path) as ws:
        demo.generate(ws.context, candidates=200, seed=3)
        ids = [r.id for r in ws.candidates.page(limit=20)]
        queued = ws.messaging.send_messages(ids, "Hi <%= @candidate_first_name %>")
        assert len(queued.message_ids) == 20
        worker = SyncWorker(ws.context)
        try:
            report = asyncio.run(worker.run(once=True))
        finally:
            worker.close()
        assert report.sent == 20
        today = utcnow().date()
        with ws.transaction() as s:
            board = analytics.dashboard(s, ws.company_id, today - timedelta(days=90), today)
        assert len(board.days) == 91
        assert sum(board.overview.values["added"]) > 0
        # the rollup's per-row SQL and the drill-down's run on PostgreSQL too
        start = today - timedelta(days=90)
        added = ws.candidates.drill_down(analytics.Drill("overview", "added", start, today))
        assert added.count == sum(board.overview.values["added"])
        timed = ws.candidates.drill_down(
            analytics.Drill("processing_by_campaign", "hours", start, today)
        )
        assert timed.count > 0
        joined = ws.candidates.drill_down(
            analytics.Drill("rates", "participation_rate", start, today)
        )
        assert joined.count == sum(board.rates.parts["participated"]) > 0  # cohort SQL
        assert all(r is None or r <= 1 for r in board.rates.values["participation_rate"])


def test_exports_on_postgres(pg_url: str, tmp_path: Path) -> None:
    """The export queries (chunked campaign read, SMS breakdown, ATS JSON) on PostgreSQL."""
    from datetime import timedelta

    from openpyxl import load_workbook

    from talkpush_desktop.engine.timeutil import utcnow

    with Workspace.open(database_url=pg_url, data_dir=tmp_path) as ws:
        demo.generate(ws.context, candidates=300, seed=11)
        camp = ws.campaigns.all()[0]
        summary = ws.exports.campaign(camp.id, tmp_path / "c.xlsx")
        assert summary.rows == sum(ws.candidates.folder_counts(camp.id).values())
        book = load_workbook(tmp_path / "c.xlsx", read_only=True)
        assert sum(1 for _ in book.worksheets[0].values) == summary.rows + 1
        book.close()  # a read-only workbook keeps its file open until closed
        today = utcnow().date()
        assert ws.exports.sms_breakdown_file(tmp_path / "s.xlsx", today - timedelta(days=30), today)
        first = ws.candidates.page(limit=2)
        ats = ws.exports.ats_candidates([r.id for r in first])
        assert [a["id"] for a in ats] == [r.id for r in first]


def test_maintained_counts_on_postgres(pg_url: str, tmp_path: Path) -> None:
    """A folder, campaign or company count read from the maintained counts (values passed
    by name on a driver with named parameters)."""
    with Workspace.open(database_url=pg_url, data_dir=tmp_path) as ws:
        one = ws.campaigns.create("One", hotline_country="PH")
        two = ws.campaigns.create("Two", hotline_country="PH")
        ids = [
            ws.intake.add_candidate(one.id, first_name="P", email=f"p{i}@example.com")
            for i in range(3)
        ]
        ws.intake.add_candidate(two.id, first_name="Q", email="q@example.com")
        ws.candidates.move(ids[:1], Folder.SHORTLISTED)
        f = CandidateFilter
        assert ws.candidates.count(f(campaign_id=one.id, folder=Folder.INBOX)) == 2
        assert ws.candidates.count(f(folder=Folder.SHORTLISTED)) == 1
        assert ws.candidates.count(f(campaign_id=two.id)) == 1
        assert ws.candidates.count(f()) == 4


def test_a_write_by_another_process_is_noticed_on_postgres(pg_url: str, tmp_path: Path) -> None:
    """LISTEN/NOTIFY: another process's write transaction is noticed once; this process's
    own writes and read-only transactions are not (the window refreshes after its own)."""
    with Workspace.open(database_url=pg_url, data_dir=tmp_path) as ws:
        campaign = ws.campaigns.create("Manila", hotline_country="PH")
        assert ws.changes.changed() is False  # the watch opens now
        ws.intake.add_candidate(campaign.id, first_name="Own", email="own@example.com")
        ws.candidates.page()
        assert ws.changes.changed() is False
        script = (
            "import sys\n"
            "from talkpush_desktop.engine.workspace import Workspace\n"
            "with Workspace.open(database_url=sys.argv[1], data_dir=sys.argv[2]) as ws:\n"
            "    ws.intake.add_candidate(int(sys.argv[3]), first_name='Other',"
            " email='other@example.com')\n"
        )
        args = [pg_url, str(tmp_path / "other"), str(campaign.id)]
        subprocess.run(
            [sys.executable, "-c", script, *args], check=True, timeout=120, env=process_env()
        )
        deadline = time.monotonic() + 2  # the notification travels on its own socket
        while not ws.changes.changed():
            assert time.monotonic() < deadline, "the other process's write was not noticed"
            time.sleep(0.05)
        assert ws.changes.changed() is False
