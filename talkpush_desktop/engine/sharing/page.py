"""The read-only page of a share link: one HTML document, every value escaped.

The same page is served by ``serve`` at ``/share/{token}`` (audio and the CV fetched under
the token) and saved as one self-contained file ("Save as page": audio as data URIs). Only
the link's sections are put in the document; the others are never written into it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from html import escape
from string import Template

from talkpush_desktop.engine.dto import CandidateDetail, MessageInfo, ResponseInfo

AudioSource = Callable[[int, ResponseInfo], str | None]
"""The ``src`` of the ``index``-th response's recording (None: no playable recording)."""

_PAGE = Template("""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>$title</title>
<style>
body{font-family:"DejaVu Sans",Arial,sans-serif;background:#f3f5f8;color:#1f2933;margin:0}
header{background:#1b4f8a;color:#fff;padding:28px 40px}
header h1{margin:0;font-size:28px} header p{margin:6px 0 0;opacity:.85}
main{max-width:860px;margin:24px auto;padding:0 20px}
section{background:#fff;border-radius:8px;padding:18px 24px;margin-bottom:18px;
box-shadow:0 1px 3px rgba(0,0,0,.12)}
h2{font-size:18px;margin:0 0 12px;color:#1b4f8a}
dl{display:grid;grid-template-columns:160px 1fr;gap:6px 12px;margin:0}
dt{color:#52606d} dd{margin:0}
.q{font-weight:bold;margin-top:12px} .a{margin:4px 0 8px} .t{color:#52606d;font-style:italic}
.m{padding:8px 12px;border-radius:8px;margin:6px 0;max-width:75%}
.in{background:#e4e7eb} .out{background:#d9eaff;margin-left:auto}
.when{font-size:11px;color:#7b8794}
.label{display:inline-block;background:#e8f0fe;border-radius:12px;padding:3px 10px;margin:2px}
pre{white-space:pre-wrap;font-family:inherit}
footer{color:#7b8794;font-size:12px;text-align:center;margin:24px}
</style></head>
<body><header><h1>$name</h1><p>$subtitle</p></header>
<main>$sections</main>
<footer>Shared from Talkpush Desktop$expiry. Read-only.</footer>
</body></html>
""")


@dataclass(frozen=True, slots=True)
class PageData:
    """What a page may show, read for one candidate."""

    detail: CandidateDetail
    messages: Sequence[MessageInfo]
    expires_at: datetime | None = None


def _section(title: str, body: str, name: str) -> str:
    return f'<section id="{name}"><h2>{escape(title)}</h2>{body}</section>'


def _contact(d: CandidateDetail) -> str:
    pairs = [
        ("Email", d.row.email),
        ("Phone", d.row.phone),
        ("School", d.school_name or ""),
        ("Gender", d.gender or ""),
        ("Source", d.row.source),
    ]
    rows = "".join(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in pairs if v)
    return _section("Contact details", f"<dl>{rows}</dl>", "contact")


def _responses(d: CandidateDetail, audio: AudioSource) -> str:
    parts = []
    for index, r in enumerate(d.responses):
        parts.append(f'<div class="q">{escape(r.question)}</div>')
        if r.text:
            parts.append(f'<div class="a">{escape(r.text)}</div>')
        src = audio(index, r) if r.audio_path else None
        if src:
            parts.append(f'<audio controls preload="metadata" src="{escape(src)}"></audio>')
        if r.transcript:
            parts.append(f'<div class="t">Transcript: {escape(r.transcript)}</div>')
    body = "".join(parts) or "<p>No responses yet.</p>"
    return _section("Responses", body, "responses")


def _conversation(messages: Sequence[MessageInfo]) -> str:
    parts = []
    for m in messages:
        if m.channel == "internal" or not m.body:
            continue  # private comments never leave the team
        side = "out" if m.direction == "out" else "in"
        when = f"{m.created_at:%Y-%m-%d %H:%M} UTC \N{MIDDLE DOT} {m.channel}"
        parts.append(
            f'<div class="m {side}">{escape(m.body)}<div class="when">{escape(when)}</div></div>'
        )
    body = "".join(parts) or "<p>No messages.</p>"
    return _section("Conversation", body, "conversation")


def _labels(d: CandidateDetail) -> str:
    body = "".join(f'<span class="label">{escape(n)}</span>' for n in d.row.labels)
    return _section("Labels", body or "<p>No labels.</p>", "labels")


def _cv(d: CandidateDetail, cv_href: str | None) -> str:
    parts = []
    if cv_href:
        parts.append(f'<p><a href="{escape(cv_href)}">Download the CV</a></p>')
    if d.cv_text:
        parts.append(f"<pre>{escape(d.cv_text)}</pre>")
    return _section("CV", "".join(parts) or "<p>No CV on file.</p>", "cv")


def render(
    data: PageData,
    sections: Sequence[str],
    audio: AudioSource,
    cv_href: str | None = None,
) -> str:
    """The page with only ``sections`` (in page order)."""
    d = data.detail
    name = d.row.full_name or f"Candidate {d.row.id}"
    builders: dict[str, Callable[[], str]] = {
        "contact": lambda: _contact(d),
        "responses": lambda: _responses(d, audio),
        "conversation": lambda: _conversation(data.messages),
        "labels": lambda: _labels(d),
        "cv": lambda: _cv(d, cv_href),
    }
    body = "".join(builders[s]() for s in sections if s in builders)
    expiry = (
        f" \N{MIDDLE DOT} link valid until {data.expires_at:%Y-%m-%d %H:%M} UTC"
        if (data.expires_at)
        else ""
    )
    return _PAGE.substitute(
        title=escape(f"{name} \N{EN DASH} candidate profile"),
        name=escape(name),
        subtitle=escape(f"{d.row.campaign_title} \N{MIDDLE DOT} {d.row.folder}"),
        sections=body,
        expiry=escape(expiry),
    )
