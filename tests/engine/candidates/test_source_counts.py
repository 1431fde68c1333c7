"""The maintained source counts (``source_counts``): every write that adds, completes or
removes candidates keeps them exact, and the count of a source or of the completed
candidates reads them (no scan). On both backends (``--database postgresql``); two imports
at once into one campaign on PostgreSQL too."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from talkpush_desktop.engine.candidates.filters import CandidateFilter
from talkpush_desktop.engine.dto import CampaignInfo
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.storage.models import Candidate, SourceCount
from tests.engine.intake.test_import import write_csv
from tests.storage.test_postgres import pg_server, pg_url

__all__ = ["pg_server", "pg_url"]  # the fixtures the PostgreSQL test uses


def _rows(prefix: str, n: int) -> list[list[str]]:
    head = ["First Name", "Last Name", "Email", "Country Code", "Phone Number"]
    return [head] + [[f"{prefix}{i}", "Test", f"{prefix}{i}@example.com", "", ""] for i in range(n)]


def _filters(ws: Workspace) -> list[CandidateFilter]:
    """Every shape the counts answer: a source and/or (not) completed, in each campaign or
    across them."""
    with ws.transaction() as s:
        sources = sorted(set(s.scalars(select(Candidate.source))))
    campaigns = [None, *(c.id for c in ws.campaigns.all())]
    return [
        CandidateFilter(campaign_id=c, source=src, completed=done)
        for c in campaigns
        for src in (None, *sources)
        for done in (None, True, False)
        if src is not None or done is not None
    ]


def _scanned(ws: Workspace, f: CandidateFilter) -> int:
    stmt = select(func.count()).select_from(Candidate)
    if f.campaign_id is not None:
        stmt = stmt.where(Candidate.campaign_id == f.campaign_id)
    if f.source:
        stmt = stmt.where(Candidate.source == f.source)
    if f.completed is not None:
        done = Candidate.completed_at.is_not(None)
        stmt = stmt.where(done if f.completed else ~done)
    with ws.transaction() as s:
        return int(s.scalar(stmt) or 0)


def assert_exact(ws: Workspace) -> None:
    for f in _filters(ws):
        assert ws.candidates.count(f) == _scanned(ws, f), f


def test_every_write_keeps_the_source_counts_exact(
    ws: Workspace, campaign: CampaignInfo, tmp_path: Path
) -> None:
    other = ws.campaigns.create("Other", hotline_country="PH")
    ann = ws.intake.add_candidate(
        campaign.id, first_name="Ann", email="ann@x.org", source="Referral"
    )
    ws.intake.add_candidate(campaign.id, first_name="Bo", email="bo@x.org", source="Walk-in")
    ws.intake.add_candidate(other.id, first_name="Cy", email="cy@x.org", source="Referral")
    assert ws.candidates.count(CandidateFilter(source="Referral")) == 2
    assert_exact(ws)

    first = ws.intake.import_csv(write_csv(tmp_path / "a.csv", _rows("a", 30)), campaign.id)
    ws.intake.import_csv(write_csv(tmp_path / "b.csv", _rows("b", 20)), other.id)
    assert_exact(ws)

    ws.interview.complete(ann)
    ws.interview.complete(ann)  # once only
    with ws.transaction() as s:
        imported = list(s.scalars(select(Candidate.id).where(Candidate.first_name.like("a1%"))))
    for cid in imported:
        ws.interview.complete(cid)
    assert ws.candidates.count(CandidateFilter(completed=True)) == 1 + len(imported)
    assert_exact(ws)

    before = ws.candidates.count(CandidateFilter(campaign_id=campaign.id, completed=False))
    ws.intake.undo_import(first.batch_id)  # the completed ones stay (touched)
    after = ws.candidates.count(CandidateFilter(campaign_id=campaign.id, completed=False))
    assert before - after == 30 - len(imported)
    assert_exact(ws)


def test_the_count_reads_the_maintained_rows(ws: Workspace, campaign: CampaignInfo) -> None:
    ws.intake.add_candidate(campaign.id, first_name="Ann", email="ann@x.org", source="Referral")
    referral = CandidateFilter(source="Referral")
    assert ws.candidates.count(referral) == 1
    with ws.transaction() as s:  # the counts alone changed: the count follows them
        s.execute(update(SourceCount).values(count=SourceCount.count + 41))
    assert ws.candidates.count(referral) == 42
    assert ws.candidates.count(referral.with_(added_from=None, search="ann")) == 1  # scanned


@pytest.mark.postgres
def test_two_imports_at_once_into_one_campaign(pg_url: str, tmp_path: Path) -> None:
    with Workspace.open(database_url=pg_url, data_dir=tmp_path) as ws:
        target = ws.campaigns.create("Busy", hotline_country="PH").id
        ws.intake.add_candidate(target, first_name="Seed", email="seed@x.org", source="Referral")
    files = [write_csv(tmp_path / f"{k}.csv", _rows(k, 1500)) for k in ("x", "y", "z")]
    errors: list[BaseException] = []

    def run(path: Path) -> None:
        try:
            with Workspace.open(database_url=pg_url, data_dir=tmp_path) as mine:
                mine.intake.import_csv(path, target)
        except BaseException as exc:  # noqa: BLE001 (reported below)
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(p,)) for p in files]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=240)
    assert not errors
    with Workspace.open(database_url=pg_url, data_dir=tmp_path) as ws:
        assert ws.candidates.count(CandidateFilter(campaign_id=target)) == 4501
        assert_exact(ws)
