"""The declarative base and the shared vocabulary of every model.

Vocabulary that views, the CLI and the engine share (folders, message kinds, channels,
delivery states, activity actions) lives here as ``StrEnum`` so that every layer spells it
the same way; ``table_of`` gives the Core table of a mapped class for bulk statements.
"""

from __future__ import annotations

import enum
from typing import Any, cast

from sqlalchemy import JSON, Table
from sqlalchemy.orm import DeclarativeBase


class Folder(enum.StrEnum):
    """The campaign view's folders, in display order."""

    INBOX = "Inbox"
    COMPLETED = "Completed"
    SHORTLISTED = "Shortlisted"
    ON_HOLD = "On Hold"
    REJECTED = "Rejected"
    HIRED = "Hired"
    NO_CAMPAIGN_INVITATION = "No Campaign Invitation"
    NO_RESPONSE = "No Response"


class MessageKind(enum.StrEnum):
    """Who speaks in a chat bubble."""

    CANDIDATE = "candidate"
    BOT = "bot"
    RECRUITER = "recruiter"
    COMMENT = "comment"


class Channel(enum.StrEnum):
    """Channels a message travels over."""

    SMS = "sms"
    EMAIL = "email"
    MESSENGER = "messenger"
    VOICE = "voice"
    WEB = "web"
    WECHAT = "wechat"
    INTERNAL = "internal"


class DeliveryState(enum.StrEnum):
    """Life of an outgoing message; inbound ones are ``received``."""

    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    DELIVERED = "delivered"
    FAILED = "failed"
    RECEIVED = "received"


class Action(enum.StrEnum):
    """Activity log actions: analytics are computed from these."""

    ADDED = "added"
    INVITED = "invited"
    ATTEMPTED = "attempted"
    COMPLETED = "completed"
    MOVED = "moved"
    LABELLED = "labelled"
    UNLABELLED = "unlabelled"
    MESSAGED = "messaged"
    COMMENTED = "commented"
    PIN_REFRESHED = "pin_refreshed"
    EDITED = "edited"


class Base(DeclarativeBase):
    """Declarative base; JSON maps to the portable JSON type."""

    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


def table_of(model: type[Base]) -> Table:
    """The Core table of a mapped class (typed, for bulk statements)."""
    return cast(Table, model.__table__)
