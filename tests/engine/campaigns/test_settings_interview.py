"""``ws.campaign_settings.save`` stores the interview's steps in the same transaction as
every other tab: step problems are keyed ``interview.steps.N.FIELD``, nothing is kept when
one is wrong, and the undo step puts the steps back too."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from support.audio import write_wav

from talkpush_desktop.engine.campaigns.basic import Basic
from talkpush_desktop.engine.campaigns.snapshot import SettingsDraft
from talkpush_desktop.engine.errors import FieldErrors
from talkpush_desktop.engine.interview.steps import AUDIO_FOLDER, StepDraft
from talkpush_desktop.engine.workspace import Workspace


def _audio_files(ws: Workspace) -> list[str]:
    folder = ws.data_dir / AUDIO_FOLDER
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_a_new_campaign_is_made_with_its_interview_in_one_save(
    ws: Workspace, tmp_path: Path
) -> None:
    wav = str(write_wav(tmp_path / "q.wav", 1.5))
    draft = SettingsDraft(
        Basic("Nights", "PH"),
        interview=(
            StepDraft("introduction", "Hello"),
            StepDraft("question", "Why us?", "audio", wav),
            StepDraft("question", "When can you start?", "text"),
        ),
    )
    made = ws.campaign_settings.save(None, draft)
    assert made.id is not None
    assert [(i.section, i.text, i.audio_seconds) for i in made.interview] == [
        ("introduction", "Hello", 0.0),
        ("question", "Why us?", 1.5),
        ("question", "When can you start?", 0.0),
    ]
    assert made.interview[1].audio_path.startswith(f"{AUDIO_FOLDER}/campaign-{made.id}-")
    assert ws.interview.list_steps(made.id) == list(made.interview)
    assert ws.campaign_settings.show(made.id).interview == made.interview


def test_step_problems_are_keyed_by_step_and_nothing_is_kept(ws: Workspace, tmp_path: Path) -> None:
    png = tmp_path / "photo.wav"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    good = str(write_wav(tmp_path / "good.wav", 1.0))
    draft = SettingsDraft(
        Basic("Nights", "PH"),
        interview=(
            StepDraft("question", "Why us?", "audio", good),
            StepDraft("question", "  ", "audio"),
            StepDraft("question", "Where?", "audio", str(png)),
        ),
    )
    with pytest.raises(FieldErrors) as caught:
        ws.campaign_settings.save(None, draft)
    details = caught.value.details
    assert set(details) == {"interview.steps.2.text", "interview.steps.3.audio"}
    assert details["interview.steps.2.text"] == "step 2 (question) needs a text"
    assert "PNG" in details["interview.steps.3.audio"]
    assert ws.campaigns.all() == [] and _audio_files(ws) == []

    order = replace(
        draft,
        interview=(StepDraft("question", "Why?"), StepDraft("introduction", "Hello")),
    )
    with pytest.raises(FieldErrors) as caught:
        ws.campaign_settings.save(None, order)
    assert list(caught.value.details) == ["interview.steps.2.section"]
    # a wrong basic field with good steps: the recording is not copied either
    with pytest.raises(FieldErrors) as caught:
        ws.campaign_settings.save(
            None, SettingsDraft(Basic("", "PH"), interview=draft.interview[:1])
        )
    assert list(caught.value.details) == ["basic.title"]
    assert ws.campaigns.all() == [] and _audio_files(ws) == []


def test_a_step_with_answers_is_kept_and_the_whole_save_refused(
    ws: Workspace, tmp_path: Path
) -> None:
    made = ws.campaign_settings.save(
        None, SettingsDraft(Basic("Nights", "PH"), interview=(StepDraft("question", "Why?"),))
    )
    assert made.id is not None
    cid = ws.intake.add_candidate(made.id, first_name="Ana", last_name="Cruz", email="a@x.io")
    ws.interview.record(cid, made.interview[0].id, text="Because")
    with pytest.raises(FieldErrors) as caught:
        ws.campaign_settings.save(
            made.id, replace(made.draft(), basic=Basic("Days", "PH"), interview=())
        )
    assert "has answers from 1 candidate" in caught.value.details["interview.steps"]
    assert ws.campaign_settings.show(made.id).basic.title == "Nights"  # nothing kept


def test_undo_of_a_settings_save_puts_the_steps_and_recordings_back(
    ws: Workspace, tmp_path: Path
) -> None:
    first = str(write_wav(tmp_path / "first.wav", 1.0))
    made = ws.campaign_settings.save(
        None,
        SettingsDraft(
            Basic("Nights", "PH"),
            interview=(
                StepDraft("question", "Why us?", "audio", first),
                StepDraft("closing", "Bye"),
            ),
        ),
    )
    assert made.id is not None
    before = ws.campaign_settings.show(made.id)
    second = str(write_wav(tmp_path / "second.wav", 2.0))
    changed = ws.campaign_settings.save(
        made.id,
        replace(
            before.draft(),
            basic=Basic("Days", "PH"),
            interview=(
                replace(before.draft().interview[0], audio=second),  # type: ignore[index]
                StepDraft("question", "When?", "text"),
            ),
        ),
    )
    assert [(i.text, i.audio_seconds) for i in changed.interview] == [
        ("Why us?", 2.0),
        ("When?", 0),
    ]
    assert ws.undo() == "Change Campaign Settings of Days"
    undone = ws.campaign_settings.show(made.id)  # the closing step is back, same audio
    assert undone.interview[0] == before.interview[0]  # kept, with its id
    assert undone == replace(before, interview=undone.interview)
    # a removed step had no answers: it comes back new (SQLite may give it its old id again)
    assert [replace(i, id=0) for i in undone.interview] == [
        replace(i, id=0) for i in before.interview
    ]
    ws.redo()
    again = ws.campaign_settings.show(made.id)
    assert again.basic.title == "Days"
    assert [(i.text, i.audio_path, i.audio_seconds) for i in again.interview][0] == (
        "Why us?",
        changed.interview[0].audio_path,
        2.0,
    )
    assert [i.text for i in again.interview] == ["Why us?", "When?"]
