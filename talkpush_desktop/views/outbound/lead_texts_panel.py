"""The assessment texts of the lead selected in the leads table (``ws.outbound.texts``):
the reminder and the post-call text, each with when it is due (the campaign's zone), its
state (queued, sending, sent, skipped or failed, with the reason), when it was sent and
what it says. Shown for assessment campaigns only; a lead has two texts at most."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTreeWidgetItem, QWidget

from talkpush_desktop.engine.outbound.dto import LeadInfo
from talkpush_desktop.engine.outbound.lead_texts import LeadTextInfo
from talkpush_desktop.engine.outbound.schedule import zone
from talkpush_desktop.views.i18n import QT_TRANSLATE_NOOP
from talkpush_desktop.views.outbound.attempts_panel import LeadRowsPanel, local_text
from talkpush_desktop.views.outbound.vocabulary import TEXT_KIND_NAMES, TEXT_STATE_NAMES, name_in

COLUMNS = (
    QT_TRANSLATE_NOOP("LeadTextsPanel", "Text"),
    QT_TRANSLATE_NOOP("LeadTextsPanel", "Due"),
    QT_TRANSLATE_NOOP("LeadTextsPanel", "State"),
    QT_TRANSLATE_NOOP("LeadTextsPanel", "Sent"),
    QT_TRANSLATE_NOOP("LeadTextsPanel", "Message"),
)
NOTHING = "\N{EM DASH}"


def state_text(x: LeadTextInfo) -> str:
    name = name_in(TEXT_STATE_NAMES, x.state, x.state.capitalize())
    return f"{name}: {x.reason}" if x.reason else name


class LeadTextsPanel(LeadRowsPanel):
    """Shows a lead's texts (:meth:`show_texts`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        titles = (
            QCoreApplication.translate("LeadTextsPanel", "Texts"),
            QCoreApplication.translate("LeadTextsPanel", "Texts to {name}"),
            QCoreApplication.translate("LeadTextsPanel", "Select a lead to see its texts"),
        )
        columns = tuple(QCoreApplication.translate("LeadTextsPanel", c) for c in COLUMNS)
        accessible = QCoreApplication.translate("LeadTextsPanel", "Assessment texts")
        super().__init__(titles, columns, accessible, parent)
        self.tree.setWordWrap(False)

    def show_texts(self, lead: LeadInfo | None, texts: list[LeadTextInfo], timezone: str) -> None:
        self._start(lead, len(texts), self.tr("No text planned"))
        tz = zone(timezone)
        for x in texts:
            item = QTreeWidgetItem(
                [
                    name_in(TEXT_KIND_NAMES, x.kind),
                    local_text(x.due_at, tz),
                    state_text(x),
                    local_text(x.sent_at, tz) if x.sent_at else NOTHING,
                    " ".join(x.body.split()) or NOTHING,
                ]
            )
            item.setToolTip(len(COLUMNS) - 1, x.body)
            item.setToolTip(2, state_text(x))
            self.tree.addTopLevelItem(item)
