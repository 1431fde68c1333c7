"""The ``user_tokens`` rows: invitation links and "remember me" sign-ins. The token is
handed out once; the database keeps only its SHA-256 (:func:`passwords.token_hash`)."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from talkpush_desktop.engine.company import passwords
from talkpush_desktop.storage.models import UserToken


def issue(
    session: Session,
    company_id: int,
    kind: str,
    *,
    now: datetime,
    valid_for: timedelta,
    **fields: object,
) -> str:
    """A new token of ``kind`` valid from ``now`` for ``valid_for`` (``fields``: ``user_id``,
    ``email``, ``name``, ``created_by``); returns the token itself."""
    token = passwords.new_token()
    session.add(
        UserToken(
            company_id=company_id,
            kind=kind,
            token_hash=passwords.token_hash(token),
            created_at=now,
            expires_at=now + valid_for,
            **fields,
        )
    )
    session.flush()
    return token


def find(session: Session, token: str, *kinds: str) -> UserToken | None:
    """The row of ``token`` when it is of one of ``kinds`` (used, expired or not)."""
    return session.scalar(
        select(UserToken).where(
            UserToken.token_hash == passwords.token_hash(token), UserToken.kind.in_(kinds)
        )
    )
