"""The weekly statistics email's figures and HTML (no Qt).

Figures for the local week (Monday to Sunday, company time zone) from the analytics
dashboard: added / completed / shortlisted / rejected, pass and participation rates (the
week's cohorts, sums divided), and the reader's own processing time against the 24-hour
target. Two chart images (drawn by the views' analytics charts, :data:`ChartRenderer`) are
referenced inline as ``cid:`` parts. Every value is escaped. The words are the reader's
interface language's (:mod:`engine.sharing.weekly_words`), English where it has none.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from html import escape

from talkpush_desktop.engine.analytics.series import RECOMMENDED_MAX_HOURS, Dashboard
from talkpush_desktop.engine.sharing.weekly_words import words


@dataclass(frozen=True, slots=True)
class InlineImage:
    """A picture the email shows inline: ``<img src="cid:{cid}">``."""

    cid: str
    filename: str
    png: bytes


ChartRenderer = Callable[[Dashboard, str], Sequence[InlineImage]]
"""Draws the week's charts (the overview and the rates) from its dashboard and the company
time zone, as PNGs named ``overview`` and ``rates`` (the window and the CLI give one)."""
CHARTS = (("overview", "overview_chart"), ("rates", "rates_chart"))
"""Each chart's name and the key of its title in the email's words."""


@dataclass(frozen=True, slots=True)
class WeeklyFigures:
    """One reader's week."""

    company: str
    reader: str
    week_start: date
    added: int
    completed: int
    shortlisted: int
    rejected: int
    pass_rate: float | None
    participation_rate: float | None
    my_hours: float | None
    my_decisions: int
    board: Dashboard
    language: str = "en"
    """The reader's interface language: the email's words."""

    @property
    def week_end(self) -> date:
        return self.week_start + timedelta(days=6)


def _share(num: Sequence[float], den: Sequence[float]) -> float | None:
    total = sum(den)
    return sum(num) / total if total else None


def figures(  # noqa: PLR0913 (keywords only: what the email says and to whom)
    board: Dashboard,
    *,
    company: str,
    reader: str,
    user_id: int,
    week_start: date,
    language: str = "en",
) -> WeeklyFigures:
    """The email's figures from the week's dashboard."""
    totals = {k: int(sum(v)) for k, v in board.overview.values.items()}
    parts = board.rates.parts
    return WeeklyFigures(
        company=company,
        reader=reader,
        week_start=week_start,
        added=totals.get("added", 0),
        completed=totals.get("completed", 0),
        shortlisted=totals.get("shortlisted", 0),
        rejected=totals.get("rejected", 0),
        pass_rate=_share(parts.get("passed", []), parts.get("completed", [])),
        participation_rate=_share(parts.get("participated", []), parts.get("invited", [])),
        my_hours=board.processing_by_user.get(user_id),
        my_decisions=board.volume_by_user.get(user_id, 0),
        board=board,
        language=language,
    )


def _day(day: date, w: Mapping[str, str], *, year: bool = False) -> str:
    days, months = w["days"].split(), w["months"].split()
    shown = f"{days[day.weekday()]} {day:%d} {months[day.month - 1]}"
    return f"{shown} {day:%Y}" if year else shown


def _span(f: WeeklyFigures) -> str:
    w = words(f.language)
    return f"{_day(f.week_start, w)} \N{EN DASH} {_day(f.week_end, w, year=True)}"


def subject(f: WeeklyFigures) -> str:
    return words(f.language)["subject"].format(company=f.company, span=_span(f))


def _number(value: float, w: Mapping[str, str]) -> str:
    return f"{value:.1f}".replace(".", w["decimal"])


def _rate(value: float | None) -> str:
    return "\N{EM DASH}" if value is None else f"{value * 100:.0f} %"


def _processing(f: WeeklyFigures) -> tuple[str, str, str]:
    """The figure, the sentence under it, and its colour."""
    w, target = words(f.language), RECOMMENDED_MAX_HOURS
    if f.my_hours is None:
        return "\N{EM DASH}", w["no_decision"], "#52606d"
    shown = f"{_number(f.my_hours, w)} h"
    noun = w["decision"] if f.my_decisions == 1 else w["decisions"]
    said = {"target": f"{target:.0f}", "count": f.my_decisions, "noun": noun}
    if f.my_hours <= target:
        return shown, w["within"].format(**said), "#2f9e6e"
    late = _number(f.my_hours - target, w)
    return shown, w["over"].format(late=late, **said), "#d1495b"


