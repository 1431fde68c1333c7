"""The company's IP whitelist holds on the pages ``serve`` answers without an account, on a
real loopback port: a share link's page and files and an invitation's page answer 403 in the
one error shape to an address outside it, and as usual once the address is let in; a
revoked invitation's page says it was revoked."""

from __future__ import annotations

import httpx
import pytest

from talkpush_desktop.api.app import create_app
from talkpush_desktop.engine.dto import CampaignInfo
from talkpush_desktop.engine.workspace import Workspace
from tests.api.conftest import live_server

REFUSED = "this address is not in the company's IP whitelist"


def _refused(response: httpx.Response) -> None:
    assert response.status_code == 403, response.text
    error = response.json()["error"]
    assert error["code"] == "forbidden" and error["message"] == REFUSED


@pytest.mark.usefixtures("memory_keyring")
def test_share_and_invitation_pages_hold_the_ip_whitelist(
    ws: Workspace, campaign: CampaignInfo
) -> None:
    cid = ws.intake.add_candidate(
        campaign.id, first_name="Lea", last_name="Salonga", email="lea@example.com"
    )
    link = ws.sharing.create(cid, ["contact", "cv"])
    share = f"/share/{link.token}"
    invited = ws.accounts.invite("dee@acme.ph", "Dee")
    accept = f"/accept/{invited.token}"
    revoked = ws.accounts.invite("cy@acme.ph", "Cy")
    ws.accounts.revoke_invitation("cy@acme.ph")
    ws.accounts.update_settings(ip_list="10.0.0.0/8")  # loopback left out
    with live_server(create_app(ws)) as base, httpx.Client(base_url=base) as http:
        _refused(http.get(share))
        _refused(http.get(f"{share}/cv"))
        _refused(http.get(accept))
        _refused(http.post(accept, data={"password": "x" * 9, "confirm": "x" * 9}))
        _refused(http.get(f"/accept/{revoked.token}"))
        ws.accounts.update_settings(ip_list="10.0.0.0/8, 127.0.0.1")
        shown = http.get(share)
        assert shown.status_code == 200 and "Lea Salonga" in shown.text
        assert http.get(accept).status_code == 200
        gone = http.get(f"/accept/{revoked.token}")
        assert gone.status_code == 404 and "revoked by the company&#x27;s owner" in gone.text
    assert ws.accounts.pending(invited.token).email == "dee@acme.ph"  # nothing accepted
