"""Fixed words that come from the engine and are shown in the campaign view and the chat:
system folders, chat actions, call states, share link states and sections, channels.

The engine keeps them in English (they are stored and compared); the view shows them in the
interface language through these tables (``QT_TRANSLATE_NOOP`` marks them for the
catalogue, :func:`shown` translates at use). Names a company typed (its own labels,
campaigns) are not in the tables and show as typed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from talkpush_desktop.engine.dto import MessageToken
from talkpush_desktop.views.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Vocabulary"

FOLDERS = (
    QT_TRANSLATE_NOOP("Vocabulary", "Inbox"),
    QT_TRANSLATE_NOOP("Vocabulary", "Completed"),
    QT_TRANSLATE_NOOP("Vocabulary", "Shortlisted"),
    QT_TRANSLATE_NOOP("Vocabulary", "On Hold"),
    QT_TRANSLATE_NOOP("Vocabulary", "Rejected"),
    QT_TRANSLATE_NOOP("Vocabulary", "Hired"),
    QT_TRANSLATE_NOOP("Vocabulary", "No Campaign Invitation"),
    QT_TRANSLATE_NOOP("Vocabulary", "No Response"),
)
"""The system folders (``Folder`` values)."""
AUTOMATIC_LABELS = (
    QT_TRANSLATE_NOOP("Vocabulary", "Duplicate"),
    QT_TRANSLATE_NOOP("Vocabulary", "Attempted"),
    QT_TRANSLATE_NOOP("Vocabulary", ">50% completed"),
)
"""The labels the engine sets by its rules (``engine.candidates.labels``)."""
SOURCES = (
    QT_TRANSLATE_NOOP("Vocabulary", "Manual"),
    QT_TRANSLATE_NOOP("Vocabulary", "Walk-in"),
    QT_TRANSLATE_NOOP("Vocabulary", "Referral"),
    QT_TRANSLATE_NOOP("Vocabulary", "Job fair"),
    QT_TRANSLATE_NOOP("Vocabulary", "Job board"),
    QT_TRANSLATE_NOOP("Vocabulary", "CV upload"),
)
"""Where candidates come from, as intake stores them (others show as typed)."""
CHAT_ACTIONS = (
    QT_TRANSLATE_NOOP("Vocabulary", "Tokens"),
    QT_TRANSLATE_NOOP("Vocabulary", "Robocall"),
    QT_TRANSLATE_NOOP("Vocabulary", "Call Candidate"),
    QT_TRANSLATE_NOOP("Vocabulary", "Send Invitation SMS"),
    QT_TRANSLATE_NOOP("Vocabulary", "Stop Bot"),
    QT_TRANSLATE_NOOP("Vocabulary", "Resume Bot"),
)
"""The chat pane's Actions menu (``engine.messaging.chat_actions``)."""
CALL_STATES = (
    QT_TRANSLATE_NOOP("Vocabulary", "queued"),
    QT_TRANSLATE_NOOP("Vocabulary", "ringing"),
    QT_TRANSLATE_NOOP("Vocabulary", "in progress"),
    QT_TRANSLATE_NOOP("Vocabulary", "completed"),
    QT_TRANSLATE_NOOP("Vocabulary", "busy"),
    QT_TRANSLATE_NOOP("Vocabulary", "no answer"),
    QT_TRANSLATE_NOOP("Vocabulary", "failed"),
    QT_TRANSLATE_NOOP("Vocabulary", "canceled"),
)
"""A Call Candidate call's status, dashes as spaces."""
LINK_STATES = (
    QT_TRANSLATE_NOOP("Vocabulary", "active"),
    QT_TRANSLATE_NOOP("Vocabulary", "expired"),
    QT_TRANSLATE_NOOP("Vocabulary", "revoked"),
)
"""A share link's state."""
PUSH_STATES = (
    QT_TRANSLATE_NOOP("Vocabulary", "sending"),
    QT_TRANSLATE_NOOP("Vocabulary", "sent"),
)
"""An ATS push's state (with ``queued`` and ``failed`` above)."""
SHARE_SECTIONS = {
    "contact": QT_TRANSLATE_NOOP("Vocabulary", "Contact details"),
    "responses": QT_TRANSLATE_NOOP("Vocabulary", "Responses (audio and transcripts)"),
    "conversation": QT_TRANSLATE_NOOP("Vocabulary", "Conversation"),
    "labels": QT_TRANSLATE_NOOP("Vocabulary", "Labels"),
    "cv": QT_TRANSLATE_NOOP("Vocabulary", "CV"),
}
"""What each section of a shared page holds."""
SECTION_NAMES = {
    "contact": QT_TRANSLATE_NOOP("Vocabulary", "contact"),
    "responses": QT_TRANSLATE_NOOP("Vocabulary", "responses"),
    "conversation": QT_TRANSLATE_NOOP("Vocabulary", "conversation"),
    "labels": QT_TRANSLATE_NOOP("Vocabulary", "labels"),
    "cv": QT_TRANSLATE_NOOP("Vocabulary", "cv"),
}
"""A shared page's sections in a link's row (short)."""
CHANNELS = {
    "sms": QT_TRANSLATE_NOOP("Vocabulary", "SMS"),
    "email": QT_TRANSLATE_NOOP("Vocabulary", "Email"),
    "wechat": QT_TRANSLATE_NOOP("Vocabulary", "WeChat"),
    "web": QT_TRANSLATE_NOOP("Vocabulary", "Web chat"),
    "messenger": QT_TRANSLATE_NOOP("Vocabulary", "Messenger"),
    "voice": QT_TRANSLATE_NOOP("Vocabulary", "Voice"),
}
"""Channel names as a bubble and the composer say them."""
TOKENS = {
    "candidate_first_name": (
        QT_TRANSLATE_NOOP("Vocabulary", "First name"),
        QT_TRANSLATE_NOOP("Vocabulary", "The candidate's first name"),
    ),
    "candidate_name": (
        QT_TRANSLATE_NOOP("Vocabulary", "Full name"),
        QT_TRANSLATE_NOOP("Vocabulary", "The candidate's first and last name"),
    ),
    "company": (
        QT_TRANSLATE_NOOP("Vocabulary", "Company"),
        QT_TRANSLATE_NOOP("Vocabulary", "Your company's name"),
    ),
    "campaign": (
        QT_TRANSLATE_NOOP("Vocabulary", "Campaign"),
        QT_TRANSLATE_NOOP("Vocabulary", "The title of the candidate's campaign"),
    ),
    "access_code": (
        QT_TRANSLATE_NOOP("Vocabulary", "PIN code"),
        QT_TRANSLATE_NOOP("Vocabulary", "The PIN that starts the phone interview"),
    ),
    "referee": (
        QT_TRANSLATE_NOOP("Vocabulary", "Referee"),
        QT_TRANSLATE_NOOP("Vocabulary", "Who referred the candidate (referral programs)"),
    ),
    "messenger_interview_link": (
        QT_TRANSLATE_NOOP("Vocabulary", "Messenger interview link"),
        QT_TRANSLATE_NOOP("Vocabulary", "The link to the chatbot"),
    ),
    "webdialout": (
        QT_TRANSLATE_NOOP("Vocabulary", "Web interview link"),
        QT_TRANSLATE_NOOP("Vocabulary", "The phone interview, in the browser"),
    ),
    "webdialout_skip_confirmation": (
        QT_TRANSLATE_NOOP("Vocabulary", "Web interview link (straight to questions)"),
        QT_TRANSLATE_NOOP("Vocabulary", "The web interview, skipping ahead to the first question"),
    ),
}
"""The message tokens' names and descriptions (``engine.messaging.tokens``), by token."""
KNOWN = frozenset(
    [
        *FOLDERS,
        *AUTOMATIC_LABELS,
        *SOURCES,
        *CHAT_ACTIONS,
        *CALL_STATES,
        *LINK_STATES,
        *PUSH_STATES,
        *SHARE_SECTIONS.values(),
        *SECTION_NAMES.values(),
        *CHANNELS.values(),
    ]
)


