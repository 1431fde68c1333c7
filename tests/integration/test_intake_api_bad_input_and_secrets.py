"""Acceptance 2 against ``serve`` on a real port: every bad input gets its status and a
clear message in the one error shape and stores nothing (no candidate, no CV file, no
idempotency key); then, with good requests, a partner bearer key and an ATS push signed
with its HMAC secret, none of the three secrets (intake secret, partner key, ATS secret)
is in the SQLite files' bytes, the server's request log, the CLI's output or any answer."""

from __future__ import annotations

import json
import signal
import socket
from pathlib import Path
from typing import Any

import httpx
import pytest
from support import workspace_db
from support.ats_receiver import SECRET as ATS_SECRET
from support.ats_receiver import AtsReceiver

from talkpush_desktop.engine.workspace import Workspace
from tests.integration.test_cli_serve import start_serve
from tests.support.cli import run_process
from tests.support.cv_documents import pdf_with_text

INTERNALS = ("Traceback", "sqlite", "SELECT", 'File "', "/talkpush_desktop/", ".py")


def _cli(folder: Path, *args: str, stdin: str = "") -> str:
    done = run_process("--data-dir", str(folder), *args, stdin=stdin)
    assert done.returncode == 0, done.stderr
    return done.stdout + done.stderr


def _refused(answer: httpx.Response, status: int, *fields: str) -> dict[str, Any]:
    """The one error shape with ``status``, a message and a detail for each of ``fields``."""
    assert answer.status_code == status, answer.text
    body = answer.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "type", "message", "details"}
    error: dict[str, Any] = body["error"]
    assert error["code"] and error["type"] and len(error["message"]) > 10, error
    for name in fields:
        assert name in error["details"], (name, error)
    assert not any(word in answer.text for word in INTERNALS), answer.text
    return error


def _declared_too_big(base: str, path: str) -> bytes:
    """The raw answer to a POST that declares a body over 20 MB: the server answers 413
    from the headers, before the body (a client still sending 20 MB can see the connection
    reset before it reads that answer, so this one sends none)."""
    host, port = base.removeprefix("http://").rsplit(":", 1)
    head = (
        f"POST {path} HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {20 * 1024 * 1024 + 1}\r\nConnection: close\r\n\r\n"
    )
    answer = b""
    with socket.create_connection((host, int(port)), timeout=30) as sock:
        sock.sendall(head.encode())
        while chunk := sock.recv(65536):
            answer += chunk
    return answer


@pytest.fixture
def receiver() -> Any:
    with AtsReceiver() as ats:
        yield ats


