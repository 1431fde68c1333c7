"""The seven supervisor charts of the Analytics window, each a :class:`ChartCard`.

Each chart draws one part of an :class:`analytics.Dashboard` and gives every bar and point a
:class:`Figure` (a ``Drill``'s chart, series and day / hour / user / campaign) and a tooltip
with the exact value. Colours mean the same thing everywhere: blue added, violet completed,
green shortlisted, red rejected, grey other actions.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtWidgets import QWidget

from talkpush_desktop.engine.analytics.series import RECOMMENDED_MAX_HOURS, Dashboard
from talkpush_desktop.views.analytics import date_axis
from talkpush_desktop.views.analytics.chart_card import (
    ChartCard,
    Context,
    Figure,
    LegendEntry,
    Target,
)
from talkpush_desktop.views.analytics.time_frame import (
    count_value,
    day_text,
    frame_text,
    hour_range,
    hours_value,
    rate_value,
    x_of,
)
from talkpush_desktop.views.i18n import QT_TRANSLATE_NOOP
from talkpush_desktop.views.widgets.formatting import number_text

BLUE, VIOLET, GREEN, RED = "#3b6fe0", "#8e6bd8", "#2f9e6e", "#d1495b"
TEAL, ORANGE, GREY = "#2a9d8f", "#e8912d", "#a3acba"
CAMPAIGN_COLORS = (
    BLUE,
    ORANGE,
    TEAL,
    VIOLET,
    RED,
    "#5c7c5a",
    "#c2185b",
    "#0097a7",
    "#795548",
    "#7f8c8d",
)
LIMIT_COLOR = RED
BAR_DAYS = 45
"""Up to this many days the overview draws grouped bars; beyond, lines."""
SYMBOL_DAYS = 92
SYMBOL_SERIES = 4
"""Up to this many days and lines, lines mark each day with a dot."""
GROUP_WIDTH = 0.8
NARROW_DAYS = 5
"""Frames shorter than this draw narrower bar groups."""
EM = " \N{EM DASH} "
RATE_HEADROOM = 1.04
"""Room above 100 % so a point there is drawn whole."""
LABEL_COLOR = "#1c2433"


@dataclass(frozen=True, slots=True)
class Series:
    """A daily series as a chart draws it (``values`` already scaled for the axis)."""

    key: str
    label: str
    color: str
    values: list[float | None]
    text: Callable[[float | None], str]
    raw: list[float | None]
    campaign_id: int | None = None


def _finite_max(values: Sequence[float | None]) -> float:
    return max((v for v in values if v is not None), default=0.0)


class DailyChart(ChartCard):
    """A chart of local days, or of weeks for long frames (``Context.weeks``): grouped
    bars, or lines with gaps where a value is None. Each point stands for a bucket, a day
    or a week, drawn over the days it covers."""

    day_axis = True

    def __init__(self, parent: QWidget | None = None) -> None:
        self.buckets: list[tuple[date, date]] = []
        super().__init__(parent)

    def use_buckets(self, days: list[date], context: Context) -> None:
        """Per day, or per week when the context says so (the subtitle follows)."""
        weekly = bool(context.weeks)
        self.buckets = list(context.weeks) if weekly else [(d, d) for d in days]
        weekly_text = _c(self.weekly_subtitle) if self.weekly_subtitle else self.subtitle
        self.subtitle_label.setText(weekly_text if weekly else self.subtitle)

    def draw_daily(self, days: list[date], series: Sequence[Series], *, bars: bool) -> float:
        """Draw the series over the buckets; returns the highest value drawn."""
        assert len(self.buckets) == len(days), "use_buckets() first"
        xs = [(x_of(a) + x_of(b)) / 2 for a, b in self.buckets]
        top = 0.0
        for i, s in enumerate(series):
            top = max(top, _finite_max(s.values))
            if bars:
                self._daily_bars(xs, s, i, len(series))
            else:
                dots = len(days) <= SYMBOL_DAYS and len(series) <= SYMBOL_SERIES
                self.add_line(xs, s.values, color=s.color, symbols=dots)
                self._daily_points(xs, s)
        if not bars:
            self._gaps(xs, series)
        return top

    def _span(self, i: int) -> float:
        a, b = self.buckets[i]
        return float(x_of(b) - x_of(a) + 1)

    def _when(self, i: int) -> str:
        a, b = self.buckets[i]
        if a == b:
            return day_text(a)
        return QCoreApplication.translate("Charts", "Week of {days}").format(days=frame_text(a, b))

    def _daily_bars(self, xs: list[float], s: Series, index: int, count: int) -> None:
        """Series ``index`` of ``count`` side by side in each bucket."""
        narrow = min(1.0, len(xs) / NARROW_DAYS)  # one day: not a wall
        widths = [GROUP_WIDTH * narrow * self._span(i) / max(count, 1) for i in range(len(xs))]
        lefts = [x + (index - (count - 1) / 2) * w - w / 2 for x, w in zip(xs, widths, strict=True)]
        heights = [v or 0.0 for v in s.values]
        centers = [left + w / 2 for left, w in zip(lefts, widths, strict=True)]
        self.add_bars(centers, heights, color=s.color, width=[w * 0.88 for w in widths])
        for i, (left, w, v, raw) in enumerate(zip(lefts, widths, heights, s.raw, strict=True)):
            self.add_target(
                Target(
                    self._figure(s, i, raw),
                    f"{self._when(i)}{EM}{s.label}: {s.text(raw)}",
                    anchor=(left + w / 2, v),
                    span=(left, left + w),
                    rect=QRectF(left, 0.0, w, v),
                )
            )

    def _daily_points(self, xs: list[float], s: Series) -> None:
        for i, (x, v, raw) in enumerate(zip(xs, s.values, s.raw, strict=True)):
            if v is None:
                continue
            half = self._span(i) / 2
            self.add_target(
                Target(
                    self._figure(s, i, raw),
                    f"{self._when(i)}{EM}{s.label}: {s.text(raw)}",
                    anchor=(x, v),
                    span=(x - half, x + half),
                )
            )

    def _gaps(self, xs: list[float], series: Sequence[Series]) -> None:
        """Buckets where a series has no value still say why, when hovered."""
        for i, x in enumerate(xs):
            missing = [s for s in series if s.values[i] is None]
            if not missing:
                continue
            if len(missing) == 1:
                text = f"{self._when(i)}{EM}{missing[0].label}: {missing[0].text(None)}"
            else:
                lines = [f"{s.label}: {s.text(None)}" for s in missing]
                text = "\n".join([self._when(i), *lines])
            half = self._span(i) / 2
            self.add_target(Target(None, text, anchor=(x, 0.0), span=(x - half, x + half)))

    def _figure(self, s: Series, i: int, raw: float | None) -> Figure:
        a, b = self.buckets[i]
        until = b if a != b else None
        return Figure(self.chart, s.key, raw, day=a, campaign_id=s.campaign_id, until=until)

    def frame_x(self, days: list[date]) -> tuple[float, float]:
        return x_of(days[0]) - 0.5, x_of(self.buckets[-1][1]) + 0.5


class OverviewChart(DailyChart):
    chart = "overview"
    plot_height = 290
    title = QT_TRANSLATE_NOOP("Charts", "Campaign performance overview")
    subtitle = QT_TRANSLATE_NOOP(
        "Charts", "Candidates added, completed, shortlisted and rejected per day"
    )
    weekly_subtitle = QT_TRANSLATE_NOOP(
        "Charts", "Candidates added, completed, shortlisted and rejected per week"
    )
    SERIES = (
        ("added", QT_TRANSLATE_NOOP("Charts", "Added"), BLUE),
        ("completed", QT_TRANSLATE_NOOP("Charts", "Completed"), VIOLET),
        ("shortlisted", QT_TRANSLATE_NOOP("Charts", "Shortlisted"), GREEN),
        ("rejected", QT_TRANSLATE_NOOP("Charts", "Rejected"), RED),
    )

    def fill(self, board: Dashboard, context: Context) -> None:
        self.clear()
        days = board.overview.days
        self.use_buckets(days, context)
        bars = len(days) <= BAR_DAYS
        series = []
        for key, label, color in self.SERIES:
            values: list[float | None] = list(board.overview.values.get(key, [0.0] * len(days)))
            series.append(Series(key, _c(label), color, values, _count_text, values))
        kind = "bar" if bars else "line"
        self.set_legend([LegendEntry(s.label, s.color, kind) for s in series])
        top = self.draw_daily(days, series, bars=bars)
        self.set_axis_labels(QCoreApplication.translate("Charts", "Candidates"), "")
        self.finish(self.frame_x(days), (0.0, self.value_axis(top, whole=True)))
        if top <= 0:
            self.show_message(
                QCoreApplication.translate(
                    "Charts", "No candidate was added, completed or decided in this time frame."
                )
            )


class RatesChart(DailyChart):
    chart = "rates"
    title = QT_TRANSLATE_NOOP("Charts", "Pass & participation rate")
    subtitle = QT_TRANSLATE_NOOP(
        "Charts",
        "Share of each day's first completions shortlisted (pass) and of its first invitations"
        " completed (participation), by the frame's end",
    )
    weekly_subtitle = QT_TRANSLATE_NOOP(
        "Charts",
        "Share of each week's first completions shortlisted (pass) and of its first invitations"
        " completed (participation), by the frame's end",
    )
    SERIES = (
        (
            "pass_rate",
            QT_TRANSLATE_NOOP("Charts", "Pass rate"),
            GREEN,
            QT_TRANSLATE_NOOP("Charts", "no completions"),
        ),
        (
            "participation_rate",
            QT_TRANSLATE_NOOP("Charts", "Participation rate"),
            VIOLET,
            QT_TRANSLATE_NOOP("Charts", "no invitations"),
        ),
    )

    def fill(self, board: Dashboard, context: Context) -> None:
        self.clear()
        days = board.rates.days
        self.use_buckets(days, context)
        series = []
        for key, label, color, none_text in self.SERIES:
            raw = list(board.rates.values.get(key, [None] * len(days)))
            shown = [None if v is None else v * 100 for v in raw]
            series.append(Series(key, _c(label), color, shown, _rate_text(_c(none_text)), raw))
        self.set_legend([LegendEntry(s.label, s.color, "line") for s in series])
        self.draw_daily(days, series, bars=False)
        self.set_axis_labels(QCoreApplication.translate("Charts", "Percent of candidates"), "")
        hundred = self.value_axis(95.0, suffix=" %")  # cohort shares: 0 to 100 %
        self.finish(self.frame_x(days), (0.0, hundred * RATE_HEADROOM))
        if all(v is None for s in series for v in s.raw):
            self.show_message(
                QCoreApplication.translate(
                    "Charts", "No invitation or completed interview in this time frame."
                )
            )


class CampaignProcessingChart(DailyChart):
    chart = "processing_by_campaign"
    title = QT_TRANSLATE_NOOP("Charts", "Processing time by campaign")
    subtitle = QT_TRANSLATE_NOOP(
        "Charts", "Average hours from a completed interview to the first decision, per day"
    )
    weekly_subtitle = QT_TRANSLATE_NOOP(
        "Charts", "Average hours from a completed interview to the first decision, per week"
    )
    plot_height = 270

    def fill(self, board: Dashboard, context: Context) -> None:
        self.clear()
        data = board.processing_by_campaign
        self.use_buckets(data.days, context)
        order = [c for c in context.titles if c in data.hours]
        order += sorted(c for c in data.hours if c not in context.titles)
        series = []
        for i, cid in enumerate(order):
            values = list(data.hours[cid])
            title = context.titles.get(cid) or QCoreApplication.translate(
                "Charts", "Campaign {id}"
            ).format(id=cid)
            color = CAMPAIGN_COLORS[i % len(CAMPAIGN_COLORS)]
            series.append(
                Series("processed", title, color, values, hours_value, values, campaign_id=cid)
            )
        legend = [LegendEntry(s.label, s.color, "line") for s in series]
        legend.append(
            LegendEntry(
                QCoreApplication.translate("Charts", "24 h recommended maximum"),
                LIMIT_COLOR,
                "dashed",
            )
        )
        self.set_legend(legend)
        top = self.draw_daily(data.days, series, bars=False)
        _limit_line(self, horizontal=True)
        self.set_axis_labels(QCoreApplication.translate("Charts", "Hours"), "")
        top = self.value_axis(max(top, RECOMMENDED_MAX_HOURS))
        self.finish(self.frame_x(data.days), (0.0, top))
        if not series:
            self.set_legend([])
            self.show_message(
                QCoreApplication.translate(
                    "Charts", "No candidate was decided after completing in this time frame."
                )
            )

    def _gaps(self, xs: list[float], series: Sequence[Series]) -> None:
        """A campaign with no decision that day is simply not drawn (no tooltip per gap)."""


class HourlyChart(ChartCard):
    """Bars for the 24 local hours of the day (stacked when there are several series)."""

    def draw_hours(self, series: Sequence[tuple[str, str, str, list[float]]]) -> float:
        """``series``: (key, label, colour, 24 values), stacked bottom to top."""
        bottoms = [0.0] * 24
        for key, label, color, values in series:
            self.add_bars(
                [float(h) for h in range(24)], values, color=color, width=0.72, bottoms=bottoms
            )
            for hour, v in enumerate(values):
                self.add_target(
                    Target(
                        Figure(self.chart, key, v, hour=hour),
                        f"{hour_range(hour)}{EM}{label}: {self.value_text(v)}",
                        anchor=(hour, bottoms[hour] + v),
                        span=(hour - 0.5, hour + 0.5),
                        rect=QRectF(hour - 0.36, bottoms[hour], 0.72, v),
                    )
                )
            bottoms = [b + v for b, v in zip(bottoms, values, strict=True)]
        self.plot_item.getAxis("bottom").setTicks(date_axis.hour_ticks())
        return max(bottoms)

    def value_text(self, value: float) -> str:
        return count_value(value)


class CandidateActivityChart(HourlyChart):
    chart = "candidate_activity"
    title = QT_TRANSLATE_NOOP("Charts", "Candidate activity")
    subtitle = QT_TRANSLATE_NOOP("Charts", "Average completed interviews per hour of the day")

    def fill(self, board: Dashboard, context: Context) -> None:
        self.clear()
        values = list(board.candidate_activity.values.get("completed", [0.0] * 24))
        self.set_legend(
            [
                LegendEntry(
                    QCoreApplication.translate("Charts", "Completed interviews (daily average)"),
                    VIOLET,
                )
            ]
        )
        top = self.draw_hours(
            [
                (
                    "completed",
                    QCoreApplication.translate("Charts", "Completed interviews"),
                    VIOLET,
                    values,
                )
            ]
        )
        self.set_axis_labels(
            QCoreApplication.translate("Charts", "Completed per day"), _hour_axis(context.zone)
        )
        self.finish((-0.6, 23.6), (0.0, self.value_axis(top)))
        if top <= 0:
            self.show_message(
                QCoreApplication.translate(
                    "Charts", "No interview was completed in this time frame."
                )
            )

    def value_text(self, value: float) -> str:
        return QCoreApplication.translate("Charts", "{value} on average").format(
            value=number_text(value, 2)
        )


class UserActivityChart(HourlyChart):
    chart = "user_activity"
    title = QT_TRANSLATE_NOOP("Charts", "User activity")
    subtitle = QT_TRANSLATE_NOOP("Charts", "Recruiters' actions per hour of the day")
    SERIES = (
        ("shortlisted", QT_TRANSLATE_NOOP("Charts", "Shortlisting"), GREEN),
        ("rejected", QT_TRANSLATE_NOOP("Charts", "Rejecting"), RED),
        ("other", QT_TRANSLATE_NOOP("Charts", "Other actions"), GREY),
    )

    def fill(self, board: Dashboard, context: Context) -> None:
        self.clear()
        series = [
            (key, _c(label), color, list(board.user_activity.values.get(key, [0.0] * 24)))
            for key, label, color in self.SERIES
        ]
        self.set_legend([LegendEntry(label, color) for _k, label, color, _v in series])
        top = self.draw_hours(series)
        self.set_axis_labels(
            QCoreApplication.translate("Charts", "Actions"), _hour_axis(context.zone)
        )
        self.finish((-0.6, 23.6), (0.0, self.value_axis(top, whole=True)))
        if top <= 0:
            self.show_message(
                QCoreApplication.translate("Charts", "No recruiter action in this time frame.")
            )


class UserBarsChart(ChartCard):
    """Horizontal bars, one per user, the largest on top, each labelled with its value."""

    floor = 0.0
    """The value axis reaches at least this far (the 24-hour line must show)."""
    whole = True
    series = "decisions"
    """The Drill series of a bar (the title of the list it opens says it)."""

    def draw_users(self, values: dict[int, float], names: dict[int, str]) -> float:
        """Draw the bars; returns the right end of the value axis."""
        ranked = sorted(values.items(), key=lambda item: (-item[1], names.get(item[0], "")))
        labels = [
            names.get(uid) or QCoreApplication.translate("Charts", "User {id}").format(id=uid)
            for uid, _v in ranked
        ]
        heights = [v for _uid, v in ranked]
        highest = max([*heights, self.floor])
        right = self.value_axis(highest, horizontal=True, whole=self.whole) * 1.08
        self.add_bars(
            [float(i) for i in range(len(ranked))],
            heights,
            color=[self.color(v) for v in heights],
            width=0.62,
            horizontal=True,
        )
        for i, ((uid, v), label) in enumerate(zip(ranked, labels, strict=True)):
            self.add_target(
                Target(
                    Figure(self.chart, self.series, v, user_id=uid),
                    f"{label}{EM}{self.value_text(v)}",
                    anchor=(v, float(i)),
                    span=(i - 0.5, i + 0.5),
                    rect=QRectF(0.0, i - 0.31, v, 0.62),
                    horizontal=True,
                )
            )
            self._value_tag(v, float(i), inside=v >= right * 0.2)
        self.plot_item.getAxis("left").setTicks(date_axis.name_ticks(labels))
        self.plot_item.invertY(True)
        return right

    def _value_tag(self, value: float, y: float, *, inside: bool) -> None:
        """The bar's value at its end: inside in white, or just after a short bar."""
        text = self.short_value(value)
        if inside:
            tag = pg.TextItem(f"{text}  ", color="w", anchor=(1, 0.5))
        else:
            tag = pg.TextItem(f"  {text}", color=LABEL_COLOR, anchor=(0, 0.5))
        tag.setPos(value, y)
        self.plot_item.addItem(tag, ignoreBounds=True)

    def user_range(self, count: int) -> tuple[float, float]:
        return -0.6, max(count, 1) - 0.4

    def color(self, _value: float) -> str:
        return BLUE

    def value_text(self, value: float) -> str:
        return count_value(value)

    def short_value(self, value: float) -> str:
        return count_value(value)


