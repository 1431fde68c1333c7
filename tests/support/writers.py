"""One writer of the many-writers test: adds its share of candidates and moves candidates
between recruiter folders until a deadline, counting every error.

Threads call :func:`write`; a process runs ``python -m support.writers DIR CAMPAIGN PREFIX
COUNT SECONDS SEED`` and prints the same result as JSON.
"""

from __future__ import annotations

import json
import os
import random
import sys
import time
from pathlib import Path
from typing import Any

from talkpush_desktop.engine.workspace import Workspace

FOLDERS = ("Shortlisted", "On Hold", "Rejected", "Hired", "Inbox")


def email(prefix: str, i: int) -> str:
    return f"{prefix}-{i}@writers.example"


def write(
    ws: Workspace, campaign_id: int, prefix: str, count: int, *, seconds: float, seed: int
) -> dict[str, Any]:
    """Add ``count`` candidates (a move after every second add), then move until ``seconds``
    have passed since the start. Returns the ids added, the moves made and the errors."""
    rng = random.Random(seed)
    deadline = time.monotonic() + seconds
    added: list[int] = []
    errors: list[str] = []
    moves = 0
    while len(added) < count or time.monotonic() < deadline:
        try:
            if len(added) < count:
                added.append(
                    ws.intake.add_candidate(
                        campaign_id, first_name=prefix, email=email(prefix, len(added))
                    )
                )
                if len(added) % 2:
                    continue
            ws.candidates.move([rng.choice(added)], rng.choice(FOLDERS))
            moves += 1
        except Exception as exc:  # every failure counts, whatever it is
            errors.append(repr(exc))
            if len(errors) > 50:
                break
    return {"added": added, "moves": moves, "errors": errors}


if __name__ == "__main__":
    folder, campaign, prefix, count, seconds, seed = sys.argv[1:7]
    url = os.environ.get("TALKPUSH_DATABASE_URL") or None  # the PostgreSQL pass's database
    with Workspace.open(database_url=url, data_dir=Path(folder)) as workspace:
        result = write(
            workspace, int(campaign), prefix, int(count), seconds=float(seconds), seed=int(seed)
        )
    print(json.dumps(result))
