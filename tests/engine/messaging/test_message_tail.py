"""A conversation's newest messages read alone, and its size counted without reading it."""

from __future__ import annotations

from datetime import timedelta

import pytest

from talkpush_desktop.engine.dto import CampaignInfo
from talkpush_desktop.engine.errors import NotFoundError
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.storage.models import Message


def test_newest_messages_in_history_order(ws: Workspace, campaign: CampaignInfo) -> None:
    cid = ws.intake.add_candidate(
        campaign.id, first_name="Lea", last_name="Cruz", email="l@example.com"
    )
    for n in range(5):
        ws.messaging.add_comment(cid, f"note {n}")
    with ws.transaction() as s:  # stored last, written first: history is by time
        s.add(
            Message(
                candidate_id=cid,
                direction="in",
                channel="sms",
                kind="candidate",
                body="early",
                state="received",
                created_at=utcnow() - timedelta(days=3),
            )
        )
    everything = ws.messaging.messages(cid)
    assert everything[0].body == "early" and ws.messaging.message_count(cid) == 6
    assert ws.messaging.messages(cid, last=3) == everything[-3:]
    assert ws.messaging.messages(cid, last=10) == everything
    with pytest.raises(NotFoundError):
        ws.messaging.messages(cid + 100, last=3)
