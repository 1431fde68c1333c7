"""The interview languages' names as shown (the engine's ``LANGUAGES``, in English,
translated); a language it adds later shows under the engine's name."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from talkpush_desktop.views.i18n import QT_TRANSLATE_NOOP

LANGUAGE_NAMES = {
    "en": QT_TRANSLATE_NOOP("InterviewLanguage", "English"),
    "es": QT_TRANSLATE_NOOP("InterviewLanguage", "Spanish"),
    "pt": QT_TRANSLATE_NOOP("InterviewLanguage", "Portuguese"),
    "fr": QT_TRANSLATE_NOOP("InterviewLanguage", "French"),
    "de": QT_TRANSLATE_NOOP("InterviewLanguage", "German"),
    "it": QT_TRANSLATE_NOOP("InterviewLanguage", "Italian"),
    "nl": QT_TRANSLATE_NOOP("InterviewLanguage", "Dutch"),
    "tl": QT_TRANSLATE_NOOP("InterviewLanguage", "Filipino (Tagalog)"),
    "id": QT_TRANSLATE_NOOP("InterviewLanguage", "Indonesian"),
    "ms": QT_TRANSLATE_NOOP("InterviewLanguage", "Malay"),
    "vi": QT_TRANSLATE_NOOP("InterviewLanguage", "Vietnamese"),
    "th": QT_TRANSLATE_NOOP("InterviewLanguage", "Thai"),
    "ja": QT_TRANSLATE_NOOP("InterviewLanguage", "Japanese"),
    "ko": QT_TRANSLATE_NOOP("InterviewLanguage", "Korean"),
    "zh": QT_TRANSLATE_NOOP("InterviewLanguage", "Chinese"),
    "hi": QT_TRANSLATE_NOOP("InterviewLanguage", "Hindi"),
    "ar": QT_TRANSLATE_NOOP("InterviewLanguage", "Arabic"),
    "ru": QT_TRANSLATE_NOOP("InterviewLanguage", "Russian"),
    "pl": QT_TRANSLATE_NOOP("InterviewLanguage", "Polish"),
    "tr": QT_TRANSLATE_NOOP("InterviewLanguage", "Turkish"),
}
TOKEN_TEXTS = {
    "candidate_first_name": (
        QT_TRANSLATE_NOOP("MessageToken", "First name"),
        QT_TRANSLATE_NOOP("MessageToken", "The candidate's first name"),
    ),
    "candidate_name": (
        QT_TRANSLATE_NOOP("MessageToken", "Full name"),
        QT_TRANSLATE_NOOP("MessageToken", "The candidate's first and last name"),
    ),
    "company": (
        QT_TRANSLATE_NOOP("MessageToken", "Company"),
        QT_TRANSLATE_NOOP("MessageToken", "Your company's name"),
    ),
    "campaign": (
        QT_TRANSLATE_NOOP("MessageToken", "Campaign"),
        QT_TRANSLATE_NOOP("MessageToken", "The title of the candidate's campaign"),
    ),
    "access_code": (
        QT_TRANSLATE_NOOP("MessageToken", "PIN code"),
        QT_TRANSLATE_NOOP("MessageToken", "The PIN that starts the phone interview"),
    ),
    "referee": (
        QT_TRANSLATE_NOOP("MessageToken", "Referee"),
        QT_TRANSLATE_NOOP("MessageToken", "Who referred the candidate (referral programs)"),
    ),
    "messenger_interview_link": (
        QT_TRANSLATE_NOOP("MessageToken", "Messenger interview link"),
        QT_TRANSLATE_NOOP("MessageToken", "The link to the chatbot"),
    ),
    "webdialout": (
        QT_TRANSLATE_NOOP("MessageToken", "Web interview link"),
        QT_TRANSLATE_NOOP("MessageToken", "The phone interview, in the browser"),
    ),
    "webdialout_skip_confirmation": (
        QT_TRANSLATE_NOOP("MessageToken", "Web interview link (straight to questions)"),
        QT_TRANSLATE_NOOP(
            "MessageToken", "The web interview, skipping ahead to the first question"
        ),
    ),
}
"""The message tokens' labels and descriptions by token name (the engine's, translated)."""


def language_name(code: str, engine_name: str) -> str:
    if code in LANGUAGE_NAMES:
        return QCoreApplication.translate("InterviewLanguage", LANGUAGE_NAMES[code])
    return engine_name


def token_texts(name: str, label: str, description: str) -> tuple[str, str]:
    """A token's label and description in the interface language."""
    if name not in TOKEN_TEXTS:
        return label, description
    shown, about = TOKEN_TEXTS[name]
    return (
        QCoreApplication.translate("MessageToken", shown),
        QCoreApplication.translate("MessageToken", about),
    )
