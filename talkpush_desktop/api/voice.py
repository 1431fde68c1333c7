"""Twilio's callbacks of the company campaigns' dialer (on ``serve`` when the workspace's
public URL points at it), each refused with 403 (nothing stored) unless a valid
``X-Twilio-Signature`` signs it for that public address:

- ``POST /v1/voice/dialer/gather?attempt=KEY&step=N``: what an IVR call's ``<Gather>``
  heard (keys or speech), or what the lead of an AI call said (the conversation engine
  answers the next turn); the answer is the TwiML of the call's next step;
- ``POST /v1/voice/dialer/status?attempt=KEY``: the call's status callback
  (``CallStatus``, ``AnsweredBy``, ``CallDuration``); a final status finishes the attempt
  at once, the dialer's poll being the fallback; answers 204.

Not part of the published API (left out of ``/openapi.json``).
"""

from __future__ import annotations

from collections.abc import Callable

from fastapi import APIRouter, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException

from talkpush_desktop.api.state import api_state
from talkpush_desktop.engine.errors import NotFoundError
from talkpush_desktop.engine.workspace import Workspace

router = APIRouter(include_in_schema=False)


async def _signed(
    request: Request, attempt: str, url_of: Callable[[Workspace], str]
) -> tuple[Workspace, dict[str, str]]:
    """The acting company's workspace and the form, once ``X-Twilio-Signature`` is found
    to sign the request to the address ``url_of`` gives (else 403)."""
    form = await request.form()
    params = {k: v for k, v in form.items() if isinstance(v, str)}
    state = api_state(request)
    company = await run_in_threadpool(state.workspace.dialer.attempt_company, attempt)
    ws = state.for_company(company)
    url = await run_in_threadpool(url_of, ws)
    signature = request.headers.get("X-Twilio-Signature", "")
    signed = await run_in_threadpool(ws.dialer.signed_by_twilio, url, params, signature)
    if not signed:
        raise HTTPException(403, "the request is not signed by Twilio")
    return ws, params


@router.post("/v1/voice/dialer/gather")
async def dialer_gather(request: Request) -> Response:
    attempt = request.query_params.get("attempt", "")
    step_text = request.query_params.get("step", "")
    if not attempt or not step_text.isdigit() or len(step_text) > 3:
        raise NotFoundError("no such call step")
    step = int(step_text)
    ws, params = await _signed(request, attempt, lambda w: w.dialer.gather_url(attempt, step))
    twiml = await run_in_threadpool(ws.dialer.gathered, attempt, step, params)
    return Response(twiml, media_type="application/xml")


@router.post("/v1/voice/dialer/status")
async def dialer_status(request: Request) -> Response:
    attempt = request.query_params.get("attempt", "")
    if not attempt:
        raise NotFoundError("no such call")
    ws, params = await _signed(request, attempt, lambda w: w.dialer.status_url(attempt))
    await run_in_threadpool(ws.dialer.call_status, attempt, params)
    return Response(status_code=204)
