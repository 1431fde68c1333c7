"""``ws.api_keys``: the company's API keys, and the per-request check a server makes.

:meth:`ApiKeysService.authenticate` reads the key from the database on every call (one
prepared indexed read), so a revoked key is refused at once, also by a server that is
already running. The costly scrypt
check is made once per process for a key and secret: later calls compare an HMAC of the
secret under a random per-process key (kept in memory only, never the secret itself).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from sqlalchemy import bindparam, select, update

from talkpush_desktop.engine.access import hashing, keys
from talkpush_desktop.engine.access.keys import ApiKeyInfo, ApiPrincipal, NewApiKey
from talkpush_desktop.engine.company import ip_whitelist
from talkpush_desktop.engine.context import Context, Service
from talkpush_desktop.engine.errors import AccessDeniedError, AuthenticationError
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.storage.models import ApiCredential, Company, User

LAST_USED_STEP = timedelta(seconds=60)
"""``last_used_at`` is written at most this often per key (one write, not one per request)."""
_VERIFIED_MAX = 4096
_KEY_QUERY = (
    select(
        ApiCredential.id,
        ApiCredential.kind,
        ApiCredential.company_id,
        ApiCredential.user_id,
        ApiCredential.secret_hash,
        ApiCredential.revoked_at,
        ApiCredential.last_used_at,
        Company.ip_whitelist,
        User.active,
    )
    .join(Company, Company.id == ApiCredential.company_id)
    .outerjoin(
        User, (User.id == ApiCredential.user_id) & (User.company_id == ApiCredential.company_id)
    )
    .where(ApiCredential.api_key == bindparam("public"))
)
"""A key by its public part (and kind) with its user's ``active`` (None: no such user of the
key's company): read on every request, prepared once."""
_REVOKED = 5


