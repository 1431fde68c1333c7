"""Share links follow campaign access: a manager who is no member of a candidate's campaign
can neither share, list nor revoke that candidate's links (the owner can); a link of
another company is no link at all."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.memory_keyring import MemoryKeyring

from talkpush_desktop.engine.errors import NotFoundError
from talkpush_desktop.engine.workspace import Workspace


def test_a_manager_shares_only_candidates_they_may_see(
    workspace_dir: Path, memory_keyring: MemoryKeyring
) -> None:
    del memory_keyring
    with Workspace.open(data_dir=workspace_dir) as ws:
        camp = ws.campaigns.create("CSR Manila", hotline_country="PH")
        cid = ws.intake.add_candidate(camp.id, first_name="Mia", email="mia@example.com")
        ws.company.add_user("Ben Ramos", "ben@acme.example")
        link = ws.sharing.create(cid, ["contact"])
        ws.companies.add("Globex BPO")
    with Workspace.open(data_dir=workspace_dir, user="ben@acme.example") as ben:
        with pytest.raises(NotFoundError):
            ben.sharing.create(cid)
        with pytest.raises(NotFoundError):
            ben.sharing.links(cid)
        with pytest.raises(NotFoundError):
            ben.sharing.revoke(link.token)
        assert ben.sharing.page(link.token) is not None  # the page itself needs no account
    with Workspace.open(data_dir=workspace_dir, company="Globex BPO") as globex:
        with pytest.raises(NotFoundError):
            globex.sharing.revoke(link.token)
        assert globex.sharing.page(link.token) is None
        assert globex.sharing.company_of(link.token) == ws.company_id  # served as its own
    with Workspace.open(data_dir=workspace_dir) as ws:
        assert ws.sharing.revoke(link.token).revoked_at is not None
