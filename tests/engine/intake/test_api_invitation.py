"""The intake API's engine: ``ws.intake.api_invitation`` (seed 000's create-a-candidate)."""

from __future__ import annotations

import stat
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from talkpush_desktop.engine.candidates.filters import CandidateFilter
from talkpush_desktop.engine.dto import CampaignInfo
from talkpush_desktop.engine.errors import FieldErrors, IdempotencyConflict, NotFoundError
from talkpush_desktop.engine.intake.api_invitation import Answer, InvitationData
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.storage.models import Activity, Candidate, IdempotencyKey
from tests.support.cv_documents import docx_with_text, pdf_with_text

REFEREE = {
    "referee_first_name": "Ana",
    "referee_last_name": "Reyes",
    "referee_id": "E-77",
    "referee_email": "ana.reyes@example.com",
    "referee_mobile": "09175550100",
    "referee_account": "Globe",
    "position": "Team lead",
    "bpo_experience": "3 years",
    "shift": "night",
}


def data(**more: object) -> InvitationData:
    fields: dict[str, object] = {"first_name": "Juan", "last_name": "Cruz"}
    fields.update(more)
    return InvitationData(**fields)  # type: ignore[arg-type]


def count(ws: Workspace, model: type = Candidate) -> int:
    with ws.context.reading() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_created_in_the_inbox_in_the_ats_shape(ws: Workspace, campaign: CampaignInfo) -> None:
    answer = ws.intake.api_invitation(
        campaign.id, data(user_phone_number="9175550123", source="careers site", others=REFEREE)
    )
    assert answer.status == 201 and not answer.replayed
    body = answer.body
    assert body["id"] == answer.candidate_id and body["campaign_id"] == campaign.id
    assert body["user_phone_number"] == "9175550123" and body["first_name"] == "Juan"
    assert body["others"]["referee_id"] == "E-77" and body["others"]["shift"] == "night"
    assert body["others"]["position"] == "Team lead"
    detail = ws.candidates.get(answer.candidate_id)
    assert detail.row.phone == "+639175550123" and detail.row.source == "careers site"
    assert detail.referee["mobile"] == "+639175550100"
    with ws.context.reading() as s:
        actions = list(
            s.scalars(select(Activity.action).where(Activity.candidate_id == answer.candidate_id))
        )
    assert "added" in actions and "invited" in actions
    assert ws.messaging.messages(answer.candidate_id)  # the invitation is queued


def test_source_defaults_to_api(ws: Workspace, campaign: CampaignInfo) -> None:
    answer = ws.intake.api_invitation(campaign.id, data(email="juan@example.com"))
    assert ws.candidates.get(answer.candidate_id).row.source == "api"


@pytest.mark.parametrize(
    ("fields", "named"),
    [
        ({}, {"campaign_invitation[email]", "campaign_invitation[user_phone_number]"}),
        ({"email": "not-an-email"}, {"campaign_invitation[email]"}),
        ({"first_name": "", "email": "a@example.com"}, {"campaign_invitation[first_name]"}),
        ({"user_phone_number": "12"}, {"campaign_invitation[user_phone_number]"}),
    ],
)
def test_refused_fields_are_named_and_nothing_stored(
    ws: Workspace, campaign: CampaignInfo, fields: dict[str, str], named: set[str]
) -> None:
    with pytest.raises(FieldErrors) as caught:
        ws.intake.api_invitation(campaign.id, data(**fields), idempotency_key="k1")
    assert named <= set(caught.value.details)
    assert count(ws) == 0 and count(ws, IdempotencyKey) == 0


def test_another_companys_campaign_is_not_found(ws: Workspace, campaign: CampaignInfo) -> None:
    with pytest.raises(NotFoundError):
        ws.intake.api_invitation(campaign.id + 1000, data(email="juan@example.com"))


def test_known_contact_is_stored_and_labelled_duplicate(
    ws: Workspace, campaign: CampaignInfo
) -> None:
    first = ws.intake.api_invitation(campaign.id, data(email="juan@example.com"))
    second = ws.intake.api_invitation(campaign.id, data(email="JUAN@example.com"))
    assert first.candidate_id != second.candidate_id
    assert "Duplicate" in ws.candidates.get(second.candidate_id).row.labels


