"""Making and checking API secrets: random tokens, salted ``hashlib.scrypt`` hashes compared
in constant time. A stored hash reads ``scrypt$n$r$p$salt$hash`` (hex), never the secret."""

from __future__ import annotations

import hashlib
import hmac
import secrets

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
_SALT_BYTES, _HASH_BYTES = 16, 32


def token(prefix: str, nbytes: int) -> str:
    """A random URL-safe token with a readable prefix (``tpk_...``)."""
    return f"{prefix}{secrets.token_urlsafe(nbytes)}"


def _scrypt(secret: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        secret.encode(), salt=salt, n=n, r=r, p=p, dklen=_HASH_BYTES, maxmem=64 * 1024 * 1024
    )


def hash_secret(secret: str) -> str:
    """The salted scrypt hash of ``secret`` as stored."""
    salt = secrets.token_bytes(_SALT_BYTES)
    digest = _scrypt(secret, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def verify_secret(secret: str, stored: str) -> bool:
    """True when ``secret`` hashes to ``stored`` (constant-time compare; False if malformed)."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = bytes.fromhex(digest)
        actual = _scrypt(secret, bytes.fromhex(salt), int(n), int(r), int(p))
    except (ValueError, OverflowError):
        return False
    return hmac.compare_digest(actual, expected)
