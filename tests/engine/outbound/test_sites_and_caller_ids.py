"""Company sites (assigned to users) and caller IDs (the sandbox verifies at once)."""

from __future__ import annotations

import pytest
from support.two_companies import TwoCompanies

from talkpush_desktop.engine.errors import NotFoundError, ValidationError
from talkpush_desktop.engine.outbound.errors import OutboundError
from talkpush_desktop.engine.workspace import Workspace


def test_a_site_is_assigned_to_its_user_and_shown_as_the_seed(ws: Workspace) -> None:
    ws.company.add_user("Rita", "rita@example.com")
    hq = ws.outbound.add_site(
        "HQ — New York",
        address="1 Example Plaza",
        city="New York",
        state="NY",
        country="us",
        primary=True,
    )
    other = ws.outbound.add_site("Manila", country="PH", user_email="Rita@example.com")
    assert hq.to_json() == {
        "companySiteId": hq.id,
        "isPrimary": True,
        "site": {
            "id": hq.id,
            "name": "HQ — New York",
            "address": "1 Example Plaza",
            "city": "New York",
            "state": "NY",
            "country": "US",
        },
    }
    assert [s.id for s in ws.outbound.sites()] == [hq.id]  # the acting user's only
    assert [s.id for s in ws.outbound.sites(every=True)] == [hq.id, other.id]
    assert ws.outbound.assign_site(other.id, "rita@example.com").user_emails == (
        "rita@example.com",
    )
    shared = ws.outbound.assign_site(hq.id, "rita@example.com")
    assert "rita@example.com" in shared.user_emails


def test_site_rules(ws: Workspace) -> None:
    with pytest.raises(ValidationError, match="name"):
        ws.outbound.add_site("  ")
    with pytest.raises(ValidationError, match="two-letter"):
        ws.outbound.add_site("X", country="USA")
    with pytest.raises(NotFoundError, match="nobody@example.com"):
        ws.outbound.add_site("X", user_email="nobody@example.com")
    first = ws.outbound.add_site("A", primary=True)
    second = ws.outbound.add_site("B", primary=True)
    flags = {s.id: s.is_primary for s in ws.outbound.sites()}
    assert flags == {first.id: False, second.id: True}


def test_sites_belong_to_their_company(two_companies: TwoCompanies) -> None:
    folder = two_companies.folder
    with Workspace.open(data_dir=folder) as acme:
        site = acme.outbound.add_site("Acme HQ")
        globex = acme.for_company(two_companies.b.id)
        assert globex.outbound.sites(every=True) == []
        globex.company.add_user("Gil", "gil@globex.example")
        with pytest.raises(NotFoundError):
            globex.outbound.assign_site(site.id, "gil@globex.example")
        globex.close()


def test_caller_ids_in_the_sandbox_are_verified_at_once(ws: Workspace) -> None:
    added = ws.outbound.add_caller_id("+1 (555) 123-4567")
    assert added.to_json() == {"phoneNumber": "+15551234567", "status": "VERIFIED"}
    again = ws.outbound.add_caller_id("+15551234567")
    assert again.id == added.id
    ws.outbound.add_site("Manila", country="PH", primary=True)
    local = ws.outbound.add_caller_id("0917 123 4567")  # read in the primary site's country
    assert local.phone_number == "+639171234567"
    assert [c.phone_number for c in ws.outbound.caller_ids()] == ["+15551234567", "+639171234567"]
    with pytest.raises(OutboundError) as err:
        ws.outbound.add_caller_id("12")
    assert err.value.code == "INVALID_REQUEST"
    assert list(err.value.details) == ["phoneNumber"]
