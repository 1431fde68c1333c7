"""Two companies in one workspace never see each other's data through the engine: lists,
counts, search, selection, labels (the Duplicate rule), profiles, conversations, quick
replies, exports, analytics and drill-downs, import batches, the outbox and the sandbox."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import openpyxl
import pytest
from support.two_companies import MARIA_PHONE, TITLE, Tenant, TwoCompanies

from talkpush_desktop.engine.analytics.series import Drill
from talkpush_desktop.engine.candidates.filters import CandidateFilter
from talkpush_desktop.engine.candidates.selection import Selection
from talkpush_desktop.engine.errors import NotFoundError, ValidationError, WorkspaceError
from talkpush_desktop.engine.messaging.sync import SyncWorker
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.storage.models import Folder


def _open(two: TwoCompanies, t: Tenant) -> Workspace:
    return Workspace.open(data_dir=two.folder, company=t.id)


@pytest.fixture(params=["a", "b"])
def side(
    request: pytest.FixtureRequest, two_companies: TwoCompanies
) -> Iterator[tuple[Workspace, Tenant, Tenant]]:
    """Each company in turn: its workspace, itself and the other one."""
    me, other = (two_companies.a, two_companies.b)[:: 1 if request.param == "a" else -1]
    with _open(two_companies, me) as ws:
        yield ws, me, other


def _sync(ws: Workspace) -> dict[str, object]:
    """One pass of the sync worker acting for ``ws``'s company."""
    with contextlib.closing(SyncWorker(ws.context)) as worker:
        return asyncio.run(worker.run(once=True)).to_json()


def test_a_company_is_chosen_by_id_or_name_and_an_unknown_one_is_refused(
    two_companies: TwoCompanies,
) -> None:
    with Workspace.open(data_dir=two_companies.folder) as ws:
        assert ws.company_id == two_companies.a.id  # the first by default
        assert [(c.id, c.name) for c in ws.companies.all()] == [
            (two_companies.a.id, "Acme"),
            (two_companies.b.id, "Globex"),
        ]
    with Workspace.open(data_dir=two_companies.folder, company="globex") as ws:
        assert ws.company_id == two_companies.b.id
        assert ws.companies.acting().name == "Globex"
    with pytest.raises(WorkspaceError, match="unknown company 'Initech'.*Acme.*Globex"):
        Workspace.open(data_dir=two_companies.folder, company="Initech")
    with Workspace.open(data_dir=two_companies.folder) as ws:
        with pytest.raises(ValidationError, match="already exists"):
            ws.companies.add("ACME")
        with pytest.raises(ValidationError, match="time zone"):
            ws.companies.add("Initech", "Mars/Olympus")


def test_a_new_company_gets_its_automatic_labels_and_an_owner(workspace_dir: Path) -> None:
    with Workspace.open(data_dir=workspace_dir) as ws:
        first = {x.name for x in ws.labels.all()}
        new = ws.companies.add("Initech", "Europe/Paris")
    with Workspace.open(data_dir=workspace_dir, company=new.id) as ws:
        assert {x.name for x in ws.labels.all()} == first
        assert ws.company.settings()["timezone"] == "Europe/Paris"
        assert ws.user_id is not None and ws.campaigns.all() == []
        assert ws.candidates.folder_counts() == dict.fromkeys(ws.candidates.folder_counts(), 0)


