"""Inquiries: people who write to a campaign in Messenger's *inquiry* mode (seed 000,
"Setting up a job posting for Facebook Messenger": "inquiry type").

They state their question and a recruiter answers it in the chat pane: the interview bot
does not interview them (:mod:`engine.interview.bot`), and each of them carries the
``Inquiry`` label from their first message on, so the campaign's list shows (and the label
filter finds) who waits for an answer. A recruiter takes the label off once answered.
Senders nobody knows land in the company's inquiry campaign (:mod:`.inbound`).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from talkpush_desktop.engine.candidates import labels
from talkpush_desktop.storage.models import Campaign, Candidate

INQUIRY_CAMPAIGN = "Inquiries"
"""The campaign unknown senders join when the company has no campaign in inquiry mode."""
INQUIRY_LABEL = "Inquiry"
INQUIRY_MODE = "inquiry"


def is_inquiry(session: Session, campaign_id: int) -> bool:
    """Whether the campaign's Messenger posting is an inquiry type."""
    mode = session.scalar(select(Campaign.messenger_mode).where(Campaign.id == campaign_id))
    return mode == INQUIRY_MODE


def mark(session: Session, company_id: int, candidate_id: int, at: datetime) -> bool:
    """Label the candidate an inquiry if their campaign takes inquiries; whether it does."""
    campaign_id = session.scalar(select(Candidate.campaign_id).where(Candidate.id == candidate_id))
    if campaign_id is None or not is_inquiry(session, campaign_id):
        return False
    labels.apply(session, company_id, [candidate_id], INQUIRY_LABEL, add=True, user_id=None, at=at)
    return True
