"""Pending invitations: the owner lists the invitations not yet accepted (accepted and
expired ones left out) and revokes one by its address; a revoked link refuses to show or
accept with a message that says so; a manager may do neither."""

from __future__ import annotations

from datetime import timedelta

import pytest

from talkpush_desktop.engine.company import pending_invitations
from talkpush_desktop.engine.company.accounts import OwnerOnlyError
from talkpush_desktop.engine.errors import NotFoundError
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.engine.workspace import Workspace


def test_the_owner_lists_and_revokes_pending_invitations(ws: Workspace) -> None:
    owner = ws.accounts.me()
    assert ws.accounts.invitations() == []
    accepted = ws.accounts.invite("ana@acme.ph", "Ana")
    ws.accounts.accept(accepted.token, "Ana password 1")
    cy = ws.accounts.invite("cy@acme.ph", "Cy")
    dee = ws.accounts.invite("Dee@acme.ph", "Dee")
    shown = ws.accounts.invitations()
    assert [(p.email, p.name, p.invited_by) for p in shown] == [
        ("Dee@acme.ph", "Dee", owner.name),
        ("cy@acme.ph", "Cy", owner.name),
    ]
    assert shown[0].expires_at == dee.expires_at
    assert set(shown[0].to_json()) == {"email", "name", "invited_by", "created_at", "expires_at"}
    later = utcnow() + timedelta(days=8)
    with ws.reading() as s:  # an expired invitation is no longer pending
        assert pending_invitations.pending(s, ws.company_id, owner.id, later) == []

    [revoked] = ws.accounts.revoke_invitation("dee@ACME.ph")
    assert revoked.email == "Dee@acme.ph"
    assert [p.email for p in ws.accounts.invitations()] == ["cy@acme.ph"]
    for call in (ws.accounts.pending, lambda t: ws.accounts.accept(t, "Dee password 1")):
        with pytest.raises(NotFoundError, match="revoked by the company's owner"):
            call(dee.token)
    with pytest.raises(NotFoundError, match="no pending invitation for 'dee@acme.ph'"):
        ws.accounts.revoke_invitation("dee@acme.ph")
    with pytest.raises(NotFoundError, match="no pending invitation"):
        ws.accounts.revoke_invitation("ana@acme.ph")  # accepted: nothing to revoke
    assert ws.accounts.pending(cy.token).email == "cy@acme.ph"  # the other one still works


def test_a_manager_may_neither_list_nor_revoke_invitations(ws: Workspace) -> None:
    sent = ws.accounts.invite("ana@acme.ph", "Ana")
    ana = ws.accounts.accept(sent.token, "Ana password 1")
    ws.accounts.invite("cy@acme.ph", "Cy")
    with pytest.raises(OwnerOnlyError, match="only the company's owner may see the pending"):
        ws.accounts.invitations(actor=ana)
    with pytest.raises(OwnerOnlyError, match="only the company's owner may revoke"):
        ws.accounts.revoke_invitation("cy@acme.ph", actor=ana)
    assert [p.email for p in ws.accounts.invitations()] == ["cy@acme.ph"]
