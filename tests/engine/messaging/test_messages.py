"""The conversation: history reads, private comments, queued messages, quick replies, tokens."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from talkpush_desktop.engine.dto import CampaignInfo, MessageInfo
from talkpush_desktop.engine.errors import NotFoundError, ValidationError
from talkpush_desktop.engine.messaging import messages
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.storage.models import Action, Activity, Channel, Message, User


@pytest.fixture
def maria(ws: Workspace, campaign: CampaignInfo) -> int:
    return ws.intake.add_candidate(
        campaign.id,
        first_name="Maria",
        last_name="Santos",
        email="maria@example.com",
        phone="0917 123 4567",
    )


def _actions(ws: Workspace, candidate_id: int) -> list[tuple[str, str]]:
    with ws.transaction() as s:
        rows = s.execute(
            select(Activity.action, Activity.detail)
            .where(Activity.candidate_id == candidate_id)
            .order_by(Activity.id)
        )
        return [(a, d) for a, d in rows]


def _user_name(ws: Workspace) -> str:
    with ws.transaction() as s:
        user = s.get(User, ws.user_id)
        assert user is not None
        return user.name


def test_a_new_candidate_has_no_messages(ws: Workspace, maria: int) -> None:
    assert ws.messaging.messages(maria) == []


def test_history_of_an_unknown_candidate_is_refused(ws: Workspace) -> None:
    with pytest.raises(NotFoundError, match="no candidate with id 999"):
        ws.messaging.messages(999)


def test_a_comment_is_private_logged_and_leaves_the_preview_alone(
    ws: Workspace, maria: int
) -> None:
    saved = ws.messaging.add_comment(maria, "  Strong English, call back Monday.  ")
    [shown] = ws.messaging.messages(maria)
    assert shown == saved
    assert isinstance(shown, MessageInfo)
    assert (shown.kind, shown.channel, shown.body) == (
        "comment",
        "internal",
        "Strong English, call back Monday.",
    )
    assert shown.state != "queued"  # the sender never picks a comment up
    assert shown.author == _user_name(ws)
    assert ("commented", "internal") in _actions(ws, maria)
    assert ws.candidates.get(maria).row.last_message_preview == ""


def test_a_queued_message_updates_the_preview_with_tokens_filled(ws: Workspace, maria: int) -> None:
    queued = ws.messaging.queue_message(
        maria, "Hi <%= @candidate_first_name %>, see you at 9!", "SMS"
    )
    assert (queued.kind, queued.channel, queued.state, queued.direction) == (
        "recruiter",
        "sms",
        "queued",
        "out",
    )
    assert queued.body == "Hi Maria, see you at 9!"  # filled when queued: sent as previewed
    row = ws.candidates.get(maria).row
    assert row.last_message_preview == "Hi Maria, see you at 9!"
    assert ("messaged", "sms") in _actions(ws, maria)
    with ws.transaction() as s:
        message = s.get(Message, queued.id)
        assert message is not None
        assert message.user_id == ws.user_id
        assert message.sent_at is None


def test_history_is_oldest_first_with_authors(ws: Workspace, maria: int) -> None:
    first = ws.messaging.add_comment(maria, "one")
    second = ws.messaging.queue_message(maria, "two", "email")
    history = ws.messaging.messages(maria)
    assert [m.id for m in history] == [first.id, second.id]
    assert all(m.author for m in history)
    assert history[1].to_json()["created_at"] == second.created_at.isoformat()


@pytest.mark.parametrize("body", ["", "   \n\t "])
def test_empty_bodies_are_refused(ws: Workspace, maria: int, body: str) -> None:
    with pytest.raises(ValidationError, match="empty"):
        ws.messaging.add_comment(maria, body)
    with pytest.raises(ValidationError, match="empty"):
        ws.messaging.queue_message(maria, body, "sms")
    assert ws.messaging.messages(maria) == []


@pytest.mark.parametrize(
    ("channel", "reason"),
    [("pigeon", "unknown channel"), ("internal", "cannot be sent"), ("voice", "cannot be sent")],
)
def test_unknown_or_unsendable_channels_are_refused(
    ws: Workspace, maria: int, channel: str, reason: str
) -> None:
    with pytest.raises(ValidationError, match=reason):
        ws.messaging.queue_message(maria, "hello", channel)
    assert ws.messaging.messages(maria) == []


def test_a_channel_needs_the_matching_contact(ws: Workspace, campaign: CampaignInfo) -> None:
    no_phone = ws.intake.add_candidate(campaign.id, first_name="Jo", email="jo@example.com")
    with pytest.raises(ValidationError, match="no phone number"):
        ws.messaging.queue_message(no_phone, "hello", "sms")
    with pytest.raises(ValidationError, match="has not written to the page"):
        ws.messaging.queue_message(no_phone, "hello", "facebook")
    assert ws.messaging.queue_message(no_phone, "hello", "email").channel == "email"
    fan = ws.intake.add_candidate(
        campaign.id, first_name="Fe", email="fe@example.com", others={"messenger_psid": "2471"}
    )
    assert ws.messaging.queue_message(fan, "hello", "facebook").channel == "messenger"


def test_messages_to_an_unknown_candidate_are_refused(ws: Workspace) -> None:
    with pytest.raises(NotFoundError):
        ws.messaging.add_comment(12345, "hello")
    with pytest.raises(NotFoundError):
        ws.messaging.queue_message(12345, "hello", "sms")


def test_reply_channel_is_where_the_candidate_last_wrote(ws: Workspace, maria: int) -> None:
    assert messages.reply_channel([]) == Channel.SMS
    assert messages.reply_channel([], phone=False) == Channel.EMAIL
    comment = ws.messaging.add_comment(maria, "x")
    inbound = comment._replace(direction="in", channel="messenger", kind="candidate")
    assert messages.reply_channel([inbound, comment]) == Channel.MESSENGER


def test_quick_replies_are_listed_by_title_and_unique(ws: Workspace) -> None:
    assert ws.messaging.quick_replies() == []
    ws.messaging.create_quick_reply("Thanks", "Thank you, <%= @candidate_first_name %>!")
    ws.messaging.create_quick_reply("  Interview   reminder ", "See you tomorrow.")
    assert [q.title for q in ws.messaging.quick_replies()] == ["Interview reminder", "Thanks"]
    with pytest.raises(ValidationError, match="already exists"):
        ws.messaging.create_quick_reply("thanks", "again")
    with pytest.raises(ValidationError, match="title"):
        ws.messaging.create_quick_reply(" ", "body")
    with pytest.raises(ValidationError, match="empty"):
        ws.messaging.create_quick_reply("Blank", "")


def test_tokens_render_for_a_candidate(ws: Workspace, maria: int) -> None:
    names = [t.name for t in ws.messaging.message_tokens()]
    assert {"candidate_name", "company", "access_code", "referee"} <= set(names)
    assert ws.messaging.message_tokens()[0].text == "<%= @candidate_first_name %>"
    detail = ws.candidates.get(maria)
    rendered = ws.messaging.render_message(
        maria,
        "Hi <%=@candidate_name%> from <%= @company %>, PIN <%= @access_code %> <%= @referee %>",
    )
    assert rendered.text == (
        f"Hi Maria Santos from {ws.company.name()}, PIN {detail.access_code} <%= @referee %>"
    )
    assert rendered.missing == ("referee",)
    with pytest.raises(NotFoundError):
        ws.messaging.render_message(999, "x")


def test_the_activity_log_counts_comments_and_messages(ws: Workspace, maria: int) -> None:
    ws.messaging.add_comment(maria, "a")
    ws.messaging.queue_message(maria, "b", "sms")
    actions = [a for a, _ in _actions(ws, maria)]
    assert actions.count(Action.COMMENTED.value) == 1
    assert actions.count(Action.MESSAGED.value) == 1
