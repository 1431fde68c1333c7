"""The chat pane's Actions follow the folder and the campaign settings: Send Invitation SMS
only with the campaign's invitation SMS enabled and before the interview; Robocall and Call
Candidate only with a voice provider and a phone; Stop/Resume Bot by the candidate's state,
each change also a bot event bubble in the conversation."""

from __future__ import annotations

import pytest

from talkpush_desktop.engine.dto import CampaignInfo
from talkpush_desktop.engine.errors import ValidationError
from talkpush_desktop.engine.messaging.chat_actions import (
    CALL,
    INVITE_SMS,
    RESUME_BOT,
    ROBOCALL,
    STOP_BOT,
    TOKENS,
)
from talkpush_desktop.engine.workspace import Workspace


@pytest.fixture
def maria(ws: Workspace, campaign: CampaignInfo) -> int:
    return ws.intake.add_candidate(
        campaign.id, first_name="Maria", email="maria@example.com", phone="0917 123 4567"
    )


def names(ws: Workspace, cid: int) -> tuple[str, ...]:
    return ws.chat_actions.available(cid).names


def test_the_menu_follows_the_campaign_settings_and_the_folder(
    ws: Workspace, campaign: CampaignInfo, maria: int, memory_keyring: object
) -> None:
    ws.messaging.set_template(campaign.id, "invitation", "sms", enabled=False)
    assert names(ws, maria) == (TOKENS, CALL, STOP_BOT)  # the sandbox carries voice
    ws.interview.add_step(campaign.id, "question", "Tell us about yourself")
    ws.messaging.set_template(campaign.id, "invitation", "sms", enabled=True)
    assert names(ws, maria) == (TOKENS, ROBOCALL, CALL, INVITE_SMS, STOP_BOT)
    ws.candidates.move([maria], "Shortlisted")
    assert INVITE_SMS not in names(ws, maria)
    twilio = {"account_sid": "AC" + "0" * 32, "from_number": "+15005550006"}
    ws.providers.configure("sms", "twilio", twilio, "auth-token")  # voice left on the sandbox
    assert names(ws, maria) == (TOKENS, STOP_BOT)
    no_phone = ws.intake.add_candidate(campaign.id, first_name="Ana", email="ana@example.com")
    assert names(ws, no_phone) == (TOKENS, STOP_BOT)


def test_stop_and_resume_are_bot_events_in_the_conversation(ws: Workspace, maria: int) -> None:
    assert ws.chat_actions.set_bot_stopped(maria, True)
    assert not ws.chat_actions.set_bot_stopped(maria, True)  # already stopped: no bubble
    assert RESUME_BOT in names(ws, maria)
    assert ws.chat_actions.set_bot_stopped(maria, False)
    events = [(m.kind, m.channel, m.body) for m in ws.messaging.messages(maria)]
    assert events[-2:] == [
        ("bot", "internal", events[-2][2]),
        ("bot", "internal", events[-1][2]),
    ]
    assert events[-2][2].startswith("Bot stopped by ")
    assert events[-1][2].startswith("Bot resumed by ")
    assert STOP_BOT in names(ws, maria)


def test_send_invitation_sms_queues_only_the_sms(
    ws: Workspace, campaign: CampaignInfo, maria: int
) -> None:
    ws.messaging.set_template(campaign.id, "invitation", "sms", enabled=True)
    before = len(ws.messaging.messages(maria))
    mid = ws.chat_actions.send_invitation_sms(maria)
    new = ws.messaging.messages(maria)[before:]
    assert [(m.id, m.channel, m.state) for m in new] == [(mid, "sms", "queued")]
    ws.messaging.set_template(campaign.id, "invitation", "sms", enabled=False)
    with pytest.raises(ValidationError, match="invitation SMS is not enabled"):
        ws.chat_actions.send_invitation_sms(maria)
