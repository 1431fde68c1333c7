"""The engine's fixed refusals in the interface language, where the window shows them (a
dialog's error line, the status bar, a background job that failed).

The engine words its errors in English once, for the window, the command line and the API
alike (the CLI and the API keep them as they are); the view translates the fixed ones for
display through this table. A message with values in it (an address, a count, a name) is
not in the table and shows in English as the engine wrote it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from talkpush_desktop.views.i18n import QT_TRANSLATE_NOOP

CONTEXT = "EngineErrors"

MESSAGES = frozenset(
    [
        # signing in, accounts and the company (engine.company)
        QT_TRANSLATE_NOOP("EngineErrors", "wrong email or password"),
        QT_TRANSLATE_NOOP("EngineErrors", "that account does not exist in this company"),
        QT_TRANSLATE_NOOP("EngineErrors", "you are the owner already"),
        QT_TRANSLATE_NOOP("EngineErrors", "name: a name is needed"),
        QT_TRANSLATE_NOOP("EngineErrors", "current password: it does not match"),
        QT_TRANSLATE_NOOP("EngineErrors", "password: no spaces at its start or end"),
        QT_TRANSLATE_NOOP("EngineErrors", "public url: give the base address, without ? or #"),
        QT_TRANSLATE_NOOP("EngineErrors", "name: the company needs a name"),
        QT_TRANSLATE_NOOP("EngineErrors", "a company needs a name"),
        QT_TRANSLATE_NOOP("EngineErrors", "a campaign needs a title"),
        QT_TRANSLATE_NOOP("EngineErrors", "this address is not in the company's IP whitelist"),
        QT_TRANSLATE_NOOP(
            "EngineErrors", "this invitation link is not valid: used, expired or unknown"
        ),
        QT_TRANSLATE_NOOP("EngineErrors", "this invitation was revoked by the company's owner"),
        # candidates, labels, intake
        QT_TRANSLATE_NOOP("EngineErrors", "a label needs a name"),
        QT_TRANSLATE_NOOP("EngineErrors", "first name: required"),
        QT_TRANSLATE_NOOP("EngineErrors", "the sheet address must start with https://"),
        QT_TRANSLATE_NOOP("EngineErrors", "the sheet is larger than 200 MB"),
        QT_TRANSLATE_NOOP("EngineErrors", "download cancelled"),
        QT_TRANSLATE_NOOP("EngineErrors", "every: from 1 to 1440 minutes"),
        # messages and chat actions
        QT_TRANSLATE_NOOP("EngineErrors", "email: the candidate has no email address"),
        QT_TRANSLATE_NOOP(
            "EngineErrors", "messenger: the candidate has not written to the page yet"
        ),
        QT_TRANSLATE_NOOP("EngineErrors", "message: the text is empty"),
        QT_TRANSLATE_NOOP("EngineErrors", "body: the text is empty"),
        QT_TRANSLATE_NOOP("EngineErrors", "title: required"),
        QT_TRANSLATE_NOOP("EngineErrors", "sms: the campaign's invitation SMS is not enabled"),
        QT_TRANSLATE_NOOP("EngineErrors", "not connected: no provider is set for this channel"),
        QT_TRANSLATE_NOOP("EngineErrors", "the candidate has no Messenger id to write to"),
        # calls and the robocall
        QT_TRANSLATE_NOOP("EngineErrors", "robocall: the candidate has no phone number"),
        QT_TRANSLATE_NOOP(
            "EngineErrors", "robocall: the candidate has already completed the interview"
        ),
        QT_TRANSLATE_NOOP("EngineErrors", "robocall: the campaign's interview has no questions"),
        QT_TRANSLATE_NOOP(
            "EngineErrors", "voice: no voice provider is connected (Settings > Providers)"
        ),
        QT_TRANSLATE_NOOP("EngineErrors", "my phone: set your own phone first (it rings first)"),
        QT_TRANSLATE_NOOP("EngineErrors", "the voice service is no longer set to Twilio"),
        # providers and the phone simulator
        QT_TRANSLATE_NOOP("EngineErrors", "port: must be a number"),
        QT_TRANSLATE_NOOP("EngineErrors", "api base url: must start with http:// or https://"),
        QT_TRANSLATE_NOOP(
            "EngineErrors", "address: the simulated candidate needs a phone or email"
        ),
        QT_TRANSLATE_NOOP("EngineErrors", "reply: the text is empty"),
        QT_TRANSLATE_NOOP("EngineErrors", "answer: say something (type a text or key in digits)"),
        # sharing and outbound
        QT_TRANSLATE_NOOP("EngineErrors", "expires: must be in the future"),
        QT_TRANSLATE_NOOP("EngineErrors", "expires: at most 365 days"),
        QT_TRANSLATE_NOOP("EngineErrors", "sections: choose at least one"),
        QT_TRANSLATE_NOOP("EngineErrors", "no secret store to keep the sharing key in"),
        QT_TRANSLATE_NOOP("EngineErrors", "a site needs a name of 1 to 200 characters"),
    ]
)
"""The engine's refusals without values in them, as it words them."""


def error_text(error: BaseException | str) -> str:
    """``error`` (an exception or its message) as the window shows it: a fixed refusal in
    the interface language, anything else as the engine wrote it."""
    message = str(error)
    return QCoreApplication.translate(CONTEXT, message) if message in MESSAGES else message