def text(f: WeeklyFigures) -> str:
    """The plain-text part (and what the sandbox inbox shows)."""
    w = words(f.language)
    figure, sentence, _colour = _processing(f)
    return "\n".join(
        [
            w["text_title"].format(reader=f.reader, span=_span(f)),
            "",
            f"{w['added']}: {f.added}   {w['completed']}: {f.completed}   "
            f"{w['shortlisted']}: {f.shortlisted}   {w['rejected']}: {f.rejected}",
            f"{w['pass_rate']}: {_rate(f.pass_rate)}   "
            f"{w['participation_rate']}: {_rate(f.participation_rate)}",
            f"{w['processing']}: {figure}. {sentence}",
        ]
    )


def _tile(label: str, value: str, colour: str) -> str:
    return (
        '<td style="padding:6px"><div style="background:#fff;border-radius:8px;'
        'padding:14px 10px;text-align:center;border:1px solid #e4e7eb">'
        f'<div style="font-size:28px;font-weight:bold;color:{colour}">{escape(value)}</div>'
        f'<div style="font-size:13px;color:#52606d;margin-top:4px">{escape(label)}</div>'
        "</div></td>"
    )


def html(f: WeeklyFigures, image_src: Callable[[str], str | None]) -> str:
    """The email's HTML; ``image_src(name)`` is a chart's ``src`` (``cid:...`` in the email,
    a data URI in a preview), None to leave that chart out."""
    w = words(f.language)
    figure, sentence, colour = _processing(f)
    tiles = "".join(
        [
            _tile(w["added"], str(f.added), "#3b6fe0"),
            _tile(w["completed"], str(f.completed), "#8e6bd8"),
            _tile(w["shortlisted"], str(f.shortlisted), "#2f9e6e"),
            _tile(w["rejected"], str(f.rejected), "#d1495b"),
        ]
    )
    rates = _tile(w["pass_rate"], _rate(f.pass_rate), "#2f9e6e") + _tile(
        w["participation_rate"], _rate(f.participation_rate), "#8e6bd8"
    )
    charts = []
    for name, key in CHARTS:
        src, title = image_src(name), w[key]
        if src:
            charts.append(  # the chart card draws its own title and legend
                f'<img src="{escape(src)}" alt="{escape(title)}" width="640" '
                'style="display:block;width:100%;max-width:640px;margin:18px auto 0;'
                'border:1px solid #e4e7eb;border-radius:6px">'
            )
    return f"""<!DOCTYPE html>
<html lang="{escape(f.language)}"><head><meta charset="utf-8">
<title>{escape(subject(f))}</title></head>
<body style="margin:0;background:#f3f5f8;font-family:'DejaVu Sans',Arial,sans-serif;color:#1f2933">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<div style="max-width:680px;margin:24px auto;background:#f9fafb;border-radius:10px;overflow:hidden;
border:1px solid #e4e7eb;text-align:left">
<div style="background:#1b4f8a;color:#fff;padding:22px 26px">
<div style="font-size:13px;opacity:.85">{escape(f.company)} \N{MIDDLE DOT} Talkpush Desktop</div>
<div style="font-size:24px;font-weight:bold;margin-top:4px">{escape(w["heading"])}</div>
<div style="font-size:14px;margin-top:4px">{escape(_span(f))}</div></div>
<div style="padding:18px 20px">
<p style="margin:0 0 10px">{escape(w["hello"].format(reader=f.reader))}</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"
style="table-layout:fixed"><tr>{tiles}</tr></table>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"
style="table-layout:fixed"><tr>{rates}
{_tile(w["processing"], figure, colour)}</tr></table>
<p style="margin:6px 6px 0;color:{colour};font-size:14px">{escape(sentence)}</p>
{"".join(charts)}
<p style="color:#7b8794;font-size:12px;margin-top:22px">{escape(w["footer"])}</p>
</div></div></td></tr></table></body></html>
"""
