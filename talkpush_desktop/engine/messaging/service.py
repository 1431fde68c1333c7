"""``ws.messaging``: conversations, sending and the outbox, invitations, templates, quick
replies and tokens."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from talkpush_desktop.engine.candidates import selection
from talkpush_desktop.engine.candidates.selection import Targets
from talkpush_desktop.engine.company import campaign_access, campaigns
from talkpush_desktop.engine.context import Service
from talkpush_desktop.engine.dto import (
    MessageInfo,
    MessageToken,
    QuickReplyInfo,
)
from talkpush_desktop.engine.errors import NotFoundError, ValidationError
from talkpush_desktop.engine.messaging import (
    chat_actions,
    invitations,
    messages,
    outbox,
    sending,
    templates,
    tokens,
)
from talkpush_desktop.engine.messaging.templates import TemplateInfo
from talkpush_desktop.engine.providers import config as provider_config
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.storage import write_lock
from talkpush_desktop.storage.models import (
    Candidate,
    DeliveryState,
)

INVITE_CHUNK = 2000
"""Candidates of an import invited per transaction."""


class MessagingService(Service):
    """A candidate's conversation and everything that is sent to candidates."""

    _bound_user: int | None | bool = False  # False: not looked up yet

    def _resolve(self, s: Session, target: Targets) -> list[int]:
        return selection.resolve(s, self._ctx.company_id, target, self._ctx.dialect)

    # -- conversation ----------------------------------------------------------------------

    def _bound(self) -> bool:
        """Whether memberships bound what the acting user reaches (read once: a workspace
        acts for one user; an owner's fast reads stay one prepared statement)."""
        if self._bound_user is False:
            with self._ctx.reading() as s:
                self._bound_user = campaign_access.bound(s)
        return self._bound_user is not None

    def _in_reach(self, candidate_id: int) -> bool:
        if not self._bound():
            return True
        with self._ctx.reading() as s:
            try:
                campaign_access.candidate(s, self._ctx.company_id, candidate_id)
            except NotFoundError:
                return False
        return True

    def messages(self, candidate_id: int, last: int | None = None) -> list[MessageInfo]:
        """A candidate's whole conversation, oldest first (fast read, plain tuples); with
        ``last``, only its newest ``last`` messages."""
        if not self._in_reach(candidate_id):
            raise NotFoundError(f"no candidate with id {candidate_id}")
        return messages.history(self._ctx.reader, self._ctx.company_id, candidate_id, last)

    def message_count(self, candidate_id: int) -> int:
        """How many messages a candidate's conversation holds (0: not one the user sees)."""
        if not self._in_reach(candidate_id):
            return 0
        return messages.count(self._ctx.reader, self._ctx.company_id, candidate_id)

    def add_comment(self, candidate_id: int, body: str) -> MessageInfo:
        """Save a private comment (it never leaves this machine)."""
        with self._ctx.transaction() as s:
            return messages.add_comment(
                s, self._ctx.company_id, candidate_id, body, user_id=self._ctx.user_id, at=utcnow()
            )

    def queue_message(
        self, candidate_id: int, body: str, channel: str, send_at: datetime | None = None
    ) -> MessageInfo:
        """Queue a message to one candidate, tokens filled in (the sync worker sends it).

        Refused with a ValidationError naming the problem (unknown or empty token, no
        phone...) before anything is stored.
        """
        with self._ctx.transaction() as s:
            return messages.queue_message(
                s,
                self._ctx.company_id,
                candidate_id,
                body,
                channel=channel,
                user_id=self._ctx.user_id,
                at=utcnow(),
                send_at=send_at,
            )

    def send_messages(
        self,
        ids: Targets,
        body: str,
        channel: str | None = None,
        *,
        subject: str = "",
        send_at: datetime | Callable[[str], datetime | None] | None = None,
    ) -> sending.Queued:
        """Queue ``body`` for many candidates (ids or a Selection) in one transaction.

        Tokens are filled in per candidate; candidates it cannot reach or whose tokens
        have no value are skipped and listed with the reason. A ``channel`` no provider
        carries is refused (ValidationError), nothing stored.
        """
        with self._ctx.transaction() as s:
            target = (
                messages.connected_channel(s, self._ctx.company_id, channel) if channel else None
            )
            return sending.queue(
                s,
                self._ctx.company_id,
                self._resolve(s, ids),
                sending.Draft(body, target.value if target else None, subject),
                user_id=self._ctx.user_id,
                at=utcnow(),
                send_at=send_at,
            )

    def send_invitations(self, ids: Targets) -> invitations.Invitations:
        """Invite candidates by the campaign's enabled invitation templates; those who
        cannot be invited go to No Campaign Invitation with the reason (see
        :mod:`engine.messaging.invitations`, the one rule of every intake path)."""
        with self._ctx.transaction() as s:
            return invitations.send(s, self._ctx.company_id, self._resolve(s, ids), at=utcnow())

    def invite(self, ids: Targets) -> int:
        """:meth:`send_invitations`; how many messages were queued."""
        return self.send_invitations(ids).queued

    def invite_batch(self, batch_id: int) -> invitations.Invitations:
        """Invite every candidate an import batch added, a transaction per
        ``INVITE_CHUNK`` of them (other writers get the write lock in between)."""
        with self._ctx.reading() as s:
            ids = list(
                s.scalars(
                    select(Candidate.id).where(
                        Candidate.import_batch_id == batch_id,
                        Candidate.company_id == self._ctx.company_id,
                    )
                )
            )
        total = invitations.Invitations()
        for start in range(0, len(ids), INVITE_CHUNK):
            if start:
                write_lock.let_others_write()
            part = self.send_invitations(ids[start : start + INVITE_CHUNK])
            total.queued += part.queued
            total.invited += part.invited
            total.not_invited += part.not_invited
            total.templates_off += part.templates_off
        return total

    def notify(self, ids: Targets, event: str) -> int:
        """Send the ``shortlisted`` or ``rejection`` template (asked after a move)."""
        from talkpush_desktop.engine.interview import bot as interview

        if event not in ("shortlisted", "rejection", "completion", "invitation"):
            raise ValidationError(f"no template for {event!r}")
        if event == "invitation":
            return self.invite(ids)
        with self._ctx.transaction() as s:
            resolved = self._resolve(s, ids)
        return interview.send_template(self._ctx, resolved, event)

    def set_bot_stopped(self, candidate_id: int, stopped: bool) -> None:
        """Stop or resume the interview bot for one candidate (with its bot event bubble:
        :func:`chat_actions.set_bot`, the one rule)."""
        with self._ctx.transaction() as s:
            chat_actions.set_bot(
                s,
                self._ctx.company_id,
                candidate_id,
                stopped,
                user_id=self._ctx.user_id,
                at=utcnow(),
            )

    def retry_messages(self, message_ids: Sequence[int]) -> int:
        """Queue failed messages again (the bubble's Retry)."""
        with self._ctx.transaction() as s:
            return outbox.retry(s, self._ctx.company_id, message_ids)

    def outbox_status(self) -> dict[str, int]:
        """How many outgoing messages are in each delivery state."""
        with self._ctx.reading() as s:
            return outbox.state_counts(s, self._ctx.company_id)

    def outbox_attention(self) -> dict[str, int]:
        """Outgoing messages still to go or failed (queued, sending, failed): index reads."""
        waiting = (DeliveryState.QUEUED, DeliveryState.SENDING, DeliveryState.FAILED)
        with self._ctx.reading() as s:
            return outbox.state_counts(s, self._ctx.company_id, [w.value for w in waiting])

    def channel_status(self) -> dict[str, str]:
        """Each channel a recruiter can write over, in the composer's order, with why it is
        not connected ("" when a provider carries it)."""
        with self._ctx.reading() as s:
            kinds = provider_config.provider_kinds(s, self._ctx.company_id)
        return {c.value: provider_config.not_connected(c.value, kinds) for c in messages.SENDABLE}

    def quick_replies(self) -> list[QuickReplyInfo]:
        with self._ctx.reading() as s:
            return messages.quick_replies(s, self._ctx.company_id)

    def update_quick_reply(self, reply_id: int, title: str, body: str) -> QuickReplyInfo:
        with self._ctx.transaction() as s:
            return messages.update_quick_reply(s, self._ctx.company_id, reply_id, title, body)

    def delete_quick_reply(self, reply_id: int) -> None:
        with self._ctx.transaction() as s:
            messages.delete_quick_reply(s, self._ctx.company_id, reply_id)

    def templates(self, campaign: str | int) -> list[TemplateInfo]:
        """A campaign's message templates (each event in SMS and email)."""
        with self._ctx.reading() as s:
            camp = campaigns.resolve(s, self._ctx.company_id, campaign)
            return templates.list_templates(s, camp.id)

    def set_template(
        self,
        campaign: str | int,
        event: str,
        channel: str,
        *,
        body: str | None = None,
        subject: str | None = None,
        enabled: bool | None = None,
    ) -> TemplateInfo:
        """Edit a template (email HTML is sanitised; unknown tokens are refused)."""
        with self._ctx.transaction() as s:
            camp = campaigns.resolve(s, self._ctx.company_id, campaign)
            return templates.set_template(
                s, camp.id, event, channel, body=body, subject=subject, enabled=enabled
            )

    def create_quick_reply(self, title: str, body: str) -> QuickReplyInfo:
        with self._ctx.transaction() as s:
            return messages.create_quick_reply(s, self._ctx.company_id, title, body)

    @staticmethod
    def message_tokens() -> tuple[MessageToken, ...]:
        """The tokens a recruiter can insert into a message or quick reply."""
        return tokens.TOKENS

    def render_message(self, candidate_id: int, body: str) -> tokens.Rendered:
        """``body`` with the candidate's token values filled in (as it will be sent)."""
        return tokens.render(body, self.token_values(candidate_id))

    def token_values(self, candidate_id: int) -> dict[str, str]:
        """A candidate's value for each token (for filling in many bodies at once)."""
        with self._ctx.reading() as s:
            campaign_access.candidate(s, self._ctx.company_id, candidate_id)
            return tokens.values_for(s, self._ctx.company_id, candidate_id)

    def invitations_enabled(self, campaign: str | int) -> bool:
        """Whether the campaign sends an invitation (one of its templates is on)."""
        return any(t.event == "invitation" and t.enabled for t in self.templates(campaign))
