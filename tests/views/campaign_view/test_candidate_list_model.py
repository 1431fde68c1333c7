"""The candidate list model: keyset paging, filter resets, refresh by difference."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from talkpush_desktop.engine.candidates.filters import CandidateFilter
from talkpush_desktop.engine.candidates.folders import parse_folder
from talkpush_desktop.engine.dto import CampaignInfo, CandidateRow
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.campaign_view.candidate_list_model import (
    ID_ROLE,
    LABELS_ROLE,
    ROW_ROLE,
    UNREAD_ROLE,
    CandidateListModel,
)

INBOX = CandidateFilter(folder=parse_folder("Inbox"))


def _add(ws: Workspace, campaign: CampaignInfo, n: int) -> list[int]:
    return [
        ws.intake.add_candidate(campaign.id, first_name=f"Cand{i:02}", email=f"c{i}@example.com")
        for i in range(n)
    ]


def _ids(model: CandidateListModel) -> list[int]:
    return [model.index(r).data(ID_ROLE) for r in range(model.rowCount())]


def test_passes_the_model_tester_while_paging_and_refreshing(
    qtmodeltester: ModelTester, ws: Workspace, campaign: CampaignInfo
) -> None:
    ids = _add(ws, campaign, 8)
    model = CandidateListModel(ws, page_size=3)
    model.set_filter(INBOX)
    qtmodeltester.check(model)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    ws.candidates.move(ids[2:4], "Shortlisted")
    model.refresh()
    qtmodeltester.check(model)
    assert model.rowCount() == 6


def test_pages_newest_first_by_keyset(ws: Workspace, campaign: CampaignInfo) -> None:
    ids = _add(ws, campaign, 7)
    model = CandidateListModel(ws, page_size=3)
    model.set_filter(INBOX)
    assert _ids(model) == ids[::-1][:3]
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert _ids(model) == ids[::-1]
    assert not model.canFetchMore(QModelIndex())
    assert model.exhausted


def test_rows_carry_the_row_and_its_parts(ws: Workspace, campaign: CampaignInfo) -> None:
    cid = ws.intake.add_candidate(
        campaign.id, first_name="Maria", last_name="Santos", email="m@x.org"
    )
    ws.labels.add([cid], "Priority")
    model = CandidateListModel(ws)
    model.set_filter(CandidateFilter())
    index = model.index(0)
    assert index.data() == "Maria Santos"
    assert index.data(ID_ROLE) == cid
    assert isinstance(index.data(ROW_ROLE), CandidateRow)
    assert index.data(LABELS_ROLE) == ("Priority",)
    assert index.data(UNREAD_ROLE) is False
    assert str(cid) in index.data(Qt.ItemDataRole.ToolTipRole)
    assert model.row_of(cid) == 0
    assert model.row_of(cid + 1000) is None


def test_set_filter_resets_to_the_first_page(ws: Workspace, campaign: CampaignInfo) -> None:
    ids = _add(ws, campaign, 5)
    model = CandidateListModel(ws, page_size=2)
    model.set_filter(INBOX)
    model.fetchMore(QModelIndex())
    model.set_filter(INBOX.with_(search="cand03"))
    assert _ids(model) == [ids[3]]
    assert model.exhausted


def test_refresh_removes_and_inserts_rows_keeping_the_others(
    qtbot: QtBot, ws: Workspace, campaign: CampaignInfo
) -> None:
    ids = _add(ws, campaign, 7)
    model = CandidateListModel(ws, page_size=3)
    model.set_filter(INBOX)
    model.fetchMore(QModelIndex())  # 6 of 7 loaded
    kept = QPersistentModelIndex(model.index(4))
    kept_id = kept.data(ID_ROLE)

    ws.candidates.move([ids[5]], "Rejected")  # the second row
    with qtbot.waitSignal(model.rowsRemoved) as removed:
        model.refresh()
    assert removed.args[1:] == [1, 1]
    assert _ids(model) == [ids[6], ids[4], ids[3], ids[2], ids[1]]
    assert model.canFetchMore(QModelIndex())  # the oldest is still to come
    assert kept.isValid() and kept.data(ID_ROLE) == kept_id

    newest = ws.intake.add_candidate(campaign.id, first_name="Newest", email="new@example.com")
    with qtbot.waitSignal(model.rowsInserted) as inserted:
        model.refresh()
    assert inserted.args[1:] == [0, 0]
    assert _ids(model)[0] == newest
    assert kept.data(ID_ROLE) == kept_id


def test_refresh_reports_changed_rows(qtbot: QtBot, ws: Workspace, campaign: CampaignInfo) -> None:
    ids = _add(ws, campaign, 3)
    model = CandidateListModel(ws)
    model.set_filter(CandidateFilter(campaign_id=campaign.id))
    ws.labels.add([ids[1]], "Follow up")
    with qtbot.waitSignal(model.dataChanged) as changed:
        model.refresh()
    assert changed.args[0].row() == 1
    assert model.index(1).data(LABELS_ROLE) == ("Follow up",)


def test_refresh_of_a_fully_loaded_list_finds_rows_older_than_all_shown(
    ws: Workspace, campaign: CampaignInfo
) -> None:
    ids = _add(ws, campaign, 4)
    ws.candidates.move([ids[0]], "Hired")
    model = CandidateListModel(ws)
    model.set_filter(INBOX)
    assert model.exhausted and ids[0] not in _ids(model)
    ws.undo()
    model.refresh()
    assert _ids(model) == ids[::-1]