class VolumeByUserChart(UserBarsChart):
    chart = "volume_by_user"
    title = QT_TRANSLATE_NOOP("Charts", "Processing volume by user")
    subtitle = QT_TRANSLATE_NOOP(
        "Charts", "Candidates moved to Shortlisted, Rejected, On Hold or Hired, per user"
    )

    def fill(self, board: Dashboard, _context: Context) -> None:
        self.clear()
        self.set_legend(
            [LegendEntry(QCoreApplication.translate("Charts", "Candidates processed"), BLUE)]
        )
        values = {uid: float(n) for uid, n in board.volume_by_user.items()}
        right = self.draw_users(values, board.user_names)
        self.set_axis_labels("", QCoreApplication.translate("Charts", "Candidates processed"))
        self.finish((0.0, right), self.user_range(len(values)))
        if not values:
            self.show_message(
                QCoreApplication.translate("Charts", "No recruiter decision in this time frame.")
            )

    def value_text(self, value: float) -> str:
        n = int(value)
        if n == 1:
            return QCoreApplication.translate("Charts", "1 candidate processed")
        text = QCoreApplication.translate("Charts", "{count} candidates processed")
        return text.format(count=number_text(n))


class RecruiterProcessingChart(UserBarsChart):
    chart = "processing_by_user"
    title = QT_TRANSLATE_NOOP("Charts", "Processing time by recruiter")
    subtitle = QT_TRANSLATE_NOOP(
        "Charts", "Average hours from a completed interview to the first decision"
    )
    floor = RECOMMENDED_MAX_HOURS
    whole = False
    series = "processed"

    def fill(self, board: Dashboard, _context: Context) -> None:
        self.clear()
        self.set_legend(
            [
                LegendEntry(QCoreApplication.translate("Charts", "Within 24 h"), TEAL),
                LegendEntry(QCoreApplication.translate("Charts", "Over 24 h"), ORANGE),
                LegendEntry(
                    QCoreApplication.translate("Charts", "24 h recommended maximum"),
                    LIMIT_COLOR,
                    "dashed",
                ),
            ]
        )
        values = dict(board.processing_by_user)
        right = self.draw_users(values, board.user_names)
        _limit_line(self, horizontal=False)
        self.set_axis_labels("", QCoreApplication.translate("Charts", "Hours"))
        self.finish((0.0, right), self.user_range(len(values)))
        if not values:
            self.set_legend([])
            self.show_message(
                QCoreApplication.translate(
                    "Charts", "No candidate was decided after completing in this time frame."
                )
            )

    def color(self, value: float) -> str:
        return ORANGE if value > RECOMMENDED_MAX_HOURS else TEAL

    def value_text(self, value: float) -> str:
        return QCoreApplication.translate("Charts", "{value} on average").format(
            value=hours_value(value)
        )

    def short_value(self, value: float) -> str:
        return hours_value(value)


