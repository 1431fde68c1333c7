"""The few Graph API calls Lead Ads need, over plain HTTPS (``requests``).

``GET /{version}/{id}?fields=name`` names the Page and checks an Ad ID; ``GET
/{version}/{ad-id}/leads`` lists an ad's leads newest first with their ``field_data``,
``filtering`` on ``time_created`` and paged by ``paging.cursors.after``. The Page access
token goes in the ``Authorization`` header, never in an address: ``paging.next`` (which
carries it) is not followed as it is; the next page is asked for with the cursor.

Graph errors (``{"error": {"code", "type", "message", ...}}``) become :class:`GraphError`
with a ``kind``: ``token`` (code 190 / OAuthException: expired or revoked), ``rate`` (codes
4, 17, 32, 613 or HTTP 429: back off), ``missing`` (code 100: no such object), ``offline``
(no answer) or ``other``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

DEFAULT_BASE = "https://graph.facebook.com"
DEFAULT_VERSION = "v19.0"
TIMEOUT_S = 20
PAGE_LIMIT = 100
LEAD_FIELDS = "id,created_time,ad_id,form_id,field_data"
RATE_CODES = frozenset({4, 17, 32, 613})
TOKEN, RATE, MISSING, OFFLINE, OTHER = "token", "rate", "missing", "offline", "other"


class GraphError(Exception):
    """A Graph API call failed; ``kind`` says what to do (see the module docstring)."""

    def __init__(self, kind: str, message: str, code: int | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.code = code

    def explained(self) -> str:
        """One line for a recruiter."""
        if self.kind == TOKEN:
            return (
                "the Page's access token expired or was revoked (Facebook error 190): "
                "connect the Page again (leadads connect); no lead is lost"
            )
        if self.kind == RATE:
            return f"Facebook asks to slow down (error {self.code}): tried again at the next poll"
        return f"Facebook answered: {self}"


@dataclass(frozen=True)
class Graph:
    """Where the Graph API is (``base_url`` is configurable for tests), its version and
    the Page access token."""

    base_url: str
    version: str
    token: str

    def _get(self, path: str, params: dict[str, str]) -> dict[str, Any]:
        import requests  # only when Facebook is asked: keeps the window's start quick

        url = f"{self.base_url.rstrip('/')}/{self.version}/{path}"
        headers = {"Authorization": f"Bearer {self.token}"}
        try:
            response = requests.get(url, params=params, headers=headers, timeout=TIMEOUT_S)
        except requests.RequestException as exc:
            raise GraphError(
                OFFLINE, f"Facebook could not be reached ({type(exc).__name__})"
            ) from None
        try:
            body = response.json()
        except ValueError:
            body = None
        if response.status_code == 429:
            raise GraphError(RATE, "too many requests (HTTP 429)", 429)
        if not isinstance(body, dict):
            raise GraphError(OTHER, f"an answer that is not JSON (HTTP {response.status_code})")
        if "error" in body or response.status_code >= 400:
            raise _error(body.get("error") or {}, response.status_code)
        return body

    def name_of(self, object_id: str) -> str:
        """The ``name`` of a Page or an ad (GraphError ``missing`` when there is none)."""
        return str(self._get(_checked_id(object_id), {"fields": "name"}).get("name", ""))

    def leads(self, ad_id: str, since: int) -> Iterator[list[dict[str, Any]]]:
        """The ad's leads created at or after ``since`` (unix time), a page at a time."""
        params = {
            "fields": LEAD_FIELDS,
            "limit": str(PAGE_LIMIT),
            "filtering": json.dumps(
                [{"field": "time_created", "operator": "GREATER_THAN", "value": since - 1}]
            ),
        }
        path = f"{_checked_id(ad_id)}/leads"
        while True:
            body = self._get(path, params)
            data = body.get("data") or []
            yield [lead for lead in data if isinstance(lead, dict)]
            paging = body.get("paging") or {}
            after = (paging.get("cursors") or {}).get("after")
            if not data or not paging.get("next") or not after:
                return
            params = params | {"after": str(after)}


def _checked_id(object_id: str) -> str:
    text = object_id.strip()
    if not text.isdigit():
        from talkpush_desktop.engine.errors import ValidationError

        raise ValidationError(f"not a Facebook id: {object_id!r} (digits only)")
    return text


def _error(error: dict[str, Any], status: int) -> GraphError:
    code = error.get("code")
    code = int(code) if isinstance(code, int | str) and str(code).isdigit() else None
    message = str(error.get("message") or f"HTTP {status}")
    if code == 190 or (error.get("type") == "OAuthException" and code in (102, None)):
        return GraphError(TOKEN, message, code)
    if code in RATE_CODES or (code is not None and 80000 <= code <= 80014):
        return GraphError(RATE, message, code)
    if code == 100:
        return GraphError(MISSING, message, code)
    return GraphError(OTHER, message, code)
