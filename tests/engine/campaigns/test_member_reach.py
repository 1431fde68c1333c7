"""Every path that takes a campaign or a candidate keeps a manager who is not an owner to
the campaigns they are a member of (``campaign_access``): conversations, the outbox,
calls, ATS pushes, assessments, analytics, drill-downs and exports. The owner sees all."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from talkpush_desktop.engine.analytics.series import Drill
from talkpush_desktop.engine.candidates.filters import CandidateFilter
from talkpush_desktop.engine.errors import NotFoundError
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.engine.workspace import Workspace
from tests.support.campaign_reach import Scene, set_up

NOT_FOUND = "no candidate with id"


@pytest.fixture
def scene(workspace_dir: Path) -> Scene:
    with Workspace.open(data_dir=workspace_dir) as ws:
        return set_up(ws)


@pytest.fixture
def ana(workspace_dir: Path, scene: Scene) -> Iterator[Workspace]:  # noqa: ARG001 (set up)
    with Workspace.open(data_dir=workspace_dir, user="ana@example.com") as ws:
        yield ws


@pytest.fixture
def owner(workspace_dir: Path, scene: Scene) -> Iterator[Workspace]:  # noqa: ARG001 (set up)
    with Workspace.open(data_dir=workspace_dir) as ws:
        yield ws


def test_a_conversation_of_another_campaign_is_not_found(ana: Workspace, scene: Scene) -> None:
    assert [m.body for m in ana.messaging.messages(scene.mine)] == ["shared note"]
    with pytest.raises(NotFoundError, match=NOT_FOUND):
        ana.messaging.messages(scene.secret)
    with pytest.raises(NotFoundError, match=NOT_FOUND):
        ana.messaging.messages(scene.secret, last=5)
    assert ana.messaging.message_count(scene.mine) == 1
    assert ana.messaging.message_count(scene.secret) == 0


def test_the_owner_reads_every_conversation(owner: Workspace, scene: Scene) -> None:
    assert [m.body for m in owner.messaging.messages(scene.secret)] == ["owner's note"]
    assert owner.messaging.message_count(scene.secret) == 1


def test_writing_to_a_hidden_candidate_is_refused(ana: Workspace, scene: Scene) -> None:
    for act in (
        lambda: ana.messaging.add_comment(scene.secret, "peek"),
        lambda: ana.messaging.set_bot_stopped(scene.secret, True),
        lambda: ana.messaging.token_values(scene.secret),
        lambda: ana.messaging.render_message(scene.secret, "Hi {{first_name}}"),
        lambda: ana.interview.complete(scene.secret),
    ):
        with pytest.raises(NotFoundError, match=NOT_FOUND):
            act()
    assert ana.messaging.token_values(scene.mine)  # their own: fine


def test_the_outbox_counts_and_retries_only_reachable_messages(
    ana: Workspace, owner: Workspace, scene: Scene
) -> None:
    owner.messaging.queue_message(scene.secret, "hello Hal", "email")
    owner.messaging.queue_message(scene.mine, "hello Sam", "email")
    assert sum(owner.messaging.outbox_status().values()) == 2
    assert sum(ana.messaging.outbox_status().values()) == 1
    secret_id = owner.messaging.messages(scene.secret)[-1].id
    with pytest.raises(NotFoundError, match=f"no outgoing message with id {secret_id}"):
        ana.messaging.retry_messages([secret_id])


def test_calls_and_ats_pushes_of_a_hidden_candidate(ana: Workspace, scene: Scene) -> None:
    with pytest.raises(NotFoundError, match=NOT_FOUND):
        ana.ats.pushes(scene.secret)
    with pytest.raises(NotFoundError, match=NOT_FOUND):
        ana.calls.robocall(scene.secret)
    assert ana.ats.pushes(scene.mine) == []
    assert ana.calls.history(scene.secret) == []


def test_assessment_invitations_of_a_hidden_candidate(ana: Workspace, scene: Scene) -> None:
    with pytest.raises(NotFoundError, match=f"no candidate with id {scene.secret}"):
        ana.assessments.invitations(scene.secret)
    assert ana.assessments.invitations(scene.mine) == []


def test_one_hidden_campaign_lists_and_counts_nothing(
    ana: Workspace, owner: Workspace, scene: Scene
) -> None:
    hidden = CandidateFilter(campaign_id=scene.hidden)
    assert ana.candidates.page(hidden) == []
    assert ana.candidates.count(hidden) == 0
    assert sum(ana.candidates.folder_counts(scene.hidden).values()) == 0
    assert ana.candidates.count(CandidateFilter(campaign_id=scene.shared)) == 1
    assert ana.candidates.known_count(CandidateFilter(campaign_id=scene.shared)) == 1
    assert owner.candidates.count(hidden) == 2
    assert sum(owner.candidates.folder_counts(scene.hidden).values()) == 2


def _frame() -> tuple[date, date]:
    today = utcnow().date()
    return today - timedelta(days=1), today + timedelta(days=1)


def test_analytics_counts_only_the_managers_campaigns(
    ana: Workspace, owner: Workspace, scene: Scene
) -> None:
    start, end = _frame()
    added = sum(ana.analytics.dashboard(start, end).overview.values["added"])
    assert added == 1
    asked = ana.analytics.dashboard(start, end, [scene.hidden])
    assert sum(asked.overview.values["added"]) == 0
    everyone = owner.analytics.dashboard(start, end)
    assert sum(everyone.overview.values["added"]) == 3


def test_a_drill_down_holds_only_the_managers_candidates(ana: Workspace, owner: Workspace) -> None:
    start, end = _frame()
    drill = Drill("overview", "added", start, end)
    assert ana.candidates.drill_down(drill).count == 1
    assert owner.candidates.drill_down(drill).count == 3


def test_exports_leave_out_other_campaigns(
    ana: Workspace, owner: Workspace, scene: Scene, tmp_path: Path
) -> None:
    start, end = _frame()
    assert [u.campaign_id for u in ana.exports.sms_usage(start, end)] == [scene.shared]
    assert len(owner.exports.sms_usage(start, end)) == 2
    with pytest.raises(NotFoundError):
        ana.exports.campaign(scene.hidden, tmp_path / "hidden.xlsx")
    with pytest.raises(NotFoundError, match=NOT_FOUND):
        ana.exports.ats_candidates([scene.mine, scene.secret])
    with pytest.raises(NotFoundError, match=NOT_FOUND):
        ana.exports.ats_json_file([scene.secret], tmp_path / "ats.json")
    assert not (tmp_path / "hidden.xlsx").exists() and not (tmp_path / "ats.json").exists()
    assert len(ana.exports.ats_candidates([scene.mine])) == 1


def test_import_batches_of_another_campaign(
    ana: Workspace, owner: Workspace, scene: Scene, tmp_path: Path
) -> None:
    sheet = tmp_path / "people.csv"
    sheet.write_text("Pia,Reyes,pia@example.com,63,9171234567,\n")
    done = owner.intake.import_csv(sheet, scene.hidden)
    assert done.imported == 1
    assert [b["id"] for b in owner.intake.batches()] == [done.batch_id]
    assert ana.intake.batches() == []
    with pytest.raises(NotFoundError, match=f"no import batch with id {done.batch_id}"):
        ana.intake.undo_import(done.batch_id)
    with pytest.raises(NotFoundError, match="no campaign"):
        ana.intake.import_csv(sheet, scene.hidden)
    assert owner.candidates.count(CandidateFilter(campaign_id=scene.hidden)) == 3
