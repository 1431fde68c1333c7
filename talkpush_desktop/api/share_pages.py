"""The pages of share links (``ws.sharing``), for people who have no account:

- ``GET /share/{token}``: the read-only page of a candidate's chosen sections;
- ``GET /share/{token}/audio/{n}``: the n-th response's recording (played by the page);
- ``GET /share/{token}/cv``: the CV file.

A token that is tampered with, expired or revoked answers 404, like one never made. The
link's company's IP whitelist holds (403 in the one error shape from an address outside it).
Not part of the published API (left out of ``/openapi.json``).
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, HTMLResponse
from starlette.concurrency import run_in_threadpool

from talkpush_desktop.api.state import api_state
from talkpush_desktop.engine.errors import NotFoundError
from talkpush_desktop.engine.workspace import Workspace

router = APIRouter(include_in_schema=False)
_GONE = "no such page (the link may have expired or been revoked)"
_HEADERS = {
    "Cache-Control": "no-store",
    "X-Robots-Tag": "noindex",
    "Referrer-Policy": "no-referrer",
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; "
    "media-src 'self' https:; img-src 'self' data:",
}


async def _workspace(request: Request, token: str) -> Workspace:
    state = api_state(request)
    company = await run_in_threadpool(state.workspace.sharing.company_of, token)
    if company is None:
        raise NotFoundError(_GONE)
    address = request.client.host if request.client else ""
    await run_in_threadpool(state.workspace.accounts.check_address, company, address)
    return state.for_company(company)


@router.get("/share/{token}", response_class=HTMLResponse)
async def share_page(request: Request, token: str) -> HTMLResponse:
    ws = await _workspace(request, token)
    html = await run_in_threadpool(ws.sharing.page, token)
    if html is None:
        raise NotFoundError(_GONE)
    return HTMLResponse(html, headers=_HEADERS)


async def _file(request: Request, token: str, what: str, index: int = 0) -> FileResponse:
    ws = await _workspace(request, token)
    path = await run_in_threadpool(ws.sharing.file, token, what, index)
    if path is None:
        raise NotFoundError("no such file")
    return FileResponse(path, headers={"Cache-Control": "no-store"})


@router.get("/share/{token}/audio/{index}")
async def share_audio(request: Request, token: str, index: int) -> FileResponse:
    return await _file(request, token, "audio", index)


@router.get("/share/{token}/cv")
async def share_cv(request: Request, token: str) -> FileResponse:
    return await _file(request, token, "cv")
