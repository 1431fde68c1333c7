"""The names messaging options offer: services, provider kinds, secrets, sendable channels.

Plain constants with no database import, so the command line builds its parser (and prints
``--help``) without loading SQLAlchemy; :mod:`provider_config` and :mod:`messages` use them.
"""

from __future__ import annotations

SANDBOX = "sandbox"
KINDS: dict[str, tuple[str, ...]] = {
    "sms": (SANDBOX, "twilio"),
    "voice": (SANDBOX, "twilio"),
    "email": (SANDBOX, "smtp"),
    "messenger": (SANDBOX, "facebook"),
}
"""The providers each service may use."""
SECRET_NAMES = {"twilio": "auth token", "smtp": "password", "facebook": "page access token"}
ATS = "ats"
"""The channel and service of ATS pushes (outbox rows that carry a candidate's ATS JSON)."""
SENDABLE_NAMES = ("sms", "email", "messenger", "wechat", "web")
"""Channels a recruiter can write over, in the order the composer offers them."""