def test_pdf_cv_is_stored_read_searched_and_fills_the_email(
    ws: Workspace, campaign: CampaignInfo
) -> None:
    pdf = pdf_with_text("Juan Cruz", "juan.cruz@example.com", "Forklift operator Zamboanga")
    answer = ws.intake.api_invitation(
        campaign.id, data(user_phone_number="9175550123", cv=pdf, cv_filename="resume.doc")
    )
    detail = ws.candidates.get(answer.candidate_id)
    assert "Forklift operator" in detail.cv_text
    assert detail.row.email == "juan.cruz@example.com"
    stored = ws.context.data_dir / detail.cv_path
    assert stored.suffix == ".pdf" and stored.read_bytes() == pdf
    assert stat.S_IMODE(stored.stat().st_mode) == 0o600
    notes = [m.body for m in ws.messaging.messages(answer.candidate_id)]
    assert any("taken from the CV" in n for n in notes)
    page = ws.candidates.page(CandidateFilter(campaign_id=campaign.id, search="zamboanga"))
    assert [r.id for r in page] == [answer.candidate_id]


def test_docx_cv_gives_the_phone(ws: Workspace, campaign: CampaignInfo) -> None:
    cv = docx_with_text("Experience: call centre", "Mobile: 0917 555 0144")
    answer = ws.intake.api_invitation(campaign.id, data(cv=cv, cv_filename="cv.docx"))
    assert ws.candidates.get(answer.candidate_id).row.phone == "+639175550144"


def test_cv_of_another_type_is_refused(ws: Workspace, campaign: CampaignInfo) -> None:
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256))
    with pytest.raises(FieldErrors) as caught:
        ws.intake.api_invitation(
            campaign.id, data(email="a@example.com", cv=png, cv_filename="cv.pdf")
        )
    assert "campaign_invitation[temporary_cv]" in caught.value.details
    assert count(ws) == 0 and not list((ws.context.data_dir / "cvs").glob("*"))


def test_retry_with_the_key_gets_the_first_answer(ws: Workspace, campaign: CampaignInfo) -> None:
    first = ws.intake.api_invitation(
        campaign.id, data(email="a@example.com"), idempotency_key="order-1", request_hash="h1"
    )
    again = ws.intake.api_invitation(
        campaign.id, data(email="a@example.com"), idempotency_key="order-1", request_hash="h1"
    )
    assert again.replayed and (again.status, again.body) == (first.status, first.body)
    assert count(ws) == 1
    with pytest.raises(IdempotencyConflict):
        ws.intake.api_invitation(
            campaign.id, data(email="b@example.com"), idempotency_key="order-1", request_hash="h2"
        )
    assert count(ws) == 1


def test_concurrent_requests_with_one_key_make_one_candidate(
    workspace_dir: Path, ws: Workspace, campaign: CampaignInfo
) -> None:
    def post(_n: int) -> Answer:
        with Workspace.open(data_dir=workspace_dir) as other:
            return other.intake.api_invitation(
                campaign.id, data(email="a@example.com"), idempotency_key="k", request_hash="h"
            )

    with ThreadPoolExecutor(4) as pool:
        answers = list(pool.map(post, range(4)))
    assert count(ws) == 1 and len({a.candidate_id for a in answers}) == 1
    assert sum(not a.replayed for a in answers) == 1


def test_keys_are_kept_a_day_then_purged(ws: Workspace, campaign: CampaignInfo) -> None:
    ws.intake.api_invitation(campaign.id, data(email="a@example.com"), idempotency_key="young")
    ws.intake.api_invitation(campaign.id, data(email="b@example.com"), idempotency_key="old")
    with ws.context.transaction() as s:
        s.execute(
            update(IdempotencyKey)
            .where(IdempotencyKey.key == "old")
            .values(created_at=utcnow() - timedelta(hours=25))
        )
        s.execute(
            update(IdempotencyKey)
            .where(IdempotencyKey.key == "young")
            .values(created_at=utcnow() - timedelta(hours=23))
        )
    ws.intake._batches.purged_at = None  # type: ignore[union-attr]
    ws.intake.api_invitation(campaign.id, data(email="c@example.com"))
    with ws.context.reading() as s:
        keys = set(s.scalars(select(IdempotencyKey.key)))
    assert keys == {"young"}
