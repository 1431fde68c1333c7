"""The Messenger Platform webhook of a company, on ``serve``
(``/v1/messenger/webhook/{company_id}``, the Callback URL set in the Meta app):

- ``GET`` with ``hub.mode=subscribe``, ``hub.verify_token`` and ``hub.challenge``: the
  challenge echoed as plain text when the token is the company's (else 403);
- ``POST``: the page's events, refused with 403 and nothing stored unless
  ``X-Hub-Signature-256`` signs the raw body with the company's app secret; answers 200
  ``{"received": N}`` (Meta retries anything else).

Not part of the published API (left out of ``/openapi.json``).
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, PlainTextResponse
from starlette.concurrency import run_in_threadpool

from talkpush_desktop.api.state import api_state
from talkpush_desktop.engine.errors import NotFoundError
from talkpush_desktop.engine.workspace import Workspace

router = APIRouter(include_in_schema=False)
PATH = "/v1/messenger/webhook/{company_id}"


def _workspace(request: Request, company_id: str) -> Workspace:
    """The company's workspace; any unknown id is the same 404 (no company names)."""
    if not company_id.isdigit() or len(company_id) > 12:
        raise NotFoundError("no such webhook")
    try:
        return api_state(request).for_company(int(company_id))
    except NotFoundError:
        raise NotFoundError("no such webhook") from None


@router.get(PATH)
async def verify_subscription(request: Request, company_id: str) -> PlainTextResponse:
    ws = await run_in_threadpool(_workspace, request, company_id)
    q = request.query_params
    challenge = await run_in_threadpool(
        ws.messenger_webhook.verify,
        q.get("hub.mode", ""),
        q.get("hub.verify_token", ""),
        q.get("hub.challenge", ""),
    )
    return PlainTextResponse(challenge)


@router.post(PATH)
async def page_events(request: Request, company_id: str) -> JSONResponse:
    ws = await run_in_threadpool(_workspace, request, company_id)
    body = await request.body()
    signature = request.headers.get("X-Hub-Signature-256", "")
    received = await run_in_threadpool(ws.messenger_webhook.receive, body, signature)
    return JSONResponse({"received": len(received)})
