"""``ws.campaign_settings``: basics, permissions, messages, Messenger posting, traffic ad;
each save checks every field first and keeps nothing when one is wrong."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from talkpush_desktop.engine.campaigns.basic import Basic
from talkpush_desktop.engine.campaigns.messenger_posting import Posting
from talkpush_desktop.engine.campaigns.snapshot import SettingsDraft, TemplateDraft
from talkpush_desktop.engine.errors import FieldErrors, NotFoundError
from talkpush_desktop.engine.workspace import Workspace


def _team(ws: Workspace) -> None:
    ws.company.add_user("Ana Reyes", "ana@example.com")
    ws.company.add_user("Bo Lim", "bo@example.com")
    ws.company.add_user("Cy Tan", "cy@example.com")


def test_create_checks_every_basic_field(ws: Workspace) -> None:
    made = ws.campaign_settings.create(Basic(" CSR   Manila ", "ph", "EN", True, True))
    assert made.basic == Basic("CSR Manila", "PH", "en", True, True)
    assert made.caller_id_prefix == "+63"
    assert len(made.templates) == 8  # four events, SMS and email, predefined
    with pytest.raises(FieldErrors) as caught:
        ws.campaign_settings.create(Basic("csr manila", "XX", "qq"))
    assert set(caught.value.details) == {"title", "hotline_country", "interview_language"}
    assert "already titled 'CSR Manila'" in caught.value.details["title"]
    with pytest.raises(FieldErrors) as caught:
        ws.campaign_settings.create(Basic("   "))
    assert caught.value.details == {"title": "a campaign needs a title"}
    assert [c.title for c in ws.campaigns.all()] == ["CSR Manila"]


def test_update_changes_only_what_is_given(ws: Workspace) -> None:
    made = ws.campaign_settings.create(Basic("Nights", "PH"))
    other = ws.campaign_settings.create(Basic("Days", "PH"))
    after = ws.campaign_settings.update(made.id, auto_call=True, interview_language="es")
    assert after.basic == Basic("Nights", "PH", "es", False, True)
    with pytest.raises(FieldErrors, match="title"):
        ws.campaign_settings.update(other.id, title="NIGHTS")
    assert ws.campaign_settings.show(other.id).basic.title == "Days"
    assert ws.campaign_settings.update(other.id, title="days").basic.title == "days"


def test_a_manager_sees_only_the_campaigns_they_are_a_member_of(workspace_dir: Path) -> None:
    with Workspace.open(data_dir=workspace_dir) as owner:
        _team(owner)
        shared = owner.campaign_settings.create(Basic("Shared", "PH"))
        hidden = owner.campaign_settings.create(Basic("Hidden", "PH"))
        after = owner.campaign_settings.change_members(
            shared.id, ["ana@example.com", "BO@example.com"], []
        )
        assert [m.email for m in after.access.members] == ["ana@example.com", "bo@example.com"]
        assert [c.title for c in owner.campaigns.all()] == ["Shared", "Hidden"]
    with Workspace.open(data_dir=workspace_dir, user="ana@example.com") as ana:
        assert [c.title for c in ana.campaigns.all()] == ["Shared"]
        assert ana.campaigns.get("shared").id == shared.id
        for key in (hidden.id, "Hidden"):
            with pytest.raises(NotFoundError):
                ana.campaigns.get(key)
            with pytest.raises(NotFoundError):
                ana.campaign_settings.show(key)
            with pytest.raises(NotFoundError):
                ana.messaging.templates(key)
        mine = ana.campaign_settings.create(Basic("Ana's", "PH"))  # she sees what she made
        assert [c.title for c in ana.campaigns.all()] == ["Shared", "Ana's"]
        assert [m.email for m in mine.access.members] == ["ana@example.com"]
        assert [m.email for m in ana.campaign_settings.blank().access.members] == [
            "ana@example.com"
        ]
        drafted = ana.campaign_settings.save(
            None, SettingsDraft(Basic("Ana's too", "PH"), members=("bo@example.com",))
        )
        assert [m.email for m in drafted.access.members] == ["ana@example.com", "bo@example.com"]
    with Workspace.open(data_dir=workspace_dir, user="cy@example.com") as cy:
        assert cy.campaigns.all() == []
    with Workspace.open(data_dir=workspace_dir) as owner:
        owner.campaign_settings.change_members(shared.id, [], ["ana@example.com"])
    with Workspace.open(data_dir=workspace_dir, user="ana@example.com") as ana:
        assert [c.title for c in ana.campaigns.all()] == ["Ana's", "Ana's too"]


def test_unknown_member_emails_are_named(ws: Workspace) -> None:
    _team(ws)
    made = ws.campaign_settings.create(Basic("X", "PH"))
    with pytest.raises(FieldErrors) as caught:
        ws.campaign_settings.change_members(made.id, ["ana@example.com", "zz@x.org"], [])
    assert caught.value.details == {"add": "no active user with the email 'zz@x.org'"}
    assert ws.campaign_settings.show(made.id).access.members == ()


def test_messenger_posting_80_characters(ws: Workspace) -> None:
    made = ws.campaign_settings.create(Basic("X", "PH"))
    with pytest.raises(FieldErrors) as caught:
        ws.campaign_settings.set_messenger(
            made.id, mode="job", title="t" * 81, subtitle="s" * 80, apply_url="ftp://x"
        )
    assert caught.value.details == {
        "title": "at most 80 characters (81 given)",
        "apply_url": "not a web address: 'ftp://x' (https://...)",
    }
    with pytest.raises(FieldErrors, match="a job posting needs a title"):
        ws.campaign_settings.set_messenger(made.id, mode="job")
    after = ws.campaign_settings.set_messenger(
        made.id, mode="job", title="t" * 80, description="Long\ntext", apply_url="https://a.b/c"
    )
    assert after.messenger == Posting("job", "t" * 80, "", "Long\ntext", "https://a.b/c")
    after = ws.campaign_settings.set_messenger(made.id, mode="inquiry")
    assert after.messenger.title == "t" * 80  # kept


def test_traffic_ad_is_checked_and_kept(ws: Workspace) -> None:
    made = ws.campaign_settings.create(Basic("X", "PH"))
    with pytest.raises(FieldErrors) as caught:
        ws.campaign_settings.set_traffic_ad(made.id, '{"message": {"text": ""}')
    assert caught.value.details == {"line 1, column 25": "Expecting ',' delimiter"}
    content = {"intro_text": "Hi!", "message": {"text": "Join us"}}
    after = ws.campaign_settings.set_traffic_ad(made.id, json.dumps(content))
    assert after.traffic_ad == content
    ws.campaign_settings.set_messenger(made.id, mode="job", title="CSR")
    assert ws.campaign_settings.show(made.id).traffic_ad == content  # beside the posting
    assert ws.campaign_settings.set_traffic_ad(made.id, "").traffic_ad is None


def test_save_is_one_transaction(ws: Workspace) -> None:
    _team(ws)
    blank = ws.campaign_settings.blank()
    assert blank.id is None and len(blank.access.team) == 4  # the owner and three
    sms = TemplateDraft("invitation", "sms", "", "Hi <%= @candidate_name %>!", True)
    bad_email = TemplateDraft("rejection", "email", "Sorry", "<p>Hi <%= @candidat %></p>", True)
    draft = SettingsDraft(
        Basic("Nights", "PH"),
        members=("ana@example.com", "bo@example.com"),
        templates=(sms, bad_email),
        messenger=Posting("job", "CSR", "Manila"),
        traffic_ad='{"message": {"text": "Welcome"}}',
    )
    with pytest.raises(FieldErrors) as caught:
        ws.campaign_settings.save(None, draft)
    assert list(caught.value.details) == ["messages.rejection.email.body"]
    assert ws.campaigns.all() == []  # nothing was kept
    fixed = replace(bad_email, body="<p>Hi <%= @candidate_name %></p><script>x</script>")
    saved = ws.campaign_settings.save(None, replace(draft, templates=(sms, fixed)))
    again = ws.campaign_settings.show(saved.id or 0)
    assert again == saved
    assert [m.email for m in again.access.members] == ["ana@example.com", "bo@example.com"]
    by_key = {(t.event, t.channel): t for t in again.templates}
    assert by_key["invitation", "sms"].body == "Hi <%= @candidate_name %>!"
    assert by_key["rejection", "email"].enabled
    assert "<script>" not in by_key["rejection", "email"].body
    assert again.messenger == Posting("job", "CSR", "Manila")
    assert again.traffic_ad == {"message": {"text": "Welcome"}}
    wrong = replace(draft, basic=Basic("", "ZZ"), messenger=Posting("job", "x" * 90))
    with pytest.raises(FieldErrors) as caught:
        ws.campaign_settings.save(saved.id, replace(wrong, traffic_ad='{"message": 1}'))
    assert set(caught.value.details) == {
        "basic.title",
        "basic.hotline_country",
        "messenger.title",
        "traffic_ad.message",
    }


def test_sms_preview_fills_a_sample_candidate(ws: Workspace) -> None:
    made = ws.campaign_settings.create(Basic("CSR", "PH"))
    ws.messaging.set_template(made.id, "invitation", "sms", body="€" * 80 + "<%= @campaign %>")
    p = ws.campaign_settings.preview_sms(made.id, "invitation")
    assert (p.text, p.encoding, p.units, p.segments) == ("€" * 80 + "CSR", "GSM-7", 163, 2)
    assert [len(part) for part in p.parts] == [76, 7]
    assert "campaign" in p.warning
    emoji = ws.campaign_settings.preview_sms(made.id, "invitation", body="Hi \N{WAVING HAND SIGN}")
    assert (emoji.encoding, emoji.units, emoji.segments, emoji.warning) == ("UCS-2", 5, 1, "")


def test_a_change_is_one_undo_step(ws: Workspace) -> None:
    _team(ws)
    made = ws.campaign_settings.create(Basic("Nights", "PH"))
    assert ws.undo_stack.undo_text is None  # creating is not undone
    first = made.id or 0
    before = ws.campaign_settings.show(first)
    changed = ws.campaign_settings.save(
        first,
        replace(
            before.draft(),
            basic=Basic("Days", "US", "es", True, True),
            members=("ana@example.com",),
            messenger=Posting("job", "CSR"),
            traffic_ad='{"message": {"text": "Hi"}}',
        ),
    )
    assert ws.undo_stack.undo_text == "Change Campaign Settings of Days"
    assert ws.undo() == "Change Campaign Settings of Days"
    assert ws.campaign_settings.show(first) == before
    ws.redo()
    assert ws.campaign_settings.show(first) == changed
