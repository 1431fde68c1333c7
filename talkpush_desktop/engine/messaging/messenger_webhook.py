"""``ws.messenger_webhook``: the company's Messenger Platform webhook (served by ``serve``).

The app secret (it signs every event) and the verify token (Meta's subscription check) are
the company's secrets, kept in the keyring under fixed references; they are never stored in
the database, logged or echoed. :meth:`MessengerWebhookService.receive` stores what people
sent the page in their conversations (:func:`inbound.record`, by PSID), once per message
id; a person new to the company who picked a job posting (a postback or ``m.me`` referral
naming ``campaign:<id>`` of a campaign in ``job`` mode) becomes that campaign's candidate and
the interview bot opens at once; anyone else new is an inquiry, as for any channel.
"""

from __future__ import annotations

import hmac
import json
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from talkpush_desktop.engine.candidates.insert import insert_drafts
from talkpush_desktop.engine.context import Service
from talkpush_desktop.engine.errors import AccessDeniedError, ValidationError
from talkpush_desktop.engine.intake.row_mapping import CandidateDraft
from talkpush_desktop.engine.messaging import inbound, replies
from talkpush_desktop.engine.messaging.messenger_events import Event, events, signed
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.storage.models import Campaign, Candidate

SOURCE = "Facebook Messenger"
SECRET_MIN = 8


@dataclass(frozen=True, slots=True)
class WebhookStatus:
    """Whether the company's webhook can verify and accept events (never the secrets)."""

    app_secret: bool
    verify_token: bool

    def to_json(self) -> dict[str, str]:
        return {
            "app_secret": "stored" if self.app_secret else "none",
            "verify_token": "stored" if self.verify_token else "none",
        }


class MessengerWebhookService(Service):
    """Verify Meta's subscription, check each event's signature and store the messages."""

    def _ref(self, name: str) -> str:
        return f"messenger-webhook/{self._ctx.company_id}/{name}"

    def configure(self, app_secret: str, verify_token: str) -> WebhookStatus:
        """Keep the app secret and the verify token (both refused when short)."""
        found = {
            name: f"at least {SECRET_MIN} characters"
            for name, value in (("app_secret", app_secret), ("verify_token", verify_token))
            if len(value.strip()) < SECRET_MIN
        }
        if found:
            raise ValidationError("; ".join(f"{k}: {v}" for k, v in found.items()))
        self._ctx.secrets.set(self._ref("app_secret"), app_secret.strip())
        self._ctx.secrets.set(self._ref("verify_token"), verify_token.strip())
        return self.status()

    def status(self) -> WebhookStatus:
        store = self._ctx.secrets
        return WebhookStatus(
            bool(store.get(self._ref("app_secret"))), bool(store.get(self._ref("verify_token")))
        )

    def verify(self, mode: str, token: str, challenge: str) -> str:
        """The challenge to echo when Meta subscribes with the company's verify token."""
        expected = self._ctx.secrets.get(self._ref("verify_token"))
        if mode != "subscribe" or not expected or not challenge:
            raise AccessDeniedError("the webhook subscription is not verified")
        if not hmac.compare_digest(expected.encode(), token.encode()):
            raise AccessDeniedError("the webhook subscription is not verified")
        return challenge

    def receive(self, body: bytes, signature: str) -> list[inbound.Received]:
        """Store a signed event payload's messages (refused with nothing stored when the
        signature does not match the app secret); the bot answers those it interviews."""
        if not signed(self._ctx.secrets.get(self._ref("app_secret")), body, signature):
            raise AccessDeniedError("the event is not signed with the app secret")
        try:
            payload = json.loads(body)
        except ValueError:
            raise ValidationError("body: not JSON") from None
        found = list(events(payload))
        with self._ctx.transaction() as s:
            for e in found:
                if e.campaign_id:
                    self._apply_to_job(s, e)
            received = inbound.record(s, self._ctx.company_id, [i for e in found for i in e.items])
        if received:
            replies.handle(self._ctx)
        return received

    def _apply_to_job(self, s: Session, e: Event) -> None:
        """A person new to the company picked a job posting: its new candidate."""
        known = s.scalar(
            select(func.count(Candidate.id)).where(
                Candidate.company_id == self._ctx.company_id,
                Candidate.others["messenger_psid"].as_string() == e.psid,
            )
        )
        camp = s.get(Campaign, e.campaign_id)
        if known or camp is None or camp.company_id != self._ctx.company_id:
            return
        if camp.messenger_mode != "job":
            return
        draft = CandidateDraft(
            first_name="Messenger",
            last_name=f"({e.psid})",
            source=SOURCE,
            others={"messenger_psid": e.psid},
        )
        insert_drafts(s, camp, [draft], at=utcnow(), user_id=None)
