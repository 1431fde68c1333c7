"""How a Twilio call's end reaches its attempt: the dialer's poll of the call
(:meth:`.dialer_calls.TwilioDialer.report`, every few seconds) or, with the workspace's
public URL, Twilio's status callback (``StatusCallback`` on the call's create, posted to
``POST /v1/voice/dialer/status?attempt=KEY`` on ``serve``), whichever comes first; the
other then finds the attempt done and changes nothing (:func:`attempts.finish` takes a
``dialing`` attempt only). Both finish the attempt the same way (:func:`finish_reported`):
the outcome from ``CallStatus`` and ``AnsweredBy`` (a voicemail is no answer), the lead's
reply from the keys kept with the attempt (an IVR's, or an AI call's reply so far).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from urllib.parse import urlencode

from sqlalchemy.orm import Session

from talkpush_desktop.engine.outbound.dialer import attempts
from talkpush_desktop.engine.outbound.dialer.call_outcomes import (
    FINAL_STATUSES,
    STOP_KEY,
    dial_outcome,
    read_reply,
)
from talkpush_desktop.engine.outbound.dialer.dialer_calls import CallReport, duration_of

STATUS_ROUTE = "/v1/voice/dialer/status"


def status_url(public_url: str, attempt_key: str) -> str:
    """Where Twilio posts the call's status ("" without a public URL: the poll only)."""
    if not public_url:
        return ""
    return f"{public_url.rstrip('/')}{STATUS_ROUTE}?{urlencode({'attempt': attempt_key})}"


def reported(params: Mapping[str, str]) -> CallReport:
    """The call as a status callback's form tells it (``CallSid``, ``CallStatus``,
    ``AnsweredBy``, ``CallDuration``)."""
    return CallReport(
        str(params.get("CallSid", "")).strip(),
        str(params.get("CallStatus", "")).strip().lower(),
        str(params.get("AnsweredBy", "")).strip(),
        duration_of(params.get("CallDuration")),
    )


def finish_reported(
    session: Session, attempt_id: int, digits: str, found: CallReport, now: datetime
) -> bool:
    """Finish the attempt by the provider's final word on its call; False when the call
    goes on or the attempt was finished already."""
    if found.status not in FINAL_STATUSES:
        return False
    return attempts.finish(
        session,
        attempt_id,
        dial_outcome(found.status, found.answered_by),
        now=now,
        reply=read_reply(STOP_KEY if STOP_KEY in digits else digits),
        answered_by=found.answered_by,
        duration_seconds=found.duration,
        ended_at=found.ended_at,
    )
