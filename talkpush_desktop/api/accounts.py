"""Manager accounts over HTTP.

- ``GET/POST /accept/{token}``: the invitation link's page, a small form that sets the new
  manager's password (no account needed; the token's company's IP whitelist applies).
- ``/api/users...``: the team for a bearer partner key, acting as the key's user, so the
  engine's owner-only rules hold here as in the window and the command line (a manager's
  key gets 403 in the one error shape).
- ``/api/invitations...``: the pending invitations and revoking one (the owner's key).
"""

from __future__ import annotations

import html
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse
from pydantic import BaseModel

from talkpush_desktop.api.auth import PartnerPrincipal
from talkpush_desktop.api.state import company_workspace, workspace
from talkpush_desktop.engine.access.keys import ApiPrincipal
from talkpush_desktop.engine.company.accounts import Account
from talkpush_desktop.engine.company.pending_invitations import PendingInvitation
from talkpush_desktop.engine.errors import AccessDeniedError, NotFoundError, ValidationError
from talkpush_desktop.engine.workspace import Workspace

router = APIRouter(tags=["accounts"])

_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title><style>body{{font-family:system-ui,sans-serif;max-width:28rem;
margin:3rem auto;padding:0 1rem}}label{{display:block;margin:.8rem 0 .2rem}}
input{{width:100%;padding:.5rem;box-sizing:border-box}}button{{margin-top:1rem;
padding:.5rem 1.2rem}}.error{{color:#b00020}}</style></head><body>{body}</body></html>"""


def _page(title: str, body: str, status: int = 200) -> HTMLResponse:
    return HTMLResponse(_PAGE.format(title=html.escape(title), body=body), status_code=status)


def _address(request: Request) -> str:
    return request.client.host if request.client else ""


def _form(request: Request, token: str, error: str = "", status: int = 200) -> HTMLResponse:
    try:
        invited = workspace(request).accounts.pending(token, address=_address(request))
    except NotFoundError as exc:
        return _page("Invitation", f"<h1>Invitation</h1><p>{html.escape(str(exc))}</p>", 404)
    shown = html.escape
    problem = f'<p class="error" role="alert">{shown(error)}</p>' if error else ""
    body = (
        f"<h1>Welcome to {shown(invited.company)}</h1>"
        f"<p>{shown(invited.name)} &lt;{shown(invited.email)}&gt;: choose your password.</p>"
        f'{problem}<form method="post"><label for="password">Password</label>'
        '<input id="password" name="password" type="password" minlength="8" required '
        'autocomplete="new-password"><label for="confirm">Password again</label>'
        '<input id="confirm" name="confirm" type="password" required '
        'autocomplete="new-password"><button type="submit">Set password</button></form>'
    )
    return _page("Set your password", body, status)


@router.get("/accept/{token}", response_class=HTMLResponse, summary="Invitation page")
def accept_page(request: Request, token: str) -> HTMLResponse:
    """The form that sets the invited manager's password (404 once used or expired)."""
    return _form(request, token)


@router.post("/accept/{token}", response_class=HTMLResponse, summary="Accept an invitation")
def accept_submit(
    request: Request,
    token: str,
    password: Annotated[str, Form()] = "",
    confirm: Annotated[str, Form()] = "",
) -> HTMLResponse:
    """Set the password (the link then stops working); a refused password shows the form."""
    if password != confirm:
        return _form(request, token, "The two passwords differ.", 422)
    accounts = workspace(request).accounts
    try:
        email = accounts.pending(token, address=_address(request)).email
        accounts.accept(token, password, address=_address(request))
    except ValidationError as exc:
        return _form(request, token, str(exc), 422)
    except NotFoundError as exc:
        return _page("Invitation", f"<h1>Invitation</h1><p>{html.escape(str(exc))}</p>", 404)
    return _page(
        "Account ready",
        f"<h1>Your account is ready</h1><p>Sign in as {html.escape(email)} in Talkpush "
        "Desktop.</p>",
    )


class UserOut(BaseModel):
    id: int
    name: str
    email: str
    owner: bool
    active: bool
    language: str
    weekly_email: bool


class UsersOut(BaseModel):
    users: list[UserOut]


class InviteIn(BaseModel):
    email: str
    name: str = ""


class InvitationOut(BaseModel):
    email: str
    name: str
    url: str
    expires_at: str
    delivery: str


def _out(a: Account) -> UserOut:
    return UserOut(**a.to_json())  # type: ignore[arg-type]


def _acting(request: Request, principal: ApiPrincipal) -> tuple[Workspace, int]:
    if principal.user_id is None:
        raise AccessDeniedError("this key acts for no manager account")
    return company_workspace(request, principal.company_id), principal.user_id


@router.get("/api/users", response_model=UsersOut, summary="The company's manager accounts")
def list_users(request: Request, principal: PartnerPrincipal) -> UsersOut:
    ws, _user = _acting(request, principal)
    return UsersOut(users=[_out(a) for a in ws.accounts.all()])


@router.post("/api/users", response_model=InvitationOut, status_code=201, summary="Invite")
def invite_user(request: Request, principal: PartnerPrincipal, body: InviteIn) -> InvitationOut:
    """Email a one-time link to a new manager (the owner's key only)."""
    ws, user = _acting(request, principal)
    sent = ws.accounts.invite(body.email, body.name, actor=user)
    return InvitationOut(
        email=sent.email,
        name=sent.name,
        url=sent.url,
        expires_at=sent.expires_at.isoformat(),
        delivery=sent.delivery,
    )


_ACTIONS = ("deactivate", "reactivate", "delete", "transfer-ownership")


@router.post(
    "/api/users/{email}/{action}", response_model=UserOut, summary="An owner's action on a user"
)
def user_action(request: Request, principal: PartnerPrincipal, email: str, action: str) -> UserOut:
    """``deactivate``, ``reactivate``, ``delete`` or ``transfer-ownership`` (owner only)."""
    ws, user = _acting(request, principal)
    act = {
        "deactivate": ws.accounts.deactivate,
        "reactivate": ws.accounts.reactivate,
        "delete": ws.accounts.delete,
        "transfer-ownership": ws.accounts.transfer_ownership,
    }.get(action)
    if act is None:
        raise NotFoundError(f"no action {action!r}: use one of {', '.join(_ACTIONS)}")
    return _out(act(email, actor=user))


class PendingInvitationOut(BaseModel):
    email: str
    name: str
    invited_by: str
    created_at: str
    expires_at: str


class PendingInvitationsOut(BaseModel):
    invitations: list[PendingInvitationOut]


def _pending(rows: list[PendingInvitation]) -> PendingInvitationsOut:
    return PendingInvitationsOut(
        invitations=[PendingInvitationOut(**p.to_json()) for p in rows]  # type: ignore[arg-type]
    )


@router.get("/api/invitations", response_model=PendingInvitationsOut, summary="Pending invitations")
def list_invitations(request: Request, principal: PartnerPrincipal) -> PendingInvitationsOut:
    """Invitations not yet accepted whose link still works, newest first (owner only)."""
    ws, user = _acting(request, principal)
    return _pending(ws.accounts.invitations(actor=user))


@router.post(
    "/api/invitations/{email}/revoke",
    response_model=PendingInvitationsOut,
    summary="Revoke a pending invitation",
)
def revoke_invitation(
    request: Request, principal: PartnerPrincipal, email: str
) -> PendingInvitationsOut:
    """Revoke the address's pending invitation (owner only): its link then refuses; the
    invitations revoked."""
    ws, user = _acting(request, principal)
    return _pending(ws.accounts.revoke_invitation(email, actor=user))
