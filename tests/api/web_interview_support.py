"""A campaign with an interview of three questions (audio, text, audio or text), a candidate
invited to it, and the workspace's public URL set so the web dial-out links exist."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from talkpush_desktop.engine.dto import CampaignInfo
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.storage.models import Candidate, InterviewResponse

INTERVIEW = [
    ("introduction", "Hi, this is the interview for Customer Service in Manila.", "text"),
    ("privacy", "Your answers are kept for your application only.", "text"),
    ("instructions", "Record or type each answer, then save it.", "text"),
    ("question", "Tell us about yourself.", "audio"),
    ("question", "How many years of experience do you have?", "text"),
    ("question", "Why do you want this job?", "audio_text"),
    ("closing", "Thank you, we will be in touch.", "text"),
]


def invited(ws: Workspace, campaign: CampaignInfo, public_url: str) -> tuple[int, list[int]]:
    """Maria in ``campaign`` with :data:`INTERVIEW`; the question ids in order."""
    ids = ws.interview.set_steps(campaign.id, INTERVIEW)
    ws.campaign_settings.update(campaign.id, web_dial_out=True)
    ws.company.set_public_url(public_url)
    cid = ws.intake.add_candidate(
        campaign.id, first_name="Maria", last_name="Santos", phone="09171234567"
    )
    return cid, ids[3:6]


def token_of(link: str) -> str:
    return link.split("/webdialout/", 1)[1].split("?", 1)[0]


def folder_of(ws: Workspace, candidate_id: int) -> str:
    with ws.reading() as s:
        c = s.get(Candidate, candidate_id)
        assert c is not None
        return c.folder


def answers(ws: Workspace, candidate_id: int) -> dict[int, tuple[str, str, str]]:
    """``question id -> (answer_type, text, audio_path)``."""
    with ws.reading() as s:
        rows = s.execute(
            select(
                InterviewResponse.question_id,
                InterviewResponse.answer_type,
                InterviewResponse.text,
                InterviewResponse.audio_path,
            ).where(InterviewResponse.candidate_id == candidate_id)
        )
        return {q: (kind, text, audio) for q, kind, text, audio in rows}


def recording(ws: Workspace, audio_path: str) -> Path:
    return Path(ws.data_dir) / audio_path
