"""The heading of the candidates behind a clicked figure, in the interface language: chart,
series, who or which campaign, the hour and the days (the engine's title, translated)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QCoreApplication

from talkpush_desktop.engine.analytics.drill import when_text
from talkpush_desktop.engine.analytics.series import Drill
from talkpush_desktop.views.i18n import QT_TRANSLATE_NOOP
from talkpush_desktop.views.widgets.formatting import date_text

CHARTS = {
    "overview": QT_TRANSLATE_NOOP("DrillTitle", "Campaign performance"),
    "rates": QT_TRANSLATE_NOOP("DrillTitle", "Pass & participation rate"),
    "candidate_activity": QT_TRANSLATE_NOOP("DrillTitle", "Candidate activity"),
    "volume_by_user": QT_TRANSLATE_NOOP("DrillTitle", "Processing volume"),
    "processing_by_user": QT_TRANSLATE_NOOP("DrillTitle", "Processing time"),
    "processing_by_campaign": QT_TRANSLATE_NOOP("DrillTitle", "Processing time by campaign"),
    "user_activity": QT_TRANSLATE_NOOP("DrillTitle", "User activity"),
}
"""The charts as a drill-down's heading names them (as ``engine.analytics.drill`` does)."""
SERIES = {
    "added": QT_TRANSLATE_NOOP("DrillTitle", "Added"),
    "completed": QT_TRANSLATE_NOOP("DrillTitle", "Completed"),
    "shortlisted": QT_TRANSLATE_NOOP("DrillTitle", "Shortlisted"),
    "rejected": QT_TRANSLATE_NOOP("DrillTitle", "Rejected"),
    "pass_rate": QT_TRANSLATE_NOOP("DrillTitle", "Pass rate"),
    "participation_rate": QT_TRANSLATE_NOOP("DrillTitle", "Participation rate"),
    "other": QT_TRANSLATE_NOOP("DrillTitle", "Other"),
    "decisions": QT_TRANSLATE_NOOP("DrillTitle", "Decisions"),
    "processed": QT_TRANSLATE_NOOP("DrillTitle", "Processed"),
}
SEPARATOR = " \N{MIDDLE DOT} "


def drill_title(
    drill: Drill, user_names: Mapping[int, str], campaign_titles: Mapping[int, str]
) -> str:
    """ "Campaign performance · Rejected · 2 Mar 2025" in the interface language."""
    series = SERIES.get(drill.series, drill.series.replace("_", " ").capitalize())
    parts = [_t(CHARTS.get(drill.chart, drill.chart)), _t(series)]
    if drill.user_id is not None:
        parts.append(user_names.get(drill.user_id, "?"))
    if drill.campaign_id is not None:
        parts.append(campaign_titles.get(drill.campaign_id, "?"))
    if drill.hour is not None:
        parts.append(f"{drill.hour:02d}:00\N{EN DASH}{drill.hour:02d}:59")
    parts.append(when_text(drill, _day))
    return SEPARATOR.join(parts)


def _t(text: str) -> str:
    return QCoreApplication.translate("DrillTitle", text)


def _day(day: date) -> str:
    return date_text(day, "d MMM yyyy")
