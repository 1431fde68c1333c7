"""A customer's ATS on loopback: checks each push's signature, keeps one candidate per
Idempotency-Key, and answers as scripted (``500``, ``hang``, ``ok``, ``422`` ...).

``hang`` takes the push (stores it) and answers only after ``hang_seconds``: the sender's
read timeout fires although the ATS has the candidate, so a resend must be dropped by key.
Once the script runs out every push is taken (``ok``).
"""

from __future__ import annotations

import hashlib
import hmac
import http.server
import json
import threading
import time
from dataclasses import dataclass, field
from typing import Any

SECRET = "s3cret-hmac-key"


@dataclass
class Push:
    key: str
    signature_ok: bool
    body: dict[str, Any]
    answer: str


@dataclass
class AtsReceiver:
    secret: str = SECRET
    script: list[str] = field(default_factory=list)
    hang_seconds: float = 1.5
    requests: list[Push] = field(default_factory=list)
    accepted: dict[str, dict[str, Any]] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)
    seen: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)

    def __post_init__(self) -> None:
        receiver = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *_args: object) -> None:
                pass

            def do_POST(self) -> None:
                receiver.handle(self)

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/ats/candidates"

    def __enter__(self) -> AtsReceiver:
        self.thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()

    def handle(self, h: http.server.BaseHTTPRequestHandler) -> None:
        raw = h.rfile.read(int(h.headers.get("Content-Length", 0)))
        expected = hmac.new(self.secret.encode(), raw, hashlib.sha256).hexdigest()
        signature_ok = hmac.compare_digest(expected, h.headers.get("X-Talkpush-Signature", ""))
        key = h.headers.get("Idempotency-Key", "")
        with self.lock:
            answer = self.script.pop(0) if self.script else "ok"
            if answer in ("ok", "hang", "block") and signature_ok and key:
                self.accepted.setdefault(key, json.loads(raw))
            self.requests.append(Push(key, signature_ok, json.loads(raw), answer))
        if not signature_ok:
            return self._reply(h, 401, {"error": "bad signature"})
        if answer == "hang":
            time.sleep(self.hang_seconds)
        if answer == "block":  # taken; answers only when released (a kill comes first)
            self.seen.set()
            self.release.wait(60)
        if answer.isdigit():
            return self._reply(h, int(answer), {"error": f"scripted {answer}"})
        self._reply(h, 200, {"ok": True})

    @staticmethod
    def _reply(h: http.server.BaseHTTPRequestHandler, status: int, body: object) -> None:
        data = json.dumps(body).encode()
        try:
            h.send_response(status)
            h.send_header("Content-Type", "application/json")
            h.send_header("Content-Length", str(len(data)))
            h.end_headers()
            h.wfile.write(data)
        except OSError:
            pass  # the sender gave up waiting

    def keys(self) -> list[str]:
        """Distinct Idempotency-Keys the ATS took (one candidate each)."""
        with self.lock:
            return list(self.accepted)
