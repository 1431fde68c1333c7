"""What the app keeps for its handlers: the Workspace, one view of it per company that
calls, and the rate limiter; :meth:`ApiState.close` when the server stops."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from fastapi import Request

from talkpush_desktop.api.limits import RateLimiter
from talkpush_desktop.engine.workspace import Workspace


@dataclass(frozen=True, slots=True)
class ApiState:
    workspace: Workspace
    limiter: RateLimiter
    companies: dict[int, Workspace] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)
    owns_workspace: bool = False
    """Close ``workspace`` too when the server stops (a worker process opened it)."""

    def for_company(self, company_id: int) -> Workspace:
        """The workspace acting for ``company_id`` (a key's company), made once and kept:
        every handler acts for the company of the key that called, never another."""
        if company_id == self.workspace.company_id:
            return self.workspace
        with self.lock:
            found = self.companies.get(company_id)
            if found is None:
                found = self.companies[company_id] = self.workspace.for_company(company_id)
            return found

    def close(self) -> None:
        """The server stopped: close every company's workspace :meth:`for_company` opened
        (and the server's own when it owns it)."""
        with self.lock:
            opened = list(self.companies.values())
            self.companies.clear()
        for ws in opened:
            ws.close()
        if self.owns_workspace:
            self.workspace.close()


def api_state(request: Request) -> ApiState:
    """The app's state (set by :func:`api.app.create_app`)."""
    state: ApiState = request.app.state.api
    return state


def workspace(request: Request) -> Workspace:
    """Dependency: the server's Workspace (each service call opens its own session)."""
    return api_state(request).workspace


def company_workspace(request: Request, company_id: int) -> Workspace:
    """The Workspace acting for the company of the key that called."""
    return api_state(request).for_company(company_id)
