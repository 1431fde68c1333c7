"""Twilio's callbacks of the company campaigns' dialer (on ``serve`` when the workspace's
public URL points at it): ``POST /v1/voice/dialer/gather?attempt=KEY&step=N`` is where an
IVR call's ``<Gather>`` posts the keys (or speech) it heard, and an AI call's what the lead
said (the conversation engine answers the next turn). The request must carry a valid
``X-Twilio-Signature`` for that public address (else 403, nothing stored); the answer is
the TwiML of the call's next step. Not part of the published API (left out of
``/openapi.json``).
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException

from talkpush_desktop.api.state import api_state
from talkpush_desktop.engine.errors import NotFoundError

router = APIRouter(include_in_schema=False)


@router.post("/v1/voice/dialer/gather")
async def dialer_gather(request: Request) -> Response:
    attempt = request.query_params.get("attempt", "")
    step_text = request.query_params.get("step", "")
    if not attempt or not step_text.isdigit() or len(step_text) > 3:
        raise NotFoundError("no such call step")
    step = int(step_text)
    form = await request.form()
    params = {k: v for k, v in form.items() if isinstance(v, str)}
    state = api_state(request)
    company = await run_in_threadpool(state.workspace.dialer.attempt_company, attempt)
    ws = state.for_company(company)
    url = await run_in_threadpool(ws.dialer.gather_url, attempt, step)
    signature = request.headers.get("X-Twilio-Signature", "")
    signed = await run_in_threadpool(ws.dialer.signed_by_twilio, url, params, signature)
    if not signed:
        raise HTTPException(403, "the request is not signed by Twilio")
    twiml = await run_in_threadpool(ws.dialer.gathered, attempt, step, params)
    return Response(twiml, media_type="application/xml")
