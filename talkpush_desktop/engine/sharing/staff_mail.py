"""Email to people who are no candidate (a manager's weekly statistics, a share link's
recipient) through the company's email provider: the sandbox inbox on this machine, or SMTP.
No outbox message stands for it; the caller keeps its own record and names the email
(``Outgoing.key``) for its Message-ID."""

from __future__ import annotations

from talkpush_desktop.engine.context import Context
from talkpush_desktop.engine.messaging_names import SANDBOX
from talkpush_desktop.engine.providers import config as provider_config
from talkpush_desktop.engine.providers.base import Outgoing, PermanentError, ProviderError
from talkpush_desktop.engine.providers.sandbox import TO_CANDIDATE
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.storage.models import SandboxMessage

QUEUED, SENDING, SENT, FAILED = "queued", "sending", "sent", "failed"


def hand_over(ctx: Context, outgoing: Outgoing) -> tuple[str, str, str]:
    """Send ``outgoing``: (``sent``, provider id, "") or (``failed`` / ``queued`` to try
    again, "", the reason)."""
    with ctx.transaction() as s:
        info = next(
            i
            for i in provider_config.describe(s, ctx.company_id, ctx.secrets)
            if i.service == "email"
        )
        if info.kind == SANDBOX:  # the sandbox inbox, tagged with the company
            row = SandboxMessage(
                message_id=None,
                channel="email",
                address=outgoing.to,
                direction=TO_CANDIDATE,
                subject=outgoing.subject,
                body=outgoing.body,
                created_at=utcnow(),
                company_id=ctx.company_id,
            )
            s.add(row)
            s.flush()
            return SENT, f"sandbox-{row.id}", ""
    try:
        provider = provider_config.build(info, ctx.secrets, ctx.db.sessions, ctx.company_id)
    except ProviderError as exc:
        return QUEUED, "", f"will retry: {exc}"
    try:
        sent = provider.send(outgoing)
    except PermanentError as exc:
        return FAILED, "", str(exc)
    except ProviderError as exc:
        return QUEUED, "", f"will retry: {exc}"
    finally:
        provider.close()
    return SENT, sent.provider_id, ""
