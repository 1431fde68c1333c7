"""The engine's fixed refusals in the interface language, where the window shows them (a
dialog's error line, the status bar, a background job that failed).

The engine words its errors in English once, for the window, the command line and the API
alike (the CLI and the API keep them as they are); the view translates the fixed ones for
display through :data:`MESSAGES`. A message with values in it (a count, a name, a folder)
is read through :data:`PATTERNS`: its English template, whose ``{placeholders}`` become the
regular expression that matches the engine's wording, is translated and filled with the
values found; a value that is itself a fixed word (a folder, an automatic label, an undo
step's description, the list of candidates in a conflict) is shown translated too. Anything
else shows as the engine wrote it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from talkpush_desktop.engine.candidates.folders import FOLDER_NAMES
from talkpush_desktop.engine.candidates.labels import AUTOMATIC
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
        QT_TRANSLATE_NOOP("EngineErrors", "sms: the candidate has no phone number"),
        QT_TRANSLATE_NOOP("EngineErrors", "voice: the candidate has no phone number"),
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


PATTERNS = (
    # two recruiters, one candidate (engine.candidates.move_conflicts, label_conflicts)
    QT_TRANSLATE_NOOP("EngineErrors", "already moved by someone else: {who}; nothing was moved"),
    QT_TRANSLATE_NOOP(
        "EngineErrors",
        "{count} candidates were already moved by someone else: {who}; nothing was moved",
    ),
    QT_TRANSLATE_NOOP("EngineErrors", "cannot undo '{action}': someone else moved {who} since"),
    QT_TRANSLATE_NOOP(
        "EngineErrors", "cannot undo '{action}': someone else took {label} off {who} since"
    ),
    QT_TRANSLATE_NOOP(
        "EngineErrors", "cannot redo '{action}': someone else took {label} off {who} since"
    ),
    QT_TRANSLATE_NOOP(
        "EngineErrors", "cannot undo '{action}': someone else put {label} on {who} since"
    ),
    QT_TRANSLATE_NOOP(
        "EngineErrors", "cannot redo '{action}': someone else put {label} on {who} since"
    ),
    # a conflict's candidates ({who}: these joined by "; ")
    QT_TRANSLATE_NOOP("EngineErrors", "{candidate} to {folder} by the system"),
    QT_TRANSLATE_NOOP("EngineErrors", "{candidate} to {folder} by {user}"),
    QT_TRANSLATE_NOOP("EngineErrors", "{candidate} to {folder}"),
    QT_TRANSLATE_NOOP("EngineErrors", "{candidate} by the system"),
    QT_TRANSLATE_NOOP("EngineErrors", "{candidate} by {user}"),
    QT_TRANSLATE_NOOP("EngineErrors", "and {count} more"),
    # undo steps, as Edit > Undo names them (engine.candidates, engine.campaigns)
    QT_TRANSLATE_NOOP("EngineErrors", "Move {count} to {folder}"),
    QT_TRANSLATE_NOOP("EngineErrors", "Label {count} {label}"),
    QT_TRANSLATE_NOOP("EngineErrors", "Unlabel {count} {label}"),
    QT_TRANSLATE_NOOP("EngineErrors", "Change Campaign Settings of {title}"),
    # candidates and labels
    QT_TRANSLATE_NOOP("EngineErrors", "no candidate with id {id}"),
    QT_TRANSLATE_NOOP("EngineErrors", "no label named {label}"),
    QT_TRANSLATE_NOOP("EngineErrors", "label names are at most {count} characters"),
    QT_TRANSLATE_NOOP("EngineErrors", "{label} is an automatic label and cannot be set by hand"),
    QT_TRANSLATE_NOOP("EngineErrors", "cv: {file} is not a file"),
    QT_TRANSLATE_NOOP("EngineErrors", "cv: {file} must be between 1 byte and 20 MB"),
    QT_TRANSLATE_NOOP("EngineErrors", "cv: {file} is not a {kinds} file"),
    QT_TRANSLATE_NOOP("EngineErrors", "campaign titles are at most {count} characters"),
    # messages
    QT_TRANSLATE_NOOP("EngineErrors", "message: longer than {count} characters"),
    QT_TRANSLATE_NOOP("EngineErrors", "body: longer than {count} characters"),
    QT_TRANSLATE_NOOP("EngineErrors", "title: longer than {count} characters"),
    QT_TRANSLATE_NOOP("EngineErrors", "title: a quick reply called {name} already exists"),
    # accounts and signing in
    QT_TRANSLATE_NOOP("EngineErrors", "password: use at least {count} characters"),
    QT_TRANSLATE_NOOP("EngineErrors", "email: not an email address: {email}"),
    QT_TRANSLATE_NOOP("EngineErrors", "email: {email} already has an account here"),
    QT_TRANSLATE_NOOP("EngineErrors", "the account {email} is deactivated: ask the owner"),
    QT_TRANSLATE_NOOP("EngineErrors", "{email} is not on the company's domain whitelist"),
)
"""The engine's refusals (and undo steps' descriptions) with values in them, as English
templates: the text between ``{placeholders}`` is the engine's wording to the letter; a
placeholder matches what :data:`VALUES` gives for its name (any text otherwise)."""

WORDS = frozenset([*FOLDER_NAMES, *AUTOMATIC])
"""Values the window shows translated as it shows them elsewhere (context "Vocabulary")."""
_NUMBER, _TEXT = r"\d[\d,]*", r".+?"
VALUES: dict[str, str] = {
    "count": _NUMBER,
    "id": _NUMBER,
    "folder": "|".join(re.escape(name) for name in FOLDER_NAMES),
    "candidate": r"[^:;]+? \(#\d+\)",  # "Maria Santos (#12)", as move_conflicts.named words it
}


def _word(value: str) -> str:
    return QCoreApplication.translate("Vocabulary", value) if value in WORDS else value


def _listed(value: str) -> str:
    return "; ".join(engine_text(part) for part in value.split("; "))


def _regex(template: str) -> re.Pattern[str]:
    """The English ``template`` as the expression that matches the engine's wording."""
    parts = re.split(r"\{(\w+)\}", template)  # text, name, text, name, ..., text
    return re.compile(
        "".join(
            f"(?P<{part}>{VALUES.get(part, _TEXT)})" if i % 2 else re.escape(part)
            for i, part in enumerate(parts)
        )
    )


_MATCHERS = [(_regex(template), template) for template in PATTERNS]


def engine_text(message: str) -> str:
    """``message`` (an engine refusal or an undo step's description) as the window shows it:
    a fixed one or one of :data:`PATTERNS` in the interface language, else as written."""
    if message in MESSAGES:
        return QCoreApplication.translate(CONTEXT, message)
    for regex, template in _MATCHERS:
        found = regex.fullmatch(message)
        if found:
            values = {k: SHOWN.get(k, str)(v) for k, v in found.groupdict().items()}
            return QCoreApplication.translate(CONTEXT, template).format(**values)
    return message


SHOWN: dict[str, Callable[[str], str]] = {
    "folder": _word,
    "label": _word,
    "who": _listed,
    "action": engine_text,
}
"""How a placeholder's value is shown (as the engine wrote it when not here)."""


def error_text(error: BaseException | str) -> str:
    """``error`` (an exception or its message) as the window shows it: a refusal the engine
    words in English, in the interface language where :func:`engine_text` knows it."""
    return engine_text(str(error))
