"""Every list the window shows, engine against the SQL a person would write by hand.

Used by ``bench_engine.py``. Each list is a :class:`CandidateFilter` and a hand-written
query for the same rows (or count) on a plain ``sqlite3`` connection: the best SQL for the
schema, written from the schema, not the engine's SQL replayed. A label or saved set is
looked up by id before timing, as a person would.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from talkpush_desktop.engine.analytics import series as analytics
from talkpush_desktop.engine.candidates.filters import CandidateFilter
from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.storage.models import Folder

COLUMNS = (
    "c.id, c.campaign_id, c.first_name, c.last_name, c.email, c.phone, c.folder, c.source,"
    " c.added_at, c.completed_at, c.last_message_preview, c.unread,"
    " (SELECT group_concat(l.name, char(31)) FROM candidate_labels x"
    " JOIN labels l ON l.id = x.label_id WHERE x.candidate_id = c.id)"
)
SEARCH = "maria"
SEARCH_MATCH = '"maria"*'  # FTS5: the word as a prefix, in any indexed column
LABEL = "Priority"
AUTOMATIC = "Attempted"  # carried by most candidates
SOURCE = "Referral"


@dataclass(frozen=True)
class HandList:
    """One list: the engine's filter and the hand-written SQL for it.

    ``source`` is the FROM clause the hand-written page walks newest first by ``order``;
    ``count`` overrides the hand count when a maintained table answers it; ``ids_first``
    finds the page's ids first (an index gives the criteria) and then reads their rows;
    ``probed`` is a second way a person would write a searched page (the list's own index
    walked newest first, each row probed with the search's ids): the faster one is the
    baseline.
    """

    name: str
    filter: CandidateFilter
    where: tuple[str, ...]
    args: tuple[Any, ...]
    source: str = "candidates c"
    order: str = "c.id"
    count: tuple[str, tuple[Any, ...]] | None = None
    ids_first: bool = False
    extra: dict[str, Any] = field(default_factory=dict)
    probed: HandList | None = None

    def page_sql(self, limit: int) -> tuple[str, tuple[Any, ...]]:
        where = " AND ".join(self.where)
        if self.ids_first:  # e.g. the date index gives the range; its newest ids, then rows
            ids = f"SELECT {self.order} FROM {self.source} WHERE {where}"
            ids += f" ORDER BY {self.order} DESC LIMIT ?"
            sql = f"SELECT {COLUMNS} FROM candidates c WHERE c.id IN ({ids}) ORDER BY c.id DESC"
            return sql, (*self.args, limit)
        sql = (
            f"SELECT {COLUMNS} FROM {self.source} WHERE {where} ORDER BY {self.order} DESC LIMIT ?"
        )
        return sql, (*self.args, limit)

    def page_forms(self, limit: int) -> list[tuple[str, tuple[Any, ...]]]:
        """Every hand-written form of the page (the bench times each and keeps the best)."""
        forms = [self.page_sql(limit)]
        if self.probed is not None:
            forms.append(self.probed.page_sql(limit))
        return forms

    def count_sql(self) -> tuple[str, tuple[Any, ...]]:
        if self.count is not None:
            return self.count
        return f"SELECT count(*) FROM {self.source} WHERE {' AND '.join(self.where)}", self.args

    def searched(self) -> HandList:
        """The same list narrowed by the search box. The page walks the search index newest
        first; the count does too for a label or a set (probing each hit), else it probes
        the list's own index with the matching ids (index entries only, no rows read).
        Within a label or set most hits may fail the criteria: the page checks them on
        index entries (label links, the campaign's index) and reads only its rows."""
        where = ("s.candidate_search MATCH ?", *self._searchable_where())
        walked = " JOIN " in self.source  # a label's links or a set's members
        matching = "c.id IN (SELECT rowid FROM candidate_search WHERE candidate_search MATCH ?)"
        count_where = " AND ".join((*self.where, matching))
        count = (
            f"SELECT count(*) FROM candidates c WHERE {count_where}",
            (*self.args, SEARCH_MATCH),
        )
        if walked and len(self.where) == 1:  # the label or set alone: its links, probed
            table, key = self.where[0].split(" ")[0].split(".")
            table = {"cl": "candidate_labels", "m": "candidate_set_members"}[table]
            hits = "SELECT rowid FROM candidate_search WHERE candidate_search MATCH ?"
            count = (
                f"SELECT count(*) FROM {table} WHERE {key} = ? AND candidate_id IN ({hits})",
                (*self.args, SEARCH_MATCH),
            )
            walked = False
        return HandList(
            f"search + {self.name}",
            self.filter.with_(search=SEARCH),
            where,
            (SEARCH_MATCH, *self._searchable_args()),
            "candidate_search s JOIN candidates c ON c.id = s.rowid",
            "s.rowid",
            count=None if walked else count,
            ids_first=" JOIN " in self.source,
            probed=HandList(
                self.name,
                self.filter,
                (*self.where, f"{self.order} + 0 IN ({_HITS})"),
                (*self.args, SEARCH_MATCH),
                self.source,
                self.order,
            ),
        )

    def _searchable_where(self) -> tuple[str, ...]:
        # a walked label or set becomes a condition on the candidate
        swap = {
            "cl.label_id = ?": "EXISTS (SELECT 1 FROM candidate_labels x"
            " WHERE x.candidate_id = c.id AND x.label_id = ?)",
            "m.set_id = ?": "EXISTS (SELECT 1 FROM candidate_set_members y"
            " WHERE y.candidate_id = c.id AND y.set_id = ?)",
        }
        return tuple(swap.get(w, w) for w in self.where)

    def _searchable_args(self) -> tuple[Any, ...]:
        return self.args


_HITS = "SELECT rowid FROM candidate_search WHERE candidate_search MATCH ?"


def _when(at: datetime) -> str:
    """A datetime as SQLAlchemy stores it in SQLite."""
    return at.isoformat(" ", "microseconds")


def lists(ws: Workspace, conn: sqlite3.Connection) -> list[HandList]:
    """Every list kind over the demo workspace (a drill-down set is made for the set)."""
    company = ws.company_id
    campaign = ws.campaigns.all()[0].id
    label_id = conn.execute(
        "SELECT id FROM labels WHERE company_id = ? AND name = ?", (company, LABEL)
    ).fetchone()[0]
    automatic_id = conn.execute(
        "SELECT id FROM labels WHERE company_id = ? AND name = ?", (company, AUTOMATIC)
    ).fetchone()[0]
    newest = ws.candidates.page(CandidateFilter(), limit=1)[0].added_at
    start, end = newest - timedelta(days=30), newest + timedelta(days=1)
    today = newest.date()
    drill = analytics.Drill("overview", "shortlisted", today - timedelta(days=90), today)
    drilled = ws.candidates.drill_down(drill)
    f = CandidateFilter
    inbox, shortlisted = Folder.INBOX, Folder.SHORTLISTED
    label_walk = "candidate_labels cl JOIN candidates c ON c.id = cl.candidate_id"
    set_walk = "candidate_set_members m JOIN candidates c ON c.id = m.candidate_id"
    # a label within a campaign, counted from the smaller side: a rare label's links, or
    # the campaign's index probing the label's links for a label most candidates carry
    few_links = (
        "SELECT count(*) FROM candidate_labels cl CROSS JOIN candidates c"
        " ON c.id = cl.candidate_id WHERE cl.label_id = ? AND c.campaign_id = ?"
    )
    many_links = (
        "SELECT count(*) FROM candidates c CROSS JOIN candidate_labels cl"
        " ON cl.candidate_id = c.id AND cl.label_id = ? WHERE c.campaign_id = ?"
    )
    folder_total = "SELECT sum(count) FROM folder_counts WHERE campaign_id = ? AND folder = ?"
    return [
        HandList(
            "folder in a campaign",
            f(campaign_id=campaign, folder=inbox),
            ("c.campaign_id = ?", "c.folder = ?"),
            (campaign, inbox.value),
            count=(folder_total, (campaign, inbox.value)),
        ),
        HandList(
            "folder across campaigns",
            f(folder=shortlisted),
            ("c.company_id = ?", "c.folder = ?"),
            (company, shortlisted.value),
            count=("SELECT sum(count) FROM folder_counts WHERE folder = ?", (shortlisted.value,)),
        ),
        HandList(
            "one label across campaigns",
            f(labels=(LABEL,)),
            ("cl.label_id = ?",),
            (label_id,),
            label_walk,
            "cl.candidate_id",
            count=("SELECT count(*) FROM candidate_labels WHERE label_id = ?", (label_id,)),
        ),
        HandList(
            "one label within one campaign",
            f(campaign_id=campaign, labels=(LABEL,)),
            ("cl.label_id = ?", "c.campaign_id = ?"),
            (label_id, campaign),
            label_walk,
            "cl.candidate_id",
            count=(few_links, (label_id, campaign)),
        ),
        HandList(
            "automatic label (Attempted) within one campaign",
            f(campaign_id=campaign, labels=(AUTOMATIC,)),
            ("cl.label_id = ?", "c.campaign_id = ?"),
            (automatic_id, campaign),
            label_walk,
            "cl.candidate_id",
            count=(many_links, (automatic_id, campaign)),
        ),
        HandList(
            "source", f(source=SOURCE), ("c.company_id = ?", "c.source = ?"), (company, SOURCE)
        ),
        HandList(
            "campaign + source",
            f(campaign_id=campaign, source=SOURCE),
            ("c.campaign_id = ?", "c.source = ?"),
            (campaign, SOURCE),
        ),
        HandList(
            "folder + source",
            f(campaign_id=campaign, folder=inbox, source=SOURCE),
            ("c.campaign_id = ?", "c.folder = ?", "c.source = ?"),
            (campaign, inbox.value, SOURCE),
        ),
        HandList(
            "added in the last 30 days",
            f(added_from=start, added_to=end),
            ("c.company_id = ?", "c.added_at >= ?", "c.added_at < ?"),
            (company, _when(start), _when(end)),
            "candidates c INDEXED BY ix_candidates_company",  # recent days: newest first
            count=(
                "SELECT count(*) FROM candidates c"
                " WHERE c.company_id = ? AND c.added_at >= ? AND c.added_at < ?",
                (company, _when(start), _when(end)),
            ),
        ),
        HandList(
            "completed",
            f(completed=True),
            ("c.company_id = ?", "c.completed_at IS NOT NULL"),
            (company,),
        ),
        HandList(
            "Show All (whole company)",
            f(),
            ("c.company_id = ?",),
            (company,),
            count=("SELECT sum(count) FROM folder_counts", ()),
        ),
        HandList(
            "campaign, no folder",
            f(campaign_id=campaign),
            ("c.campaign_id = ?",),
            (campaign,),
            count=("SELECT sum(count) FROM folder_counts WHERE campaign_id = ?", (campaign,)),
        ),
        HandList(
            "drill-down set",
            f(candidate_set=drilled.set_id),
            ("m.set_id = ?",),
            (drilled.set_id,),
            set_walk,
            "m.candidate_id",
            count=(
                "SELECT count(*) FROM candidate_set_members WHERE set_id = ?",
                (drilled.set_id,),
            ),
        ),
    ]


def with_search(hand: list[HandList]) -> list[HandList]:
    """Each list narrowed by a search (the company-wide list: the plain search)."""
    return [h.searched() for h in hand]
