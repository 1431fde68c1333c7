"""``ws.accounts``: the company's manager accounts, invitations, sign-in and Company
Settings. Each change acts for the workspace's user, or for ``actor`` (the API: the
bearer key's user), and the engine's rules (:mod:`engine.company.accounts`) decide."""

from __future__ import annotations

import hashlib
from dataclasses import replace

from sqlalchemy.orm import Session

from talkpush_desktop.engine.company import (
    accounts,
    company_settings,
    invitations,
    ip_whitelist,
    pending_invitations,
    sign_in,
)
from talkpush_desktop.engine.company import public_url as public
from talkpush_desktop.engine.company.accounts import Account
from talkpush_desktop.engine.company.company_settings import CompanySettings
from talkpush_desktop.engine.company.invitations import Invitation, Pending
from talkpush_desktop.engine.company.pending_invitations import PendingInvitation
from talkpush_desktop.engine.context import Service
from talkpush_desktop.engine.errors import AccessDeniedError
from talkpush_desktop.engine.providers import config as provider_config
from talkpush_desktop.engine.providers.base import Outgoing, ProviderError
from talkpush_desktop.engine.providers.sandbox import TO_CANDIDATE
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.storage.models import SandboxMessage

EMAIL = "email"


def _check_address(s: Session, company_id: int, address: str) -> None:
    networks = company_settings.read(s, company_id).ip_whitelist
    if not ip_whitelist.allows(networks, address):
        raise AccessDeniedError("this address is not in the company's IP whitelist")


