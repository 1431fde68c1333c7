"""The FastAPI application on a Workspace: routes, the one error shape, limits and the log.

Handlers are plain ``def`` functions: FastAPI runs them in its thread pool and each calls
``ws.<service>``, which opens its own session per call, so one Workspace serves every
request. Route groups add themselves in :func:`create_app` (``include_router``).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI
from pydantic import BaseModel

from talkpush_desktop import __version__
from talkpush_desktop.api import (
    accounts,
    errors,
    intake,
    messenger,
    partner,
    recruiting,
    share_pages,
    voice,
    web_interview,
)
from talkpush_desktop.api.intake_fast_path import IntakeFastPath
from talkpush_desktop.api.limits import (
    DEFAULT_MAX_BODY,
    BodyLimit,
    Buckets,
    RateLimit,
    RateLimiter,
)
from talkpush_desktop.api.request_log import RequestLog
from talkpush_desktop.api.state import ApiState
from talkpush_desktop.engine.workspace import Workspace


class Health(BaseModel):
    status: str
    version: str


def _health() -> Health:
    """Is the server up (no authentication)."""
    return Health(status="ok", version=__version__)


def _described(app: FastAPI) -> Callable[[], dict[str, Any]]:
    """``app.openapi`` with the route groups' touches (built once, then cached by FastAPI)."""
    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            partner.tidy_openapi(build())
        return app.openapi_schema or build()

    return openapi


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    """When the server stops, the workspaces the app opened are closed."""
    try:
        yield
    finally:
        state: ApiState = app.state.api
        state.close()


def create_app(
    workspace: Workspace,
    *,
    max_body_bytes: int = DEFAULT_MAX_BODY,
    rate_limit: RateLimit | None = None,
    buckets: Buckets | None = None,
    owns_workspace: bool = False,
) -> FastAPI:
    """The API on ``workspace``; the caller keeps the Workspace open while it serves (and
    closes it after), unless ``owns_workspace``: then the app closes it when it stops. The
    companies' workspaces the app opens are closed when it stops (uvicorn's lifespan).
    ``buckets``: where the rate limit's buckets live (default: in this process)."""
    app = FastAPI(
        lifespan=_lifespan,
        title="Talkpush Desktop API",
        version=__version__,
        description=(
            "Candidate intake (seed 000's JSON API) and the Partner API (seed 004, "
            "`/v1/partner`, bearer partner keys). Every error answers "
            '`{"error": {"code", "type", "message", "details"}}`; under `/v1/partner` in '
            "seed 004's codes (INVALID_REQUEST, PURPOSE_NOT_ALLOWED_FOR_PARTNER, NOT_FOUND, "
            "FORBIDDEN, UNAUTHORIZED, RATE_LIMITED...)."
        ),
        responses=errors.ERROR_RESPONSES,
        # no OpenTelemetry export: FastAPI would otherwise look for providers per request
        telemetry={"tracing": False, "metrics": False, "logs": False},
    )
    limiter = RateLimiter(rate_limit or RateLimit(), buckets)
    app.state.api = ApiState(workspace, limiter, owns_workspace=owns_workspace)
    errors.install(app)
    app.add_api_route("/api/health", _health, methods=["GET"], tags=["server"])
    app.include_router(intake.router)
    app.include_router(partner.router)
    app.include_router(recruiting.router)
    app.include_router(voice.router)
    app.include_router(accounts.router)
    app.include_router(share_pages.router)
    app.include_router(web_interview.router)
    app.include_router(messenger.router)
    app.openapi = _described(app)  # type: ignore[method-assign]
    app.add_middleware(IntakeFastPath)  # innermost: inside the body limit and the log
    app.add_middleware(BodyLimit, max_bytes=max_body_bytes)
    app.add_middleware(RequestLog)
    return app
