"""Leads: the seed's add and list, dedupe by email, do-not-call, search and buckets,
removal, assessment submission and the statuses dial outcomes give."""

from __future__ import annotations

import pytest

from talkpush_desktop.engine.outbound import outcomes
from talkpush_desktop.engine.outbound.errors import OutboundError
from talkpush_desktop.engine.workspace import Workspace
from tests.engine.outbound.conftest import Body

SEED_LEADS = {
    "leads": [
        {
            "email": "ada@example.com",
            "firstName": "Ada",
            "lastName": "Lovelace",
            "phoneNumber": "+15559876543",
            "linkedin": "https://www.linkedin.com/in/example",
        },
        {"email": "grace@example.com", "firstName": "Grace", "lastName": "Hopper"},
    ]
}


def test_the_seed_add_and_list(outbound_ws: Workspace, body: Body) -> None:
    camp = outbound_ws.outbound.create(body())
    assert outbound_ws.outbound.add_leads(camp.id, SEED_LEADS).to_json() == {
        "added": 2,
        "skipped": 0,
    }
    again = outbound_ws.outbound.add_leads(str(camp.id), SEED_LEADS)
    assert again.to_json() == {"added": 0, "skipped": 2}
    assert again.reasons == {
        "ada@example.com": "already on the campaign",
        "grace@example.com": "already on the campaign",
    }
    page = outbound_ws.outbound.leads(camp.id, search="ada", status="Pending", limit=50)
    shown = page.to_json()
    assert shown["pagination"] == {"page": 1, "limit": 50, "total": 1, "totalPages": 1}
    row = shown["leads"][0]
    assert row == {
        "leadId": row["leadId"],
        "firstName": "Ada",
        "lastName": "Lovelace",
        "email": "ada@example.com",
        "phone": "+15559876543",
        "status": "Pending",
        "flowStatus": "Pending",
        "assessmentSubmitted": "Not submitted",
        "addedAt": row["addedAt"],
    }
    assert row["addedAt"].endswith("Z")


def test_dedupe_do_not_call_and_local_phones(outbound_ws: Workspace, body: Body) -> None:
    outbound_ws.outbound.add_site("Manila", country="PH")
    manila = outbound_ws.outbound.sites()[-1].id
    camp = outbound_ws.outbound.create(body(interest=True, companySiteId=manila))
    outbound_ws.outbound.add_do_not_call(phone="+639181234567")
    outbound_ws.outbound.add_do_not_call(email="Stop@Example.com")
    added = outbound_ws.outbound.add_leads(
        camp.id,
        {
            "leads": [
                {"email": "maria@example.com", "phoneNumber": "0917 123 4567"},
                {"email": "MARIA@example.com"},
                {"email": "jose@example.com", "phoneNumber": "09181234567"},
                {"email": "stop@example.com"},
                {"email": "rico@example.com", "firstName": "", "lastName": ""},
            ]
        },
    )
    assert (added.added, added.skipped) == (2, 3)
    assert added.reasons["jose@example.com"] == "on the do-not-call list"
    leads = outbound_ws.outbound.leads(camp.id).leads
    assert [(x.email, x.phone) for x in leads] == [
        ("maria@example.com", "+639171234567"),
        ("rico@example.com", ""),
    ]
    assert outbound_ws.outbound.is_do_not_call("+639181234567")
    assert not outbound_ws.outbound.is_do_not_call("+639171234567")


def test_add_body_rules(outbound_ws: Workspace, body: Body) -> None:
    camp = outbound_ws.outbound.create(body())
    cases = [
        ({"leads": []}, {"leads": '"leads" must contain at least 1 items'}),
        ({}, {"leads": '"leads" is required'}),
        (
            {"leads": [{"firstName": "A"}, {"email": "nope"}, {"email": "a@b.co", "x": 1}]},
            {
                "leads.0.email": '"email" is required',
                "leads.1.email": '"email" must be a valid email',
                "leads.2.x": '"x" is not allowed',
            },
        ),
        (
            {"leads": [{"email": "a@b.co", "phoneNumber": "12"}]},
            {"leads.0.phoneNumber": '"phoneNumber" must be a valid phone number'},
        ),
    ]
    for sent, details in cases:
        with pytest.raises(OutboundError) as err:
            outbound_ws.outbound.add_leads(camp.id, sent)
        assert (err.value.code, err.value.details) == ("INVALID_REQUEST", details)
    assert outbound_ws.outbound.leads(camp.id).total == 0