def _limit_line(card: ChartCard, *, horizontal: bool) -> None:
    """The dashed red 24-hour recommended maximum."""
    pen = pg.mkPen(LIMIT_COLOR, width=1.6, style=Qt.PenStyle.DashLine)
    line = pg.InfiniteLine(pos=RECOMMENDED_MAX_HOURS, angle=0 if horizontal else 90, pen=pen)
    card.plot_item.addItem(line, ignoreBounds=True)


def _c(text: str) -> str:
    """A text of this module (marked with ``QT_TRANSLATE_NOOP("Charts", ...)``) translated."""
    return QCoreApplication.translate("Charts", text)


def _hour_axis(zone: str) -> str:
    return QCoreApplication.translate("Charts", "Hour of the day ({zone})").format(zone=zone)


def _count_text(value: float | None) -> str:
    return count_value(value or 0.0)


def _rate_text(none_text: str) -> Callable[[float | None], str]:
    return lambda value: rate_value(value, none_text)


CHARTS: tuple[type[ChartCard], ...] = (
    OverviewChart,
    RatesChart,
    CandidateActivityChart,
    VolumeByUserChart,
    RecruiterProcessingChart,
    CampaignProcessingChart,
    UserActivityChart,
)
"""In the order of the window (campaign performance, then user performance)."""
