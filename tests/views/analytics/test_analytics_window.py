"""Tools > Analytics & Usage Data: charts filled off the UI thread from a hand-built history,
exact figures, tooltips, drill-down clicks, time frames, campaigns, PNG and Excel export."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QDate, QPoint, QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from support import cohorts

from talkpush_desktop.engine.analytics import series as analytics
from talkpush_desktop.engine.candidates import activity
from talkpush_desktop.engine.candidates.filters import CandidateFilter
from talkpush_desktop.engine.dto import CampaignInfo
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.storage.models import Action, Folder
from talkpush_desktop.views.analytics import charts as analytics_charts
from talkpush_desktop.views.analytics import date_axis, time_frame
from talkpush_desktop.views.analytics.chart_card import ChartCard, Figure
from talkpush_desktop.views.analytics.window import AnalyticsWindow, has_activity
from talkpush_desktop.views.main_window import MainWindow

MAR1, MAR2, MAR3 = date(2025, 3, 1), date(2025, 3, 2), date(2025, 3, 3)
WAIT_MS = 20000
"""How long a signal may take to come (a ceiling, never a measured time)."""


class History:
    """Two campaigns, two users, three candidates; every event at an exact UTC time.

    1 Mar: all three added, two invited; one and two complete (10:30, 10:45).
    2 Mar: the owner shortlists one at 10:30 (24 h), Second rejects two at 16:45 (30 h).
    3 Mar: nothing happens.
    """

    def __init__(self, ws: Workspace, campaign: CampaignInfo) -> None:
        self.ws = ws
        self.a = campaign.id
        self.b = ws.campaigns.create("Sales - Cebu").id
        self.u1 = ws.user_id
        self.u2 = ws.company.add_user("Second", "second@example.com")
        self.c1 = ws.intake.add_candidate(self.a, first_name="one", email="one@example.com")
        self.c2 = ws.intake.add_candidate(self.a, first_name="two", email="two@example.com")
        self.c3 = ws.intake.add_candidate(self.b, first_name="three", email="three@example.com")
        events = [
            (self.c1, Action.ADDED, datetime(2025, 3, 1, 8), None, None),
            (self.c2, Action.ADDED, datetime(2025, 3, 1, 8), None, None),
            (self.c3, Action.ADDED, datetime(2025, 3, 1, 9), None, None),
            (self.c1, Action.INVITED, datetime(2025, 3, 1, 8, 5), None, None),
            (self.c2, Action.INVITED, datetime(2025, 3, 1, 8, 5), None, None),
            (self.c1, Action.COMPLETED, datetime(2025, 3, 1, 10, 30), None, None),
            (self.c2, Action.COMPLETED, datetime(2025, 3, 1, 10, 45), None, None),
            (self.c1, Action.MOVED, datetime(2025, 3, 2, 10, 30), self.u1, Folder.SHORTLISTED),
            (self.c2, Action.MOVED, datetime(2025, 3, 2, 16, 45), self.u2, Folder.REJECTED),
        ]
        with ws.transaction() as s:
            activity.record(
                s,
                [
                    activity.Event(
                        ws.company_id,
                        self.b if cid == self.c3 else self.a,
                        cid,
                        action,
                        at,
                        user_id=user,
                        to_folder=to.value if to else None,
                    )
                    for cid, action, at, user, to in events
                ],
            )


@pytest.fixture
def history(ws: Workspace, campaign: CampaignInfo) -> History:
    return History(ws, campaign)


@pytest.fixture
def drilled() -> list[analytics.DrillResult]:
    return []


@pytest.fixture
def win(
    qtbot: QtBot, ws: Workspace, history: History, drilled: list[analytics.DrillResult]
) -> Iterator[AnalyticsWindow]:
    """The window on 1-3 March 2025 (its today is 3 March), shown with its first dashboard."""
    window = AnalyticsWindow(ws, on_drill=drilled.append, today=lambda: MAR3)
    qtbot.addWidget(window)
    window.set_frame(MAR1, MAR3, refresh=False)
    with qtbot.waitSignal(window.dashboard_shown, timeout=WAIT_MS):
        window.show()
    qtbot.waitExposed(window)
    yield window
    window.shutdown()


def bars(card: ChartCard) -> list[pg.BarGraphItem]:
    return [i for i in card.plot_item.items if isinstance(i, pg.BarGraphItem)]


def figures(card: ChartCard) -> dict[tuple[str, object], float | None]:
    """(series, day / hour / user / campaign) -> value of every clickable figure."""
    out: dict[tuple[str, object], float | None] = {}
    for t in card.targets:
        f = t.figure
        if f is not None:
            where = next(w for w in (f.day, f.hour, f.user_id) if w is not None)
            out[(f.series if f.campaign_id is None else str(f.campaign_id), where)] = f.value
    return out


def viewport_point(card: ChartCard, figure: Figure) -> QPoint:
    return card.plot_widget.mapFromScene(card.scene_pos_of(figure))


# -- filling from the dashboard ----------------------------------------------------------


def test_charts_hold_the_exact_dashboard_numbers(win: AnalyticsWindow, history: History) -> None:
    board = win.board
    assert board is not None and win.stack.currentIndex() == 1  # the charts, not a message
    assert board.overview.values == {
        "added": [3.0, 0.0, 0.0],
        "completed": [2.0, 0.0, 0.0],
        "shortlisted": [0.0, 1.0, 0.0],
        "rejected": [0.0, 1.0, 0.0],
    }
    overview = win.charts["overview"]
    heights = [list(b.opts["height"]) for b in bars(overview)]
    assert heights == [board.overview.values[k] for k, _l, _c in overview.SERIES]
    assert figures(overview)[("shortlisted", MAR2)] == 1.0
    assert [t.value.text() for t in win.tiles.values()] == ["3", "2", "1", "1"]

    # of the two completing on 1 Mar, one was shortlisted by the frame's end
    assert board.rates.values["pass_rate"][0] == 0.5
    assert board.rates.values["participation_rate"][:2] == [1.0, None]
    rates = figures(win.charts["rates"])
    assert rates == {("pass_rate", MAR1): 0.5, ("participation_rate", MAR1): 1.0}

    activity_bars = bars(win.charts["candidate_activity"])
    assert list(activity_bars[0].opts["height"]) == board.candidate_activity.values["completed"]
    assert board.candidate_activity.values["completed"][10] == pytest.approx(2 / 3)

    assert figures(win.charts["volume_by_user"]) == {
        ("decisions", history.u1): 1.0,
        ("decisions", history.u2): 1.0,
    }
    assert figures(win.charts["processing_by_user"]) == {
        ("processed", history.u2): 30.0,
        ("processed", history.u1): 24.0,
    }
    assert board.processing_by_campaign.hours == {history.a: [None, 27.0, None]}
    assert figures(win.charts["processing_by_campaign"]) == {(str(history.a), MAR2): 27.0}
    stacked = {
        b.opts["brushes"][0].color().name(): list(b.opts["height"])
        for b in bars(win.charts["user_activity"])
    }
    assert stacked[analytics_charts.GREEN][10] == 1.0  # shortlisting at 10:00
    assert stacked[analytics_charts.RED][16] == 1.0  # rejecting at 16:00


def test_over_24_hours_is_orange_with_the_dashed_red_limit(win: AnalyticsWindow) -> None:
    card = win.charts["processing_by_user"]
    [bar] = bars(card)
    colors = [b.color().name() for b in bar.opts["brushes"]]
    assert colors == [analytics_charts.ORANGE, analytics_charts.TEAL]  # 30 h, then 24 h
    [limit] = [
        i
        for i in card.plot_item.items
        if isinstance(i, pg.InfiniteLine) and i.pen.style() == Qt.PenStyle.DashLine
    ]
    assert limit.value() == 24.0 and limit.pen.color().name() == analytics_charts.RED
    names = [text for _x, text in card.plot_item.getAxis("left")._tickLevels[0]]
    assert names[0] == "Second"


def test_campaign_lines_are_titled_from_the_workspace(win: AnalyticsWindow) -> None:
    card = win.charts["processing_by_campaign"]
    texts = [t.text for t in card.targets if t.figure is not None]
    assert texts == ["Sun 2 Mar 2025 \N{EM DASH} Customer Service - Manila: 27.0 h"]


# -- hover and click ---------------------------------------------------------------------


def test_hovering_a_bar_shows_its_exact_value(qtbot: QtBot, win: AnalyticsWindow) -> None:
    card = win.charts["overview"]
    figure = Figure("overview", "shortlisted", 1.0, day=MAR2)
    qtbot.mouseMove(card.plot_widget.viewport(), viewport_point(card, figure))
    qtbot.waitUntil(lambda: card.hover_text != "")
    assert card.hover_text == "Sun 2 Mar 2025 \N{EM DASH} Shortlisted: 1"


def test_rate_tooltips_read_as_percent_or_why_there_is_none(win: AnalyticsWindow) -> None:
    card = win.charts["rates"]
    point = card.scene_pos_of(Figure("rates", "participation_rate", 1.0, day=MAR1))
    assert card.hover(point) == "Sat 1 Mar 2025 \N{EM DASH} Participation rate: 100.0 %"
    point = card.scene_pos_of(Figure("rates", "pass_rate", 0.5, day=MAR1))
    assert card.hover(point) == "Sat 1 Mar 2025 \N{EM DASH} Pass rate: 50.0 %"
    gap = card.view_box.mapViewToScene(pg.Point(time_frame.x_of(MAR2), 50.0))
    assert card.hover(gap) == (
        "Sun 2 Mar 2025\nPass rate: no completions\nParticipation rate: no invitations"
    )
    target = card.target_at(gap)
    assert target is not None and target.figure is None  # a gap says why, opens nothing


def test_clicking_a_bar_drills_into_its_day_and_series(
    qtbot: QtBot, win: AnalyticsWindow, drilled: list[analytics.DrillResult]
) -> None:
    card = win.charts["overview"]
    figure = Figure("overview", "shortlisted", 1.0, day=MAR2)
    with (
        qtbot.waitSignal(win.figure_clicked, timeout=WAIT_MS) as clicked,
        qtbot.waitSignal(win.drilled, timeout=WAIT_MS),
    ):
        qtbot.mouseClick(
            card.plot_widget.viewport(),
            Qt.MouseButton.LeftButton,
            pos=viewport_point(card, figure),
        )
    assert clicked.args == [analytics.Drill("overview", "shortlisted", MAR1, MAR3, None, day=MAR2)]
    [result] = drilled
    assert result.count == 1
    assert "Shortlisted" in result.title


def test_hour_user_and_campaign_figures_make_their_drills(
    win: AnalyticsWindow, history: History
) -> None:
    hour = win.charts["candidate_activity"]
    at = hour.scene_pos_of(Figure("candidate_activity", "completed", 2 / 3, hour=10))
    assert (
        hour.hover(at) == "10:00\N{EN DASH}11:00 \N{EM DASH} Completed interviews: 0.67 on average"
    )
    clicked = hour.click(at)
    assert clicked is not None
    assert win.drill_for(clicked) == analytics.Drill(
        "candidate_activity", "completed", MAR1, MAR3, None, hour=10
    )
    users = win.charts["processing_by_user"]
    at = users.scene_pos_of(Figure("processing_by_user", "processed", 30.0, user_id=history.u2))
    assert users.hover(at) == "Second \N{EM DASH} 30.0 h on average"
    assert win.drill_for(users.click(at)) == analytics.Drill(
        "processing_by_user", "processed", MAR1, MAR3, None, user_id=history.u2
    )
    lines = win.charts["processing_by_campaign"]
    f = Figure("processing_by_campaign", "processed", 27.0, day=MAR2, campaign_id=history.a)
    assert win.drill_for(lines.click(lines.scene_pos_of(f))) == analytics.Drill(
        "processing_by_campaign", "processed", MAR1, MAR3, None, day=MAR2, campaign_id=history.a
    )


def test_a_total_drills_into_the_whole_frame(qtbot: QtBot, win: AnalyticsWindow) -> None:
    tile = win.tiles["added"]
    with qtbot.waitSignal(win.figure_clicked, timeout=WAIT_MS) as clicked:
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert clicked.args == [analytics.Drill("overview", "added", MAR1, MAR3, None)]


# -- time frames, campaigns, states ------------------------------------------------------


def test_long_frames_draw_a_point_per_week_and_drill_into_its_days(
    qtbot: QtBot, win: AnalyticsWindow
) -> None:
    with qtbot.waitSignal(win.dashboard_shown, timeout=WAIT_MS):
        win.set_frame(date(2025, 1, 1), date(2025, 6, 30))  # 181 days: per week
    overview = win.charts["overview"]
    assert "per week" in overview.subtitle_label.text()
    weeks = {t.figure.day: t for t in overview.targets if t.figure and t.figure.series == "added"}
    assert len(weeks) == 27  # Wed 1 Jan - Sun 5 Jan, then 26 weeks from Monday 6 Jan
    added = weeks[date(2025, 2, 24)]  # the week of Sat 1 Mar
    assert added.figure is not None and added.figure.value == 3.0
    assert added.text.startswith("Week of 24 Feb \N{EN DASH} 2 Mar 2025")
    drill = win.drill_for(added.figure)
    assert drill is not None
    assert (drill.day, drill.until) == (date(2025, 2, 24), date(2025, 3, 2))  # its days
    assert (drill.start, drill.end) == (date(2025, 1, 1), date(2025, 6, 30))  # in the frame
    with qtbot.waitSignal(win.dashboard_shown, timeout=WAIT_MS):
        win.set_frame(MAR1, MAR3)  # back to days
    assert "per day" in overview.subtitle_label.text()


def test_presets_recompute_in_the_company_days(qtbot: QtBot, win: AnalyticsWindow) -> None:
    combo = win.toolbar.preset_combo
    with qtbot.waitSignal(win.dashboard_shown, timeout=WAIT_MS) as shown:
        combo.setCurrentIndex(combo.findData("7d"))
    board = shown.args[0]
    assert (board.days[0], board.days[-1], len(board.days)) == (date(2025, 2, 25), MAR3, 7)
    assert win.frame() == (date(2025, 2, 25), MAR3)
    assert win.frame_label.text() == (
        "25 Feb \N{EN DASH} 3 Mar 2025 \N{MIDDLE DOT} 7 days \N{MIDDLE DOT} All campaigns"
    )
    assert board.overview.values["added"][-3] == 3.0  # 1 March
    with qtbot.waitSignal(win.dashboard_shown, timeout=WAIT_MS) as shown:
        combo.setCurrentIndex(combo.findData("today"))
    assert shown.args[0].days == [MAR3]
    assert win.stack.currentIndex() == 0  # nothing happened on 3 March: said, not drawn
    assert win.state_message.text().startswith("No activity in Mon 3 Mar 2025.")


def test_editing_a_day_switches_to_a_custom_frame(qtbot: QtBot, win: AnalyticsWindow) -> None:
    win.apply_preset("30d", refresh=False)
    with qtbot.waitSignal(win.dashboard_shown, timeout=WAIT_MS) as shown:
        win.toolbar.start_edit.setDate(QDate(2025, 3, 2))
    assert win.toolbar.preset_combo.currentData() == "custom"
    assert shown.args[0].days == [MAR2, MAR3]


def test_campaign_filter_recomputes_for_the_ticked_campaigns(
    qtbot: QtBot, win: AnalyticsWindow, history: History
) -> None:
    with qtbot.waitSignal(win.dashboard_shown, timeout=WAIT_MS) as shown:
        win.toolbar.campaign_actions[history.b].setChecked(True)
    assert win.chosen == (history.b,)
    assert not win.toolbar.all_campaigns_action.isChecked()
    assert win.toolbar.campaign_button.text() == "Sales - Cebu"
    assert shown.args[0].overview.values["added"] == [1.0, 0.0, 0.0]
    with qtbot.waitSignal(win.dashboard_shown, timeout=WAIT_MS) as shown:
        win.toolbar.all_campaigns_action.setChecked(True)
    assert win.chosen is None and win.toolbar.campaign_button.text() == "All campaigns"
    assert shown.args[0].overview.values["added"] == [3.0, 0.0, 0.0]


def test_loading_then_filled_without_blocking(
    qtbot: QtBot, ws: Workspace, history: History
) -> None:
    window = AnalyticsWindow(ws, today=lambda: MAR3)
    qtbot.addWidget(window)
    window.set_frame(MAR1, MAR3)
    assert window.loading  # the UI thread returned at once; the worker computes
    assert window.stack.currentIndex() == 0
    assert window.state_message.text() == "Computing analytics\N{HORIZONTAL ELLIPSIS}"
    assert window.busy_bar.isVisibleTo(window)
    with qtbot.waitSignal(window.dashboard_shown, timeout=WAIT_MS):
        pass
    assert not window.loading and not window.busy_bar.isVisibleTo(window)
    assert window.stack.currentIndex() == 1
    window.shutdown()


def test_closed_while_computing_then_opened_again_recomputes(
    qtbot: QtBot, ws: Workspace, history: History
) -> None:
    window = AnalyticsWindow(ws, today=lambda: MAR3)
    qtbot.addWidget(window)
    window.set_frame(MAR1, MAR3, refresh=False)
    window.show()
    window.close()  # the dashboard asked for is cancelled, or arrives while closed
    qtbot.waitUntil(lambda: not window.loading)
    with qtbot.waitSignal(window.dashboard_shown, timeout=WAIT_MS) as shown:
        window.show()
    assert shown.args[0].overview.values["added"] == [3.0, 0.0, 0.0]
    window.shutdown()


def test_the_zone_is_the_companys(qtbot: QtBot, ws: Workspace, history: History) -> None:
    ws.company.rename("Acme", timezone="Asia/Manila")
    window = AnalyticsWindow(ws, today=lambda: MAR3)
    qtbot.addWidget(window)
    assert window.zone_label.text() == "Time zone: Asia/Manila (UTC+08:00)"
    window.shutdown()


def test_every_control_has_an_accessible_name(win: AnalyticsWindow) -> None:
    controls = [
        win.toolbar.preset_combo,
        win.toolbar.start_edit,
        win.toolbar.end_edit,
        win.toolbar.campaign_button,
        win.toolbar.refresh_button,
        win.export_button,
        win.sms_button,
        *(card.save_button for card in win.charts.values()),
        *(card.plot_widget for card in win.charts.values()),
        *win.tiles.values(),
    ]
    assert all(c.accessibleName() for c in controls)


# -- saving ------------------------------------------------------------------------------


def test_a_chart_saves_as_a_png(
    qtbot: QtBot, win: AnalyticsWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    card = win.charts["overview"]
    out = tmp_path / "overview.png"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(tmp_path / "overview"), "")
    )
    card.save_button.click()
    image = QImage(str(out))
    assert out.stat().st_size > 0 and not image.isNull()
    assert image.width() == card.width() * 2  # drawn at twice the screen size
    assert win.statusBar().currentMessage() == f"Chart saved to {out}"
    assert card.save_button.isVisible()  # hidden only while it drew itself


def test_export_to_excel_writes_the_shown_frame(
    qtbot: QtBot, win: AnalyticsWindow, tmp_path: Path
) -> None:
    out = tmp_path / "analytics.xlsx"
    with qtbot.waitSignal(win.exported, timeout=WAIT_MS) as done:
        win.export_excel(out)
    assert done.args == [str(out)] and out.stat().st_size > 0
    sms = tmp_path / "sms.xlsx"
    with qtbot.waitSignal(win.exported, timeout=WAIT_MS):
        win.export_sms_breakdown(sms)
    book = openpyxl.load_workbook(sms)
    assert book.sheetnames == ["SMS breakdown", "Frame"]
    assert book["SMS breakdown"]["C1"].value == "SMS sent"


# -- the main window -----------------------------------------------------------------------


def test_tools_menu_opens_one_window_and_drills_into_the_campaign_view(
    qtbot: QtBot, window: MainWindow
) -> None:
    [tools] = [m for m in window.menuBar().actions() if m.text() == "&Tools"]
    assert window.analytics_action in tools.menu().actions()
    window.analytics_action.trigger()
    first = window.analytics_window
    assert first is not None and first.isVisible()
    qtbot.waitUntil(lambda: not first.loading)
    window.analytics_action.trigger()
    assert window.analytics_window is first
    drill = analytics.Drill("overview", "added", date.today(), date.today())
    with qtbot.waitSignal(first.drilled, timeout=WAIT_MS) as done:
        first.drill(drill)
    assert window.scope.candidate_set == done.args[0].set_id


def test_the_charts_follow_what_recruiters_do(
    qtbot: QtBot, window: MainWindow, people: dict[str, int]
) -> None:
    analytics_window = window.open_analytics()
    qtbot.waitUntil(lambda: analytics_window.board is not None, timeout=WAIT_MS)
    board = analytics_window.board
    assert board is not None
    before = sum(board.overview.values["rejected"])
    with qtbot.waitSignal(analytics_window.dashboard_shown, timeout=WAIT_MS) as shown:
        window.recruiter_actions.move([people["Maria"], people["Jose"]], "Rejected")
    assert sum(shown.args[0].overview.values["rejected"]) == before + 2


# -- plain functions -----------------------------------------------------------------------


def test_presets_end_today() -> None:
    today = date(2024, 2, 29)
    assert time_frame.preset_frame("today", today) == (today, today)
    assert time_frame.preset_frame("30d", today) == (date(2024, 1, 31), today)
    assert time_frame.preset_frame("year", today) == (date(2024, 1, 1), today)
    assert time_frame.preset_frame("2y", today) == (date(2022, 3, 1), today)
    assert time_frame.clip_frame(MAR3, MAR1) == (MAR1, MAR3)


def test_day_axis_labels_fit_from_one_day_to_two_years() -> None:
    assert date_axis.choose_step(1, 600) == date_axis.Step(days=1)
    assert date_axis.choose_step(30, 600) == date_axis.Step(days=7)
    assert date_axis.choose_step(730, 600).months == 3
    mondays = date_axis.tick_days(
        time_frame.x_of(MAR1), time_frame.x_of(date(2025, 3, 20)), date_axis.Step(days=7)
    )
    assert [time_frame.day_of(x) for x in mondays] == [MAR3, date(2025, 3, 10), date(2025, 3, 17)]
    step = date_axis.choose_step(730, 600)
    assert date_axis.tick_text(time_frame.x_of(date(2025, 4, 1)), step) == "Apr 2025"
    assert date_axis.tick_text(time_frame.x_of(MAR3), date_axis.Step(days=1)) == "3 Mar"


def test_an_empty_dashboard_has_no_activity(ws: Workspace) -> None:
    assert not has_activity(ws.analytics.dashboard(MAR1, MAR3))


def test_screenshot_command_renders_the_analytics_window(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], qapp: object
) -> None:
    from talkpush_desktop.cli.main import main

    out = tmp_path / "analytics.png"
    code = main(["--data-dir", str(tmp_path / "ws"), "screenshot", str(out), "--analytics", "7d"])
    assert code == 0 and capsys.readouterr().out.strip() == str(out)
    image = QImage(str(out))
    assert image.width() == 1320 and image.height() > 1500  # every chart, no scrolling


# -- pass and participation rates as cohorts -----------------------------------------------


def test_rates_are_cohort_shares_and_a_point_opens_its_numerator(
    qtbot: QtBot, window: MainWindow, ws: Workspace, campaign: CampaignInfo
) -> None:
    ids = cohorts.build(ws, campaign.id)  # same-day division: 300 % on 2 Mar
    analytics_window = window.open_analytics()
    with qtbot.waitSignal(analytics_window.dashboard_shown, timeout=WAIT_MS):
        analytics_window.set_frame(cohorts.MAR1, cohorts.MAR3)
    card = analytics_window.charts["rates"]
    assert figures(card) == pytest.approx(
        {
            ("participation_rate", cohorts.MAR1): 2 / 3,
            ("participation_rate", cohorts.MAR2): 1.0,
            ("pass_rate", cohorts.MAR2): 2 / 3,
        }
    )
    subtitle = card.subtitle_label.text()
    assert "of its first invitations completed (participation), by the frame's end" in subtitle
    point = Figure("rates", "participation_rate", 2 / 3, day=cohorts.MAR1)
    with qtbot.waitSignal(analytics_window.drilled, timeout=WAIT_MS) as done:
        qtbot.mouseClick(
            card.plot_widget.viewport(), Qt.MouseButton.LeftButton, pos=viewport_point(card, point)
        )
    assert done.args[0].count == 2  # the numerator of 2/3
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=WAIT_MS)
    listed = {window.model.index(r).data() for r in range(2)}
    assert listed == {"one", "two"}
    assert ids["three"] not in ws.candidates.ids(CandidateFilter(candidate_set=done.args[0].set_id))


def _title_box(card: ChartCard) -> QRect:
    """The left axis title's box in the plot widget's pixels."""
    label = card.plot_item.getAxis("left").label
    return card.plot_widget.mapFromScene(label.mapRectToScene(label.boundingRect())).boundingRect()


def test_axis_titles_show_whole_inside_their_plots(
    qtbot: QtBot, window: MainWindow, ws: Workspace, campaign: CampaignInfo
) -> None:
    cohorts.build(ws, campaign.id)
    analytics_window = window.open_analytics()
    with qtbot.waitSignal(analytics_window.dashboard_shown, timeout=WAIT_MS):
        analytics_window.set_frame(cohorts.MAR1, cohorts.MAR3)
    qtbot.wait(50)  # the cards' layout
    rates = analytics_window.charts["rates"]
    assert rates.plot_item.getAxis("left").label.toPlainText().strip() == "Percent of candidates"
    for card in analytics_window.charts.values():
        if card.plot_item.getAxis("left").label.isVisible():
            assert card.plot_widget.rect().contains(_title_box(card)), card.chart
    rates.stack.setFixedHeight(140)  # a plot shorter than its title: smaller type, whole
    qtbot.waitUntil(lambda: rates.plot_widget.height() == 140)
    assert rates.plot_widget.rect().contains(_title_box(rates))
