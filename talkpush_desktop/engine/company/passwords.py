"""Sign-in passwords: argon2id hashes (argon2-cffi), never the password itself; and the
one-time tokens of invitation links and "remember me", kept only as their SHA-256."""

from __future__ import annotations

import hashlib
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from talkpush_desktop.engine.errors import ValidationError

MIN_LENGTH = 8
_hasher = PasswordHasher()


def check_new(password: str) -> str:
    """``password`` when it may be a new password; ValidationError says why not."""
    if len(password) < MIN_LENGTH:
        raise ValidationError(f"password: use at least {MIN_LENGTH} characters")
    if password.strip() != password:
        raise ValidationError("password: no spaces at its start or end")
    return password


def hash_password(password: str) -> str:
    """The argon2id hash of a checked new password (salted; what the database keeps)."""
    return _hasher.hash(check_new(password))


def verify_password(password: str, stored: str | None) -> bool:
    """True when ``password`` matches ``stored`` (False without a stored hash)."""
    if not stored:
        return False
    try:
        return _hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def new_token() -> str:
    """A random URL-safe one-time token (256 bits; never starting with "-", which a command
    line would take for an option)."""
    return "tp" + secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    """What the database keeps of a token: its SHA-256 (the token is random, no salt needed)."""
    return hashlib.sha256(token.strip().encode()).hexdigest()