def shown(word: str) -> str:
    """``word`` in the interface language when it is one of the fixed words, else as is."""
    return QCoreApplication.translate(CONTEXT, word) if word in KNOWN else word


def folder_text(folder: str) -> str:
    """A folder's name as shown (a system folder translated)."""
    return shown(folder)


def label_text(label: str) -> str:
    """A label's name as shown: an automatic label translated, a company's own as typed."""
    return QCoreApplication.translate(CONTEXT, label) if label in AUTOMATIC_LABELS else label


def event_text(event: str) -> str:
    """An ATS event ("on_hold", a folder's ATS state) as its folder's name ("On Hold")."""
    for folder in FOLDERS:
        if folder.lower().replace(" ", "_") == event:
            return folder_text(folder)
    return event.replace("_", " ").capitalize()


def token_label(token: MessageToken) -> str:
    """A token's name as the Tokens menus show it ("First name")."""
    known = TOKENS.get(token.name)
    return QCoreApplication.translate(CONTEXT, known[0]) if known else token.label


def token_tip(token: MessageToken) -> str:
    """A token's tooltip: what it is written as, and what it holds."""
    known = TOKENS.get(token.name)
    about = QCoreApplication.translate(CONTEXT, known[1]) if known else token.description
    return f"{token.text}: {about}"


def channel_text(channel: str) -> str:
    """A channel ("sms") as shown ("SMS"); an unknown one capitalised."""
    known = CHANNELS.get(channel)
    return QCoreApplication.translate(CONTEXT, known) if known else channel.capitalize()
