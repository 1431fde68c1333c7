"""``weekly-email preview`` and ``send-due`` as a user runs them (and a share link emailed
over the same SMTP provider): the preview is a report a
supervisor would open (headless Chromium paints it, with its two charts drawn by the
Analytics window's chart cards), and ``send-due`` sends each subscribed manager one email
over SMTP with the charts inline (``cid:``), then nothing on a second run."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from support.chromium import dump_dom, screenshot
from support.cli import run_process
from support.smtp_server import Handler, SmtpController, serving

from talkpush_desktop.engine.company import settings as company_settings
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.engine.workspace import Workspace


@pytest.fixture
def smtp() -> Iterator[tuple[Handler, SmtpController]]:
    with serving() as server:
        yield server


@pytest.fixture
def team(workspace_dir: Path, smtp: tuple[Handler, SmtpController]) -> Path:
    with Workspace.open(data_dir=workspace_dir) as ws:
        ws.company.rename("Acme BPO", "Asia/Manila")
        ws.company.add_user("Ana Cruz", "ana@acme.example")
        ws.company.add_user("Ben Ramos", "ben@acme.example")
        settings = {
            "host": "127.0.0.1",
            "port": smtp[1].port,
            "security": "none",
            "from_address": "reports@acme.example",
            "timeout": 5,
        }
        ws.providers.configure("email", "smtp", settings)
        camp = ws.campaigns.create("CSR Manila", hotline_country="PH")
        ids = [
            ws.intake.add_candidate(camp.id, first_name=n, email=f"{n}@example.com")
            for n in ("Mia", "Leo", "Sam", "Ivy")
        ]
        for cid in ids[:3]:
            ws.interview.complete(cid)
        ws.candidates.move(ids[:2], "Shortlisted")
        ws.candidates.move([ids[2]], "Rejected")
    return workspace_dir


def _cli(folder: Path, *args: str) -> str:
    done = run_process("--data-dir", str(folder), *args)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_preview_is_a_report_with_two_charts(team: Path, tmp_path: Path) -> None:
    out = tmp_path / "weekly.html"
    today = company_settings.today("Asia/Manila", utcnow())
    _cli(team, "weekly-email", "preview", "ana@acme.example", str(out), "--week", str(today))
    html = out.read_text(encoding="utf-8")
    assert html.count('src="data:image/png;base64,') == 2
    png = screenshot(out.as_uri(), tmp_path / "weekly.png", "760,1500")
    assert png.stat().st_size > 40_000  # the charts are drawn, not blank
    dom = dump_dom(out.as_uri(), tmp_path / "profile")
    for words in ("Your weekly statistics", "Acme BPO", "Hello Ana Cruz", "Pass rate"):
        assert words in dom
    assert "Participation rate" in dom and "Your processing time" in dom
    tiles = re.findall(r">(\d+)</div><div[^>]*>(Added|Completed|Shortlisted|Rejected)<", dom)
    assert dict((k, int(v)) for v, k in tiles) == {
        "Added": 4,
        "Completed": 3,
        "Shortlisted": 2,
        "Rejected": 1,
    }
    assert "67 %" in dom  # pass rate: two of the three who completed were shortlisted
    code = run_process("--data-dir", str(team), "weekly-email", "preview", "x@nowhere.example",
                       str(tmp_path / "x.html"))  # fmt: skip
    assert code.returncode == 2 and code.stderr.startswith("talkpush-desktop: error: ")
    assert not (tmp_path / "x.html").exists()


def test_send_due_sends_each_subscriber_once_with_inline_charts(
    team: Path, smtp: tuple[Handler, SmtpController]
) -> None:
    handler = smtp[0]
    _cli(team, "weekly-email", "on", "ana@acme.example")
    first = json.loads(_cli(team, "weekly-email", "send-due", "--json"))
    assert first["sent"] == ["ana@acme.example"] and first["failed"] == []
    second = json.loads(_cli(team, "weekly-email", "send-due", "--json"))
    assert (second["made"], second["sent"]) == (0, [])
    assert len(handler.envelopes) == 1 and handler.envelopes[0].rcpt_tos == ["ana@acme.example"]
    mail = handler.message()
    assert "Acme BPO: your weekly statistics" in str(mail["Subject"])
    assert str(mail["Message-ID"]).startswith("<talkpush-weekly-")
    related = next(p for p in mail.walk() if p.get_content_type() == "multipart/related")
    images = [p for p in related.iter_parts() if p.get_content_type() == "image/png"]
    assert sorted(str(p["Content-ID"]) for p in images) == ["<overview>", "<rates>"]
    assert all(p.get_content()[:8] == b"\x89PNG\r\n\x1a\n" for p in images)
    html = next(p for p in related.iter_parts() if p.get_content_type() == "text/html")
    assert 'src="cid:overview"' in html.get_content() and 'src="cid:rates"' in html.get_content()


def test_a_share_link_is_emailed_to_its_recipient(
    team: Path, smtp: tuple[Handler, SmtpController]
) -> None:
    with Workspace.open(data_dir=team) as ws:
        cid = ws.candidates.ids()[0]
        name = ws.candidates.get(cid).row.full_name
    made = json.loads(
        _cli(team, "share", "create", str(cid), "--to", "Boss@Client.example", "--json")
    )
    assert made["emailed"] == "sent" and made["recipient"] == "Boss@client.example"
    mail = smtp[0].message()
    assert smtp[0].envelopes[0].rcpt_tos == ["Boss@client.example"]
    assert str(mail["Subject"]).endswith(f" of Acme BPO shared {name}'s profile with you")
    assert str(mail["Message-ID"]).startswith(f"<talkpush-share-{made['id']}@")
    text = next(p for p in mail.walk() if p.get_content_type() == "text/plain")
    assert made["url"] in text.get_content()
