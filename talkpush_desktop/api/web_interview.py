"""The web dial-out page on ``serve`` (``ws.web_interview`` holds the rules):

- ``GET /webdialout/{token}[?skip_confirmation=1]``: the interview page (HTML, its script and
  style from ``web_pages/``, no outside resources) with the interview in it as JSON; a token
  that is not genuine, used or without questions answers a 404 page;
- ``POST /webdialout/{token}/answers/{question_id}``: a multipart form with ``text`` and/or
  ``audio`` (the browser's recording); stores or replaces the answer; 204;
- ``POST /webdialout/{token}/finish``: completes the interview; 204.

Not part of the published API (left out of ``/openapi.json``).
"""

from __future__ import annotations

import html
import json
from functools import cache
from importlib import resources

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from talkpush_desktop.api.state import api_state
from talkpush_desktop.engine.errors import NotFoundError, ValidationError

router = APIRouter(include_in_schema=False)
_SECURITY = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
        "connect-src 'self'; media-src 'self' blob:; base-uri 'none'; form-action 'none'"
    ),
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
}


@cache
def _asset(name: str) -> str:
    return resources.files("talkpush_desktop.api").joinpath("web_pages", name).read_text("utf-8")


def _page(title: str, body: str, status: int = 200) -> HTMLResponse:
    text = (
        _asset("page.html")
        .replace("{{title}}", html.escape(title))
        .replace("{{style}}", _asset("interview.css"))
        .replace("{{body}}", body)
    )
    return HTMLResponse(text, status_code=status, headers=_SECURITY)


def _not_found() -> HTMLResponse:
    body = (
        '<main class="card"><h1>This interview link does not work</h1>'
        "<p>The link is not valid, or the interview was already done. Please use the latest "
        "link the recruiter sent you.</p></main>"
    )
    return _page("Interview not found", body, 404)


@router.get("/webdialout/{token}")
async def interview_page(request: Request, token: str) -> HTMLResponse:
    ws = api_state(request).workspace
    try:
        interview = await run_in_threadpool(ws.web_interview.open, token)
    except NotFoundError:
        return _not_found()
    data = {
        **interview.to_json(),
        "skip_confirmation": request.query_params.get("skip_confirmation") == "1",
        "answers_url": f"/webdialout/{token}/answers/",
        "finish_url": f"/webdialout/{token}/finish",
    }
    embedded = json.dumps(data).replace("<", "\\u003c").replace(">", "\\u003e")
    body = (
        f'<script id="interview" type="application/json">{embedded}</script>'
        '<main class="card" id="app"><p>Loading the interview...</p></main>'
        f"<script>{_asset('interview.js')}</script>"
    )
    return _page(f"Interview: {interview.campaign_name}", body)


@router.post("/webdialout/{token}/answers/{question_id}")
async def answer(request: Request, token: str, question_id: int) -> Response:
    async with request.form() as form:  # the upload's spooled file closed after
        text, audio = form.get("text", ""), form.get("audio")
        if not isinstance(text, str):
            raise ValidationError("text: send the answer as a form field")
        data, kind = b"", ""
        if isinstance(audio, UploadFile):
            data, kind = await audio.read(), audio.content_type or ""
    ws = api_state(request).workspace
    await run_in_threadpool(
        lambda: ws.web_interview.answer(token, question_id, text=text, audio=data, audio_type=kind)
    )
    return Response(status_code=204)


@router.post("/webdialout/{token}/finish")
async def finish(request: Request, token: str) -> Response:
    ws = api_state(request).workspace
    await run_in_threadpool(ws.web_interview.finish, token)
    return Response(status_code=204)
