"""Seed 000's candidate intake: ``POST /api/talkpush_services/campaigns/{campaign_id}/
campaign_invitations`` (form-encoded, multipart with the CV, or JSON; see
:mod:`api.intake_params`), exactly once per ``Idempotency-Key`` header.

201 answers the candidate in the ATS JSON shape; a retry of a keyed request answers the
first answer again with ``Idempotent-Replayed: true``. The handler reads the body and calls
``ws.intake.api_invitation``; every rule is the engine's.
"""

from __future__ import annotations

from functools import partial
from typing import Annotated, Any

from fastapi import APIRouter, Path, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field

from talkpush_desktop.api.auth import intake_principal
from talkpush_desktop.api.errors import error_responses
from talkpush_desktop.api.intake_params import read_params
from talkpush_desktop.api.state import company_workspace
from talkpush_desktop.engine.intake.api_invitation import REFEREE_KEYS, TEXT_FIELDS
from talkpush_desktop.engine.intake.idempotency import KEY_MAX

router = APIRouter(
    tags=["intake"],
    responses=error_responses(422),
)
ID_MAX = 2**63 - 1

_TEXT = {"type": "string"}
_FORM_SCHEMA = {
    "type": "object",
    "required": ["api_key", "api_secret", "campaign_invitation[first_name]"],
    "properties": {
        "api_key": _TEXT,
        "api_secret": _TEXT,
        **{f"campaign_invitation[{name}]": _TEXT for name in TEXT_FIELDS},
        **{
            f"campaign_invitation[others][{name}]": _TEXT
            for name in (*REFEREE_KEYS, "position", "bpo_experience")
        },
    },
}
_MULTIPART_SCHEMA = {
    **_FORM_SCHEMA,
    "properties": {
        **_FORM_SCHEMA["properties"],  # type: ignore[dict-item]
        "campaign_invitation[temporary_cv]": {"type": "string", "format": "binary"},
    },
}
_JSON_SCHEMA = {
    "type": "object",
    "required": ["api_key", "api_secret", "campaign_invitation"],
    "properties": {
        "api_key": _TEXT,
        "api_secret": _TEXT,
        "campaign_invitation": {
            "type": "object",
            "required": ["first_name"],
            "properties": {
                "first_name": _TEXT,
                "last_name": _TEXT,
                "user_phone_number": _TEXT,
                "email": _TEXT,
                "source": _TEXT,
                "temporary_cv": {
                    "type": "string",
                    "contentEncoding": "base64",
                    "description": "the CV file in base64",
                },
                "temporary_cv_filename": _TEXT,
                "others": {"type": "object", "additionalProperties": _TEXT},
            },
        },
    },
}
_IDEMPOTENCY_HEADER = {
    "name": "idempotency-key",
    "in": "header",
    "required": False,
    "schema": {
        "anyOf": [{"type": "string", "maxLength": KEY_MAX}, {"type": "null"}],
        "title": "Idempotency-Key",
    },
}
"""Described here and read by the handler (the engine checks it): FastAPI's own header
parameter cost a tenth of the route's time on the event loop."""
_BODY = {
    "parameters": [_IDEMPOTENCY_HEADER],
    "requestBody": {
        "required": True,
        "content": {
            "application/x-www-form-urlencoded": {"schema": _FORM_SCHEMA},
            "multipart/form-data": {"schema": _MULTIPART_SCHEMA},
            "application/json": {"schema": _JSON_SCHEMA},
        },
    },
}


class AtsCandidate(BaseModel):
    """A candidate in the seed's ATS JSON shape."""

    state: str
    campaign_id: int
    id: int
    first_name: str
    last_name: str
    campaign_title: str
    email: str
    user_phone_number: str = Field(description="the national number, without the area code")
    school_name: str | None
    gender: str | None
    employment: list[dict[str, Any]]
    links: list[dict[str, Any]]
    others: dict[str, Any]


@router.post(
    "/api/talkpush_services/campaigns/{campaign_id}/campaign_invitations",
    status_code=201,
    response_model=AtsCandidate,
    responses=error_responses(400, 409, 415),  # a failed store, a reused key, a body type
    openapi_extra=_BODY,
    summary="Create a candidate in a campaign (seed 000)",
)
async def create_invitation(
    request: Request,
    campaign_id: Annotated[int, Path(ge=1, le=ID_MAX)],
) -> Response:
    """A career site's candidate: stored in the campaign's Inbox and invited."""
    idempotency_key = request.headers.get("idempotency-key")
    params = await read_params(request)
    # from memory only when the request will reach the writer, which checks the key again
    quick = not params.problems
    principal = await intake_principal(request, params.api_key, params.api_secret, quick=quick)
    ws = company_workspace(request, principal.company_id)  # the key's company, never another
    submit = partial(
        ws.intake.submit_invitation,
        campaign_id,
        params.invitation(),
        idempotency_key=idempotency_key,
        request_hash=params.request_hash(campaign_id),
        acting_key=(principal.key_id, request.client.host if request.client else None),
    )
    # a CV is read (pypdf, python-docx) and stored as it is submitted: off the event loop
    future = await run_in_threadpool(submit) if params.cv is not None else submit()
    answer = await future  # the loop is woken once per written batch, not per request
    headers = {"Idempotent-Replayed": "true"} if answer.replayed else {}
    if answer.text:  # rendered by the writer, as stored with the key
        return Response(answer.text.encode(), answer.status, headers, "application/json")
    return JSONResponse(answer.body, status_code=answer.status, headers=headers)
