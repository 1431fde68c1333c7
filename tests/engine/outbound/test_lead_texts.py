"""A lead's assessment texts as shown (``ws.outbound.texts``): queued with the body the
template gives now, then sent with its time, or skipped with the reason; and on the
sandbox phone each company sees only its own leads' texts, though two companies text
the same number."""

from __future__ import annotations

import copy
from datetime import datetime, timedelta

from support.two_companies import MARIA_PHONE, TwoCompanies

from talkpush_desktop.engine.outbound.dialer.runner import Dialer
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.engine.workspace import Workspace

from .conftest import SEED_CREATE

TEMPLATE = "Hi {first_name}, {company} here: your {assessment_name} is waiting."


def _assessment(ws: Workspace, phone: str, first: str) -> tuple[int, int]:
    """An assessment campaign (reminder at once, first call in 2030) with one lead."""
    site = ws.outbound.add_site("HQ", country="US", primary=True).id
    ws.outbound.add_caller_id("+15551234567")
    job = copy.deepcopy(SEED_CREATE["jobDetails"]) | {
        "assessmentFirstReminderDelayHours": 0,
        "assessmentReminderSmsTemplate": TEMPLATE,
    }
    body = copy.deepcopy(SEED_CREATE) | {
        "companySiteId": site,
        "callStartTimeUtc": "2030-01-01T15:00:00Z",
        "jobDetails": job,
    }
    cid = ws.outbound.create(body).id
    lead = {"email": f"{first.lower()}@example.com", "firstName": first, "phoneNumber": phone}
    [lead_id] = ws.outbound.add_leads(cid, {"leads": [lead]}).lead_ids
    return cid, lead_id


def _pass(ws: Workspace, at: datetime) -> None:
    dialer = Dialer(ws.context, clock=lambda: at, ring=timedelta(seconds=5))
    try:
        dialer.run_once()
    finally:
        dialer.close()


def _sms(ws: Workspace, phone: str) -> list[str]:
    return [i.body for i in ws.providers.sandbox_inbox(phone) if i.channel == "sms"]


def test_each_company_sees_its_own_leads_texts(two_companies: TwoCompanies) -> None:
    folder, a, b = two_companies.folder, two_companies.a, two_companies.b
    made = {}
    for tenant, first in ((a, "Maria"), (b, "Mary")):
        with Workspace.open(data_dir=folder, company=tenant.id) as ws:
            made[tenant.id] = _assessment(ws, MARIA_PHONE, first)
    later = utcnow() + timedelta(seconds=1)
    with (
        Workspace.open(data_dir=folder, company=a.id) as acme,
        Workspace.open(data_dir=folder, company=b.id) as globex,
    ):
        [queued] = acme.outbound.texts(*made[a.id])
        assert (queued.kind, queued.state, queued.sent_at) == ("reminder", "queued", None)
        assert queued.body == "Hi Maria, Acme here: your Technical screen is waiting."
        _pass(acme, later)
        _pass(globex, later)  # a text of no outbox message, to a company not the first
        assert _sms(acme, MARIA_PHONE) == [queued.body]
        assert _sms(globex, MARIA_PHONE) == [
            "Hi Mary, Globex here: your Technical screen is waiting."
        ]
        [sent] = acme.outbound.texts(*made[a.id])
        assert (sent.state, sent.body, sent.reason) == ("sent", queued.body, "")
        assert sent.sent_at == later and sent.due_at <= later
        globex.providers.sandbox_reply(MARIA_PHONE, "got it")  # after Globex's text: Globex's
        assert [i.body for i in globex.providers.sandbox_inbox(MARIA_PHONE)][-1] == "got it"
        assert "got it" not in [i.body for i in acme.providers.sandbox_inbox(MARIA_PHONE)]


def test_a_skipped_text_shows_why(outbound_ws: Workspace) -> None:
    ws = outbound_ws
    cid = ws.outbound.create(
        copy.deepcopy(SEED_CREATE)
        | {
            "companySiteId": ws.outbound.sites()[0].id,
            "jobDetails": SEED_CREATE["jobDetails"] | {"assessmentFirstReminderDelayHours": 0},
        }
    ).id
    [lead] = ws.outbound.add_leads(cid, {"leads": [{"email": "nophone@example.com"}]}).lead_ids
    _pass(ws, utcnow() + timedelta(seconds=1))
    [text] = ws.outbound.texts(cid, lead)
    assert (text.state, text.reason, text.sent_at) == (
        "skipped",
        "the lead has no phone number",
        None,
    )
    assert text.to_json()["state"] == "skipped" and "providerId" not in text.to_json()
