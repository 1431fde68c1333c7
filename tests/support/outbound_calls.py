"""Calls of a company campaign as the dialer stores them, for tests of what reads them
(the window's leads, attempts and chart) while the dialer itself is elsewhere."""

from __future__ import annotations

from datetime import datetime, timedelta

from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.storage.models import CallAttempt


def finish_call(
    ws: Workspace,
    campaign_id: int,
    lead_id: int,
    *,
    attempt_no: int = 1,
    outcome: str = "answered",
    digits: str = "",
    ended_at: datetime,
    seconds: int = 30,
) -> None:
    """Store attempt ``attempt_no`` of the lead as done (as the dialer does), then set the
    lead's status through the engine."""
    with ws.context.transaction() as s:
        s.add(
            CallAttempt(
                company_id=ws.company_id,
                campaign_id=campaign_id,
                lead_id=lead_id,
                attempt_no=attempt_no,
                scheduled_at=ended_at - timedelta(seconds=seconds + 5),
                state="done",
                idempotency_key=f"test-{lead_id}-{attempt_no}",
                provider="sandbox",
                address="",
                outcome=outcome,
                answered_by="human" if outcome == "answered" else "",
                duration_seconds=seconds if outcome == "answered" else 0,
                digits=digits,
                started_at=ended_at - timedelta(seconds=seconds),
                ended_at=ended_at,
                created_at=ended_at,
                updated_at=ended_at,
            )
        )
    ws.outbound.mark_calling_started(campaign_id)
    ws.outbound.record_outcome(lead_id, attempt_no, outcome, digits)
