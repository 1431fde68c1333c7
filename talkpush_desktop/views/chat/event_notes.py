"""Fixed sentences the engine writes into a conversation (the bot's and the system's notes:
a robocall not answered, the bot stopped by someone, an invitation not sent) and into the
candidate list's preview (a demo's "Invitation sent", a picture's "[image]"), shown in the
interface language.

The engine keeps them in English (the CLI and the API show them as stored); the view
translates them for display through these tables, like :mod:`campaign_view.vocabulary`. A
note that starts with a fixed phrase ("Invitation not sent: ") keeps what follows (a name,
the engine's reason) as it is. Anything else (what people wrote) shows as written.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLocale

from talkpush_desktop.engine.dto import MessageInfo
from talkpush_desktop.engine.enums import Channel
from talkpush_desktop.views.i18n import QT_TRANSLATE_NOOP

CONTEXT = "EventNotes"

NOTES = frozenset(
    [
        QT_TRANSLATE_NOOP("EventNotes", "The robocall was not answered."),
        QT_TRANSLATE_NOOP(
            "EventNotes", "The robocall got a busy line (or the candidate declined it)."
        ),
        QT_TRANSLATE_NOOP("EventNotes", "The robocall could not be connected."),
        QT_TRANSLATE_NOOP("EventNotes", "The robocall was canceled before it was answered."),
        QT_TRANSLATE_NOOP("EventNotes", "Twilio has no recording of the call."),
    ]
)
"""Whole notes (``engine.interview.call_driver``: ``NOT_ANSWERED_NOTES``, a call without
its recording)."""
LEADS = {
    "Bot stopped by ": QT_TRANSLATE_NOOP("EventNotes", "Bot stopped by {value}"),
    "Bot resumed by ": QT_TRANSLATE_NOOP("EventNotes", "Bot resumed by {value}"),
    "Invitation not sent: ": QT_TRANSLATE_NOOP("EventNotes", "Invitation not sent: {value}"),
    "Auto-call not placed: ": QT_TRANSLATE_NOOP("EventNotes", "Auto-call not placed: {value}"),
    "The robocall could not be placed: ": QT_TRANSLATE_NOOP(
        "EventNotes", "The robocall could not be placed: {value}"
    ),
    "The robocall could not be followed: ": QT_TRANSLATE_NOOP(
        "EventNotes", "The robocall could not be followed: {value}"
    ),
    "Transcript of the robocall: ": QT_TRANSLATE_NOOP(
        "EventNotes", "Transcript of the robocall: {value}"
    ),
}
"""Notes that start with a fixed phrase, by that phrase: ``{value}`` is the rest (who, why)
(``engine.messaging.chat_actions.set_bot``, ``invitations.NOTE``, ``placing.NOTE``,
``call_driver``)."""
SUMMARIES = (
    (
        re.compile(
            r"Robocall finished: all (?P<count>\d+) questions answered\.(?: (?P<rest>.*))?", re.S
        ),
        QT_TRANSLATE_NOOP("EventNotes", "Robocall finished: all {count} questions answered."),
    ),
    (
        re.compile(
            r"The robocall ended after (?P<answers>\d+) of (?P<count>\d+) answers\."
            r"(?: (?P<rest>.*))?",
            re.S,
        ),
        QT_TRANSLATE_NOOP("EventNotes", "The robocall ended after {answers} of {count} answers."),
    ),
)
"""A finished robocall's summary, by its English shape, and what may follow it (a note
above: no recording, the transcript) (``call_driver``)."""
PREVIEWS = frozenset(
    [
        QT_TRANSLATE_NOOP("EventNotes", "Invitation sent"),
        QT_TRANSLATE_NOOP("EventNotes", "[image]"),
    ]
)
"""Fixed previews of the candidate list's last message (``engine.demo.applicants``; a
picture without text, ``engine.messaging.inbound``)."""


def note_text(body: str) -> str:
    """A system note's text in the interface language (unknown text as it is)."""
    if body in NOTES:
        return QCoreApplication.translate(CONTEXT, body)
    for shape, template in SUMMARIES:
        found = shape.fullmatch(body)
        if found is not None:
            numbers = {
                name: QLocale().toString(int(value))
                for name, value in found.groupdict().items()
                if name != "rest" and value is not None
            }
            summary = QCoreApplication.translate(CONTEXT, template).format(**numbers)
            rest = found.group("rest")
            return f"{summary} {note_text(rest)}" if rest else summary
    for lead, template in LEADS.items():
        if body.startswith(lead):
            shown = QCoreApplication.translate(CONTEXT, template)
            return shown.format(value=body.removeprefix(lead))
    return body


def is_note(m: MessageInfo) -> bool:
    """Whether ``m`` is the engine's note (never sent, nobody wrote it)."""
    return m.channel == Channel.INTERNAL and not m.author


def shown_note(m: MessageInfo) -> MessageInfo:
    """``m`` with its body in the interface language when it is a system note."""
    if not is_note(m):
        return m
    body = note_text(m.body)
    return m if body == m.body else m._replace(body=body)


def preview_text(preview: str) -> str:
    """A list row's last-message preview: a fixed one translated, a message as written."""
    return QCoreApplication.translate(CONTEXT, preview) if preview in PREVIEWS else preview
