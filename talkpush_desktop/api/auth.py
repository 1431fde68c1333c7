"""Authentication for the routes: intake keys (key and secret in the request body, seed 000)
and partner bearer keys (``Authorization: Bearer tpp_...``, the Partner API).

Both check the key in the database on every request (a revoked key is refused at once), take
one token from the key's rate limit before the secret is checked, apply the company's IP
whitelist to the client address, and leave the key id in the request's state for the log.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from talkpush_desktop.api.request_log import KEY_STATE
from talkpush_desktop.api.state import api_state
from talkpush_desktop.engine.access.keys import ApiPrincipal
from talkpush_desktop.engine.errors import AuthenticationError


def authenticate(request: Request, kind: str, key: str, secret: str | None = None) -> ApiPrincipal:
    """The principal of a live key of ``kind``; raises the engine's AuthenticationError (401),
    AccessDeniedError (403) or the API's RateLimitedError (429)."""
    state = api_state(request)
    address = request.client.host if request.client else None
    principal = state.workspace.api_keys.authenticate(
        kind, key, secret, address=address, throttle=state.limiter.take
    )
    setattr(request.state, KEY_STATE, principal.key_id)
    return principal


def authenticate_intake(
    request: Request, api_key: str | None, api_secret: str | None
) -> ApiPrincipal:
    """For the intake route, which reads ``api_key`` and ``api_secret`` from its body."""
    return authenticate(request, "intake", api_key or "", api_secret or "")


async def intake_principal(
    request: Request, api_key: str | None, api_secret: str | None
) -> ApiPrincipal:
    """:func:`authenticate_intake` on the event loop when that is one indexed read (a key
    whose secret this process verified before), else in the thread pool (scrypt, or the
    key's ``last_used_at`` written)."""
    state = api_state(request)
    address = request.client.host if request.client else None
    principal = state.workspace.api_keys.try_authenticate(
        "intake", api_key or "", api_secret or "", address=address, throttle=state.limiter.take
    )
    if principal is None:
        return await run_in_threadpool(authenticate_intake, request, api_key, api_secret)
    setattr(request.state, KEY_STATE, principal.key_id)
    return principal


_bearer = HTTPBearer(auto_error=False, description="a partner API key: tpp_...")


def partner_principal(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> ApiPrincipal:
    """Dependency of the Partner API's routes: the bearer key's principal (401 without one)."""
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise AuthenticationError("an API key is required: Authorization: Bearer <key>")
    return authenticate(request, "partner", credentials.credentials)


PartnerPrincipal = Annotated[ApiPrincipal, Depends(partner_principal)]
"""Use as a handler parameter: ``def route(principal: PartnerPrincipal): ...``."""
