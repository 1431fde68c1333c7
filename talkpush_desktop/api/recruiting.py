"""``GET /api/talkpush_services/campaigns``: the recruiting campaigns (seed 000) the bearer
partner key's user may see, the same rule as the window's and the command line's: the
company's owners see every campaign, any other manager those they are a member of."""

from __future__ import annotations

from fastapi import APIRouter, Request
from pydantic import BaseModel

from talkpush_desktop.api.auth import PartnerPrincipal
from talkpush_desktop.api.state import company_workspace

router = APIRouter(tags=["campaigns"])


class RecruitingCampaign(BaseModel):
    id: int
    title: str
    hotline_country: str
    interview_language: str
    status: str


class RecruitingCampaigns(BaseModel):
    campaigns: list[RecruitingCampaign]


@router.get(
    "/api/talkpush_services/campaigns",
    response_model=RecruitingCampaigns,
    summary="The campaigns the key's user may see",
)
def list_recruiting_campaigns(request: Request, principal: PartnerPrincipal) -> RecruitingCampaigns:
    """Oldest first; a campaign the user is not a member of is not listed (owners: all)."""
    ws = company_workspace(request, principal.company_id)  # the key's company, never another
    seen = ws.campaigns.visible_to(principal.user_id)
    return RecruitingCampaigns(
        campaigns=[
            RecruitingCampaign(
                id=c.id,
                title=c.title,
                hotline_country=c.hotline_country,
                interview_language=c.interview_language,
                status=c.status,
            )
            for c in seen
        ]
    )
