"""Manager accounts: every owner-only rule refuses a manager and changes nothing, the
owner's actions do what seed 000 says, invitations are one-time and expire, the domain
whitelist holds, and signing in (with "remember me") acts as the right user."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from talkpush_desktop.engine.company import campaign_access, invitations
from talkpush_desktop.engine.company.accounts import OwnerOnlyError
from talkpush_desktop.engine.errors import (
    AccessDeniedError,
    AuthenticationError,
    NotFoundError,
    ValidationError,
)
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.storage.models import User

PASSWORD = "correct horse 1"


@pytest.fixture
def team(ws: Workspace) -> Workspace:
    """The owner (with a password) and two managers, Ana and Ben (with passwords)."""
    ws.accounts.change_password(None, PASSWORD)
    for name in ("Ana", "Ben"):
        sent = ws.accounts.invite(f"{name.lower()}@acme.ph", name)
        ws.accounts.accept(sent.token, f"{name} password 1")
    return ws


def _as(ws: Workspace, email: str, password: str) -> Workspace:
    other = Workspace(ws.db, ws.data_dir, shared_reader=ws.reader)
    other.accounts.sign_in(email, password)
    return other


def _owner_email(ws: Workspace) -> str:
    return next(a.email for a in ws.accounts.all() if a.owner)


def test_a_manager_is_refused_every_owner_action_and_nothing_changes(team: Workspace) -> None:
    ana = _as(team, "ana@acme.ph", "Ana password 1")
    before = [a.to_json() for a in team.accounts.all()], team.accounts.settings()
    refused = [
        lambda: ana.accounts.invite("cy@acme.ph", "Cy"),
        lambda: ana.accounts.deactivate("ben@acme.ph"),
        lambda: ana.accounts.reactivate("ben@acme.ph"),
        lambda: ana.accounts.delete("ben@acme.ph"),
        lambda: ana.accounts.transfer_ownership("ana@acme.ph"),
        lambda: ana.accounts.update_settings(name="Ana's Company"),
        lambda: ana.accounts.update_settings(ip_list="10.0.0.0/8"),
        lambda: ana.accounts.set_preferences("ben@acme.ph", language="es"),
        lambda: ana.company.set_ip_whitelist("10.0.0.0/8"),
        lambda: ana.company.rename("Ana's Company"),
    ]
    for action in refused:
        with pytest.raises(OwnerOnlyError, match="only the company's owner may"):
            action()
    assert ([a.to_json() for a in team.accounts.all()], team.accounts.settings()) == before
    assert ana.accounts.set_preferences("ana@acme.ph", language="es").language == "es"


def test_deactivated_manager_cannot_sign_in_until_reactivated(team: Workspace) -> None:
    assert not team.accounts.deactivate("ben@acme.ph").active
    with pytest.raises(AccessDeniedError, match="deactivated"):
        _as(team, "ben@acme.ph", "Ben password 1")
    with pytest.raises(ValidationError, match="deactivated"):
        Workspace(team.db, team.data_dir, shared_reader=team.reader, user="ben@acme.ph")
    assert [a.active for a in team.accounts.all() if a.email == "ben@acme.ph"] == [False]
    team.accounts.reactivate("ben@acme.ph")
    assert _as(team, "ben@acme.ph", "Ben password 1").accounts.me().email == "ben@acme.ph"


def test_deleted_account_leaves_the_team_but_keeps_its_name(team: Workspace) -> None:
    ben = next(a for a in team.accounts.all() if a.email == "ben@acme.ph")
    team.accounts.delete("ben@acme.ph")
    assert "ben@acme.ph" not in [a.email for a in team.accounts.all()]
    with team.reading() as s:
        assert s.scalar(select(User.name).where(User.id == ben.id)) == "Ben"
    with pytest.raises(AuthenticationError):
        _as(team, "ben@acme.ph", "Ben password 1")
    with pytest.raises(NotFoundError):
        team.accounts.reactivate("ben@acme.ph")


def test_the_owner_cannot_remove_themself(team: Workspace) -> None:
    for action in (team.accounts.deactivate, team.accounts.delete):
        with pytest.raises(ValidationError, match="owner's own account"):
            action(_owner_email(team))


def test_transfer_makes_the_manager_owner_and_the_old_owner_a_manager(team: Workspace) -> None:
    member = team.campaigns.create("Member campaign")
    team.campaigns.create("Other campaign")
    with team.transaction() as s:
        campaign_access.add_member(s, member.id, team.user_id)
    team.accounts.deactivate("ben@acme.ph")
    with pytest.raises(ValidationError, match="deactivated"):
        team.accounts.transfer_ownership("ben@acme.ph")
    assert team.accounts.transfer_ownership("ana@acme.ph").owner
    owners = [a.email for a in team.accounts.all() if a.owner]
    assert owners == ["ana@acme.ph"]
    with pytest.raises(OwnerOnlyError):  # the old owner is a manager now
        team.accounts.reactivate("ben@acme.ph")
    assert "Other campaign" not in [c.title for c in team.campaigns.all()]
    ana = _as(team, "ana@acme.ph", "Ana password 1")
    assert {c.title for c in ana.campaigns.all()} == {"Member campaign", "Other campaign"}
    ana.accounts.reactivate("ben@acme.ph")


def test_a_manager_sees_only_the_campaigns_they_are_a_member_of(team: Workspace) -> None:
    mine = team.campaigns.create("Ana's campaign")
    team.campaigns.create("Not Ana's")
    ana = _as(team, "ana@acme.ph", "Ana password 1")
    with team.transaction() as s:
        campaign_access.add_member(s, mine.id, ana.user_id)
    assert [c.title for c in ana.campaigns.all()] == ["Ana's campaign"]
    with pytest.raises(NotFoundError):
        ana.campaigns.get("Not Ana's")
    assert len(team.campaigns.all()) == 2


def test_invitation_arrives_in_the_sandbox_inbox_and_works_once(ws: Workspace) -> None:
    sent = ws.accounts.invite("cy@acme.ph", "Cy")
    assert sent.delivery == "sent to the sandbox inbox"
    inbox = ws.providers.sandbox_inbox("cy@acme.ph")
    assert len(inbox) == 1 and sent.url in inbox[0].body
    token = re.search(r"/accept/(\S+)", inbox[0].body)
    assert token is not None and token.group(1) == sent.token
    assert ws.accounts.pending(sent.token).email == "cy@acme.ph"
    with pytest.raises(ValidationError, match="at least 8"):
        ws.accounts.accept(sent.token, "short")
    user = ws.accounts.accept(sent.token, "Cy password 1")
    with ws.reading() as s:
        stored = s.get(User, user)
        assert stored is not None and stored.password_hash
        assert "Cy password 1" not in stored.password_hash
        assert stored.password_hash.startswith("$argon2id$")
    with pytest.raises(NotFoundError, match="not valid"):
        ws.accounts.accept(sent.token, "Cy password 2")
    with pytest.raises(ValidationError, match="already has an account"):
        ws.accounts.invite("cy@acme.ph", "Cy")


def test_an_invitation_expires(ws: Workspace) -> None:
    sent = ws.accounts.invite("dee@acme.ph", "Dee")
    later = utcnow() + invitations.VALID_FOR + timedelta(minutes=1)
    with ws.transaction() as s, pytest.raises(NotFoundError, match="expired"):
        invitations.accept(s, sent.token, "Dee password 1", now=later)


def test_the_domain_whitelist_limits_invitations_accounts_and_sign_in(team: Workspace) -> None:
    with pytest.raises(ValidationError, match="leave out your own address"):
        team.accounts.update_settings(domain_whitelist="acme.ph")  # the owner is @localhost
    team.accounts.update_me(email="boss@acme.ph")
    ben = _as(team, "ben@acme.ph", "Ben password 1")
    ben.accounts.update_me(email="ben@gmail.com")
    assert team.accounts.update_settings(domain_whitelist="@Acme.PH").domain_whitelist == [
        "acme.ph"
    ]
    with pytest.raises(ValidationError, match="domain whitelist"):
        team.accounts.invite("eve@gmail.com", "Eve")
    with pytest.raises(AccessDeniedError, match="domain whitelist"):
        _as(team, "ben@gmail.com", "Ben password 1")
    with pytest.raises(ValidationError, match="domain whitelist"):
        ben.accounts.update_me(email="ben@other.com")
    assert team.accounts.invite("eve@team.acme.ph", "Eve").email == "eve@team.acme.ph"
    assert _as(team, "ana@acme.ph", "Ana password 1").accounts.me().name == "Ana"


def test_sign_in_asks_only_with_more_than_one_account(
    ws: Workspace, workspace_dir: Path, memory_keyring: object
) -> None:
    assert memory_keyring is not None
    assert not ws.accounts.asks_sign_in()
    ws.accounts.change_password(None, PASSWORD)
    sent = ws.accounts.invite("ana@acme.ph", "Ana")
    ws.accounts.accept(sent.token, "Ana password 1")
    assert ws.accounts.asks_sign_in()
    with pytest.raises(AuthenticationError, match="wrong email or password"):
        ws.accounts.sign_in("ana@acme.ph", "nope nope")
    with pytest.raises(AuthenticationError, match="wrong email or password"):
        ws.accounts.sign_in("nobody@acme.ph", "nope nope")
    user = ws.accounts.sign_in("ana@acme.ph", "Ana password 1", remember=True)
    assert ws.user_id == user and ws.accounts.me().email == "ana@acme.ph"
    assert "Ana password 1" not in str(memory_keyring.__dict__)
    with Workspace.open(data_dir=workspace_dir) as again:
        assert again.user_id != user
        assert again.accounts.resume() == user
        assert again.user_id == user
    ws.accounts.sign_out()
    with Workspace.open(data_dir=workspace_dir) as again:
        assert again.accounts.resume() is None


def test_company_settings_are_checked_before_any_is_set(ws: Workspace) -> None:
    before = ws.accounts.settings()
    with pytest.raises(ValidationError, match="timezone"):
        ws.accounts.update_settings(name="New name", timezone="Mars/Olympus")
    with pytest.raises(ValidationError, match="not an IP"):
        ws.accounts.update_settings(name="New name", ip_list="10.0.0.300")
    assert ws.accounts.settings() == before
    after = ws.accounts.update_settings(
        name="Acme BPO", timezone="Asia/Manila", ip_list="10.0.0.0/8, 127.0.0.1"
    )
    assert (after.name, after.timezone, after.ip_whitelist) == (
        "Acme BPO",
        "Asia/Manila",
        ["10.0.0.0/8", "127.0.0.1/32"],
    )
    with pytest.raises(ValidationError, match="language"):
        ws.accounts.set_preferences(_owner_email(ws), language="klingon")
    me = ws.accounts.set_preferences(_owner_email(ws), language="fil", weekly_email=True)
    assert (me.language, me.weekly_email) == ("fil", True)


def test_the_demo_opens_directly_and_its_owner_keeps_the_settings(ws: Workspace) -> None:
    from talkpush_desktop.engine import demo

    demo.generate(ws.context, candidates=60, seed=3)
    assert len(ws.accounts.all()) > 1  # the demo's recruiters have no password
    assert not ws.accounts.asks_sign_in()
    with pytest.raises(AuthenticationError, match="no password yet"):
        ws.accounts.sign_in(ws.accounts.all()[1].email, "anything 1")
    current = ws.accounts.settings()
    saved = ws.accounts.update_settings(
        name=current.name, domain_whitelist=", ".join(current.domain_whitelist)
    )
    assert saved.domain_whitelist == ["acme-bpo.example"]  # unchanged: the owner may save
    ws.accounts.change_password(None, PASSWORD)
    assert ws.accounts.asks_sign_in()
    assert ws.accounts.sign_in(_owner_email(ws), PASSWORD) == ws.user_id  # owner: not listed
