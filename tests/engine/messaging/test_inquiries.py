"""Messenger's inquiry type: whoever writes to a campaign in inquiry mode lands as an
inquiry (the ``Inquiry`` label, no interview bot) and a recruiter answers in the chat."""

from __future__ import annotations

from talkpush_desktop.engine.campaigns.basic import Basic
from talkpush_desktop.engine.candidates.filters import CandidateFilter
from talkpush_desktop.engine.messaging import inbound, replies
from talkpush_desktop.engine.messaging.inquiries import INQUIRY_CAMPAIGN, INQUIRY_LABEL
from talkpush_desktop.engine.providers.base import Inbound
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.engine.workspace import Workspace


def _campaign(ws: Workspace, title: str, mode: str) -> int:
    made = ws.campaign_settings.create(Basic(title, "PH"))
    assert made.id is not None
    ws.interview.set_steps(made.id, [("question", "Why us?", "text")])
    ws.campaign_settings.set_messenger(made.id, mode=mode, title="CSR" if mode == "job" else "")
    return made.id


def _write(ws: Workspace, psid: str, body: str, n: int) -> None:
    with ws.transaction() as s:
        inbound.record(
            s, ws.company_id, [Inbound(f"M-{psid}-{n}", "messenger", psid, body, utcnow())]
        )
    replies.handle(ws.context)


def test_a_messenger_candidate_of_an_inquiry_campaign_waits_for_a_recruiter(
    ws: Workspace,
) -> None:
    asking = _campaign(ws, "Questions", "inquiry")
    hiring = _campaign(ws, "CSR Manila", "job")
    fan = ws.intake.add_candidate(
        asking, first_name="Fe", email="fe@example.com", others={"messenger_psid": "2471"}
    )
    job = ws.intake.add_candidate(
        hiring, first_name="Jo", email="jo@example.com", others={"messenger_psid": "3582"}
    )
    _write(ws, "2471", "Do you hire students?", 1)
    _write(ws, "3582", "START", 1)

    row = ws.candidates.get(fan).row
    assert INQUIRY_LABEL in row.labels
    assert [(m.direction, m.body) for m in ws.messaging.messages(fan)][-1] == (
        "in",
        "Do you hire students?",
    )  # the bot said nothing
    assert INQUIRY_LABEL not in ws.candidates.get(job).row.labels
    assert any("Why us?" in m.body for m in ws.messaging.messages(job))  # interviewed

    answer = ws.messaging.queue_message(fan, "Yes, part-time roles too.", "facebook")
    assert (answer.channel, answer.direction) == ("messenger", "out")
    _write(ws, "2471", "Thanks!", 2)  # still an inquiry, labelled once
    assert ws.candidates.get(fan).row.labels.count(INQUIRY_LABEL) == 1
    assert ws.candidates.get(fan).row.campaign_id == asking


def test_an_unknown_sender_joins_the_inquiry_campaign_labelled(ws: Workspace) -> None:
    _write(ws, "9999", "Hello, any openings?", 1)
    [camp] = [c for c in ws.campaigns.all() if c.title == INQUIRY_CAMPAIGN]
    labelled = ws.candidates.ids(CandidateFilter(campaign_id=camp.id, labels=(INQUIRY_LABEL,)))
    assert labelled == ws.candidates.ids(CandidateFilter(campaign_id=camp.id))
    assert len(labelled) == 1
