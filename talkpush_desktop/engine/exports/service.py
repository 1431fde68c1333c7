"""``ws.exports``: a campaign's candidates, the dashboard's data, the SMS breakdown (.xlsx)
and candidates in the ATS JSON shape.

Every file is written atomically (a temporary file in the same folder, then
``os.replace``): a failed or cancelled export leaves no file, and an existing file is
replaced only by a complete one. Unknown campaigns or candidates are refused before
anything is written.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from talkpush_desktop.engine.analytics import series as analytics
from talkpush_desktop.engine.company import campaign_access, campaigns
from talkpush_desktop.engine.company import settings as company
from talkpush_desktop.engine.company.service import CampaignsService
from talkpush_desktop.engine.context import Service
from talkpush_desktop.engine.errors import ValidationError
from talkpush_desktop.engine.exports import (
    analytics_export,
    ats_json,
    campaign_export,
    sms_breakdown,
)
from talkpush_desktop.engine.exports.atomic_file import atomic_output
from talkpush_desktop.engine.exports.summary import ExportCancelled, ExportSummary

__all__ = ["ExportSummary", "ExportsService"]


def _check_frame(start: date, end: date) -> None:
    if end < start:
        raise ValidationError(f"the time frame ends ({end}) before it starts ({start})")


class ExportsService(Service):
    """Files a recruiter or supervisor takes away (and the ATS JSON they are made of)."""

    def campaign(
        self,
        campaign_id: int | str,
        path: Path | str,
        progress: Callable[[int], None] | None = None,
        cancel: Callable[[], bool] | None = None,
    ) -> ExportSummary:
        """Every candidate of a campaign (id or title) to an .xlsx, streamed in chunks.

        ``progress`` gets the rows written so far after each chunk; when ``cancel``
        returns True the export stops, no file is left and the summary says
        ``cancelled``.
        """
        target = Path(path)
        with self._ctx.reading() as s:
            camp = campaigns.resolve(s, self._ctx.company_id, campaign_id)
            zone = company.timezone(s, self._ctx.company_id)
            try:
                with atomic_output(target) as out:
                    rows = campaign_export.write_campaign(
                        s, camp, out, timezone=zone, progress=progress, cancel=cancel
                    )
            except ExportCancelled as stop:
                return ExportSummary(target, stop.rows, "cancelled")
        return ExportSummary(target, rows, sheets={campaign_export.SHEET: rows})

    def dashboard(
        self,
        path: Path | str,
        start: date,
        end: date,
        campaign_ids: Sequence[int] | None = None,
    ) -> ExportSummary:
        """The data behind each dashboard chart for local days ``start``..``end``."""
        target = Path(path)
        _check_frame(start, end)
        with self._ctx.transaction() as s:
            if campaign_ids is not None:
                for cid in campaign_ids:
                    campaigns.resolve(s, self._ctx.company_id, cid)
            seen = campaign_access.within(s, campaign_ids)  # a manager: their campaigns
            board = analytics.dashboard(s, self._ctx.company_id, start, end, seen)
        with atomic_output(target) as out:
            sheets = analytics_export.write_dashboard(
                out, board, CampaignsService(self._ctx).titles()
            )
        return ExportSummary(target, sum(sheets.values()), sheets=sheets, frame=(start, end))

    def sms_usage(self, start: date, end: date) -> list[sms_breakdown.SmsUsage]:
        """SMS messages and segments sent per campaign in local days ``start``..``end``."""
        with self._ctx.reading() as s:
            return sms_breakdown.breakdown(s, self._ctx.company_id, start, end)

    def sms_breakdown_file(self, path: Path | str, start: date, end: date) -> ExportSummary:
        """The SMS Breakdown workbook: per campaign SMS and segments sent, and a total."""
        target = Path(path)
        _check_frame(start, end)
        with self._ctx.reading() as s:
            lines = sms_breakdown.breakdown(s, self._ctx.company_id, start, end)
            zone = company.timezone(s, self._ctx.company_id)
        with atomic_output(target) as out:
            rows = sms_breakdown.write_breakdown(out, lines, (start, end), zone)
        total = sms_breakdown.total(lines)
        return ExportSummary(
            target,
            rows,
            sheets={sms_breakdown.SHEET: rows + 1},
            frame=(start, end),
            totals={"messages": total.messages, "segments": total.segments},
        )

    def ats_candidates(self, candidate_ids: Sequence[int]) -> list[dict[str, Any]]:
        """Candidates in the seed's ATS JSON shape, in the order given."""
        with self._ctx.reading() as s:
            return ats_json.candidates(s, self._ctx.company_id, candidate_ids)

    def ats_json_file(self, candidate_ids: Sequence[int], path: Path | str) -> ExportSummary:
        """Candidates in the ATS JSON shape to a UTF-8 file (a JSON array)."""
        target = Path(path)
        with self._ctx.reading() as s:
            with atomic_output(target) as out:  # write_json refuses unknown ids first
                rows = ats_json.write_json(out, s, self._ctx.company_id, candidate_ids)
        return ExportSummary(target, rows)
