"""Two recruiters, one label: undo (and redo) of a label change refuses, naming who, when
someone else changed that label on the candidate since; one's own label changes still undo
and redo."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from support.two_recruiters import Team

from talkpush_desktop.engine.candidates.label_conflicts import LabelConflict
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.storage.models import Action, Activity


def _labels(ws: Workspace, cid: int) -> tuple[str, ...]:
    return ws.candidates.get(cid).row.labels


def _label_log(ws: Workspace, cid: int) -> list[tuple[str, int | None]]:
    with ws.reading() as s:
        rows = s.execute(
            select(Activity.action, Activity.user_id)
            .where(
                Activity.candidate_id == cid,
                Activity.action.in_([Action.LABELLED.value, Action.UNLABELLED.value]),
            )
            .order_by(Activity.id)
        ).all()
    return [(r.action, r.user_id) for r in rows]


def test_undoing_a_label_someone_else_took_off_since_is_refused(
    ws: Workspace, ben: Workspace, team: Team
) -> None:
    cid = team.candidate_id
    assert ws.labels.add([cid], "VIP") == 1
    assert ben.labels.remove([cid], "VIP") == 1
    with pytest.raises(LabelConflict) as refused:
        ws.undo()
    assert str(refused.value) == (
        f"cannot undo 'Label 1 VIP': someone else took VIP off Maria Santos (#{cid}) "
        "by Ben Cruz since"
    )
    assert refused.value.ids == (cid,)
    assert "VIP" not in _labels(ws, cid)
    assert ws.undo_stack.undo_text is None  # the refused step left the history
    assert _label_log(ws, cid) == [("labelled", ws.user_id), ("unlabelled", ben.user_id)]
    assert ben.undo() == "Unlabel 1 VIP"  # Ben's own action is his to undo
    assert "VIP" in _labels(ws, cid)


def test_undoing_an_unlabel_someone_else_put_back_is_refused_as_a_whole(
    ws: Workspace, ben: Workspace, team: Team
) -> None:
    cid = team.candidate_id
    other = ws.intake.add_candidate(team.campaign_id, first_name="Jose", email="jose@example.com")
    ws.labels.add([cid, other], "Night shift")
    assert ws.labels.remove([cid, other], "Night shift") == 2
    ben.labels.add([cid], "Night shift")
    with pytest.raises(LabelConflict, match=r"someone else put Night shift on Maria Santos"):
        ws.undo()
    assert "Night shift" not in _labels(ws, other)  # nothing of the undo was done
    assert ws.undo_stack.undo_text == "Label 2 Night shift"  # the step before it is next


def test_redo_is_refused_too_when_someone_else_changed_the_label_since(
    ws: Workspace, ben: Workspace, team: Team
) -> None:
    cid = team.candidate_id
    ws.labels.add([cid], "VIP")
    assert ws.undo() == "Label 1 VIP"
    ben.labels.add([cid], "VIP")
    with pytest.raises(LabelConflict, match=r"^cannot redo 'Label 1 VIP': someone else put VIP"):
        ws.redo()


def test_ones_own_label_changes_undo_and_redo(ws: Workspace, team: Team) -> None:
    cid = team.candidate_id
    other = ws.intake.add_candidate(team.campaign_id, first_name="Jose", email="jose@example.com")
    ws.labels.add([cid, other], "VIP")
    assert ws.undo() == "Label 2 VIP"
    assert "VIP" not in _labels(ws, cid)
    assert ws.redo() == "Label 2 VIP"
    assert "VIP" in _labels(ws, other)
    assert ws.labels.remove([other], "VIP") == 1
    assert ws.undo() == "Unlabel 1 VIP"
    assert ws.undo() == "Label 2 VIP"
    assert "VIP" not in _labels(ws, cid) + _labels(ws, other)
