"""A stand-in for ``talkpush-desktop serve`` (until the API server lands): the same first
line (``listening on http://HOST:PORT``), one line per request, a clean stop on SIGTERM."""

from __future__ import annotations

import http.server
import signal
import sys
import time


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        started = time.perf_counter()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(b'{"paths": {}}')
        ms = (time.perf_counter() - started) * 1000
        print(f"GET {self.path} 200 {ms:.1f}ms key=-", flush=True)

    def log_message(self, *_args: object) -> None:
        pass


def main() -> None:
    port = int(sys.argv[sys.argv.index("--port") + 1])
    server = http.server.HTTPServer(("127.0.0.1", port), _Handler)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    print(f"listening on http://127.0.0.1:{port}", flush=True)
    try:
        server.serve_forever()
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
