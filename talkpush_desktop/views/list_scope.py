"""What the left pane has chosen: campaign, folder, label and search, as one value."""

from __future__ import annotations

from dataclasses import dataclass, replace

from talkpush_desktop.engine.filters import CandidateFilter
from talkpush_desktop.engine.folders import parse_folder

DEFAULT_FOLDER = "Inbox"


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

    @property
    def across_folders(self) -> bool:
        return bool(self.search.strip() or self.label)

    def to_filter(self) -> CandidateFilter:
        return CandidateFilter(
            campaign_id=self.campaign_id,
            folder=None if self.across_folders else parse_folder(self.folder),
            labels=(self.label,) if self.label else (),
            search=self.search.strip(),
        )

    def with_(self, **changes: object) -> ListScope:
        return replace(self, **changes)  # type: ignore[arg-type]

    def title(self) -> str:
        """The heading above the list ("Inbox", "Search results", or the label name)."""
        if self.search.strip() and self.label:
            return f"Search results \N{MIDDLE DOT} {self.label}"
        if self.search.strip():
            return "Search results"
        if self.label:
            return self.label
        return self.folder
