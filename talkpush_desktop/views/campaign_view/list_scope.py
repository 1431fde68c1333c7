"""What the left pane has chosen: campaign, folder, label, search and filters, as one value."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication

from talkpush_desktop.engine.candidates.filters import CandidateFilter
from talkpush_desktop.engine.candidates.folders import parse_folder
from talkpush_desktop.views.campaign_view.vocabulary import folder_text, label_text
from talkpush_desktop.views.widgets.formatting import count_text

DEFAULT_FOLDER = "Inbox"


@dataclass(frozen=True, slots=True)
class Refinements:
    """The filter panel's criteria; they narrow whatever the list shows.

    Dates are the recruiter's calendar days, both inclusive.
    """

    source: str | None = None
    added_from: date | None = None
    added_to: date | None = None
    completed: bool | None = None
    labels: tuple[str, ...] = ()

    @property
    def active(self) -> int:
        """How many criteria are set (shown on the panel's toggle)."""
        dates = self.added_from is not None or self.added_to is not None
        set_ = (self.source, dates, self.completed is not None, self.labels)
        return sum(1 for value in set_ if value)

    def with_(self, **changes: object) -> Refinements:
        return replace(self, **changes)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class ListScope:
    """The candidate list's scope.

    A recruiter browses one folder of a campaign (or of all campaigns). Searching or picking a
    label looks for people across every folder of that campaign, so a candidate searched by
    name or ID is found whichever folder they sit in.
    """

    campaign_id: int | None = None
    folder: str = DEFAULT_FOLDER
    label: str | None = None
    search: str = ""
    refine: Refinements = Refinements()
    candidate_set: int | None = None  # the candidates behind an analytics figure
    set_title: str = ""
    set_size: int = 0  # how many the set holds (sets never change)

    @property
    def across_folders(self) -> bool:
        return bool(self.search.strip() or self.label or self.candidate_set is not None)

    @property
    def narrowed(self) -> bool:
        """True when the list is not simply a whole folder (so its folder count is not the
        list's count)."""
        return self.across_folders or bool(self.refine.active)

    def to_filter(self) -> CandidateFilter:
        r = self.refine
        labels = ((self.label,) if self.label else ()) + r.labels
        return CandidateFilter(
            campaign_id=self.campaign_id,
            folder=None if self.across_folders else parse_folder(self.folder),
            labels=tuple(dict.fromkeys(labels)),
            source=r.source,
            added_from=_day_start(r.added_from),
            added_to=_day_start(r.added_to + timedelta(days=1) if r.added_to else None),
            completed=r.completed,
            search=self.search.strip(),
            candidate_set=self.candidate_set,
        )

    def with_(self, **changes: object) -> ListScope:
        return replace(self, **changes)  # type: ignore[arg-type]

    @property
    def whole_set(self) -> bool:
        """True when the list is an analytics set, not narrowed further (its size is known)."""
        narrowed = self.campaign_id or self.search.strip() or self.refine.active
        return self.candidate_set is not None and not narrowed

    @property
    def whole_label(self) -> bool:
        """True when the list is a label's candidates, not narrowed further (the engine
        counts them exactly, off the UI thread)."""
        narrowed = self.search.strip() or self.refine.active or self.candidate_set is not None
        return bool(self.label) and not narrowed

    @property
    def banner(self) -> str:
        """What the list shows (in full) above it: the analytics figure it came from."""
        return self.set_title if self.candidate_set is not None else ""

    def title(self) -> str:
        """The heading above the list ("Inbox", "Search results", the label name, or the
        analytics figure the list was opened from)."""
        if self.candidate_set is not None:
            return QCoreApplication.translate("ListScope", "Analytics")
        if self.search.strip() and self.label:
            return QCoreApplication.translate("ListScope", "Search results · {label}").format(
                label=label_text(self.label)
            )
        if self.search.strip():
            return QCoreApplication.translate("ListScope", "Search results")
        if self.label:
            return label_text(self.label)
        return folder_text(self.folder)


def heading_texts(
    scope: ListScope,
    *,
    labelled: int | None,
    shown: int,
    exhausted: bool,
    folder_count: Callable[[str], int],
) -> tuple[str, str]:
    """The list heading's count and the text of an empty list, for ``scope``.

    ``labelled`` is the background count of a whole label (None when not counted),
    ``shown`` and ``exhausted`` what the list has loaded, ``folder_count`` a folder's count.
    """
    if scope.whole_set:
        count = _candidates(scope.set_size)
        empty = QCoreApplication.translate(
            "ListScope", "These candidates are no longer in the workspace."
        )
    elif labelled is not None:
        count = _candidates(labelled)
        empty = QCoreApplication.translate("ListScope", "Nobody carries the label {label}.").format(
            label=label_text(scope.label or "")
        )
    elif scope.narrowed:
        more = "" if exhausted else "+"
        count = QCoreApplication.translate("ListScope", "{count} found").format(
            count=count_text(shown) + more
        )
        empty = QCoreApplication.translate(
            "ListScope", "Nobody matches. Try a name, email, phone number or candidate ID."
        )
        if not scope.across_folders:
            empty = QCoreApplication.translate(
                "ListScope", "Nobody in {folder} matches these filters."
            ).format(folder=folder_text(scope.folder))
    else:
        count = _candidates(folder_count(scope.folder))
        empty = QCoreApplication.translate("ListScope", "No candidates in {folder}.").format(
            folder=folder_text(scope.folder)
        )
    return count, empty


def _candidates(n: int) -> str:
    if n == 1:
        return QCoreApplication.translate("ListScope", "1 candidate")
    return QCoreApplication.translate("ListScope", "{count} candidates").format(count=count_text(n))


def _day_start(day: date | None) -> datetime | None:
    return datetime.combine(day, time()) if day is not None else None
