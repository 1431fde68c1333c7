"""``autoAddInvitedCandidates``: a candidate invited to an assessment becomes a lead of each
running assessment campaign of the company for that test that takes invited candidates,
in the invitation's transaction and through the leads rules; a submission reported by
the assessment tool marks the leads ``Submitted``."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from sqlalchemy import func, select
from support.two_companies import SHARED, TwoCompanies

from talkpush_desktop.engine.errors import NotFoundError, ValidationError
from talkpush_desktop.engine.outbound.invited_leads import NO_EMAIL
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.storage.models import AssessmentInvitation, CampaignLead, LeadSms

from .conftest import SEED_CREATE, Body

TEST = "a1b2c3d4-e5f6-7890-abcd-ef1234567890"


def assessment(ws: Workspace, body: Body, title: str, **job: Any) -> int:
    details = copy.deepcopy(SEED_CREATE["jobDetails"]) | {"autoAddInvitedCandidates": True}
    return ws.outbound.create(body(title=title, jobDetails=details | job)).id


def emails(ws: Workspace, campaign_id: int) -> list[str]:
    return [x.email for x in ws.outbound.leads(campaign_id, limit=100).leads]


@pytest.fixture
def people(outbound_ws: Workspace) -> dict[str, int]:
    ws = outbound_ws
    camp = ws.campaigns.create("Engineers", hotline_country="US").id
    add = ws.intake.add_candidate
    return {
        "ann": add(camp, first_name="Ann", last_name="Lee", email="Ann@Example.com"),
        "bob": add(camp, first_name="Bob", email="bob@example.com", phone="+12125550111"),
        "nomail": add(camp, first_name="Cy", phone="+12125550112"),
        "dnc": add(camp, first_name="Di", email="di@example.com"),
        "there": add(camp, first_name="Ed", email="ed@example.com"),
    }


def test_invited_candidates_join_the_running_campaigns_that_take_them(
    outbound_ws: Workspace, body: Body, people: dict[str, int]
) -> None:
    ws = outbound_ws
    takes = assessment(ws, body, "Takes them")
    paused = assessment(ws, body, "Paused")
    ws.outbound.pause(paused)
    manual = assessment(ws, body, "Manual only", autoAddInvitedCandidates=False)
    other_test = assessment(ws, body, "Other test", assessmentTestId="other")
    interest = ws.outbound.create(body(interest=True)).id
    ws.outbound.add_leads(takes, {"leads": [{"email": "ED@example.com"}]})
    ws.outbound.add_do_not_call(email="di@example.com")
    assert ws.assessments.tests() == {TEST: "Technical screen", "other": "Technical screen"}
    before = utcnow()

    done = ws.assessments.invite(people.values(), TEST, name="Technical screen")

    assert done.invited == tuple(people.values()) and done.already_invited == ()
    assert emails(ws, takes) == ["ED@example.com", "Ann@example.com", "bob@example.com"]
    for untouched in (paused, manual, other_test, interest):
        assert emails(ws, untouched) == []
    assert {(x.campaign_id, x.candidate_id) for x in done.leads} == {
        (takes, people["ann"]),
        (takes, people["bob"]),
    }
    assert {x.candidate_id: x.reason for x in done.skipped} == {
        people["nomail"]: NO_EMAIL,
        people["dnc"]: "on the do-not-call list",
        people["there"]: "already on the campaign",
    }
    lead = ws.outbound.lead(takes, done.leads[1].lead_id)
    assert (lead.first_name, lead.phone, lead.status) == ("Bob", "+12125550111", "Pending")
    with ws.transaction() as s:  # the leads rules: a reminder is planned for each new lead
        new = [x.lead_id for x in done.leads]
        kinds = s.execute(select(LeadSms.lead_id, LeadSms.kind).where(LeadSms.lead_id.in_(new)))
        assert sorted(kinds) == [(i, "reminder") for i in sorted(new)]
    [shown] = ws.assessments.invitations(people["ann"])
    assert (shown.test_id, shown.name, shown.invited_by) == (TEST, "Technical screen", ws.user_id)
    assert before <= shown.invited_at <= utcnow() and shown.submitted_at is None

    again = ws.assessments.invite([people["ann"], people["nomail"]], TEST)  # idempotent
    assert again.invited == () and again.leads == () and again.skipped == ()
    assert again.already_invited == (people["ann"], people["nomail"])
    assert len(ws.assessments.invitations(people["ann"])) == 1
    assert emails(ws, takes) == ["ED@example.com", "Ann@example.com", "bob@example.com"]
    ws.outbound.resume(paused)  # the invitation was then: resuming does not take it late
    assert emails(ws, paused) == []


def test_a_refused_invitation_writes_nothing(
    outbound_ws: Workspace, body: Body, people: dict[str, int]
) -> None:
    ws = outbound_ws
    takes = assessment(ws, body, "Takes them")
    with pytest.raises(NotFoundError, match="no candidate with id 999999"):
        ws.assessments.invite([people["ann"], 999999], TEST)
    for bad in ("", "  ", "x" * 201):
        with pytest.raises(ValidationError, match="test"):
            ws.assessments.invite([people["ann"]], bad)
    with pytest.raises(ValidationError, match="candidate"):
        ws.assessments.invite([], TEST)
    with ws.transaction() as s:
        assert s.scalar(select(func.count()).select_from(AssessmentInvitation)) == 0
    assert emails(ws, takes) == []


def test_a_reported_submission_marks_the_leads_of_the_test(
    outbound_ws: Workspace, body: Body, people: dict[str, int]
) -> None:
    ws = outbound_ws
    takes = assessment(ws, body, "Takes them")
    manual = assessment(ws, body, "Manual only", autoAddInvitedCandidates=False)
    other_test = assessment(ws, body, "Other test", assessmentTestId="other")
    for cid in (manual, other_test):  # Ann added by hand: the same person
        ws.outbound.add_leads(cid, {"leads": [{"email": "ann@example.com"}]})
    ws.outbound.pause(manual)
    ws.assessments.invite([people["ann"], people["bob"]], TEST)

    done = ws.assessments.submitted([people["ann"], people["there"]], TEST)

    assert done.submitted == (people["ann"],) and done.not_invited == (people["there"],)
    assert {(x.campaign_id, x.candidate_id) for x in done.leads} == {
        (takes, people["ann"]),
        (manual, people["ann"]),
    }
    marked = {
        (cid, x.email.lower()): x.assessment_submitted
        for cid in (takes, manual, other_test)
        for x in ws.outbound.leads(cid).leads
    }
    assert marked == {
        (takes, "ann@example.com"): True,
        (takes, "bob@example.com"): False,
        (manual, "ann@example.com"): True,
        (other_test, "ann@example.com"): False,
    }
    [shown] = ws.assessments.invitations(people["ann"])
    assert shown.submitted_at is not None
    first = shown.submitted_at
    ws.assessments.submitted([people["ann"]], TEST)  # reported twice: the first time stays
    assert ws.assessments.invitations(people["ann"])[0].submitted_at == first


def test_each_company_takes_only_its_own_candidates(two_companies: TwoCompanies) -> None:
    folder = two_companies.folder
    a, b = two_companies.a, two_companies.b
    made: dict[int, int] = {}
    for tenant in (a, b):
        with Workspace.open(data_dir=folder, company=tenant.id) as ws:
            site = ws.outbound.add_site("HQ", country="US", primary=True).id
            ws.outbound.add_caller_id("+15551234567")
            job = copy.deepcopy(SEED_CREATE["jobDetails"]) | {"autoAddInvitedCandidates": True}
            made[tenant.id] = ws.outbound.create(
                copy.deepcopy(SEED_CREATE) | {"companySiteId": site, "jobDetails": job}
            ).id
    maria = SHARED[0][2]
    with Workspace.open(data_dir=folder, company=a.id) as acme:
        done = acme.assessments.invite([a.candidate_ids[0]], TEST)
        assert [x.campaign_id for x in done.leads] == [made[a.id]]
        assert [x.email for x in acme.outbound.leads(made[a.id]).leads] == [maria]
        with pytest.raises(NotFoundError):  # Globex's Maria is not Acme's to invite
            acme.assessments.invite([b.candidate_ids[0]], TEST)
    with Workspace.open(data_dir=folder, company=b.id) as globex:
        assert globex.outbound.leads(made[b.id]).leads == ()
        assert globex.assessments.submitted([b.candidate_ids[0]], TEST).not_invited == (
            b.candidate_ids[0],
        )
        done = globex.assessments.invite([b.candidate_ids[0]], TEST)
        assert [x.campaign_id for x in done.leads] == [made[b.id]]
        globex.assessments.submitted([b.candidate_ids[0]], TEST)
        assert [x.assessment_submitted for x in globex.outbound.leads(made[b.id]).leads] == [True]
    with Workspace.open(data_dir=folder, company=a.id) as acme:
        [lead] = acme.outbound.leads(made[a.id]).leads
        assert not lead.assessment_submitted  # Globex's report is not Acme's lead's
        with acme.transaction() as s:
            assert s.scalar(select(func.count()).select_from(CampaignLead)) == 2


def test_a_deleted_campaign_takes_no_one(
    outbound_ws: Workspace, body: Body, people: dict[str, int]
) -> None:
    ws = outbound_ws
    gone = assessment(ws, body, "Deleted")
    ws.outbound.delete(gone)
    done = ws.assessments.invite([people["ann"]], TEST)
    assert done.invited == (people["ann"],) and done.leads == () and done.skipped == ()
    with ws.transaction() as s:
        assert s.scalar(select(func.count()).select_from(CampaignLead)) == 0
