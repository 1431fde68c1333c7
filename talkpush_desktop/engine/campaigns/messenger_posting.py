"""The Messenger job posting (seed 000, "Setting up a job posting for Facebook Messenger"):
whether the Page's chatbot shows the campaign (``disabled``), shows it as a job opening
(``job``) or offers it as an inquiry type (``inquiry``: those who pick it state their
question and a recruiter answers in the chat pane); the information fields a job card
shows, each at most 80 characters; the detailed description; the apply URL."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from talkpush_desktop.storage.models import Campaign

MODES = ("disabled", "job", "inquiry")
INFO_FIELDS = ("title", "subtitle")
"""The information segment: what the job card shows (80 characters each)."""
INFO_MAX = 80
DESCRIPTION_MAX = 10_000
URL_MAX = 2000


@dataclass(frozen=True, slots=True)
class Posting:
    mode: str = "disabled"
    title: str = ""
    subtitle: str = ""
    description: str = ""
    apply_url: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "mode": self.mode,
            "title": self.title,
            "subtitle": self.subtitle,
            "description": self.description,
            "apply_url": self.apply_url,
        }


def normalized(p: Posting) -> Posting:
    return Posting(
        p.mode.strip().lower(),
        " ".join(p.title.split()),
        " ".join(p.subtitle.split()),
        p.description.strip(),
        p.apply_url.strip(),
    )


def url_problem(url: str) -> str | None:
    """Why ``url`` is not a web address a candidate can open (None: it is)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc or " " in url:
        return f"not a web address: {url!r} (https://...)"
    if len(url) > URL_MAX:
        return f"at most {URL_MAX} characters"
    return None


def problems(p: Posting) -> dict[str, str]:
    """Each field's problem; ``p`` is :func:`normalized`."""
    found: dict[str, str] = {}
    if p.mode not in MODES:
        found["mode"] = f"use one of {', '.join(MODES)}, not {p.mode!r}"
    for name in INFO_FIELDS:
        value: str = getattr(p, name)
        if len(value) > INFO_MAX:
            found[name] = f"at most {INFO_MAX} characters ({len(value)} given)"
    if p.mode == "job" and not p.title and "title" not in found:
        found["title"] = "a job posting needs a title"
    if len(p.description) > DESCRIPTION_MAX:
        found["description"] = f"at most {DESCRIPTION_MAX:,} characters"
    if p.apply_url and (why := url_problem(p.apply_url)):
        found["apply_url"] = why
    return found


def of(campaign: Campaign) -> Posting:
    info = campaign.messenger_info or {}
    return Posting(
        campaign.messenger_mode or "disabled",
        str(info.get("title", "")),
        str(info.get("subtitle", "")),
        campaign.messenger_description or "",
        str(info.get("apply_url", "")),
    )


def apply(campaign: Campaign, p: Posting) -> None:
    info = dict(campaign.messenger_info or {})  # a new dict: the JSON column sees the change
    info.update(title=p.title, subtitle=p.subtitle, apply_url=p.apply_url)
    campaign.messenger_info = info
    campaign.messenger_mode = p.mode
    campaign.messenger_description = p.description
