"""The bot and templates on a channel nothing carries: skipped with the reason, no error."""

from __future__ import annotations

from talkpush_desktop.engine.dto import CampaignInfo
from talkpush_desktop.engine.messaging import sending
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.storage.models import MessageKind

SMTP = {"host": "127.0.0.1", "port": 2525, "from_address": "hr@example.com"}


def test_the_bot_on_an_unconnected_channel_is_skipped_not_raised(
    ws: Workspace, campaign: CampaignInfo
) -> None:
    cid = ws.intake.add_candidate(campaign.id, first_name="Ana", email="ana@example.com")
    ws.providers.configure("email", "smtp", SMTP)
    before = len(ws.messaging.messages(cid))
    with ws.transaction() as s:
        out = sending.queue(
            s,
            ws.company_id,
            [cid],
            sending.Draft("Question 1 of 4", "web", kind=MessageKind.BOT),
            user_id=None,
            at=utcnow(),
        )
    assert out.message_ids == {}
    [(skipped, reason)] = out.skipped
    assert skipped == cid and reason.startswith("Web chat is not connected")
    assert len(ws.messaging.messages(cid)) == before
    assert ws.messaging.channel_status()["web"] == reason
    assert ws.messaging.channel_status()["sms"] == ""
