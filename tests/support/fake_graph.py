"""A Graph-API-like server on 127.0.0.1 for Lead Ads tests, with the real shapes:

``GET /{version}/{id}?fields=name`` -> ``{"name", "id"}`` (error 100 for an unknown id);
``GET /{version}/{ad-id}/leads?fields&filtering&limit&after`` -> ``{"data": [{"created_time":
"2026-12-01T10:00:00+0000", "id", "ad_id", "form_id", "field_data": [{"name", "values"}]}],
"paging": {"cursors": {"before", "after"}, "next"}}``, newest first, filtered on
``time_created``. The token is read from ``Authorization: Bearer`` (or ``access_token``).
``expire()`` makes every call answer error 190 (OAuthException) until ``token`` changes;
``rate_limit(n)`` answers the next ``n`` calls with error 17 (or HTTP 429 with ``http=True``).
"""

from __future__ import annotations

import base64
import http.server
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qs, urlsplit


@dataclass
class GraphState:
    token: str = "page-token-1"
    pages: dict[str, str] = field(default_factory=dict)
    ads: dict[str, str] = field(default_factory=dict)
    leads: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    expired: bool = False
    limited: int = 0
    limit_http: bool = False
    requests: list[str] = field(default_factory=list)
    page_size: int = 2
    limit_at: int = 0  # the /leads call (counted down) answered with a rate limit

    def add_lead(self, ad_id: str, lead_id: str, at: int, **answers: str) -> None:
        created = datetime.fromtimestamp(at, UTC).strftime("%Y-%m-%dT%H:%M:%S+0000")
        self.leads.setdefault(ad_id, []).append(
            {
                "created_time": created,
                "id": lead_id,
                "ad_id": ad_id,
                "form_id": "4440001",
                "field_data": [{"name": k, "values": [v]} for k, v in answers.items()],
            }
        )

    def expire(self) -> None:
        self.expired = True

    def rate_limit(self, calls: int, *, http: bool = False) -> None:
        self.limited, self.limit_http = calls, http

    def limit_leads_call(self, nth: int) -> None:
        """The ``nth`` call for leads from now answers error 17 (a limit mid-paging)."""
        self.limit_at, self.limit_http = nth, False


def _error(code: int, message: str, kind: str = "OAuthException", **more: Any) -> dict[str, Any]:
    return {"error": {"message": message, "type": kind, "code": code, "fbtrace_id": "AbC", **more}}


class _Handler(http.server.BaseHTTPRequestHandler):
    state: GraphState
    base: str

    def log_message(self, *_args: object) -> None:
        pass

    def _send(self, status: int, body: dict[str, Any]) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        st = self.state
        parts = urlsplit(self.path)
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        st.requests.append(parts.path)
        token = self.headers.get("Authorization", "").removeprefix("Bearer ") or query.get(
            "access_token", ""
        )
        if st.limit_at and parts.path.endswith("/leads"):
            st.limit_at -= 1
            st.limited = 1 if st.limit_at == 0 else st.limited
        if st.limited:
            st.limited -= 1
            if st.limit_http:
                self._send(429, {})
            else:
                self._send(400, _error(17, "(#17) User request limit reached", is_transient=True))
            return
        if st.expired or token != st.token:
            message = "Error validating access token: Session has expired on Monday, 01-Dec-26"
            self._send(400, _error(190, message, error_subcode=463))
            return
        path = parts.path.strip("/").split("/")[1:]  # without the version
        if len(path) == 1:
            name = st.pages.get(path[0]) or st.ads.get(path[0])
            if name is None:
                message = f"Unsupported get request. Object with ID '{path[0]}' does not exist"
                self._send(400, _error(100, message, "GraphMethodException", error_subcode=33))
                return
            self._send(200, {"name": name, "id": path[0]})
            return
        if len(path) == 2 and path[1] == "leads" and path[0] in st.ads:
            self._send(200, self._leads(path[0], query))
            return
        self._send(400, _error(100, "Unsupported get request.", "GraphMethodException"))

    def _leads(self, ad_id: str, query: dict[str, str]) -> dict[str, Any]:
        st = self.state
        since = -1
        for rule in json.loads(query.get("filtering", "[]")):
            if rule["field"] == "time_created" and rule["operator"] == "GREATER_THAN":
                since = int(rule["value"])
        newest_first = sorted(
            st.leads.get(ad_id, []), key=lambda x: x["created_time"], reverse=True
        )
        matching = [
            x
            for x in newest_first
            if datetime.strptime(x["created_time"], "%Y-%m-%dT%H:%M:%S%z").timestamp() > since
        ]
        start = int(base64.b64decode(query["after"]).decode()) if "after" in query else 0
        size = min(int(query.get("limit", "25")), st.page_size)
        page = matching[start : start + size]
        body: dict[str, Any] = {"data": page}
        if page:
            cursors = {
                "before": base64.b64encode(str(start).encode()).decode(),
                "after": base64.b64encode(str(start + len(page)).encode()).decode(),
            }
            body["paging"] = {"cursors": cursors}
            if start + len(page) < len(matching):
                after = cursors["after"]
                body["paging"]["next"] = (
                    f"{self.base}/v19.0/{ad_id}/leads?access_token={st.token}&limit={size}&after={after}"
                )
        return body


@contextmanager
def graph_server() -> Iterator[tuple[str, GraphState]]:
    """The server's base address and its state."""
    state = GraphState()
    handler = type("Handler", (_Handler,), {"state": state})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    handler.base = base
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield base, state
    finally:
        server.shutdown()
        server.server_close()
