"""SMS Breakdown: SMS messages and segments sent per campaign in a time frame (no Qt).

What counts: outbound messages on the SMS channel handed to the provider in the frame,
i.e. whose ``sent_at`` lies in the frame's UTC bounds (local days ``start``..``end`` in
the company's time zone, as the dashboard uses), whatever happened to them after
(delivered, or failed later): that is what a provider bills. Queued, never-sent and
inbound messages do not count. Segments follow :mod:`talkpush_desktop.engine.messaging.sms_segments`
(GSM-7 160/153, UCS-2 70/67); a message that needs UCS-2 is also counted as Unicode.

Every campaign of the company is listed (zeros included), by id, then a total row.
Messages are read in chunks (``yield_per``), so the frame's size does not matter.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import IO, Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from talkpush_desktop.engine.analytics import series as analytics
from talkpush_desktop.engine.company import campaign_access
from talkpush_desktop.engine.exports.cells import Column, Kind
from talkpush_desktop.engine.exports.streaming_xlsx import StreamingWorkbook
from talkpush_desktop.engine.messaging.sms_segments import sms_cost
from talkpush_desktop.storage.models import Campaign, Candidate, Channel, Message

CHUNK: Final = 5000
SHEET: Final = "SMS breakdown"
FRAME_SHEET: Final = "Frame"
COLUMNS: Final = (
    Column("Campaign ID", Kind.INTEGER, 12),
    Column("Campaign", width=40),
    Column("SMS sent", Kind.INTEGER, 12),
    Column("SMS segments", Kind.INTEGER, 14),
    Column("Unicode (UCS-2) SMS", Kind.INTEGER, 20),
)


@dataclass(slots=True)
class SmsUsage:
    """One line of the breakdown (``campaign_id`` None on the total line)."""

    campaign_id: int | None
    campaign: str
    messages: int = 0
    segments: int = 0
    unicode: int = 0

    def as_row(self) -> list[object]:
        return [self.campaign_id, self.campaign, self.messages, self.segments, self.unicode]


@lru_cache(maxsize=4096)
def _cost(body: str) -> tuple[int, bool]:
    """Segments and whether UCS-2 (bulk sends repeat bodies: cached)."""
    cost = sms_cost(body)
    return cost.segments, cost.encoding == "UCS-2"


def breakdown(session: Session, company_id: int, start: date, end: date) -> list[SmsUsage]:
    """Usage per campaign of the company (by id), without the total line."""
    frame = analytics.company_frame(session, company_id, start, end)
    lines = select(Campaign.id, Campaign.title).where(Campaign.company_id == company_id)
    seen = campaign_access.within(session, None)  # a manager: their campaigns only
    if seen is not None:
        lines = lines.where(Campaign.id.in_(seen))
    usage = {
        int(cid): SmsUsage(int(cid), str(title))
        for cid, title in session.execute(lines.order_by(Campaign.id))
    }
    stmt = (
        select(Candidate.campaign_id, Message.body)
        .join(Candidate, Candidate.id == Message.candidate_id)
        .where(
            Candidate.company_id == company_id,
            Message.direction == "out",
            Message.channel == Channel.SMS.value,
            Message.sent_at >= frame.lo,
            Message.sent_at < frame.hi,
        )
    )
    result = session.execute(stmt, execution_options={"yield_per": CHUNK})
    for part in result.partitions():
        for campaign_id, body in part:
            line = usage.get(campaign_id)
            if line is None:
                continue
            segments, unicode = _cost(body or "")
            line.messages += 1
            line.segments += segments
            line.unicode += unicode
    return list(usage.values())


def total(lines: list[SmsUsage]) -> SmsUsage:
    """The total line of a breakdown."""
    return SmsUsage(
        None,
        "Total",
        sum(x.messages for x in lines),
        sum(x.segments for x in lines),
        sum(x.unicode for x in lines),
    )


def write_breakdown(
    out: IO[bytes], lines: list[SmsUsage], frame: tuple[date, date], timezone: str
) -> int:
    """Write the breakdown (and a small sheet naming the frame); returns campaign rows."""
    with StreamingWorkbook(out) as book:
        with book.sheet(SHEET, COLUMNS) as sheet:
            for line in lines:
                sheet.append(line.as_row())
            sheet.append(total(lines).as_row(), bold=True)
        with book.sheet(FRAME_SHEET, (Column("Item", width=14), Column("Value", width=24))) as info:
            info.append(["From", frame[0]])
            info.append(["To", frame[1]])
            info.append(["Time zone", timezone])
    return len(lines)
