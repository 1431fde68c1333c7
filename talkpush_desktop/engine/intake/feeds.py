"""The sync worker's intake pass: the sheets (and Lead Ads) whose poll is due are polled.

Each feed is polled by its own service (:mod:`.sheets_service`, :mod:`.lead_ads.service`),
which records how the poll went on the feed itself; a failing feed never stops the pass or
the worker, it is tried again at its next poll.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from talkpush_desktop.engine.context import Context
from talkpush_desktop.engine.errors import WorkspaceError
from talkpush_desktop.engine.intake.lead_ads.service import LeadAdsService
from talkpush_desktop.engine.intake.sheets_service import SheetsService
from talkpush_desktop.engine.timeutil import utcnow

log = logging.getLogger(__name__)


class Feeds:
    """Polls the company's due feeds; built once per worker (``SyncWorker(feeds=...)``),
    closed with it."""

    def __init__(self, ctx: Context, *, clock: Callable[[], datetime] = utcnow) -> None:
        self.ctx = ctx
        self.clock = clock
        self.sheets = SheetsService(ctx)
        self.leadads = LeadAdsService(ctx)

    def close(self) -> None:
        self.sheets.close()

    def run_once(self) -> int:
        """Poll the due sheets and Lead Ads; how many candidates came in."""
        added = 0
        for sheet_id in self.sheets.due(self.clock()):
            try:
                added += self.sheets.poll_one(sheet_id).imported
            except Exception:  # one feed's fault must not stop the worker; it is recorded
                log.exception("polling sheet %s failed", sheet_id)
        try:
            added += sum(p.imported for p in self.leadads.poll(due_at=self.clock()))
        except WorkspaceError as exc:  # no token in the keyring: said on the ads' status
            log.info("lead ads not polled: %s", exc)
        except Exception:
            log.exception("polling lead ads failed")
        return added
