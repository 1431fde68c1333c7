"""Bulk actions on a Selection ("all matching a filter, except ..."), and their undo/redo."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import update

from talkpush_desktop.engine import demo
from talkpush_desktop.engine.candidates.filters import CandidateFilter
from talkpush_desktop.engine.candidates.selection import Selection
from talkpush_desktop.engine.dto import CampaignInfo
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.storage.models import Candidate, Folder


def _add(ws: Workspace, campaign: CampaignInfo, n: int) -> list[int]:
    return [
        ws.intake.add_candidate(campaign.id, first_name=f"Sel{i}", email=f"sel{i}@example.com")
        for i in range(n)
    ]


def test_selection_counts_and_without() -> None:
    f = CandidateFilter(folder=Folder.INBOX)
    assert Selection.of([3, 2, 1]).without([2]) == Selection.of([3, 1])
    everyone = Selection.matching(f).without([5]).without([6])
    assert everyone.all_matching and everyone.excluded == {5, 6}
    assert not Selection.of([1]).all_matching


def test_move_all_matching_except_some_is_one_undoable_action(
    ws: Workspace, campaign: CampaignInfo
) -> None:
    ids = _add(ws, campaign, 6)
    inbox = CandidateFilter(campaign_id=campaign.id, folder=Folder.INBOX)
    everyone_but_two = Selection.matching(inbox, excluded=ids[:2])
    assert ws.candidates.count_selected(everyone_but_two) == 4
    assert ws.candidates.move(everyone_but_two, "Shortlisted") == 4
    counts = ws.candidates.folder_counts(campaign.id)
    assert (counts["Inbox"], counts["Shortlisted"]) == (2, 4)
    assert ws.undo_stack.undo_text == "Move 4 to Shortlisted"
    ws.undo()
    assert ws.candidates.folder_counts(campaign.id)["Inbox"] == 6
    ws.redo()
    assert ws.candidates.folder_counts(campaign.id)["Shortlisted"] == 4
    assert {ws.candidates.get(i).row.folder for i in ids[:2]} == {"Inbox"}


def test_select_all_uses_the_database_past_the_statement_chunk(ws: Workspace) -> None:
    demo.generate(ws.context, candidates=1200, seed=3)
    everyone, on_hold = CandidateFilter(), CandidateFilter(folder=Folder.ON_HOLD)
    total, held = ws.candidates.count(everyone), ws.candidates.count(on_hold)
    assert total == 1200  # more than one chunk of ids
    assert ws.candidates.count_selected(Selection.matching(everyone, excluded=[-1])) == total
    assert ws.candidates.move(Selection.matching(everyone), Folder.ON_HOLD) == total - held
    assert ws.candidates.count(on_hold) == total == sum(ws.candidates.folder_counts().values())
    ws.undo()
    assert ws.candidates.count(on_hold) == held


def test_a_whole_folder_is_counted_from_the_maintained_counts(ws: Workspace) -> None:
    demo.generate(ws.context, candidates=300, seed=5)
    since_ever = datetime(2000, 1, 1)  # same candidates, but counted by a scan
    for campaign_id in (None, ws.campaigns.all()[0].id):
        for folder in Folder:
            whole = CandidateFilter(campaign_id=campaign_id, folder=folder)
            assert ws.candidates.count(whole) == ws.candidates.count(
                whole.with_(added_from=since_ever)
            )


def test_label_a_selection_then_undo_and_redo(ws: Workspace, campaign: CampaignInfo) -> None:
    ids = _add(ws, campaign, 5)
    tagged = CandidateFilter(labels=("Bilingual",))
    assert ws.labels.add(Selection.matching(CandidateFilter(), excluded=[ids[0]]), "Bilingual") == 4
    assert ws.candidates.count(tagged) == 4
    assert ws.undo() == "Label 4 Bilingual"
    assert ws.candidates.count(tagged) == 0
    assert ws.redo() == "Label 4 Bilingual"
    assert ws.candidates.count(tagged) == 4
    assert ws.labels.remove(Selection.matching(tagged), "Bilingual") == 4
    assert ws.undo() == "Unlabel 4 Bilingual"
    assert ws.candidates.count(tagged) == 4
    ws.redo()
    assert ws.candidates.count(tagged) == 0


def test_refresh_pins_of_a_selection(ws: Workspace, campaign: CampaignInfo) -> None:
    ids = _add(ws, campaign, 3)
    with ws.transaction() as s:
        s.execute(
            update(Candidate)
            .where(Candidate.id.in_(ids[:2]))
            .values(pin_expires_at=utcnow() - timedelta(hours=1))
        )
    assert ws.candidates.expire_pins() == 2
    lapsed = Selection.matching(CandidateFilter(folder=Folder.NO_RESPONSE))
    assert ws.candidates.refresh_pins(lapsed) == 2
    assert ws.candidates.folder_counts(campaign.id)["Inbox"] == 3
    assert ws.candidates.refresh_pins(Selection.of(ids)) == 3
    assert ws.candidates.expire_pins() == 0