def test_lists_counts_and_search_hold_only_the_company(
    side: tuple[Workspace, Tenant, Tenant],
) -> None:
    ws, me, other = side
    assert [c.id for c in ws.campaigns.all()][0] == me.campaign_id
    assert other.campaign_id not in {c.id for c in ws.campaigns.all()}
    assert sorted(r.id for r in ws.candidates.page()) == sorted(me.candidate_ids)
    assert ws.candidates.count() == len(me.candidate_ids)
    assert ws.candidates.known_count() == len(me.candidate_ids)
    counts = ws.candidates.folder_counts()
    assert sum(counts.values()) == len(me.candidate_ids)
    assert counts["Shortlisted"] == 1
    assert sum(ws.candidates.folder_counts(other.campaign_id).values()) == 0
    assert ws.candidates.count(CandidateFilter(campaign_id=other.campaign_id)) == 0
    assert ws.candidates.known_count(CandidateFilter(folder=Folder.SHORTLISTED)) == 1
    for word in ("Maria", "maria.santos", "0917", "Only"):
        found = {r.id for r in ws.candidates.page(CandidateFilter(search=word))}
        assert found and found <= set(me.candidate_ids), word
        assert ws.candidates.count(CandidateFilter(search=word)) == len(found)
    assert ws.candidates.page(CandidateFilter(search=other.own_name)) == []
    assert ws.candidates.page(CandidateFilter(search=str(other.candidate_ids[0]))) == []
    every = Selection.matching(CandidateFilter())
    assert ws.candidates.count_selected(every) == len(me.candidate_ids)
    assert sorted(ws.candidates.selected_ids(every)) == sorted(me.candidate_ids)
    assert sorted(ws.candidates.ids()) == sorted(me.candidate_ids)


def test_the_other_companys_candidates_cannot_be_read_or_touched(
    side: tuple[Workspace, Tenant, Tenant],
) -> None:
    ws, _me, other = side
    theirs = other.candidate_ids[0]
    for act in (
        lambda: ws.candidates.get(theirs),
        lambda: ws.candidates.move([theirs], "Rejected"),
        lambda: ws.labels.add([theirs], "x"),
        lambda: ws.messaging.messages(theirs),
        lambda: ws.messaging.add_comment(theirs, "hello"),
        lambda: ws.messaging.queue_message(theirs, "hello", "sms"),
        lambda: ws.exports.ats_candidates([theirs]),
        lambda: ws.campaigns.get(other.campaign_id),
        lambda: ws.interview.steps(other.campaign_id),
        lambda: ws.messaging.templates(other.campaign_id),
    ):
        with pytest.raises(NotFoundError):
            act()
    assert ws.messaging.message_count(theirs) == 0


def test_labels_and_the_duplicate_rule_stay_in_the_company(
    side: tuple[Workspace, Tenant, Tenant],
) -> None:
    ws, me, other = side
    names = {x.name for x in ws.labels.all()}
    assert me.own_label in names and other.own_label not in names
    dupes = {r.id for r in ws.candidates.page(CandidateFilter(labels=("Duplicate",)))}
    assert dupes == set(me.duplicates)  # A's Maria twice; B's Maria is no duplicate
    assert ws.candidates.count(CandidateFilter(labels=("Duplicate",))) == len(me.duplicates)
    assert [q.title for q in ws.messaging.quick_replies()] == [me.own_reply]


def test_exports_and_analytics_show_only_the_company(
    side: tuple[Workspace, Tenant, Tenant], tmp_path: Path
) -> None:
    ws, me, other = side
    summary = ws.exports.campaign(TITLE, tmp_path / "c.xlsx")
    assert summary.rows == len(set(me.candidate_ids) - set(me.duplicates))  # one campaign's
    sheet = openpyxl.load_workbook(tmp_path / "c.xlsx").active
    assert sheet is not None
    cells = {str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None}
    assert me.own_name in cells and other.own_name not in cells
    today = utcnow().date()
    start, end = today - timedelta(days=1), today + timedelta(days=1)
    board = ws.analytics.dashboard(start, end)
    assert sum(board.overview.values["added"]) == len(me.candidate_ids)
    assert sum(board.overview.values["shortlisted"]) == 1
    assert set(
        board.processing_by_campaign.campaigns
        if hasattr(board.processing_by_campaign, "campaigns")
        else []
    ) <= {c.id for c in ws.campaigns.all()}
    drill = ws.candidates.drill_down(Drill("overview", "added", start, end))
    assert drill.count == len(me.candidate_ids)
    page = ws.candidates.page(CandidateFilter(candidate_set=drill.set_id))
    assert sorted(r.id for r in page) == sorted(me.candidate_ids)
    ws.exports.dashboard(tmp_path / "a.xlsx", start, end)
    with pytest.raises(NotFoundError):
        ws.exports.dashboard(tmp_path / "b.xlsx", start, end, [other.campaign_id])


