"""One candidate in full for the profile pane: the list line, profile fields, referee,
interview answers and the invitation problem."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from talkpush_desktop.engine.candidates import labels
from talkpush_desktop.engine.company import campaign_access
from talkpush_desktop.engine.dto import CandidateDetail, CandidateRow, ResponseInfo
from talkpush_desktop.engine.messaging import ats_pushes, invitations
from talkpush_desktop.storage.models import InterviewQuestion, InterviewResponse


def detail(
    session: Session, company_id: int, candidate_id: int, titles: Mapping[int, str]
) -> CandidateDetail:
    c = campaign_access.candidate(session, company_id, candidate_id)
    tags = labels.labels_of(session, [c.id])
    row = CandidateRow(
        c.id,
        c.campaign_id,
        titles.get(c.campaign_id, ""),
        c.first_name,
        c.last_name,
        c.email,
        c.phone,
        c.folder,
        c.source,
        c.added_at,
        c.completed_at,
        c.last_message_preview,
        c.unread,
        tags.get(c.id, ()),
    )
    responses = [
        ResponseInfo(
            q.id,
            q.text,
            r.answer_type,
            r.text,
            r.audio_path,
            r.transcript,
            r.created_at,
            r.transcript_state,
            r.transcript_note,
        )
        for r, q in session.execute(
            select(InterviewResponse, InterviewQuestion)
            .join(InterviewQuestion, InterviewQuestion.id == InterviewResponse.question_id)
            .where(InterviewResponse.candidate_id == c.id)
            .order_by(InterviewQuestion.position)
        )
    ]
    referee = {
        "first_name": c.referee_first_name,
        "last_name": c.referee_last_name,
        "id": c.referee_id,
        "email": c.referee_email,
        "mobile": c.referee_mobile,
        "account": c.referee_account,
    }
    return CandidateDetail(
        row,
        c.school_name,
        c.gender,
        list(c.employment),
        list(c.links),
        referee,
        dict(c.others),
        c.cv_path,
        c.access_code,
        c.pin_expires_at,
        c.bot_stopped,
        responses,
        invitations.problem(session, c.id, c.folder),
        ats_pushes.pushes(session, c.id),
        c.cv_text,
    )
