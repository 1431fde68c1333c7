"""Stopping the server closes what the app opened: every company's workspace that
``ApiState.for_company`` made for a key, and a worker's own workspace; the workspace the
caller handed in stays the caller's to close. (On the way, a real-socket check of the
tenancy: Globex's key gets 404 for Acme's campaign, and what it creates is not Acme's.)"""

from __future__ import annotations

import threading

import httpx

from talkpush_desktop.api import server
from talkpush_desktop.api.app import create_app
from talkpush_desktop.engine.workspace import Workspace
from tests.api.test_intake import form, url
from tests.support.two_companies import TwoCompanies


def test_stopping_the_server_closes_every_company_workspace_it_opened(
    two_companies: TwoCompanies,
) -> None:
    b = two_companies.b
    with Workspace.open(data_dir=two_companies.folder) as ws:
        with ws.for_company(b.id) as globex:
            key = globex.api_keys.create("intake", "globex careers")
        app = create_app(ws)
        sock = server.bind("127.0.0.1", 0)
        ready = threading.Event()
        uvicorn_server = server._Server(server._config(app), ready.set)
        thread = threading.Thread(target=uvicorn_server.run, kwargs={"sockets": [sock]})
        thread.start()
        try:
            assert ready.wait(30)
            base = f"http://127.0.0.1:{sock.getsockname()[1]}"
            answer = httpx.post(
                base + url(b.campaign_id), data=form(key, first_name="Eve", email="e@x.io")
            )
            assert answer.status_code == 201, answer.text
            foreign = httpx.post(  # Acme's campaign, with Globex's key: 404, nothing stored
                base + url(two_companies.a.campaign_id), data=form(key, first_name="Eve")
            )
            assert foreign.status_code == 404, foreign.text
            assert answer.json()["id"] not in ws.candidates.ids()
            opened = app.state.api.companies[b.id]
            assert opened.company_id == b.id and not opened.closed
        finally:
            uvicorn_server.should_exit = True
            thread.join(60)
        assert not thread.is_alive()
        assert opened.closed and app.state.api.companies == {}
        assert not ws.closed  # the caller's, closed by the caller
        assert ws.candidates.count() > 0  # and still usable


def test_a_worker_app_closes_its_own_workspace(two_companies: TwoCompanies) -> None:
    ws = Workspace.open(data_dir=two_companies.folder)
    app = create_app(ws, owns_workspace=True)
    globex = app.state.api.for_company(two_companies.b.id)
    app.state.api.close()
    assert ws.closed and globex.closed
