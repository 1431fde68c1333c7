"""A hand-made history where same-day rates would exceed 100 % and cohort rates do not.

The seed: "Participation Rate: completed / invited", "Pass Rate: shortlisted / completed".
As cohort rates over the frame 1-3 March 2025 (UTC), worked out by hand:

* 1 Mar: one, two and three are invited. 2 Mar: four is invited.
* one, two and four complete on 2 Mar; three completes on 4 Mar (after the frame).
* one is shortlisted on 2 Mar, two on 3 Mar, four on 4 Mar (after the frame).

Participation: the 1 Mar cohort {one, two, three} has two completed by 3 Mar: 2/3; the
2 Mar cohort {four}: 1/1. (Same-day division gave 2 Mar 3 completions / 1 invitation = 300 %.)
Pass: the 2 Mar cohort of first completions {one, two, four} has two shortlisted by 3 Mar:
2/3. Weekly (Sat 1 - Sun 2, Mon 3): participation (2 + 1) / (3 + 1), pass 2/3.
"""

from __future__ import annotations

from datetime import date, datetime

from talkpush_desktop.engine.candidates import activity
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.storage.models import Action, Folder

MAR1, MAR2, MAR3 = date(2025, 3, 1), date(2025, 3, 2), date(2025, 3, 3)
PARTICIPATION = [2 / 3, 1.0, None]
PASS = [None, 2 / 3, None]


def build(ws: Workspace, campaign_id: int) -> dict[str, int]:
    """Write the history into ``ws``; candidate ids by first name."""
    ids = {
        name: ws.intake.add_candidate(campaign_id, first_name=name, email=f"{name}@example.com")
        for name in ("one", "two", "three", "four")
    }
    events = [
        ("one", Action.INVITED, datetime(2025, 3, 1, 9), None),
        ("two", Action.INVITED, datetime(2025, 3, 1, 9), None),
        ("three", Action.INVITED, datetime(2025, 3, 1, 9), None),
        ("four", Action.INVITED, datetime(2025, 3, 2, 9), None),
        ("one", Action.COMPLETED, datetime(2025, 3, 2, 10), None),
        ("two", Action.COMPLETED, datetime(2025, 3, 2, 11), None),
        ("four", Action.COMPLETED, datetime(2025, 3, 2, 12), None),
        ("three", Action.COMPLETED, datetime(2025, 3, 4, 10), None),
        ("one", Action.MOVED, datetime(2025, 3, 2, 15), Folder.SHORTLISTED),
        ("two", Action.MOVED, datetime(2025, 3, 3, 15), Folder.SHORTLISTED),
        ("four", Action.MOVED, datetime(2025, 3, 4, 15), Folder.SHORTLISTED),
    ]
    with ws.transaction() as s:
        activity.record(
            s,
            [
                activity.Event(
                    ws.company_id,
                    campaign_id,
                    ids[name],
                    action,
                    at,
                    user_id=ws.user_id if to else None,
                    to_folder=to.value if to else None,
                )
                for name, action, at, to in events
            ],
        )
    return ids
