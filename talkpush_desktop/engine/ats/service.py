"""``ws.ats``: the ATS push settings (the secret in the keyring) and a candidate's pushes."""

from __future__ import annotations

from collections.abc import Sequence

from talkpush_desktop.engine.ats import push as _push  # noqa: F401 (listens to folder moves)
from talkpush_desktop.engine.ats import settings
from talkpush_desktop.engine.ats.settings import AtsSettings
from talkpush_desktop.engine.company import campaign_access
from talkpush_desktop.engine.context import Service
from talkpush_desktop.engine.dto import AtsPushInfo
from talkpush_desktop.engine.messaging import ats_pushes


class AtsService(Service):
    """Pushing candidates to the company's ATS when they enter chosen folders."""

    def configure(
        self,
        url: str,
        events: Sequence[str] = settings.DEFAULT_EVENTS,
        secret: str | None = None,
        timeout: float | None = None,
    ) -> AtsSettings:
        """Push to ``url`` on ``events``; ``secret`` (HMAC key) goes to the keyring, None
        keeps the stored one (required the first time)."""
        with self._ctx.transaction() as s:
            return settings.configure(
                s,
                self._ctx.company_id,
                self._ctx.secrets,
                url=url,
                events=events,
                secret=secret,
                timeout=timeout,
            )

    def show(self) -> AtsSettings | None:
        """The settings, never the secret (None: pushes are off)."""
        with self._ctx.reading() as s:
            return settings.show(s, self._ctx.company_id, self._ctx.secrets)

    def clear(self) -> bool:
        """Turn pushes off; False when they were off."""
        with self._ctx.transaction() as s:
            return settings.clear(s, self._ctx.company_id, self._ctx.secrets)

    def pushes(self, candidate_id: int) -> list[AtsPushInfo]:
        """The candidate's pushes and their state (queued / sending / sent / failed)."""
        with self._ctx.reading() as s:
            campaign_access.candidate(s, self._ctx.company_id, candidate_id)
            return ats_pushes.pushes(s, candidate_id)
