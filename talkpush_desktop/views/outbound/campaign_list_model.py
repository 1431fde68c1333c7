"""The company campaigns as a table: title, status, purpose, call type, and the next call
time in the campaign's zone and in the user's (the zone of this computer)."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Qt, QTimeZone
from PySide6.QtGui import QColor

from talkpush_desktop.engine.outbound.dto import CompanyCampaignInfo
from talkpush_desktop.engine.outbound.schedule import DISPLAY_FORMAT, display, to_local
from talkpush_desktop.engine.outbound.vocab import COMPLETED, PAUSED, RUNNING
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.views.outbound.campaign_form import CALL_TYPE_NAMES, PURPOSE_NAMES
from talkpush_desktop.views.widgets.row_table_model import ModelIndex, RowTableModel

INFO_ROLE = Qt.ItemDataRole.UserRole + 1
"""The row's :class:`CompanyCampaignInfo`."""
COLUMNS = ("Title", "Status", "Purpose", "Call type", "Next call (campaign)", "Next call (yours)")
STATUS_COLORS = {RUNNING: "#2f9e6e", PAUSED: "#e8912d", COMPLETED: "#8a93a3"}
NONE = "\N{EM DASH}"


def user_zone() -> ZoneInfo:
    """This computer's time zone (UTC when Qt names none that zoneinfo knows)."""
    try:
        return ZoneInfo(bytes(QTimeZone.systemTimeZoneId().data()).decode())
    except (ValueError, OSError, KeyError):
        return ZoneInfo("UTC")


def next_call_texts(info: CompanyCampaignInfo, now: datetime, zone: ZoneInfo) -> tuple[str, str]:
    """The next call in the campaign's zone (with its name) and in ``zone``."""
    when = info.next_execution(now)
    if when is None:
        return NONE, NONE
    local = display(when, info.timezone)
    mine = to_local(when, zone).strftime(DISPLAY_FORMAT)
    return f"{local} ({info.timezone})", f"{mine} ({zone.key})"


class CampaignListModel(RowTableModel[CompanyCampaignInfo]):
    """The rows given to :meth:`set_campaigns` (newest first, as the engine lists them)."""

    def __init__(self, parent: QObject | None = None, zone: ZoneInfo | None = None) -> None:
        super().__init__(COLUMNS, parent)
        self.zone = zone or user_zone()
        self._now = utcnow()

    def set_campaigns(self, campaigns: list[CompanyCampaignInfo]) -> None:
        self._now = utcnow()
        self.replace_rows(campaigns)

    def campaign(self, row: int) -> CompanyCampaignInfo | None:
        return self.row_at(row)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        info = self.cell_row(index)
        if info is None:
            return None
        if role == INFO_ROLE:
            return info
        column = index.column()
        if role == Qt.ItemDataRole.ForegroundRole and column == 1:
            return QColor(STATUS_COLORS.get(info.status, "#5d6779"))
        if role == Qt.ItemDataRole.ToolTipRole and column >= 4:
            return "\n".join(next_call_texts(info, self._now, self.zone))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column >= 4:
            return next_call_texts(info, self._now, self.zone)[column - 4]
        return (
            info.title,
            info.status.capitalize(),
            PURPOSE_NAMES.get(info.purpose_type, info.purpose_type),
            CALL_TYPE_NAMES.get(info.call_type, info.call_type),
        )[column]
