"""A shared profile in a real browser: ``share create`` makes a link, a real ``serve``
answers it, headless Chromium opens it (screenshot, DOM); a hidden section never reaches
the page; tampered, expired and revoked tokens answer 404 (issue 19, acceptance 4)."""

from __future__ import annotations

import json
import re
import signal
import struct
import wave
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from support.chromium import dump_dom, screenshot
from support.cli import process_env, run_process

from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.engine.workspace import Workspace
from tests.integration.test_cli_serve import start_serve

NO_KEYRING = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
"""The CLI and ``serve`` share the key through the workspace's 0600 secrets file (the
environment is made per call: a test's database URL is set when it starts)."""
SECRET_REPLY = "My expected salary is 35k"


def _wav(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(b"".join(struct.pack("<h", (i % 40 - 20) * 800) for i in range(8000)))


@pytest.fixture
def lea(workspace_dir: Path) -> int:
    """Lea with a typed and a recorded answer, a label, a conversation and a CV text."""
    with Workspace.open(data_dir=workspace_dir) as ws:
        camp = ws.campaigns.create("CSR Manila", hotline_country="PH")
        _wav(workspace_dir / "recordings" / "lea.wav")
        cid = ws.intake.add_candidate(
            camp.id,
            first_name="Lea",
            last_name="Salonga",
            email="lea@example.com",
            phone="0917 123 4567",
        )
        typed, spoken = ws.interview.set_steps(
            camp.id,
            [
                ("question", "Why do you want to join us?", "text"),
                ("question", "Introduce yourself in English.", "audio"),
            ],
        )
        ws.interview.record(cid, typed, text="I love helping people <b>a lot</b>.")
        ws.interview.record(
            cid, spoken, audio_path="recordings/lea.wav", transcript="Hi, I am Lea from Manila."
        )
        ws.labels.add([cid], "Night shift OK")
        ws.messaging.add_comment(cid, "internal note: do not share")
        ws.messaging.queue_message(cid, SECRET_REPLY, "sms")
        return cid


PLAYER = """<!DOCTYPE html><audio id="a" preload="auto" src="{src}"></audio><p id="out">-</p>
<script>
const a = document.getElementById("a"), out = document.getElementById("out");
a.addEventListener("loadedmetadata", () => { out.textContent = "played:" + a.duration; });
a.addEventListener("error", () => { out.textContent = "played:error"; });
</script>"""


def _played_seconds(src: str, folder: Path) -> str:
    """What Chromium's media stack makes of a recording: its duration in seconds."""
    page = folder / "player.html"
    page.write_text(PLAYER.replace("{src}", src), encoding="utf-8")
    dom = dump_dom(page.as_uri(), folder / "player-profile", "--virtual-time-budget=10000")
    found = re.search(r"played:([\w.]+)", dom)
    return found.group(1) if found else dom[-300:]


def _cli(folder: Path, *args: str) -> object:
    done = run_process("--data-dir", str(folder), *args, env=process_env(**NO_KEYRING))
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout) if "--json" in args else done.stdout


def test_a_shared_profile_opens_in_chromium_with_only_its_sections(
    workspace_dir: Path, lea: int, tmp_path: Path
) -> None:
    made = _cli(
        workspace_dir,
        "share", "create", str(lea), "--sections", "contact,responses,labels", "--json",
    )  # fmt: skip
    assert isinstance(made, dict) and set(made) >= {"url", "token", "expires_at"}
    token = made["token"]
    proc, base = start_serve(workspace_dir, "--port", "0")
    try:
        url = f"{base}/share/{token}"
        assert made["url"].endswith(f"/share/{token}")
        png = screenshot(url, tmp_path / "share.png")
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 20_000
        dom = dump_dom(url, tmp_path / "profile")
        assert "Lea Salonga" in dom and "lea@example.com" in dom
        assert "Introduce yourself in English." in dom and "Hi, I am Lea from Manila." in dom
        assert "Night shift OK" in dom
        assert "&lt;b&gt;a lot&lt;/b&gt;" in dom  # escaped, never markup
        assert SECRET_REPLY not in dom and "internal note" not in dom  # not chosen
        assert 'id="conversation"' not in dom and 'id="cv"' not in dom
        assert f"/share/{token}/audio/1" in dom
        with httpx.Client(base_url=base, timeout=30) as client:
            audio = client.get(f"/share/{token}/audio/1")
            assert audio.status_code == 200 and audio.content[:4] == b"RIFF"
            assert audio.headers["content-type"].startswith("audio/")
            part = client.get(f"/share/{token}/audio/1", headers={"Range": "bytes=0-99"})
            assert part.status_code == 206 and len(part.content) == 100  # a player can seek
            assert _played_seconds(f"{base}/share/{token}/audio/1", tmp_path) == "1"
            assert client.get(f"/share/{token}/cv").status_code == 404  # not shared
            tampered = token[:-2] + ("AA" if not token.endswith("AA") else "BB")
            assert client.get(f"/share/{tampered}").status_code == 404
            link_id, expiry, signature = token.split("-", 2)
            later = f"{link_id}-{int(expiry) + 86400}-{signature}"  # a longer life: forged
            assert client.get(f"/share/{later}").status_code == 404
            assert client.get(f"/share/{tampered}/audio/1").status_code == 404
            assert _played_seconds(f"{base}/share/{tampered}/audio/1", tmp_path) == "error"
            listed = _cli(workspace_dir, "share", "list", str(lea), "--json")
            assert isinstance(listed, list) and [r["state"] for r in listed] == ["active"]
            _cli(workspace_dir, "share", "revoke", token)
            assert client.get(f"/share/{token}").status_code == 404
            assert client.get(f"/share/{token}/audio/1").status_code == 404
        listed = _cli(workspace_dir, "share", "list", str(lea), "--json")
        assert isinstance(listed, list) and listed[0]["state"] == "revoked"
        assert "Lea" not in dump_dom(url, tmp_path / "profile")
    finally:
        proc.send_signal(signal.SIGTERM)
        _out, log = proc.communicate(timeout=60)
    assert f"GET /share/{link_id}-*** 200" in log and f"/share/{link_id}-***/audio/1 200" in log
    assert signature not in log and token not in log  # the token is a credential


