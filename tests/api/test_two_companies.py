"""Two companies in one workspace through the API: a key acts for its own company only.

A key of Globex cannot create a candidate in Acme's campaign (404, never 403: ids do not
leak), and what it creates is Globex's alone; Globex's Maria, sent again with Acme's
Maria's email and phone, is a duplicate in Globex only because Globex already had her.
"""

from __future__ import annotations

from fastapi import FastAPI

from talkpush_desktop.api.app import create_app
from talkpush_desktop.engine.candidates.filters import CandidateFilter
from talkpush_desktop.engine.workspace import Workspace
from tests.api.conftest import AsgiClient
from tests.api.test_intake import form, url
from tests.support.two_companies import SHARED, TwoCompanies


def test_a_key_reaches_only_its_own_company(two_companies: TwoCompanies) -> None:
    a, b = two_companies.a, two_companies.b
    with Workspace.open(data_dir=two_companies.folder) as ws:  # the server opens the first
        with ws.for_company(b.id) as globex:
            key = globex.api_keys.create("intake", "globex careers")
        api = AsgiClient(create_app(ws))
        before_a = ws.candidates.count(CandidateFilter())

        foreign = api.post(url(a.campaign_id), data=form(key, first_name="Eve", email="e@x.io"))
        assert foreign.status_code == 404, foreign.text
        assert foreign.json()["error"]["code"] and str(a.campaign_id) in foreign.text

        first, last, email, phone = SHARED[0]
        mine = api.post(
            url(b.campaign_id),
            data=form(
                key, first_name=first, last_name=last, email=email, user_phone_number=phone[1:]
            ),
        )
        assert mine.status_code == 201, mine.text
        created = mine.json()["id"]

        assert ws.candidates.count(CandidateFilter()) == before_a  # Acme sees nothing new
        assert created not in ws.candidates.ids(CandidateFilter(search="Maria"))
        with ws.for_company(b.id) as globex:
            assert created in globex.candidates.ids(CandidateFilter(search="Maria"))
            labels = globex.candidates.get(created).row.labels
            assert "Duplicate" in labels  # Globex's own Maria came first


def test_the_app_answers_each_company_from_its_own_view(two_companies: TwoCompanies) -> None:
    with Workspace.open(data_dir=two_companies.folder) as ws:
        app: FastAPI = create_app(ws)
        state = app.state.api
        assert state.for_company(ws.company_id) is ws
        globex = state.for_company(two_companies.b.id)
        assert (
            globex.company_id == two_companies.b.id
            and state.for_company(two_companies.b.id) is globex
        )
