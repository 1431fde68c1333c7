"""The composer's channel box: the connected channels, each name whole or not at all."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QSize
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QWidget,
)

from talkpush_desktop.engine.messaging_names import SENDABLE_NAMES
from talkpush_desktop.views.chat.message_delegate import channel_name
from talkpush_desktop.views.i18n import QT_TRANSLATE_NOOP
from talkpush_desktop.views.style import icon

TIP = QT_TRANSLATE_NOOP("ChannelCombo", "The channel the message goes out on")


class ChannelCombo(QComboBox):
    """As wide as its longest channel name; squeezed by a narrow pane it shows the channel's
    icon alone (the name is its tooltip), never a cut name such as "Messe"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("channelCombo")
        self.setAccessibleName(self.tr("Channel"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._missing: list[str] = []
        self.currentIndexChanged.connect(self._update_tip)
        self.set_channels(dict.fromkeys(SENDABLE_NAMES, ""))

    @property
    def channels(self) -> list[str]:
        """The channels offered, in order."""
        return [str(self.itemData(i)) for i in range(self.count())]

    def set_channels(self, status: Mapping[str, str]) -> bool:
        """Offer the connected channels of ``status`` (channel -> why it is not connected,
        "" when it is); the tooltip says why the others are missing. True when the current
        channel had to change."""
        current = self.currentData()
        offered = [channel for channel, reason in status.items() if not reason]
        changed = False
        if offered != self.channels:
            self.blockSignals(True)
            self.clear()
            for channel in offered:
                self.addItem(icon(f"channel-{channel}"), channel_name(channel), channel)
            found = self.findData(current)
            self.setCurrentIndex(max(found, 0))
            self.blockSignals(False)
            changed = current is not None and found < 0
        self._missing = [reason for reason in status.values() if reason]
        self._update_tip()
        return changed

    def _update_tip(self) -> None:
        """The channel's name (shown only as an icon in a narrow pane) and what is missing."""
        tip = f"{self.tr(TIP)}: {self.currentText()}"
        self.setToolTip("\n".join([tip, *self._missing]))

    def text_fits(self) -> bool:
        """Whether the current channel's name is shown (the box is wide enough for it)."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        needed = (
            self.iconSize().width() + 4 + self.fontMetrics().horizontalAdvance(self.currentText())
        )
        return needed <= field.width()

    def minimumSizeHint(self) -> QSize:
        """Room for the icon and the arrow: the name goes before it would be cut."""
        hint = super().minimumSizeHint()
        longest = max(
            (self.fontMetrics().horizontalAdvance(self.itemText(i)) for i in range(self.count())),
            default=0,
        )
        return QSize(max(hint.width() - longest, 0), hint.height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        if not self.text_fits():
            option.currentText = ""
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
