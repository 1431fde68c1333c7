"""The assessment texts of the lead selected in the leads table (``ws.outbound.texts``):
the reminder and the post-call text, each with when it is due (the campaign's zone), its
state (queued, sending, sent, skipped or failed, with the reason), when it was sent and
what it says. Shown for assessment campaigns only; a lead has two texts at most."""

from __future__ import annotations

from PySide6.QtWidgets import QTreeWidgetItem, QWidget

from talkpush_desktop.engine.outbound.dto import LeadInfo
from talkpush_desktop.engine.outbound.lead_texts import LeadTextInfo
from talkpush_desktop.engine.outbound.schedule import zone
from talkpush_desktop.views.outbound.attempts_panel import LeadRowsPanel, local_text

COLUMNS = ("Text", "Due", "State", "Sent", "Message")
KIND_NAMES = {"reminder": "Reminder", "post_call": "After the call"}
STATE_NAMES = {
    "queued": "Queued",
    "sending": "Sending\N{HORIZONTAL ELLIPSIS}",
    "sent": "Sent",
    "skipped": "Skipped",
    "failed": "Failed",
}
NOTHING = "\N{EM DASH}"


def state_text(x: LeadTextInfo) -> str:
    name = STATE_NAMES.get(x.state, x.state.capitalize())
    return f"{name}: {x.reason}" if x.reason else name


class LeadTextsPanel(LeadRowsPanel):
    """Shows a lead's texts (:meth:`show_texts`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("texts", COLUMNS, "Assessment texts", parent)
        self.tree.setWordWrap(False)

    def show_texts(self, lead: LeadInfo | None, texts: list[LeadTextInfo], timezone: str) -> None:
        self._start(lead, len(texts), "No text planned")
        tz = zone(timezone)
        for x in texts:
            item = QTreeWidgetItem(
                [
                    KIND_NAMES.get(x.kind, x.kind),
                    local_text(x.due_at, tz),
                    state_text(x),
                    local_text(x.sent_at, tz) if x.sent_at else NOTHING,
                    " ".join(x.body.split()) or NOTHING,
                ]
            )
            item.setToolTip(len(COLUMNS) - 1, x.body)
            item.setToolTip(2, state_text(x))
            self.tree.addTopLevelItem(item)
