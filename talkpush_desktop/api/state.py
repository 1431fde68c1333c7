"""What the app keeps for its handlers: the Workspace and the rate limiter."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import Request

from talkpush_desktop.api.limits import RateLimiter
from talkpush_desktop.engine.workspace import Workspace


@dataclass(frozen=True, slots=True)
class ApiState:
    workspace: Workspace
    limiter: RateLimiter


def api_state(request: Request) -> ApiState:
    """The app's state (set by :func:`api.app.create_app`)."""
    state: ApiState = request.app.state.api
    return state


def workspace(request: Request) -> Workspace:
    """Dependency: the server's Workspace (each service call opens its own session)."""
    return api_state(request).workspace
