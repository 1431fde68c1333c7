"""``ws.analytics``: the supervisor dashboard's series, read from the rollup kept up to
date with the activity log."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from talkpush_desktop.engine.analytics import rollup
from talkpush_desktop.engine.analytics import series as analytics
from talkpush_desktop.engine.company import campaign_access
from talkpush_desktop.engine.context import Service
from talkpush_desktop.storage import write_lock

ROLLUP_STEP = 250_000  # activity ids the analytics rollup reads per transaction


class AnalyticsService(Service):
    """The dashboard (drill-down sets are ``ws.candidates.drill_down``)."""

    def dashboard(
        self, start: date, end: date, campaign_ids: Sequence[int] | None = None
    ) -> analytics.Dashboard:
        """Every supervisor chart's series for the local days ``start``..``end``."""
        self.catch_up()
        with self._ctx.transaction() as s:
            seen = campaign_access.within(s, campaign_ids)  # a manager: their campaigns
            return analytics.dashboard(s, self._ctx.company_id, start, end, seen)

    def catch_up(self) -> None:
        """Bring the analytics rollup up to date with the activity log, one transaction per
        ``ROLLUP_STEP`` log ids (a first build over years of history never holds the write
        lock for long)."""
        left = 1
        while left:
            with self._ctx.transaction() as s:
                left = rollup.catch_up(s, self._ctx.company_id, ROLLUP_STEP)
            if left:
                write_lock.let_others_write()