def test_search_buckets_pages_and_removal(outbound_ws: Workspace, body: Body) -> None:
    camp = outbound_ws.outbound.create(body(interest=True))
    people = [("Ada", "Lovelace"), ("Grace", "Hopper"), ("Adam", "Smith"), ("Zoë", "Ada_Line")]
    made = outbound_ws.outbound.add_leads(
        camp.id,
        {
            "leads": [
                {"email": f"{f.lower()}@example.com", "firstName": f, "lastName": last}
                for f, last in people
            ]
        },
    )
    ada, grace, adam, zoe = made.lead_ids
    ob = outbound_ws.outbound
    assert [x.id for x in ob.leads(camp.id, search="ADA").leads] == [ada, adam, zoe]
    assert [x.id for x in ob.leads(camp.id, search="a_l").leads] == [zoe]  # _ is literal
    assert [x.id for x in ob.leads(camp.id, search="hopper").leads] == [grace]
    assert [x.id for x in ob.leads(camp.id, search="zoË").leads] == [zoe]
    assert ob.leads(camp.id, search="lovelace\x1fada").total == 0
    second = ob.leads(camp.id, page=2, limit=3)
    assert ([x.id for x in second.leads], second.total) == ([zoe], 4)
    ob.record_outcome(ada, 1, "answered", "1")
    ob.record_outcome(grace, 1, "answered", "2")
    assert [x.id for x in ob.leads(camp.id, status="Interested").leads] == [ada]
    assert [x.id for x in ob.leads(camp.id, status="NotInterested").leads] == [grace]
    with pytest.raises(OutboundError) as err:
        ob.leads(camp.id, status="Maybe")
    assert err.value.details == {
        "status": '"status" must be one of [Pending, Interested, NotInterested, NoAnswer]'
    }
    assert ob.lead(camp.id, ada).status == "Interested"
    assert ob.remove_lead(camp.id, str(adam)) == adam
    with pytest.raises(OutboundError) as err:
        ob.remove_lead(camp.id, adam)
    assert err.value.code == "NOT_FOUND"
    assert ob.leads(camp.id).total == 3


def test_assessment_submitted(outbound_ws: Workspace, body: Body) -> None:
    camp = outbound_ws.outbound.create(body())
    lead = outbound_ws.outbound.add_leads(camp.id, SEED_LEADS).lead_ids[0]
    outbound_ws.outbound.set_assessment_submitted(camp.id, [lead])
    rows = outbound_ws.outbound.leads(camp.id).to_json()["leads"]
    assert [r["assessmentSubmitted"] for r in rows] == ["Submitted", "Not submitted"]
    other = outbound_ws.outbound.create(body(interest=True))
    other_lead = outbound_ws.outbound.add_leads(other.id, SEED_LEADS).lead_ids[0]
    with pytest.raises(OutboundError) as err:
        outbound_ws.outbound.set_assessment_submitted(other.id, [other_lead])
    assert err.value.code == "PURPOSE_NOT_ALLOWED_FOR_PARTNER"


def test_dial_outcomes_map_to_statuses(outbound_ws: Workspace, body: Body) -> None:
    assert outcomes.after_attempt("answered", "1", retries_left=2).status == "Interested"
    assert outcomes.after_attempt("answered", "", retries_left=0) == outcomes.LeadOutcome(
        "Pending", "Completed"
    )
    assert outcomes.after_attempt("machine", "", retries_left=1).call_again
    assert outcomes.after_attempt("busy", "", retries_left=0).status == "NoAnswer"
    with pytest.raises(ValueError, match="unknown"):
        outcomes.after_attempt("exploded", "", retries_left=0)
    camp = outbound_ws.outbound.create(body(interest=True))  # a first call and two retries
    ids = outbound_ws.outbound.add_leads(
        camp.id,
        {
            "leads": [
                {"email": "a@x.io", "phoneNumber": "+15550001111"},
                {"email": "b@x.io", "phoneNumber": "+15550002222"},
            ]
        },
    ).lead_ids
    ob = outbound_ws.outbound
    assert ob.record_outcome(ids[0], 1, "no-answer").call_again
    assert ob.record_outcome(ids[0], 2, "busy").call_again
    last = ob.record_outcome(ids[0], 3, "machine")
    assert (last.status, last.flow_status, last.call_again) == ("NoAnswer", "Completed", False)
    stop = ob.record_outcome(ids[1], 1, "answered", "9")
    assert stop.opted_out and stop.status == "NotInterested"
    assert ob.is_do_not_call("+15550002222") and ob.is_do_not_call("", "B@x.io")
    rows = {x.id: x for x in ob.leads(camp.id).leads}
    assert rows[ids[0]].next_attempt_no == 4 and rows[ids[1]].next_attempt_no == 4
    assert ob.attempts(camp.id, ids[0]) == []


@pytest.mark.parametrize("few", [2, 1000])
def test_search_pages_with_few_or_many_matches(
    outbound_ws: Workspace, body: Body, monkeypatch: pytest.MonkeyPatch, few: int
) -> None:
    from talkpush_desktop.engine.outbound import leads

    monkeypatch.setattr(leads, "FEW_MATCHES", few)
    camp = outbound_ws.outbound.create(body(interest=True))
    emails = [f"{name}{i}@example.com" for i in range(4) for name in ("ann", "bob")]
    ids = outbound_ws.outbound.add_leads(camp.id, {"leads": [{"email": e} for e in emails]})
    anns = [i for i, e in zip(ids.lead_ids, emails, strict=True) if e.startswith("ann")]
    pages = [outbound_ws.outbound.leads(camp.id, search="ANN", page=n, limit=3) for n in (1, 2)]
    assert [[x.id for x in p.leads] for p in pages] == [anns[:3], anns[3:]]
    assert {p.total for p in pages} == {4}