def test_imports_and_their_undo_stay_in_the_company(
    two_companies: TwoCompanies, tmp_path: Path
) -> None:
    csv = tmp_path / "people.csv"
    csv.write_text(
        "first_name,last_name,email\nMaria,Santos,maria.santos@example.com\nNew,Person,new@example.com\n"
    )
    with _open(two_companies, two_companies.b) as ws:
        night = ws.campaigns.create("Night Shift", hotline_country="PH")
        summary = ws.intake.import_csv(csv, night.id)
        assert summary.imported == 2
        b_batches = [b["id"] for b in ws.intake.batches()]
        dupes = {r.id for r in ws.candidates.page(CandidateFilter(labels=("Duplicate",)))}
        assert len(dupes) == 1 and dupes < set(ws.candidates.ids())  # B's Maria again
    with _open(two_companies, two_companies.a) as ws:
        assert summary.batch_id in b_batches and ws.intake.batches() == []
        with pytest.raises(NotFoundError):
            ws.intake.undo_import(summary.batch_id)
        assert ws.candidates.page(CandidateFilter(search="New")) == []


def test_the_sync_worker_serves_the_acting_company_and_replies_reach_the_sender(
    two_companies: TwoCompanies,
) -> None:
    a, b = two_companies.a, two_companies.b
    with _open(two_companies, a) as ws_a, _open(two_companies, b) as ws_b:
        ws_a.messaging.queue_message(a.candidate_ids[0], "Hi from Acme", "sms")
        ws_b.messaging.queue_message(b.candidate_ids[0], "Hi from Globex", "sms")
        assert _sync(ws_a)["sent"] == 1  # A's message only, through A's provider
        assert [m.body for m in ws_a.providers.sandbox_inbox(MARIA_PHONE)] == ["Hi from Acme"]
        assert ws_b.providers.sandbox_inbox(MARIA_PHONE) == []
        assert ws_b.messaging.outbox_status().get("queued") == 1
        ws_a.providers.sandbox_reply(MARIA_PHONE, "Yes Acme")  # Maria answers the last sender
        first_b = _sync(ws_b)  # sends B's message; A's reply is not B's
        assert (first_b["sent"], first_b["received"]) == (1, 0)
        assert _sync(ws_a)["received"] == 1
        assert ws_a.messaging.messages(a.candidate_ids[0])[-1].body == "Yes Acme"
        ws_b.providers.sandbox_reply(MARIA_PHONE, "Yes Globex")
        assert _sync(ws_a)["received"] == 0
        assert _sync(ws_b)["received"] == 1
        assert ws_b.messaging.messages(b.candidate_ids[0])[-1].body == "Yes Globex"
        assert [m.body for m in ws_b.messaging.messages(b.candidate_ids[0])] == [
            "Hi from Globex",
            "Yes Globex",
        ]
        inbox_b = [i.body for i in ws_b.providers.sandbox_inbox(MARIA_PHONE)]
        assert inbox_b == ["Hi from Globex", "Yes Globex"]


def test_pin_expiry_moves_only_the_companys_candidates(two_companies: TwoCompanies) -> None:
    later = utcnow() + timedelta(days=365)
    with _open(two_companies, two_companies.b) as ws:
        before = ws.candidates.folder_counts()
    with _open(two_companies, two_companies.a) as ws:
        ws.candidates.expire_pins(now=later)
    with _open(two_companies, two_companies.b) as ws:
        assert ws.candidates.folder_counts() == before


def test_an_open_workspace_acts_for_another_company_over_the_same_database(
    two_companies: TwoCompanies,
) -> None:
    a, b = two_companies.a, two_companies.b
    with Workspace.open(data_dir=two_companies.folder) as ws:
        with ws.for_company("Globex") as other:
            assert other.db is ws.db and other.company_id == b.id
            assert sorted(other.candidates.ids()) == sorted(b.candidate_ids)
            with pytest.raises(WorkspaceError, match="unknown company"):
                ws.for_company(999)
        assert sorted(ws.candidates.ids()) == sorted(a.candidate_ids)  # still open
