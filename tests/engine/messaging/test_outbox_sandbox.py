"""The outbox over the sandbox provider: queue, deliver, reply, retry, bulk with problems."""

from __future__ import annotations

import asyncio

import pytest

from talkpush_desktop.engine.dto import CampaignInfo
from talkpush_desktop.engine.errors import ValidationError
from talkpush_desktop.engine.messaging.sync import SyncWorker
from talkpush_desktop.engine.workspace import Workspace


def _sync(ws: Workspace) -> dict[str, object]:
    worker = SyncWorker(ws.context)
    try:
        return asyncio.run(worker.run(once=True)).to_json()
    finally:
        worker.close()


@pytest.fixture
def maria(ws: Workspace, campaign: CampaignInfo) -> int:
    return ws.intake.add_candidate(
        campaign.id, first_name="Maria", last_name="Santos", phone="09171234567"
    )


def test_a_queued_sms_reaches_the_simulated_phone_once(ws: Workspace, maria: int) -> None:
    queued = ws.messaging.queue_message(maria, "Hi <%= @candidate_first_name %>!", "sms")
    assert queued.state == "queued"
    assert queued.body == "Hi Maria!"
    assert _sync(ws)["sent"] == 1
    assert [m.body for m in ws.providers.sandbox_inbox("+639171234567")] == ["Hi Maria!"]
    [bubble] = [m for m in ws.messaging.messages(maria) if m.id == queued.id]
    assert bubble.state == "delivered"
    assert _sync(ws)["sent"] == 0  # nothing is sent twice
    assert len(ws.providers.sandbox_inbox("+639171234567")) == 1


def test_a_reply_lands_in_the_candidates_history(ws: Workspace, maria: int) -> None:
    ws.providers.sandbox_reply("+639171234567", "Yes, I am interested")
    assert _sync(ws)["received"] == 1
    last = ws.messaging.messages(maria)[-1]
    assert (last.direction, last.kind, last.body) == ("in", "candidate", "Yes, I am interested")
    assert ws.candidates.get(maria).row.unread
    assert _sync(ws)["received"] == 0  # pulled once


def test_an_unknown_sender_becomes_an_inquiry(ws: Workspace, maria: int) -> None:
    ws.providers.sandbox_reply("+639998887777", "Are you hiring nurses?")
    _sync(ws)
    inquiries = ws.campaigns.get("Inquiries")
    [row] = [r for r in ws.candidates.page() if r.campaign_id == inquiries.id]
    assert row.phone == "+639998887777"
    assert row.source == "Inquiry (sms)"
    assert ws.messaging.messages(row.id)[-1].body == "Are you hiring nurses?"


def test_problems_are_refused_before_sending(ws: Workspace, maria: int) -> None:
    with pytest.raises(ValidationError, match="@referee is empty"):
        ws.messaging.queue_message(maria, "Referred by <%= @referee %>", "sms")
    with pytest.raises(ValidationError, match="did you mean @candidate_name"):
        ws.messaging.queue_message(maria, "Hi <%= @candidat_name %>", "sms")
    with pytest.raises(ValidationError, match="no email"):
        ws.messaging.queue_message(maria, "Hello", "email")
    assert ws.messaging.outbox_status() == {}
    ok = ws.messaging.queue_message(maria, 'Referred by <%= @referee || "a friend" %>', "sms")
    assert ok.body == "Referred by a friend"


def test_bulk_send_skips_whom_it_cannot_reach(
    ws: Workspace, campaign: CampaignInfo, maria: int
) -> None:
    emailer = ws.intake.add_candidate(campaign.id, first_name="Jose", email="jose@example.com")
    result = ws.messaging.send_messages([maria, emailer], "Hi <%= @candidate_first_name %>", "sms")
    assert list(result.message_ids) == [maria]
    assert result.skipped == [(emailer, "sms: the candidate has no phone number")]
    auto = ws.messaging.send_messages([maria, emailer], "Hello <%= @candidate_first_name %>")
    assert sorted(auto.message_ids) == sorted([maria, emailer])  # SMS or email by contact
    assert _sync(ws)["sent"] == 3
    [mail] = ws.providers.sandbox_inbox("jose@example.com")
    assert (mail.channel, mail.body) == ("email", "Hello Jose")
    assert "My Company" in mail.subject


def test_a_failed_message_can_be_retried(ws: Workspace, maria: int) -> None:
    queued = ws.messaging.queue_message(maria, "Hello", "sms")
    with ws.transaction() as s:
        from talkpush_desktop.storage.models import Message

        message = s.get(Message, queued.id)
        assert message is not None
        message.state, message.error = "failed", "Attempt to send to unsubscribed recipient"
    [bubble] = [m for m in ws.messaging.messages(maria) if m.id == queued.id]
    assert bubble.error == "Attempt to send to unsubscribed recipient"
    assert ws.messaging.retry_messages([queued.id]) == 1
    assert _sync(ws)["sent"] == 1
    assert ws.messaging.outbox_status() == {"delivered": 1}


def test_the_sync_worker_moves_expired_pins_to_no_response(ws: Workspace, maria: int) -> None:
    from datetime import datetime

    from talkpush_desktop.storage.models import Candidate

    with ws.transaction() as s:
        c = s.get(Candidate, maria)
        assert c is not None
        c.pin_expires_at = datetime(2000, 1, 1)
    assert _sync(ws)["expired_pins"] == 1
    assert ws.candidates.get(maria).row.folder == "No Response"
    ws.candidates.refresh_pins([maria])  # a fresh PIN brings them back to the Inbox
    assert ws.candidates.get(maria).row.folder == "Inbox"
    assert _sync(ws)["expired_pins"] == 0
