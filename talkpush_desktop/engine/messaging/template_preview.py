"""What a template looks like to a candidate before anyone is sent it: its tokens filled
for a sample candidate (the settings dialog's preview, ``templates preview``), and for an
SMS the segments it is sent in, one preview bubble each (seed 000: "the number of preview
messages to the right equals the number of SMS that will be sent out")."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy.orm import Session

from talkpush_desktop.engine.messaging import links, tokens
from talkpush_desktop.engine.messaging.sms_segments import sms_cost, sms_parts

SAMPLE_ID = 123456
"""The sample candidate's id (their links are as long as a real candidate's)."""
SAMPLE = {
    "candidate_first_name": "Maria",
    "candidate_name": "Maria Santos",
    "access_code": "482913",
    "referee": "Ana Reyes",
}
"""The sample candidate's own token values (the company and campaign are the real ones)."""
GROWING = frozenset({"candidate_first_name", "candidate_name", "referee", "company", "campaign"})
"""Tokens whose value differs in length from one candidate to the next."""


@dataclass(frozen=True, slots=True)
class SmsPreview:
    """An SMS body as the sample candidate receives it."""

    text: str
    characters: int
    encoding: str
    units: int
    segments: int
    parts: tuple[str, ...]
    warning: str
    """Why a real candidate's message may be longer ('' when it cannot)."""
    missing: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "characters": self.characters,
            "encoding": self.encoding,
            "units": self.units,
            "segments": self.segments,
            "parts": [{"text": part, "characters": len(part)} for part in self.parts],
            "warning": self.warning,
            "missing": list(self.missing),
        }


def sample_values(
    session: Session, company_id: int, company: str, campaign_id: int, campaign: str
) -> dict[str, str]:
    """The sample candidate's token values (a link only once its setting is made)."""
    settings = replace(links.settings(session, company_id), key=b"sample")
    return (
        links.values(settings, company_id, SAMPLE_ID, campaign_id)
        | SAMPLE
        | {"company": company, "campaign": campaign}
    )


def sms(body: str, values: dict[str, str]) -> SmsPreview:
    """``body`` filled with ``values``, counted and cut into segments."""
    rendered = tokens.render(body, values)
    cost = sms_cost(rendered.text)
    used = {p.name for p in tokens.compile_body(body).parts if isinstance(p, tokens.Slot)}
    warning = ""
    if used & GROWING:
        names = ", ".join(sorted(used & GROWING))
        warning = f"tokens ({names}) are filled per candidate: a longer value makes it longer"
    return SmsPreview(
        rendered.text,
        len(rendered.text),
        cost.encoding,
        cost.units,
        cost.segments,
        tuple(sms_parts(rendered.text)),
        warning,
        rendered.missing,
    )


def email(subject: str, html: str, values: dict[str, str]) -> tuple[str, str]:
    """The subject and the HTML body with the sample values filled (escaped in the HTML)."""
    return (
        tokens.render(subject, values).text,
        tokens.render(html, values, escape_html=True).text,
    )
