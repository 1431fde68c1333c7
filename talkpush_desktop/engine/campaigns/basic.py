"""Basic settings: title (required, unique within the company), the hotline's country
(it decides the caller ID's prefix), the interview language (it decides the transcription
model), web dial-out and auto-call."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from talkpush_desktop.engine.company.campaigns import MAX_TITLE
from talkpush_desktop.storage.models import Campaign

LANGUAGES: dict[str, str] = {
    "en": "English",
    "es": "Spanish",
    "pt": "Portuguese",
    "fr": "French",
    "de": "German",
    "it": "Italian",
    "nl": "Dutch",
    "tl": "Filipino (Tagalog)",
    "id": "Indonesian",
    "ms": "Malay",
    "vi": "Vietnamese",
    "th": "Thai",
    "ja": "Japanese",
    "ko": "Korean",
    "zh": "Chinese",
    "hi": "Hindi",
    "ar": "Arabic",
    "ru": "Russian",
    "pl": "Polish",
    "tr": "Turkish",
}
"""Interview languages offered (ISO 639-1 code -> English name)."""


@dataclass(frozen=True, slots=True)
class Basic:
    """The Basic tab."""

    title: str
    hotline_country: str = "US"
    interview_language: str = "en"
    web_dial_out: bool = False
    auto_call: bool = False


def countries() -> list[tuple[str, int]]:
    """Every hotline country (ISO 3166 code) with its calling code, by code."""
    import phonenumbers  # loaded when a campaign's settings are checked, not at start-up

    return sorted(
        (region, phonenumbers.country_code_for_region(region))
        for region in phonenumbers.SUPPORTED_REGIONS
    )


def caller_id_prefix(country: str) -> str:
    """The prefix candidates see on their phone when the hotline calls (``+63``)."""
    import phonenumbers

    code = phonenumbers.country_code_for_region(country.upper())
    return f"+{code}" if code else ""


def normalized(basic: Basic) -> Basic:
    return Basic(
        " ".join(basic.title.split()),
        basic.hotline_country.strip().upper(),
        basic.interview_language.strip().lower(),
        basic.web_dial_out,
        basic.auto_call,
    )


def problems(
    session: Session, company_id: int, basic: Basic, campaign_id: int | None
) -> dict[str, str]:
    """Each field's problem (none: empty). ``basic`` is :func:`normalized`; the title is
    compared with the company's other campaigns' in any case."""
    found: dict[str, str] = {}
    if not basic.title:
        found["title"] = "a campaign needs a title"
    elif len(basic.title) > MAX_TITLE:
        found["title"] = f"at most {MAX_TITLE} characters ({len(basic.title)} given)"
    else:
        query = select(Campaign.id, Campaign.title).where(
            Campaign.company_id == company_id,
            func.lower(Campaign.title) == basic.title.lower(),
        )
        if campaign_id is not None:
            query = query.where(Campaign.id != campaign_id)
        clash = session.execute(query.limit(1)).first()
        if clash is not None:
            found["title"] = f"campaign {clash[0]} is already titled {clash[1]!r}"
    if basic.hotline_country not in {code for code, _calling in countries()}:
        found["hotline_country"] = (
            f"not a country code: {basic.hotline_country!r} (two letters, e.g. PH, US)"
        )
    if basic.interview_language not in LANGUAGES:
        found["interview_language"] = (
            f"not an interview language: {basic.interview_language!r} "
            f"(one of {', '.join(LANGUAGES)})"
        )
    return found


def apply(campaign: Campaign, basic: Basic) -> None:
    campaign.title = basic.title
    campaign.hotline_country = basic.hotline_country
    campaign.interview_language = basic.interview_language
    campaign.web_dialout = basic.web_dial_out
    campaign.auto_call = basic.auto_call


def of(campaign: Campaign) -> Basic:
    return Basic(
        campaign.title,
        campaign.hotline_country,
        campaign.interview_language,
        campaign.web_dialout,
        campaign.auto_call,
    )
