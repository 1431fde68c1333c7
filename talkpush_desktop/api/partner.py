"""The Partner API of seed 004 under ``/v1/partner``: company sites, company campaigns and
their leads, for the company (and user) of the bearer key.

Each handler authenticates the key (:data:`api.auth.PartnerPrincipal`), takes the key's
company workspace and calls ``ws.outbound``; every rule (strict bodies, pages, 404 for
another company's id) is the engine's, and its refusals answer as they are raised
(``{"error": {"code", "type", "message", "details"}}`` in seed 004's codes). Bodies are read
as raw JSON for the engine to check; :mod:`api.partner_models` documents them.
"""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from talkpush_desktop.api import partner_models as m
from talkpush_desktop.api.auth import PartnerPrincipal
from talkpush_desktop.api.errors import PARTNER_PREFIX, ErrorBody
from talkpush_desktop.api.state import company_workspace
from talkpush_desktop.engine.access.keys import ApiPrincipal
from talkpush_desktop.engine.outbound import shapes
from talkpush_desktop.engine.outbound.errors import invalid
from talkpush_desktop.engine.outbound.service import MAX_SAFE
from talkpush_desktop.engine.outbound.vocab import LEAD_BUCKETS
from talkpush_desktop.engine.workspace import Workspace

_ERROR = {"model": ErrorBody}
router = APIRouter(
    prefix=PARTNER_PREFIX,
    tags=["partner"],
    responses={
        400: _ERROR | {"description": "INVALID_REQUEST or PURPOSE_NOT_ALLOWED_FOR_PARTNER"},
        401: _ERROR | {"description": "UNAUTHORIZED: no key, or an unknown or revoked one"},
        403: _ERROR | {"description": "FORBIDDEN: the key may not act for its company"},
        404: _ERROR | {"description": "NOT_FOUND"},
        429: _ERROR | {"description": "RATE_LIMITED (see Retry-After)"},
    },
)

CampaignId = Annotated[
    str, Path(min_length=1, description="the campaign's numeric id (another answers 404)")
]
LeadId = Annotated[str, Path(min_length=1, description="a leadId from GET .../leads")]
Page = Annotated[
    int,
    Query(
        description="from 1",
        json_schema_extra={"minimum": 1, "maximum": MAX_SAFE, "default": 1},
    ),
]
Limit = Annotated[
    int,
    Query(description="1 to 100", json_schema_extra={"minimum": 1, "maximum": 100, "default": 20}),
]
_JSON_TYPES = ("application/json", "")


async def json_body(request: Request) -> Any:
    """The request's JSON body, unchecked (the engine checks it)."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind not in _JSON_TYPES and not kind.endswith("+json"):
        raise HTTPException(415, "send the body as JSON (Content-Type: application/json)")
    raw = await request.body()
    if not raw.strip():
        raise invalid({"body": '"value" must be of type object'})
    try:
        return json.loads(raw)
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise invalid({"body": '"body" must be valid JSON'}) from None


Body = Annotated[Any, Depends(json_body)]


def _ws(request: Request, principal: ApiPrincipal) -> Workspace:
    return company_workspace(request, principal.company_id)  # the key's company, never another


@router.get("/company-sites", response_model=m.CompanySites, summary="List company sites")
def list_company_sites(request: Request, principal: PartnerPrincipal) -> JSONResponse:
    """The sites the key's user may create campaigns for."""
    sites = _ws(request, principal).outbound.sites(principal.user_id)
    return JSONResponse({"companySites": [site.to_json() for site in sites]})


@router.get("/campaigns", response_model=m.CampaignList, summary="List campaigns")
def list_campaigns(
    request: Request,
    principal: PartnerPrincipal,
    *,
    status: Annotated[str | None, Query(description="exact status, e.g. RUNNING")] = None,
    purpose_type: Annotated[
        str | None, Query(alias="purposeType", description="exact purpose, e.g. SCHEDULE")
    ] = None,
    page: Page = 1,
    limit: Limit = 20,
) -> JSONResponse:
    """The company's campaigns (accessLevel COMPANY), newest id first."""
    found = _ws(request, principal).outbound.campaigns(
        status=status, purpose_type=purpose_type, page=page, limit=limit
    )
    return JSONResponse(shapes.campaigns_page(found))


