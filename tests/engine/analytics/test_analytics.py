"""Supervisor analytics from the activity log: exact numbers on a hand-built history."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import delete, select, update
from support import cohorts

from talkpush_desktop.engine.analytics import drill as analytics_drill
from talkpush_desktop.engine.analytics import series as analytics
from talkpush_desktop.engine.analytics import service as analytics_service
from talkpush_desktop.engine.analytics import weeks as analytics_weeks
from talkpush_desktop.engine.candidates import activity, candidate_sets
from talkpush_desktop.engine.candidates.filters import CandidateFilter
from talkpush_desktop.engine.dto import CampaignInfo
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.storage.models import (
    Action,
    AnalyticsDaily,
    AnalyticsRollup,
    AnalyticsRollupState,
    Folder,
    User,
)

MAR1, MAR2, MAR3 = date(2025, 3, 1), date(2025, 3, 2), date(2025, 3, 3)


def _at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2025, 3, day, hour, minute)


class History:
    """Two campaigns, two users, four candidates (events written with exact times)."""

    def __init__(self, ws: Workspace, campaign: CampaignInfo) -> None:
        self.ws = ws
        self.a = campaign.id
        self.b = ws.campaigns.create("Sales - Cebu").id
        self.u1 = ws.user_id
        self.u2 = ws.company.add_user("Second", "second@example.com")
        # add_candidate logs "added" at utcnow(): far outside the 2025 frames below.
        self.c1, self.c2, self.c3 = (
            ws.intake.add_candidate(self.a, first_name=n, email=f"{n}@example.com")
            for n in ("one", "two", "three")
        )
        self.c4 = ws.intake.add_candidate(self.b, first_name="four", email="four@example.com")

    def log(
        self,
        cid: int,
        action: Action,
        at: datetime,
        user_id: int | None = None,
        to: Folder | None = None,
    ) -> None:
        camp = self.b if cid == self.c4 else self.a
        with self.ws.transaction() as s:
            activity.record(
                s,
                [
                    activity.Event(
                        self.ws.company_id,
                        camp,
                        cid,
                        action,
                        at,
                        user_id=user_id,
                        to_folder=to.value if to else None,
                    )
                ],
            )

    def build(self) -> History:
        for cid in (self.c1, self.c2, self.c3):
            self.log(cid, Action.ADDED, _at(1, 8))
            self.log(cid, Action.INVITED, _at(1, 8, 5))
        self.log(self.c1, Action.INVITED, _at(1, 9))  # invited twice: one candidate
        self.log(self.c4, Action.ADDED, _at(1, 9))
        self.log(self.c4, Action.INVITED, _at(1, 9, 10))
        self.log(self.c1, Action.COMPLETED, _at(1, 10, 30))
        self.log(self.c2, Action.COMPLETED, _at(1, 10, 45))
        # c1 is moved twice: both moves count in volume, only the first is timed (24 h).
        self.log(self.c1, Action.MOVED, _at(2, 10, 30), self.u1, Folder.SHORTLISTED)
        self.log(self.c1, Action.MOVED, _at(2, 12), self.u2, Folder.REJECTED)
        self.log(self.c2, Action.MOVED, _at(2, 16, 45), self.u2, Folder.REJECTED)  # 30 h
        # c4 (campaign B) never completed: a decision without processing time.
        self.log(self.c4, Action.MOVED, _at(2, 11), self.u1, Folder.REJECTED)
        self.log(self.c3, Action.LABELLED, _at(3, 7, 15), self.u1)
        return self


@pytest.fixture
def history(ws: Workspace, campaign: CampaignInfo) -> History:
    return History(ws, campaign).build()


def _dash(
    ws: Workspace, start: date, end: date, ids: list[int] | None = None
) -> analytics.Dashboard:
    with ws.transaction() as s:
        return analytics.dashboard(s, ws.company_id, start, end, ids)


def test_overview_counts_events_per_day_with_empty_days(history: History) -> None:
    d = _dash(history.ws, MAR1, MAR3)
    assert d.days == [MAR1, MAR2, MAR3]
    assert d.overview.values == {
        "added": [4.0, 0.0, 0.0],
        "completed": [2.0, 0.0, 0.0],
        "shortlisted": [0.0, 1.0, 0.0],
        "rejected": [0.0, 3.0, 0.0],
    }


def test_chosen_campaigns_only(history: History) -> None:
    d = _dash(history.ws, MAR1, MAR3, [history.a])
    assert d.overview.values["added"] == [3.0, 0.0, 0.0]
    assert d.overview.values["rejected"] == [0.0, 2.0, 0.0]
    assert d.volume_by_user == {history.u1: 1, history.u2: 2}


def test_rates_count_distinct_candidates_and_are_none_without_denominator(
    history: History,
) -> None:
    d = _dash(history.ws, MAR1, MAR3)
    assert d.rates.values == {
        # of the two completing on day 1, one was shortlisted (on day 2); day 2 has no cohort
        "pass_rate": [0.5, None, None],
        "participation_rate": [0.5, None, None],  # 2 completed / 4 distinct invited
    }


def test_campaign_without_completions_never_divides_by_zero(history: History) -> None:
    d = _dash(history.ws, MAR1, MAR3, [history.b])
    assert d.rates.values == {
        "pass_rate": [None, None, None],
        "participation_rate": [0.0, None, None],  # invited, none completed: 0, not None
    }
    assert d.candidate_activity.values == {"completed": [0.0] * 24}
    assert d.processing_by_user == {}
    assert d.processing_by_campaign.hours == {}
    assert d.volume_by_user == {history.u1: 1}


def test_candidate_activity_averages_completions_per_hour_over_days(history: History) -> None:
    d = _dash(history.ws, MAR1, MAR3)
    expected = [0.0] * 24
    expected[10] = 2 / 3
    assert d.candidate_activity.values == {"completed": expected}


def test_volume_counts_each_move_processing_counts_first_decision_once(
    history: History,
) -> None:
    d = _dash(history.ws, MAR1, MAR3)
    assert d.volume_by_user == {history.u1: 2, history.u2: 2}
    assert d.processing_by_user == {history.u1: 24.0, history.u2: 30.0}
    assert d.processing_by_campaign.days == [MAR1, MAR2, MAR3]
    assert d.processing_by_campaign.hours == {history.a: [None, 27.0, None]}
    with history.ws.transaction() as s:
        first_name = s.get(User, history.u1)
        assert first_name is not None
        assert d.user_names == {history.u1: first_name.name, history.u2: "Second"}


def test_first_decision_before_the_frame_is_not_timed_again(history: History) -> None:
    d = _dash(history.ws, MAR3, MAR3)  # nothing decided on day 3
    assert d.processing_by_user == {}
    # A later re-decision of c2 on day 3 is its second decision: still not timed.
    history.log(history.c2, Action.MOVED, _at(3, 9), history.u1, Folder.HIRED)
    d = _dash(history.ws, MAR3, MAR3)
    assert d.processing_by_user == {}
    assert d.volume_by_user == {history.u1: 1}


def test_user_activity_by_hour(history: History) -> None:
    d = _dash(history.ws, MAR1, MAR3)
    shortlisted, rejected, other = [0.0] * 24, [0.0] * 24, [0.0] * 24
    shortlisted[10] = 1
    rejected[11] = rejected[12] = rejected[16] = 1
    other[7] = 1
    assert d.user_activity.values == {
        "shortlisted": shortlisted,
        "rejected": rejected,
        "other": other,
    }


def test_manila_time_zone_shifts_events_to_the_next_local_day_and_hour(
    ws: Workspace, campaign: CampaignInfo
) -> None:
    h = History(ws, campaign)
    ws.company.rename("X", timezone="Asia/Manila")  # UTC+8
    h.log(h.c1, Action.COMPLETED, datetime(2025, 2, 28, 16, 30))  # Mar 1 00:30 local
    h.log(h.c2, Action.COMPLETED, datetime(2025, 3, 1, 17, 30))  # Mar 2 01:30 local
    h.log(h.c3, Action.COMPLETED, datetime(2025, 3, 2, 16, 0))  # Mar 3 00:00: outside
    h.log(h.c2, Action.MOVED, datetime(2025, 3, 1, 19, 30), h.u1, Folder.SHORTLISTED)
    d = _dash(ws, MAR1, MAR2)
    assert d.overview.values["completed"] == [1.0, 1.0]
    assert d.overview.values["shortlisted"] == [0.0, 1.0]
    hours = [0.0] * 24
    hours[0] = hours[1] = 0.5
    assert d.candidate_activity.values == {"completed": hours}
    assert d.rates.values["pass_rate"] == [0.0, 1.0]  # same local day, not in UTC
    assert d.processing_by_user == {h.u1: 2.0}
    assert d.processing_by_campaign.hours == {h.a: [None, 2.0]}
    shortlisted = [0.0] * 24
    shortlisted[3] = 1
    assert d.user_activity.values["shortlisted"] == shortlisted


def test_half_hour_zone_is_exact(ws: Workspace, campaign: CampaignInfo) -> None:
    h = History(ws, campaign)
    ws.company.rename("X", timezone="Asia/Kolkata")  # UTC+5:30
    h.log(h.c1, Action.COMPLETED, datetime(2025, 3, 1, 18, 15))  # Mar 1 23:45 local
    h.log(h.c2, Action.COMPLETED, datetime(2025, 3, 1, 18, 45))  # Mar 2 00:15 local
    d = _dash(ws, MAR1, MAR2)
    assert d.overview.values["completed"] == [1.0, 1.0]
    hours = [0.0] * 24
    hours[23] = hours[0] = 0.5
    assert d.candidate_activity.values == {"completed": hours}


def test_dst_change_inside_the_frame(ws: Workspace, campaign: CampaignInfo) -> None:
    h = History(ws, campaign)
    ws.company.rename("X", timezone="America/New_York")  # EST -> EDT on Mar 9 at 02:00
    h.log(h.c1, Action.COMPLETED, datetime(2025, 3, 9, 6, 30))  # 01:30 EST
    h.log(h.c2, Action.COMPLETED, datetime(2025, 3, 9, 7, 30))  # 03:30 EDT
    h.log(h.c3, Action.COMPLETED, datetime(2025, 3, 10, 3, 30))  # Mar 9 23:30 EDT
    d = _dash(ws, date(2025, 3, 9), date(2025, 3, 9))
    assert d.overview.values["completed"] == [3.0]
    hours = [0.0] * 24
    hours[1] = hours[3] = hours[23] = 1.0
    assert d.candidate_activity.values == {"completed": hours}
    frame = analytics.make_frame(date(2025, 3, 9), date(2025, 3, 9), "America/New_York")
    assert frame.lo == datetime(2025, 3, 9, 5) and frame.hi == datetime(2025, 3, 10, 4)


def test_frame_must_not_end_before_it_starts() -> None:
    with pytest.raises(ValueError):
        analytics.make_frame(MAR2, MAR1, "UTC")


# -- the rollup and drill-downs --------------------------------------------------------


def test_rates_count_a_candidates_first_shortlisting_only(history: History) -> None:
    # c1 is shortlisted again on day 3 after its rejection: overview counts the move,
    # the pass rate does not count c1 a second time (nor in the day 3 cohort of c3).
    history.log(history.c3, Action.COMPLETED, _at(3, 6))
    history.log(history.c1, Action.MOVED, _at(3, 8), history.u1, Folder.SHORTLISTED)
    d = _dash(history.ws, MAR1, MAR3)
    assert d.overview.values["shortlisted"] == [0.0, 1.0, 1.0]
    assert d.rates.values["pass_rate"] == [0.5, None, 0.0]
    assert d.rates.parts["passed"] == [1.0, 0.0, 0.0]


def test_rollup_catches_up_incrementally_and_rebuilds_on_a_new_time_zone(
    history: History,
) -> None:
    ws = history.ws
    assert _dash(ws, MAR1, MAR1).overview.values["completed"] == [2.0]
    history.log(history.c3, Action.COMPLETED, _at(1, 20))  # written after the first read
    assert _dash(ws, MAR1, MAR1).overview.values["completed"] == [3.0]
    ws.company.rename("X", timezone="Asia/Manila")  # 20:00 UTC is Mar 2 04:00 in Manila
    d = _dash(ws, MAR1, MAR2)
    assert d.overview.values["completed"] == [2.0, 1.0]
    assert d.candidate_activity.values["completed"][18] == 1.0  # 10:30 UTC -> 18:30 local


def _drill(ws: Workspace, chart: str, series: str, **where: object) -> list[int]:
    drill = analytics.Drill(chart, series, MAR1, MAR3, **where)  # type: ignore[arg-type]
    with ws.transaction() as s:
        return analytics_drill.candidates(s, ws.company_id, drill)


def test_every_figure_drills_down_to_the_candidates_behind_it(history: History) -> None:
    h, ws = history, history.ws
    assert _drill(ws, "overview", "rejected", day=MAR2) == [h.c1, h.c2, h.c4]
    assert _drill(ws, "overview", "added", day=MAR2) == []  # an empty day
    # a rate's numerator: of those invited on day 1, who completed; of the completed, who
    # was shortlisted; its parts: the day's cohort
    assert _drill(ws, "rates", "participation_rate", day=MAR1) == [h.c1, h.c2]
    assert _drill(ws, "rates", "invited", day=MAR1) == [h.c1, h.c2, h.c3, h.c4]
    assert _drill(ws, "rates", "pass_rate") == [h.c1]
    assert _drill(ws, "candidate_activity", "completed", hour=10) == [h.c1, h.c2]
    assert _drill(ws, "volume_by_user", "decisions", user_id=h.u2) == [h.c1, h.c2]
    # c1's first decision was u1's: u2's rejection of c1 is not timed
    assert _drill(ws, "processing_by_user", "hours", user_id=h.u2) == [h.c2]
    assert _drill(ws, "processing_by_campaign", "hours", campaign_id=h.a, day=MAR2) == [
        h.c1,
        h.c2,
    ]
    assert _drill(ws, "processing_by_campaign", "hours", campaign_id=h.b) == []
    assert _drill(ws, "user_activity", "other", hour=7) == [h.c3]
    assert _drill(ws, "overview", "rejected", campaign_ids=(h.b,)) == [h.c4]
    with pytest.raises(ValueError, match="unknown chart"):
        _drill(ws, "pie", "x")


def test_a_drill_down_is_a_candidate_set_the_campaign_view_lists(history: History) -> None:
    ws = history.ws
    result = ws.candidates.drill_down(analytics.Drill("overview", "rejected", MAR1, MAR3, day=MAR2))
    assert result.count == 3
    assert result.title == "Campaign performance · Rejected · 2 Mar 2025"
    assert ws.candidates.set_title(result.set_id) == result.title
    listed = ws.candidates.ids(CandidateFilter(candidate_set=result.set_id))
    assert sorted(listed) == [history.c1, history.c2, history.c4]
    in_a = CandidateFilter(candidate_set=result.set_id, campaign_id=history.a)
    assert ws.candidates.count(in_a) == 2


def test_old_candidate_sets_are_pruned(history: History) -> None:
    ws = history.ws
    drill = analytics.Drill("overview", "added", MAR1, MAR3)
    first = ws.candidates.drill_down(drill)
    for _ in range(candidate_sets.KEEP):
        last = ws.candidates.drill_down(drill)
    assert ws.candidates.set_title(first.set_id) is None
    assert ws.candidates.set_title(last.set_id) is not None
    assert ws.candidates.count(CandidateFilter(candidate_set=first.set_id)) == 0


def test_a_long_catch_up_runs_in_steps_with_the_same_result(
    history: History, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = _dash(history.ws, MAR1, MAR3)
    with history.ws.transaction() as s:  # forget the rollup: the next read rebuilds it
        s.execute(delete(AnalyticsRollup))
        s.execute(delete(AnalyticsDaily))
        s.execute(update(AnalyticsRollupState).values(last_activity_id=0))
    monkeypatch.setattr(analytics_service, "ROLLUP_STEP", 3)  # a transaction per 3 log rows
    assert history.ws.analytics.dashboard(MAR1, MAR3) == whole


def test_reading_an_up_to_date_rollup_writes_nothing(history: History) -> None:
    def stamp() -> object:
        with history.ws.transaction() as s:
            return s.scalar(select(AnalyticsRollupState.updated_at))

    _dash(history.ws, MAR1, MAR3)
    first = stamp()
    _dash(history.ws, MAR1, MAR3)
    assert stamp() == first  # no claim, no write lock taken
    history.log(history.c3, Action.COMPLETED, _at(3, 6))
    _dash(history.ws, MAR1, MAR3)
    assert stamp() != first


def test_by_week_sums_counts_and_recomputes_rates_from_their_parts(history: History) -> None:
    # 1 Mar 2025 is a Saturday: the frame's weeks are Sat 1 - Sun 2 and Mon 3.
    weekly = analytics_weeks.by_week(_dash(history.ws, MAR1, MAR3))
    assert weekly.days == [MAR1, MAR3]
    assert analytics_weeks.spans([MAR1, MAR2, MAR3]) == [(MAR1, MAR2), (MAR3, MAR3)]
    assert weekly.overview.values["added"] == [4.0, 0.0]
    assert weekly.overview.values["rejected"] == [3.0, 0.0]
    # one first shortlisting over two first completions in the week, not a mean of days
    assert weekly.rates.values["pass_rate"] == [0.5, None]
    assert weekly.rates.values["participation_rate"] == [0.5, None]
    assert weekly.processing_by_campaign.hours == {history.a: [27.0, None]}
    assert weekly.processing_by_campaign.decisions == {history.a: [2, 0]}
    assert weekly.candidate_activity == _dash(history.ws, MAR1, MAR3).candidate_activity


def test_cohorts_grow_as_their_candidates_reach_the_next_stage(history: History) -> None:
    d = _dash(history.ws, MAR1, MAR3)
    assert d.rates.parts["participated"] == [2.0, 0.0, 0.0]
    history.log(history.c3, Action.COMPLETED, _at(3, 9))  # read by a later catch-up
    d = _dash(history.ws, MAR1, MAR3)
    assert d.rates.values["participation_rate"] == [0.75, None, None]
    assert d.rates.values["pass_rate"] == [0.5, None, 0.0]
    assert _dash(history.ws, MAR1, MAR2).rates.values["participation_rate"] == [0.5, None]


def test_a_weeks_rate_drills_into_the_numerators_of_its_days(
    ws: Workspace, campaign: CampaignInfo
) -> None:
    ids = cohorts.build(ws, campaign.id)
    weekly = analytics_weeks.by_week(_dash(ws, MAR1, MAR3))
    assert weekly.rates.values["participation_rate"] == [0.75, None]  # (2 + 1) / (3 + 1)
    week = analytics.Drill("rates", "participation_rate", MAR1, MAR3, day=MAR1, until=MAR2)
    with ws.transaction() as s:
        found = analytics_drill.candidates(s, ws.company_id, week)
    assert found == sorted([ids["one"], ids["two"], ids["four"]])
