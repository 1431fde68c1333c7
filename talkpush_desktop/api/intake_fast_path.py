"""The intake route's hot path: ``POST /api/talkpush_services/campaigns/{id}/
campaign_invitations`` handed straight to its handler, past FastAPI's router.

Career sites post candidates by the thousand; for each, the router's matching, FastAPI's
request wrapper, its parameter solving and the exception and exit-stack layers cost about
as much of the event loop as the handler's own reading of the request (a sixth of the
server's time under load). This ASGI middleware, the innermost of the app's own, answers
exactly the requests that route would take (the method, the path, a campaign id FastAPI
would accept as it is) by calling the same handler, and turns its refusals into answers
with the app's own exception handlers, as FastAPI's exception layer would. Everything else,
and an id written in any other way (``007``, out of range), goes on to FastAPI unchanged.
The route stays declared on the app, so ``/openapi.json`` describes it as before.
"""

from __future__ import annotations

import re
from typing import Any

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.types import ASGIApp, Receive, Scope, Send

from talkpush_desktop.api import intake

_PATH = re.compile(r"/api/talkpush_services/campaigns/([1-9][0-9]{0,18})/campaign_invitations")


class IntakeFastPath:
    """ASGI middleware calling :func:`api.intake.create_invitation` for its route."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self._handlers: dict[Any, Any] | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        match = (
            _PATH.fullmatch(scope["path"])
            if scope["type"] == "http" and scope["method"] == "POST" and not scope.get("root_path")
            else None
        )
        campaign_id = int(match.group(1)) if match is not None else 0
        if not 1 <= campaign_id <= intake.ID_MAX:
            await self.app(scope, receive, send)
            return
        request = Request(scope, receive, send)
        try:
            response = await intake.create_invitation(request, campaign_id)
        except Exception as exc:
            handler = self._handler(scope, exc)
            if handler is None:  # the app's catch-all (500) answers it, as before
                raise
            response = handler(request, exc)
            exc.__traceback__ = None
        await response(scope, receive, send)

    def _handler(self, scope: Scope, exc: Exception) -> Any:
        """The app's handler for ``exc`` as FastAPI's exception layer finds it (by status
        for an HTTPException, else by class), leaving out the catch-all's."""
        if self._handlers is None:
            handlers = scope["app"].exception_handlers
            self._handlers = {k: v for k, v in handlers.items() if k not in (500, Exception)}
        handlers = self._handlers
        found = handlers.get(exc.status_code) if isinstance(exc, HTTPException) else None
        if found is None:
            found = next((handlers[c] for c in type(exc).__mro__ if c in handlers), None)
        return found