class ApiKeysService(Service):
    """Create, list and revoke the acting company's keys; authenticate any company's key."""

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self._pepper = secrets.token_bytes(32)
        self._verified: dict[tuple[int, str], bytes] = {}
        self._seen: dict[tuple[str, str], tuple[Any, ...]] = {}  # (kind, public) -> key row

    def create(self, kind: str, name: str = "", user_email: str | None = None) -> NewApiKey:
        """A new key; its plain key (and intake secret) are in the answer and nowhere else."""
        with self._ctx.transaction() as s:
            return keys.create(s, self._ctx.company_id, kind, name, user_email)

    def list(self) -> list[ApiKeyInfo]:
        with self._ctx.reading() as s:
            return keys.listing(s, self._ctx.company_id)

    def revoke(self, key_id: int) -> ApiKeyInfo:
        with self._ctx.transaction() as s:
            return keys.revoke(s, self._ctx.company_id, key_id)

    def authenticate(
        self,
        kind: str,
        key: str,
        secret: str | None = None,
        *,
        address: str | None = None,
        throttle: Callable[[int], None] | None = None,
    ) -> ApiPrincipal:
        """The principal of a live key (an intake key and its secret, or a partner token).

        Raises AuthenticationError (unknown, revoked, wrong secret) or AccessDeniedError (an
        address outside the company's IP whitelist). ``throttle(key_id)`` runs before the
        secret is checked, so a caller guessing secrets is slowed down by the key's limit.
        """
        return self._authenticate(kind, key, secret, address, throttle)

    def try_authenticate(
        self,
        kind: str,
        key: str,
        secret: str | None = None,
        *,
        address: str | None = None,
        throttle: Callable[[int], None] | None = None,
    ) -> ApiPrincipal | None:
        """:meth:`authenticate` from memory: the key as this process last read it (no
        database, no scrypt), else None before anything was checked or throttled (the key
        was not read and verified here yet, or its ``last_used_at`` is due: a write).

        The caller must check the key again where it writes (:func:`keys.live_keys`, in
        the transaction that stores the request), so a key revoked or an address taken off
        the whitelist since is still refused at once. A server calls this on its event loop
        and :meth:`authenticate` off it when None."""
        presented = secret if kind == "intake" else key
        row = self._seen.get((kind, keys.public_part(kind, key))) if presented else None
        if row is None:
            return None
        key_id, key_kind, company_id, user_id, stored, _revoked, last_used, whitelist = row
        due = last_used is None or utcnow() - last_used > LAST_USED_STEP
        if due or (key_id, stored) not in self._verified:
            return None
        if throttle is not None:
            throttle(key_id)
        if not self._verify(key_id, stored, presented or ""):
            raise AuthenticationError("unknown or revoked API key")
        if not ip_whitelist.allows(whitelist or [], address):
            raise AccessDeniedError("this address is not in the company's IP whitelist")
        return ApiPrincipal(key_id, key_kind, company_id, user_id)

    def _authenticate(
        self,
        kind: str,
        key: str,
        secret: str | None,
        address: str | None,
        throttle: Callable[[int], None] | None,
    ) -> ApiPrincipal:
        presented = secret if kind == "intake" else key
        if not key or not presented:
            raise AuthenticationError("an API key and secret are required")
        public = keys.public_part(kind, key)
        if "\x00" in public:  # never a stored key (and PostgreSQL refuses NUL in text)
            raise AuthenticationError("unknown or revoked API key")
        found = self._ctx.reader.fetch(
            ("api_key_by_public", kind),
            lambda: _KEY_QUERY.where(ApiCredential.kind == kind),
            {"public": public},
        )
        if not found or found[0][_REVOKED] is not None:
            if kind == "partner":
                self._refuse_intake_bearer(key, throttle)
            raise AuthenticationError("unknown or revoked API key")
        row = found[0]
        key_id, key_kind, company_id, user_id, stored, _revoked, last_used, whitelist = row[:8]
        touch = last_used is None or utcnow() - last_used > LAST_USED_STEP
        if throttle is not None:
            throttle(key_id)
        if not self._verify(key_id, stored, presented):
            raise AuthenticationError("unknown or revoked API key")
        if not ip_whitelist.allows(whitelist or [], address):
            raise AccessDeniedError("this address is not in the company's IP whitelist")
        if kind == "partner" and not row[8]:
            raise AccessDeniedError(
                "the key's user is no longer an active user of the company; "
                "create a key for an active user"
            )
        if touch:
            self._touch(key_id)
            last_used = utcnow()
        if len(self._seen) >= _VERIFIED_MAX:
            self._seen.clear()
        seen = (key_id, key_kind, company_id, user_id, stored, None, last_used, whitelist)
        self._seen[(kind, public)] = seen
        return ApiPrincipal(key_id, key_kind, company_id, user_id)

    def _refuse_intake_bearer(self, token: str, throttle: Callable[[int], None] | None) -> None:
        """A live intake key sent as a partner bearer: AccessDeniedError (it is the
        company's key, of the wrong kind). The intake key id alone is enough to tell: it is
        not a secret (career sites send it with their forms)."""
        public = token.replace(":", ".").split(".", 1)[0]
        if not public.startswith(keys.INTAKE_PREFIX):
            return
        found = self._ctx.reader.fetch(
            ("api_key_by_public", "intake"),
            lambda: _KEY_QUERY.where(ApiCredential.kind == "intake"),
            {"public": public},
        )
        if found and found[0][_REVOKED] is None:
            if throttle is not None:
                throttle(found[0][0])
            raise AccessDeniedError(
                "an intake key cannot call the Partner API; use a partner key "
                "(api-keys create --kind partner)"
            )

    def _verify(self, key_id: int, stored: str, presented: str) -> bool:
        mark = hmac.new(self._pepper, presented.encode(), hashlib.sha256).digest()
        known = self._verified.get((key_id, stored))
        if known is not None:
            return hmac.compare_digest(known, mark)
        if not hashing.verify_secret(presented, stored):
            return False
        if len(self._verified) >= _VERIFIED_MAX:
            self._verified.clear()
        self._verified[(key_id, stored)] = mark
        return True

    def _touch(self, key_id: int) -> None:
        with self._ctx.transaction() as s:
            s.execute(
                update(ApiCredential)
                .where(ApiCredential.id == key_id)
                .values(last_used_at=utcnow())
            )
