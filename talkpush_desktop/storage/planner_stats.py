"""PostgreSQL's planner statistics kept up with a bulk write.

A large import into a young ``candidates`` table runs its contact look-ups with statistics
taken when the table was (nearly) empty, until autovacuum gets round to it: the planner
then serves ``company_id = ? AND email_key IN (...)`` from the trigram index of the search
(16 ms a key) instead of the ``(company_id, email_key)`` B-tree (microseconds). A writer
that adds many rows calls :meth:`StatsKeeper.refresh_if_stale` between its steps: at most
once a second it reads how many rows changed since the last ``ANALYZE`` and runs one when
that is more than a tenth of the table (as autovacuum would, only now). SQLite plans
without such statistics: nothing to do there.
"""

from __future__ import annotations

import time

from sqlalchemy import Engine

_CHECK_EVERY_S = 1.0
_MIN_CHANGED = 1000


class StatsKeeper:
    """Keeps one table's statistics fresh for the writer that owns this object."""

    def __init__(self, engine: Engine, table: str) -> None:
        self.engine, self.table = engine, table
        self.active = engine.dialect.name == "postgresql"
        self._checked = float("-inf")
        self.analyzed = 0  # how many times this keeper ran ANALYZE

    def refresh_if_stale(self) -> bool:
        """ANALYZE the table when it changed a lot since its statistics; whether it did."""
        now = time.monotonic()
        if not self.active or now - self._checked < _CHECK_EVERY_S:
            return False
        self._checked = now
        with self.engine.connect() as conn:
            row = conn.exec_driver_sql(
                "SELECT n_mod_since_analyze, n_live_tup FROM pg_stat_user_tables"
                " WHERE relname = %(table)s",
                {"table": self.table},
            ).first()
            if row is None or row[0] < _MIN_CHANGED + row[1] // 10:
                return False
            conn.exec_driver_sql(f"ANALYZE {self.table}")
            conn.commit()
        self.analyzed += 1
        return True