@pytest.fixture
def file_secrets() -> Iterator[None]:
    """This process keeps secrets in the workspace's file too, as the CLI and ``serve`` do."""
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


def test_an_expired_link_answers_404_and_a_saved_page_needs_no_server(
    workspace_dir: Path, lea: int, tmp_path: Path, file_secrets: None
) -> None:
    del file_secrets
    with Workspace.open(data_dir=workspace_dir) as ws:
        week_ago = utcnow() - timedelta(days=8)
        expired = ws.sharing.create(lea, expires_in=timedelta(days=7), now=week_ago)
        fresh = ws.sharing.create(lea, ["labels"])
        assert ws.sharing.page(expired.token) is None
        assert ws.sharing.page(fresh.token, now=fresh.expires_at) is None  # not a second more
        assert "Night shift OK" in (ws.sharing.page(fresh.token) or "")
        assert [link.state(utcnow()) for link in ws.sharing.links(lea)] == ["active", "expired"]
    proc, base = start_serve(workspace_dir, "--port", "0")
    try:
        with httpx.Client(base_url=base, timeout=30) as client:
            page = client.get(f"/share/{fresh.token}")
            assert page.status_code == 200 and page.headers["cache-control"] == "no-store"
            assert "script-src" not in page.headers["content-security-policy"]  # none at all
            gone = client.get(f"/share/{expired.token}")
            assert gone.status_code == 404 and "Lea" not in gone.text
            assert gone.json()["error"]["code"] == "not_found"  # the one error shape
            assert client.get("/share/not-a-token").status_code == 404
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.communicate(timeout=60)
    out = tmp_path / "lea.html"
    _cli(workspace_dir, "share", "save", str(lea), str(out), "--sections", "responses,cv")
    html = out.read_text(encoding="utf-8")
    assert "data:audio/x-wav;base64," in html or "data:audio/wav;base64," in html
    assert "lea@example.com" not in html and "Night shift OK" not in html  # not chosen
    dom = dump_dom(out.as_uri(), tmp_path / "profile")
    assert "Hi, I am Lea from Manila." in dom and "Lea Salonga" in dom


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["create", "{cid}", "--sections", "contact,photos"], "sections: unknown photos"),
        (["create", "{cid}", "--expires", "soon"], "expires: not a duration"),
        (["create", "{cid}", "--expires", "400d"], "at most 365 days"),
        (["create", "{cid}", "--to", "not an email"], "recipient:"),
        (["create", "999999"], "no candidate with id 999999"),
        (["list", "999999"], "no candidate with id 999999"),
        (["revoke", "1-2-forged"], "no share link with that token"),
    ],
)
def test_bad_share_commands_say_why_in_one_line(
    workspace_dir: Path, lea: int, args: list[str], words: str
) -> None:
    argv = [a.format(cid=lea) for a in args]
    done = run_process(
        "--data-dir", str(workspace_dir), "share", *argv, "--json", env=process_env(**NO_KEYRING)
    )
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.startswith("talkpush-desktop: error: ") and done.stderr.count("\n") == 1
    assert words in done.stderr
    with Workspace.open(data_dir=workspace_dir) as ws:
        assert ws.sharing.links(lea) == []  # nothing half-made
