"""The interview creator: steps in order, recordings checked by what they hold, the advice
on long interviews, and the chat bot and phone plan reading what it stored."""

from __future__ import annotations

import re
import struct
from pathlib import Path

import pytest
from support.audio import write_wav

from talkpush_desktop.engine.dto import CampaignInfo
from talkpush_desktop.engine.errors import ValidationError
from talkpush_desktop.engine.interview import bot, call_script
from talkpush_desktop.engine.interview.steps import StepDraft
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.storage.models import Candidate


def make_mp3(path: Path, frames: int = 40) -> Path:
    """MPEG-1 Layer III frames, 128 kbit/s at 44.1 kHz (417 bytes each, silent)."""
    header = struct.pack(">I", 0xFFFB9000)
    path.write_bytes((header + bytes(413)) * frames)
    return path


def stored_files(ws: Workspace) -> list[str]:
    folder = ws.data_dir / "interview_audio"
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_steps_go_where_their_section_goes(
    ws: Workspace, campaign: CampaignInfo, tmp_path: Path
) -> None:
    q1 = ws.interview.add_step(
        campaign.id,
        "question",
        "Why us?",
        answer_type="audio-text",
        audio=str(write_wav(tmp_path / "q.wav", 2.5)),
    )
    ws.interview.add_step(campaign.id, "closing", "Thank you!")
    ws.interview.add_step(campaign.title, "intro", "Welcome to Acme.")
    ws.interview.add_step(campaign.id, "question", "Night shift?", answer_type="text")
    ws.interview.add_step(campaign.id, "privacy", "This call is recorded.")
    steps = ws.interview.list_steps(campaign.id)
    assert [(s.section, s.text) for s in steps] == [
        ("introduction", "Welcome to Acme."),
        ("privacy", "This call is recorded."),
        ("question", "Why us?"),
        ("question", "Night shift?"),
        ("closing", "Thank you!"),
    ]
    assert q1.audio_seconds == 2.5 and q1.audio_path.startswith("interview_audio/")
    assert q1.to_json()["answer_type"] == "audio-text"
    assert (ws.data_dir / q1.audio_path).read_bytes() == (tmp_path / "q.wav").read_bytes()
    # questions reorder among themselves; a question cannot go before the introduction
    night = steps[3].id
    assert [s.text for s in ws.interview.move_step(night, 3)][2] == "Night shift?"
    with pytest.raises(ValidationError, match="cannot come after"):
        ws.interview.move_step(night, 1)
    with pytest.raises(ValidationError, match="one introduction only"):
        ws.interview.add_step(campaign.id, "intro", "Hello again")
    # the chat bot and the phone plan read the same rows
    with ws.reading() as s:
        assert [q.text for q in bot.ordered_steps(s, campaign.id)][2] == "Night shift?"


def test_more_than_four_questions_warns(ws: Workspace, campaign: CampaignInfo) -> None:
    for n in range(4):
        ws.interview.add_step(campaign.id, "question", f"Question {n}?")
    assert ws.interview.warnings(ws.interview.list_steps(campaign.id)) == []
    ws.interview.add_step(campaign.id, "question", "One more?")
    [warning] = ws.interview.warnings(ws.interview.list_steps(campaign.id))
    assert "5 questions" in warning and "completion rate" in warning


@pytest.mark.parametrize(
    "bad",
    [
        ("photo.mp3", b"\x89PNG\r\n\x1a\n" + bytes(200), "holds a PNG image, renamed .mp3"),
        ("empty.wav", b"", "is empty (0 bytes)"),
        ("voice.ogg", b"OggS" + bytes(200), "only .wav and .mp3"),
        ("photo.wav", b"\x89PNG\r\n\x1a\n" + bytes(200), "holds a PNG image, renamed .wav"),
    ],
)
def test_bad_recordings_are_refused_and_nothing_is_stored(
    ws: Workspace, campaign: CampaignInfo, tmp_path: Path, bad: tuple[str, bytes, str]
) -> None:
    name, content, message = bad
    (tmp_path / name).write_bytes(content)
    with pytest.raises(ValidationError, match=re.escape(message)):
        ws.interview.add_step(campaign.id, "question", "Why us?", audio=str(tmp_path / name))
    assert ws.interview.list_steps(campaign.id) == []
    assert stored_files(ws) == []


def test_a_truncated_wav_is_refused(ws: Workspace, campaign: CampaignInfo, tmp_path: Path) -> None:
    whole = write_wav(tmp_path / "whole.wav", 2.0).read_bytes()
    (tmp_path / "cut.wav").write_bytes(whole[: len(whole) // 3])
    with pytest.raises(ValidationError, match=r"cut.wav is truncated: .* 2.0 s .* 0.7 s"):
        ws.interview.add_step(campaign.id, "question", "Why?", audio=str(tmp_path / "cut.wav"))
    assert ws.interview.list_steps(campaign.id) == [] and stored_files(ws) == []


def test_an_mp3_is_read_by_content_with_its_length(
    ws: Workspace, campaign: CampaignInfo, tmp_path: Path
) -> None:
    info = ws.interview.check_audio(str(make_mp3(tmp_path / "hello.mp3")))
    assert info.kind == "mp3" and info.seconds == pytest.approx(40 * 1152 / 44100, abs=0.05)


def test_save_keeps_ids_and_answers_and_refuses_losing_them(
    ws: Workspace, campaign: CampaignInfo, tmp_path: Path
) -> None:
    q = ws.interview.add_step(
        campaign.id, "question", "Why us?", audio=str(write_wav(tmp_path / "a.wav"))
    )
    other = ws.interview.add_step(campaign.id, "question", "Salary?")
    cid = ws.intake.add_candidate(campaign.id, first_name="Ana", last_name="Cruz", email="a@x.io")
    ws.interview.record(cid, q.id, text="Because.")
    drafts = [
        StepDraft("question", "Why Acme?", "audio", q.audio_path, q.id),
        StepDraft("intro", "Hi", "text"),
    ]
    with pytest.raises(ValidationError, match="cannot come after"):
        ws.interview.save_steps(campaign.id, drafts)
    saved = ws.interview.save_steps(campaign.id, drafts[::-1])
    assert [(s.id, s.text, s.audio_path) for s in saved][1] == (q.id, "Why Acme?", q.audio_path)
    assert other.id not in {s.id for s in saved}
    assert ws.candidates.get(cid).responses[0].text == "Because."
    with pytest.raises(ValidationError, match="has answers from 1 candidate"):
        ws.interview.remove_step(q.id)
    with ws.reading() as s:
        c = s.get(Candidate, cid)
        assert c is not None
        plan = call_script.plan(s, c)
    assert plan[0]["say"] == ["Hi", "Question 1 of 1. Why Acme?"]
