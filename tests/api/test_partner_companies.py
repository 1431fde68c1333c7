"""404 NOT_FOUND, never a hint, on a real port for every campaign route and every id that is
not a live company campaign of the key's company: another company's (two companies in one
workspace), a recruitment campaign's, a deleted one, a malformed one; and each key sees
only its own company's sites and campaigns."""

from __future__ import annotations

import httpx

from talkpush_desktop.engine.workspace import Workspace
from tests.api import partner_support as ps
from tests.support.two_companies import TwoCompanies


def _routes(campaign_id: object) -> list[tuple[str, str, object]]:
    url = f"/campaigns/{campaign_id}"
    return [
        ("GET", url, None),
        ("PATCH", url, {"title": "Hijacked"}),
        ("GET", f"{url}/leads", None),
        ("POST", f"{url}/leads", {"leads": [{"email": "eve@example.com"}]}),
        ("DELETE", f"{url}/leads/1", None),
    ]


def _all_not_found(api: httpx.Client, campaign_id: object) -> None:
    for method, url, body in _routes(campaign_id):
        answer = api.request(method, url, json=body) if body else api.request(method, url)
        error = ps.error_of(answer, 404, "NOT_FOUND")
        assert error == {
            "code": "NOT_FOUND",
            "type": "not_found_error",
            "message": "Campaign not found.",
            "details": {},
        }, (method, url)


def test_another_companys_campaign_is_404_and_unseen(two_companies: TwoCompanies) -> None:
    folder, b = two_companies.folder, two_companies.b
    with Workspace.open(data_dir=folder) as ws:  # company A, which the server opens first
        mine = ps.ready(ws)
        acme = ws.outbound.create(ps.create_body(mine.site_id, title="Acme reminders"))
        ws.outbound.add_leads(acme.id, {"leads": [{"email": "ada@example.com"}]})
        with ws.for_company(b.id) as globex:
            theirs = ps.ready(globex, site="Globex Manila")
            globex_campaign = globex.outbound.create(ps.create_body(theirs.site_id))
        with ps.partner_client(ws, theirs) as api:
            _all_not_found(api, acme.id)
            listed = api.get("/campaigns").json()["campaigns"]
            assert [c["id"] for c in listed] == [globex_campaign.id]
            sites = api.get("/company-sites").json()["companySites"]
            assert [s["site"]["name"] for s in sites] == ["Globex Manila"]
            foreign_site = ps.create_body(mine.site_id, title="On Acme's site")
            refused = api.post("/campaigns", json=foreign_site)
            assert set(ps.error_of(refused, 400, "INVALID_REQUEST")["details"]) == {"companySiteId"}
            assert api.get(f"/campaigns/{globex_campaign.id}").status_code == 200
        with ps.partner_client(ws, mine) as api:
            _all_not_found(api, globex_campaign.id)
            assert api.get(f"/campaigns/{acme.id}").json()["campaign"]["title"] == (
                "Acme reminders"
            )
        assert ws.outbound.get(acme.id).title == "Acme reminders"  # the PATCH changed nothing
        assert [lead.email for lead in ws.outbound.leads(acme.id).leads] == ["ada@example.com"]


def test_recruitment_deleted_and_malformed_ids_are_404(ws: Workspace) -> None:
    partner = ps.ready(ws)
    company = [ws.outbound.create(ps.create_body(partner.site_id)).id for _ in range(2)]
    recruitment = ws.campaigns.create("Customer Service - Manila", hotline_country="PH").id
    while recruitment <= max(company):  # an id only a recruitment campaign has
        recruitment = ws.campaigns.create(f"Recruitment {recruitment}").id
    ps.delete_campaign(ws.data_dir, company[0])
    with ps.partner_client(ws, partner) as api:
        _all_not_found(api, recruitment)
        _all_not_found(api, company[0])
        for bad in ("abc", "0", "-1", "1.0", "1e3", str(2**63), "%20"):
            _all_not_found(api, bad)
        listed = [c["id"] for c in api.get("/campaigns").json()["campaigns"]]
        assert listed == [company[1]]
        assert api.get(f"/campaigns/{company[1]}").status_code == 200
