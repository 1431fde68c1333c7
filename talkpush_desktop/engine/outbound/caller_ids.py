"""The company's outbound caller IDs: a campaign calls from a ``VERIFIED`` one.

In the sandbox a number is verified at once. With Twilio the number must be one of the
account's incoming phone numbers or verified outgoing caller IDs (asked through the
official SDK, see :mod:`engine.outbound.twilio_numbers`); otherwise it is kept ``PENDING``.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from talkpush_desktop.engine.outbound import phones
from talkpush_desktop.engine.outbound.dto import CallerIdInfo
from talkpush_desktop.engine.outbound.vocab import PENDING_VERIFICATION, VERIFIED
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.storage.models import CallerId

Verifier = Callable[[str], str | None]
"""Asks the provider about an E.164 number: its id there (verified) or None (not known)."""


def _info(x: CallerId) -> CallerIdInfo:
    return CallerIdInfo(x.id, x.phone_number, x.status, x.provider, x.created_at)


def add(
    s: Session,
    company_id: int,
    number: str,
    *,
    region: str,
    provider: str,
    verifier: Verifier | None,
) -> CallerIdInfo:
    """Add (or check again) ``number``: verified at once without a ``verifier`` (the
    sandbox), else as the provider answers."""
    e164 = phones.normalize(number, region)
    if e164 is None:
        raise phones.invalid_number("phoneNumber", number)
    ref = "" if verifier is None else verifier(e164)
    status = VERIFIED if verifier is None or ref else PENDING_VERIFICATION
    now = utcnow()
    row = s.scalar(
        select(CallerId).where(CallerId.company_id == company_id, CallerId.phone_number == e164)
    )
    if row is None:
        row = CallerId(company_id=company_id, phone_number=e164, created_at=now)
        s.add(row)
    row.status, row.provider, row.provider_ref = status, provider, ref or ""
    row.verified_at = now if status == VERIFIED else None
    s.flush()
    return _info(row)


def listed(s: Session, company_id: int) -> list[CallerIdInfo]:
    rows = s.scalars(
        select(CallerId).where(CallerId.company_id == company_id).order_by(CallerId.id)
    )
    return [_info(x) for x in rows]


def is_verified(s: Session, company_id: int, e164: str) -> bool:
    return (
        s.scalar(
            select(CallerId.id).where(
                CallerId.company_id == company_id,
                CallerId.phone_number == e164,
                CallerId.status == VERIFIED,
            )
        )
        is not None
    )
