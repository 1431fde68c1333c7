"""``ws.providers``: which provider carries each service (SMS, voice, email, Messenger),
their secrets (in the keyring, never the database), and the sandbox candidate phone."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from talkpush_desktop.engine.context import Service
from talkpush_desktop.engine.providers import config as provider_config
from talkpush_desktop.engine.providers import sandbox_world
from talkpush_desktop.engine.providers.base import Provider
from talkpush_desktop.engine.providers.config import ProviderInfo
from talkpush_desktop.engine.timeutil import utcnow


class ProvidersService(Service):
    """The company's provider settings, building and testing providers, the sandbox."""

    def infos(self) -> list[ProviderInfo]:
        """Every service (sms, voice, email, messenger) and its provider; no secrets."""
        with self._ctx.reading() as s:
            return provider_config.describe(s, self._ctx.company_id, self._ctx.secrets)

    def kinds(self) -> dict[str, str]:
        """The provider kind of each configured service."""
        with self._ctx.reading() as s:
            return provider_config.provider_kinds(s, self._ctx.company_id)

    def configure(
        self, service: str, kind: str, settings: Mapping[str, Any], secret: str | None = None
    ) -> ProviderInfo:
        """Configure a service's provider; the secret goes to the keyring, never the DB."""
        with self._ctx.transaction() as s:
            return provider_config.set_provider(
                s,
                self._ctx.company_id,
                self._ctx.secrets,
                service=service,
                kind=kind,
                settings=settings,
                secret=secret,
            )

    def build(self, info: ProviderInfo) -> Provider:
        """A client for ``info``'s provider (the caller closes it)."""
        ctx = self._ctx
        return provider_config.build(info, ctx.secrets, ctx.db.sessions, ctx.company_id)

    def test(self, service: str) -> str:
        """Connect to a service's provider; a one-line success, or ProviderError."""
        info = next(i for i in self.infos() if i.service == service)
        provider = self.build(info)
        try:
            return provider.check()
        finally:
            provider.close()

    # -- the sandbox (the candidate phone simulator) ----------------------------------------

    def sandbox_inbox(self, address: str) -> list[sandbox_world.SandboxItem]:
        """What the simulated candidate at ``address`` (phone or email) has, oldest first."""
        with self._ctx.transaction() as s:
            return sandbox_world.conversation(s, self._ctx.company_id, address)

    def sandbox_reply(self, address: str, body: str, channel: str = "sms") -> int:
        """Write as the simulated candidate; the sync worker pulls it like a real reply."""
        with self._ctx.transaction() as s:
            return sandbox_world.reply(s, address, body, channel, utcnow())