class AccountsService(Service):
    """Manager accounts of the acting company and who may change them."""

    def _actor(self, actor: int | None) -> int:
        return self._ctx.user_id if actor is None else actor

    # -- reading -----------------------------------------------------------------------------

    def all(self) -> list[Account]:
        """The company's accounts (deleted ones left out), the owner first."""
        with self._ctx.reading() as s:
            return accounts.accounts(s, self._ctx.company_id)

    def me(self) -> Account:
        """The signed-in (acting) manager's account."""
        with self._ctx.reading() as s:
            return accounts.account(s, self._ctx.company_id, self._ctx.user_id)

    def settings(self) -> CompanySettings:
        with self._ctx.reading() as s:
            return company_settings.read(s, self._ctx.company_id)

    # -- the owner's actions -------------------------------------------------------------------

    def invite(self, email: str, name: str = "", *, actor: int | None = None) -> Invitation:
        """Invite a new manager: the email goes out through the company's email provider
        (the sandbox inbox in the demo); ``delivery`` says how it went."""
        ctx = self._ctx
        with ctx.transaction() as s:
            base = public.public_url(s, ctx.company_id)
            sent = invitations.invite(
                s, ctx.company_id, self._actor(actor), email, name, base_url=base
            )
            kind = provider_config.provider_kinds(s, ctx.company_id).get(EMAIL, "sandbox")
            if kind == "sandbox":
                s.add(
                    SandboxMessage(
                        channel=EMAIL,
                        address=sent.email,
                        direction=TO_CANDIDATE,
                        subject=sent.subject,
                        body=sent.body,
                        created_at=utcnow(),
                        company_id=ctx.company_id,
                    )
                )
                return replace(sent, delivery="sent to the sandbox inbox")
            infos = {i.service: i for i in provider_config.describe(s, ctx.company_id, ctx.secrets)}
        return replace(sent, delivery=self._send(provider_config.info_for(EMAIL, infos), sent))

    def _send(self, info: provider_config.ProviderInfo, sent: Invitation) -> str:
        ctx = self._ctx
        try:
            provider = provider_config.build(info, ctx.secrets, ctx.db.sessions, ctx.company_id)
            try:
                provider.send(Outgoing(0, EMAIL, sent.email, sent.body, subject=sent.subject))
            finally:
                provider.close()
        except ProviderError as exc:
            return f"not sent ({exc.reason}): hand over the link yourself"
        return f"sent through {info.kind}"

    def invitations(self, *, actor: int | None = None) -> list[PendingInvitation]:
        """Invitations not yet accepted whose link still works, newest first (owner only)."""
        with self._ctx.reading() as s:
            return pending_invitations.pending(s, self._ctx.company_id, self._actor(actor))

    def revoke_invitation(self, email: str, *, actor: int | None = None) -> list[PendingInvitation]:
        """Revoke ``email``'s pending invitation (owner only): its link then refuses."""
        with self._ctx.transaction() as s:
            return pending_invitations.revoke(s, self._ctx.company_id, self._actor(actor), email)

    def deactivate(self, email: str, *, actor: int | None = None) -> Account:
        with self._ctx.transaction() as s:
            return accounts.deactivate(s, self._ctx.company_id, self._actor(actor), email)

    def reactivate(self, email: str, *, actor: int | None = None) -> Account:
        with self._ctx.transaction() as s:
            return accounts.reactivate(s, self._ctx.company_id, self._actor(actor), email)

    def delete(self, email: str, *, actor: int | None = None) -> Account:
        with self._ctx.transaction() as s:
            return accounts.delete(s, self._ctx.company_id, self._actor(actor), email)

    def transfer_ownership(self, email: str, *, actor: int | None = None) -> Account:
        with self._ctx.transaction() as s:
            found = accounts.transfer_ownership(s, self._ctx.company_id, self._actor(actor), email)
        self._ctx.forget_titles()  # the old owner now sees only their campaigns
        return found

    def update_settings(self, *, actor: int | None = None, **values: object) -> CompanySettings:
        """Company Settings (owner only): ``name``, ``timezone``, ``domain_whitelist``,
        ``ip_list`` (text lists) and ``cli_sign_in``; None leaves one as it is."""
        with self._ctx.transaction() as s:
            return company_settings.update(
                s,
                self._ctx.company_id,
                self._actor(actor),
                **values,  # type: ignore[arg-type]
            )

    # -- one's own account ---------------------------------------------------------------------

    def set_preferences(
        self,
        email: str,
        *,
        language: str | None = None,
        weekly_email: bool | None = None,
        actor: int | None = None,
    ) -> Account:
        with self._ctx.transaction() as s:
            return accounts.set_preferences(
                s,
                self._ctx.company_id,
                self._actor(actor),
                email,
                language=language,
                weekly_email=weekly_email,
            )

    def update_me(self, *, name: str | None = None, email: str | None = None) -> Account:
        with self._ctx.transaction() as s:
            return accounts.update_own(
                s, self._ctx.company_id, self._ctx.user_id, name=name, email=email
            )

    def save_me(  # noqa: PLR0913 (My Account's fields, saved together or not at all)
        self,
        *,
        name: str,
        email: str,
        language: str,
        weekly_email: bool,
        current_password: str | None = None,
        new_password: str | None = None,
    ) -> Account:
        """My Account in one transaction: a refused field changes nothing."""
        ctx = self._ctx
        with ctx.transaction() as s:
            me = accounts.update_own(s, ctx.company_id, ctx.user_id, name=name, email=email)
            if new_password:
                accounts.change_password(
                    s, ctx.company_id, ctx.user_id, current_password, new_password
                )
            return accounts.set_preferences(
                s,
                ctx.company_id,
                ctx.user_id,
                me.email,
                language=language,
                weekly_email=weekly_email,
            )

    def change_password(self, current: str | None, new: str) -> None:
        with self._ctx.transaction() as s:
            accounts.change_password(s, self._ctx.company_id, self._ctx.user_id, current, new)

    # -- invitations and signing in --------------------------------------------------------------

    def check_address(self, company_id: int, address: str) -> None:
        """AccessDeniedError when ``company_id``'s IP whitelist leaves ``address`` out (a
        page ``serve`` answers for a company: an invitation, a share link)."""
        with self._ctx.reading() as s:
            _check_address(s, company_id, address)

    def pending(self, token: str, *, address: str | None = None) -> Pending:
        """Whom an invitation link is for (NotFoundError once used, expired or unknown);
        from ``address`` (a web page's caller) only when its company's IP whitelist allows."""
        with self._ctx.reading() as s:
            self._check_token_address(s, token, address)
            return invitations.pending(s, token)

    def accept(self, token: str, password: str, *, address: str | None = None) -> int:
        """Accept an invitation with the new password; the new account's id."""
        with self._ctx.transaction() as s:
            self._check_token_address(s, token, address)
            return invitations.accept(s, token, password)

    @staticmethod
    def _check_token_address(s: Session, token: str, address: str | None) -> None:
        """The whitelist of the token's company holds before anything is said about the
        token (live, used, revoked or expired) to ``address``."""
        company = None if address is None else invitations.company_of(s, token)
        if address is not None and company is not None:
            _check_address(s, company, address)

    def asks_sign_in(self) -> bool:
        """Whether the window asks who signs in (more than one account)."""
        with self._ctx.reading() as s:
            return sign_in.asks(s, self._ctx.company_id)

    def cli_requires_sign_in(self) -> bool:
        with self._ctx.reading() as s:
            return sign_in.cli_requires(s, self._ctx.company_id)

    def sign_in(self, email: str, password: str, *, remember: bool = False) -> int:
        """Check the email and password and act as that user from now on; with
        ``remember`` the token goes to the keyring (never the password)."""
        with self._ctx.transaction() as s:
            user = sign_in.sign_in(s, self._ctx.company_id, email, password)
            token = sign_in.remember(s, self._ctx.company_id, user) if remember else ""
        if token:
            self._ctx.secrets.set(self._remember_ref(), token)
        self._act_as(user)
        return user

    def resume(self) -> int | None:
        """Sign in with the remembered token in the keyring (None: none, or no longer good)."""
        token = self._ctx.secrets.get(self._remember_ref())
        if not token:
            return None
        with self._ctx.reading() as s:
            user = sign_in.recall(s, self._ctx.company_id, token)
        if user is not None:
            self._act_as(user)
        return user

    def sign_out(self) -> None:
        """Forget the remembered sign-in (the window then asks again)."""
        ref = self._remember_ref()
        token = self._ctx.secrets.get(ref)
        if token:
            with self._ctx.transaction() as s:
                sign_in.forget(s, token)
            self._ctx.secrets.delete(ref)

    def _remember_ref(self) -> str:
        where = hashlib.sha256(str(self._ctx.data_dir.resolve()).encode()).hexdigest()[:16]
        return f"sign-in-{where}-{self._ctx.company_id}"

    def _act_as(self, user_id: int) -> None:
        self._ctx.user_id = user_id
        self._ctx.forget_titles()
