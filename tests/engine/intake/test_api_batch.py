"""Intake API requests stored together (``engine.intake.api_batch``): one transaction for a
batch, every rule of a lone request kept, each request its own answer."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import func, select

from talkpush_desktop.engine.dto import CampaignInfo
from talkpush_desktop.engine.errors import FieldErrors, IdempotencyConflict, NotFoundError
from talkpush_desktop.engine.exports import ats_json
from talkpush_desktop.engine.intake.api_batch import Request, Writer
from talkpush_desktop.engine.intake.api_invitation import Answer, InvitationData
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.storage.models import Activity, Candidate, IdempotencyKey


def data(email: str = "", **more: object) -> InvitationData:
    return InvitationData(first_name="Juan", last_name="Cruz", email=email, **more)  # type: ignore[arg-type]


def count(ws: Workspace, model: type = Candidate) -> int:
    with ws.context.reading() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_a_batch_keeps_every_rule_and_each_answer(ws: Workspace, campaign: CampaignInfo) -> None:
    other = ws.campaigns.create("Night shift", hotline_country="PH")
    requests = [
        Request(campaign.id, data("a@example.com"), key="k1", request_hash="h1"),
        Request(campaign.id, data("not-an-email")),  # refused alone
        Request(other.id, data("A@example.com", user_phone_number="9175550123")),
        Request(campaign.id + 1000, data("c@example.com")),  # not this company's
        Request(campaign.id, data("a@example.com"), key="k1", request_hash="h1"),  # twin
        Request(campaign.id, data("d@example.com"), key="k1", request_hash="h2"),  # conflict
        Request(campaign.id, data(user_phone_number="9175550123")),
    ]
    writer = Writer(ws.context, ats_json.candidates)
    out = writer.run(requests)
    first, refused, in_other, unknown, twin, conflict, by_phone = out
    assert isinstance(first, Answer) and first.status == 201 and not first.replayed
    assert isinstance(refused, FieldErrors)
    assert "campaign_invitation[email]" in refused.details
    assert isinstance(in_other, Answer) and in_other.body["campaign_id"] == other.id
    assert isinstance(unknown, NotFoundError)
    assert isinstance(twin, Answer) and twin.replayed
    assert (twin.candidate_id, twin.body) == (first.candidate_id, first.body)
    assert isinstance(conflict, IdempotencyConflict)
    assert isinstance(by_phone, Answer)
    assert count(ws) == 3 and count(ws, IdempotencyKey) == 1

    # as if sent one by one: a later holder (higher id) of a contact in the batch is a
    # Duplicate, also in another campaign
    def duplicate(answer: object) -> bool:
        assert isinstance(answer, Answer) and answer.candidate_id is not None
        assert ws.messaging.messages(answer.candidate_id)  # the invitation is queued
        return "Duplicate" in ws.candidates.get(answer.candidate_id).row.labels

    assert not duplicate(first) and duplicate(in_other)
    assert isinstance(in_other.candidate_id, int) and isinstance(by_phone.candidate_id, int)
    assert duplicate(by_phone) is (by_phone.candidate_id > in_other.candidate_id)
    with ws.context.reading() as s:
        added = s.scalar(
            select(func.count()).select_from(Activity).where(Activity.action == "added")
        )
    assert added == 3
    # the stored first answer is what a later retry gets
    again = ws.intake.api_invitation(
        campaign.id, data("a@example.com"), idempotency_key="k1", request_hash="h1"
    )
    assert again.replayed and again.body == first.body and count(ws) == 3


def test_a_failed_write_falls_back_to_one_transaction_each(
    ws: Workspace, campaign: CampaignInfo
) -> None:
    calls: list[int] = []

    def shape(session, company_id, ids):  # type: ignore[no-untyped-def]
        calls.append(len(ids))
        if len(ids) > 1:
            raise RuntimeError("a write failed half-way")
        return ats_json.candidates(session, company_id, ids)

    writer = Writer(ws.context, shape)
    out = writer.run(
        [Request(campaign.id, data(f"p{n}@example.com"), key=f"p{n}") for n in range(3)]
    )
    assert all(isinstance(a, Answer) and a.status == 201 for a in out)
    assert calls == [3, 1, 1, 1]  # the batch rolled back, then each alone
    assert count(ws) == 3 and count(ws, IdempotencyKey) == 3


def test_concurrent_server_requests_are_batched(ws: Workspace, campaign: CampaignInfo) -> None:
    def post(n: int) -> Answer:
        return ws.intake.api_invitation(
            campaign.id,
            data(f"c{n % 40}@example.com"),
            idempotency_key=f"key-{n % 40}",
            request_hash=f"h{n % 40}",
        )

    with ThreadPoolExecutor(16) as pool:
        answers = list(pool.map(post, range(120)))
    assert count(ws) == 40  # each key's candidate once, whatever batch its twins were in
    by_key: dict[int, set[int | None]] = {}
    for n, a in enumerate(answers):
        by_key.setdefault(n % 40, set()).add(a.candidate_id)
    assert all(len(ids) == 1 for ids in by_key.values())
    assert sum(not a.replayed for a in answers) == 40
    writer = ws.intake._writer
    assert writer is not None and writer.batches < 120


def test_a_twin_of_a_refused_request_is_tried_on_its_own(
    ws: Workspace, campaign: CampaignInfo
) -> None:
    writer = Writer(ws.context, ats_json.candidates)
    bad, good = writer.run(
        [
            Request(campaign.id, data("nope"), key="k", request_hash="h1"),
            Request(campaign.id, data("fixed@example.com"), key="k", request_hash="h2"),
        ]
    )
    assert isinstance(bad, FieldErrors)
    assert isinstance(good, Answer) and good.status == 201 and not good.replayed
    assert count(ws) == 1