def test_bad_input_stores_nothing_and_no_secret_leaks(
    workspace_dir: Path, receiver: AtsReceiver
) -> None:
    with Workspace.open(data_dir=workspace_dir) as ws:
        campaign = ws.campaigns.create("Customer Service - Manila", hotline_country="PH").id
        intake = ws.api_keys.create("intake", "careers site")
        partner = ws.api_keys.create("partner", "partner site")
    assert intake.secret
    printed = [
        _cli(
            workspace_dir,
            "ats",
            "set",
            "--url",
            receiver.url,
            "--events",
            "shortlisted",
            stdin=ATS_SECRET + "\n",
        )
    ]
    auth = {"api_key": intake.key, "api_secret": intake.secret}

    def route(campaign_id: int | str) -> str:
        return f"/api/talkpush_services/campaigns/{campaign_id}/campaign_invitations"

    path = route(campaign)

    def field(name: str) -> str:
        return f"campaign_invitation[{name}]"

    answers: list[httpx.Response] = []
    proc, base = start_serve(workspace_dir, "--port", "0")
    try:
        with httpx.Client(base_url=base, timeout=60) as client:

            def post(url: str = path, **kwargs: Any) -> httpx.Response:
                answers.append(client.post(url, **kwargs))
                return answers[-1]

            # -- every bad input: its status, a clear message, nothing stored -------------
            juan = {field("first_name"): "Juan", field("email"): "juan@example.com"}
            _refused(post(data=juan), 401)  # no key at all
            _refused(post(data={**auth, "api_secret": intake.secret[::-1]} | juan), 401)
            _refused(post(data={"api_key": partner.key, "api_secret": "x"} | juan), 401)
            _refused(post(route(campaign + 99), data=auth | juan), 404)
            _refused(
                post(data=auth | {field("first_name"): "Juan"}),
                422,
                field("email"),
                field("user_phone_number"),
            )
            _refused(
                post(data=auth | {field("first_name"): "Juan", field("email"): "nope"}),
                422,
                field("email"),
            )
            _refused(
                post(data=auth | {field("email"): "juan@example.com"}), 422, field("first_name")
            )
            _refused(
                post(data=auth | {field("first_name"): "Juan", field("user_phone_number"): "12"}),
                422,
                field("user_phone_number"),
            )
            png = ("cv.pdf", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "application/pdf")
            _refused(
                post(data=auth | juan, files={field("temporary_cv"): png}),
                422,
                field("temporary_cv"),
            )
            _refused(post(content=b"a,b", headers={"content-type": "text/csv"}), 415)
            _refused(
                post(content=b"{oops", headers={"content-type": "application/json"}), 422, "body"
            )
            _refused(post(json={**auth, "campaign_invitation": "Juan"}), 422)
            _refused(post(route("abc"), data=auth | juan), 422)
            _refused(post(data=auth | juan, headers={"Idempotency-Key": "k" * 300}), 422)
            too_big = _declared_too_big(base, path)
            assert too_big.startswith(b"HTTP/1.1 413 "), too_big[:200]
            error = json.loads(too_big.partition(b"\r\n\r\n")[2])["error"]
            assert error["code"] == "payload_too_large" and "20 MB" in error["message"]
            _refused(
                post(
                    data=auth
                    | {field("first_name"): "Juan", field("others"): "x"}
                    | {f"campaign_invitation[others][q{i}]": "a" for i in range(60)}
                ),
                422,
            )
            with Workspace.open(data_dir=workspace_dir) as ws:
                assert ws.candidates.count() == 0
            assert not any((workspace_dir / "cvs").glob("*"))

            # -- good requests, with each secret in play --------------------------------
            made = post(data=auth | juan, headers={"Idempotency-Key": "apply-1"})
            assert made.status_code == 201, made.text
            again = post(
                data=auth | juan | {field("email"): "other@example.com"},
                headers={"Idempotency-Key": "apply-1"},
            )
            _refused(again, 409)
            cv = ("cv.pdf", pdf_with_text("Maria Santos", "Barista"), "application/pdf")
            maria = post(
                data=auth
                | {field("first_name"): "Maria", field("user_phone_number"): "9175550123"},
                files={field("temporary_cv"): cv},
            )
            assert maria.status_code == 201, maria.text
            as_json = post(
                json={
                    **auth,
                    "campaign_invitation": {"first_name": "Lea", "email": "lea@example.com"},
                },
                params=auth,
            )  # the secret in the query string too
            assert as_json.status_code == 201, as_json.text
            bearer = {"Authorization": f"Bearer {partner.key}"}
            answers.append(client.get("/api/health", headers=bearer))
            answers.append(client.post(path, headers=bearer, data=juan))
            assert answers[-1].status_code == 401
    finally:
        proc.send_signal(signal.SIGTERM)
        _out, log = proc.communicate(timeout=60)
    assert proc.returncode == 0, log
    assert log.count("POST /api/talkpush_services/") == 1 + sum(  # the 413 sent by hand
        1 for a in answers if a.request.method == "POST"
    )

    with Workspace.open(data_dir=workspace_dir) as ws:
        assert ws.candidates.count() == 3  # Juan once (the 409 stored nothing), Maria, Lea
    printed.append(
        _cli(workspace_dir, "candidates", "move", str(made.json()["id"]), "--to", "Shortlisted")
    )
    printed.append(_cli(workspace_dir, "sync", "--once"))
    printed.append(_cli(workspace_dir, "api-keys", "list", "--json"))
    printed.append(_cli(workspace_dir, "ats", "show", "--json"))
    [push] = receiver.requests
    assert push.signature_ok and push.body["id"] == made.json()["id"]

    secrets = {
        "intake secret": intake.secret,
        "partner key": partner.key,
        "partner key's secret part": partner.key.split(".")[1],
        "ATS secret": ATS_SECRET,
    }
    database = workspace_db.stored_bytes(workspace_dir)
    said = "\n".join([log, *printed, *(a.text for a in answers)])
    for what, secret in secrets.items():
        assert secret.encode() not in database, f"the {what} is in the database"
        assert secret not in said, f"the {what} is in a log, an output or an answer"
    assert json.loads(printed[-1])["secret"] == "stored"
