"""``ws.changes``: whether another process (the CLI, ``sync``, the API server) wrote to the
workspace since the window last looked, so an open window can show it without a restart.

The watch (:mod:`storage.change_watch`: ``PRAGMA data_version`` on SQLite, ``LISTEN`` on
PostgreSQL) is opened on first use, so the command line and the server never open it.
"""

from __future__ import annotations

import threading

from talkpush_desktop.engine.context import Context, Service
from talkpush_desktop.storage.change_watch import ChangeWatch, open_change_watch


class ChangesService(Service):
    """Asked from a worker thread every half second; each call is one cheap read."""

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self._watch: ChangeWatch | None = None
        self._closed = False
        self._opening = threading.Lock()

    def _opened(self) -> ChangeWatch | None:
        with self._opening:
            if self._watch is None and not self._closed:
                try:
                    self._watch = open_change_watch(self._ctx.db.engine, self._ctx.company_id)
                except ValueError:  # an in-memory database: no other process can write
                    self._closed = True
            return self._watch

    def changed(self) -> bool:
        """True once for each time the workspace changed since last asked (or marked)."""
        watch = self._opened()
        return watch is not None and watch.changed()

    def mark_seen(self) -> None:
        """A refresh is starting: what is committed now will be shown, so it is not a
        change any more (the window's own writes never make it refresh twice)."""
        watch = self._opened()
        if watch is not None:
            watch.mark_seen()

    def close(self) -> None:
        with self._opening:
            self._closed = True
            watch, self._watch = self._watch, None
        if watch is not None:
            watch.close()