@router.post(
    "/campaigns",
    status_code=201,
    response_model=m.CampaignEnvelope,
    summary="Create a campaign",
    openapi_extra=m.body_schema(m.CreateCampaignBody, "the campaign; strict keys"),
    responses={415: _ERROR | {"description": "UNSUPPORTED_MEDIA_TYPE"}},
)
def create_campaign(request: Request, principal: PartnerPrincipal, body: Body) -> JSONResponse:
    """A new company campaign on a site of the key's user, from a verified caller ID."""
    made = _ws(request, principal).outbound.create(body, principal.user_id)
    return JSONResponse({"campaign": shapes.detail(made)}, status_code=201)


@router.get("/campaigns/{campaignId}", response_model=m.CampaignEnvelope, summary="Get a campaign")
def get_campaign(request: Request, principal: PartnerPrincipal, campaignId: CampaignId) -> Any:
    """The campaign's sanitized detail."""
    found = _ws(request, principal).outbound.get(campaignId)
    return JSONResponse({"campaign": shapes.detail(found)})


@router.patch(
    "/campaigns/{campaignId}",
    response_model=m.CampaignUpdated,
    summary="Update a campaign",
    openapi_extra=m.body_schema(m.UpdateCampaignBody, "only the fields that change"),
    responses={415: _ERROR | {"description": "UNSUPPORTED_MEDIA_TYPE"}},
)
def update_campaign(
    request: Request, principal: PartnerPrincipal, campaignId: CampaignId, body: Body
) -> JSONResponse:
    """Change what the body names (the schedule only until calling started)."""
    changed = _ws(request, principal).outbound.update(campaignId, body)
    return JSONResponse(
        {"status": "success", "flowId": changed.id, "campaign": shapes.detail(changed)}
    )


@router.get(
    "/campaigns/{campaignId}/leads", response_model=m.LeadList, summary="List a campaign's leads"
)
def list_leads(
    request: Request,
    principal: PartnerPrincipal,
    campaignId: CampaignId,
    *,
    search: Annotated[str | None, Query(description="in first name, last name or email")] = None,
    status: Annotated[
        str | None,
        Query(description="a status bucket", json_schema_extra={"enum": list(LEAD_BUCKETS)}),
    ] = None,
    page: Page = 1,
    limit: Limit = 20,
) -> JSONResponse:
    """The campaign's leads with their status bucket, oldest first."""
    found = _ws(request, principal).outbound.leads(
        campaignId, search=search, status=status, page=page, limit=limit
    )
    return JSONResponse(found.to_json())


@router.post(
    "/campaigns/{campaignId}/leads",
    response_model=m.LeadsAdded,
    summary="Add leads",
    openapi_extra=m.body_schema(m.AddLeadsBody, "one or many leads, each with an email"),
    responses={415: _ERROR | {"description": "UNSUPPORTED_MEDIA_TYPE"}},
)
def add_leads(
    request: Request, principal: PartnerPrincipal, campaignId: CampaignId, body: Body
) -> JSONResponse:
    """Add leads; a lead already on the campaign or on the do-not-call list is skipped."""
    done = _ws(request, principal).outbound.add_leads(campaignId, body)
    return JSONResponse(done.to_json())


@router.delete(
    "/campaigns/{campaignId}/leads/{leadId}",
    response_model=m.LeadRemoved,
    summary="Remove a lead",
)
def remove_lead(
    request: Request, principal: PartnerPrincipal, campaignId: CampaignId, leadId: LeadId
) -> JSONResponse:
    """Take the lead off the campaign."""
    removed = _ws(request, principal).outbound.remove_lead(campaignId, leadId)
    return JSONResponse({"status": "success", "leadId": removed})
