"""The company campaigns as a table: title, status, purpose, call type, and the next call
time in the campaign's zone and in the user's (the zone of this computer)."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimeZone
from PySide6.QtGui import QColor

from talkpush_desktop.engine.outbound.dto import CompanyCampaignInfo
from talkpush_desktop.engine.outbound.schedule import to_local
from talkpush_desktop.engine.outbound.schedule import zone as zone_of
from talkpush_desktop.engine.outbound.vocab import COMPLETED, PAUSED, RUNNING
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.views.i18n import QT_TRANSLATE_NOOP
from talkpush_desktop.views.outbound.vocabulary import (
    CALL_TYPE_NAMES,
    PURPOSE_NAMES,
    STATUS_NAMES,
    full_time_text,
    name_in,
)
from talkpush_desktop.views.widgets.row_table_model import ModelIndex, RowTableModel

INFO_ROLE = Qt.ItemDataRole.UserRole + 1
"""The row's :class:`CompanyCampaignInfo`."""
COLUMNS = (
    QT_TRANSLATE_NOOP("CampaignListModel", "Title"),
    QT_TRANSLATE_NOOP("CampaignListModel", "Status"),
    QT_TRANSLATE_NOOP("CampaignListModel", "Purpose"),
    QT_TRANSLATE_NOOP("CampaignListModel", "Call type"),
    QT_TRANSLATE_NOOP("CampaignListModel", "Next call (campaign)"),
    QT_TRANSLATE_NOOP("CampaignListModel", "Next call (yours)"),
)
STATUS_COLORS = {RUNNING: "#2f9e6e", PAUSED: "#e8912d", COMPLETED: "#8a93a3"}
NONE = "\N{EM DASH}"


def user_zone() -> ZoneInfo:
    """This computer's time zone (UTC when Qt names none that zoneinfo knows)."""
    try:
        return ZoneInfo(bytes(QTimeZone.systemTimeZoneId().data()).decode())
    except (ValueError, OSError, KeyError):
        return ZoneInfo("UTC")


def next_call_texts(info: CompanyCampaignInfo, now: datetime, user: ZoneInfo) -> tuple[str, str]:
    """The next call in the campaign's zone (with its name) and in ``user``."""
    when = info.next_execution(now)
    if when is None:
        return NONE, NONE
    try:
        local = full_time_text(to_local(when, zone_of(info.timezone)))
    except ValueError:
        local = full_time_text(when)
    mine = full_time_text(to_local(when, user))
    return f"{local} ({info.timezone})", f"{mine} ({user.key})"


class CampaignListModel(RowTableModel[CompanyCampaignInfo]):
    """The rows given to :meth:`set_campaigns` (newest first, as the engine lists them)."""

    def __init__(self, parent: QObject | None = None, zone: ZoneInfo | None = None) -> None:
        super().__init__(
            [QCoreApplication.translate("CampaignListModel", c) for c in COLUMNS], parent
        )
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
            name_in(STATUS_NAMES, info.status, info.status.capitalize()),
            name_in(PURPOSE_NAMES, info.purpose_type),
            name_in(CALL_TYPE_NAMES, info.call_type),
        )[column]
