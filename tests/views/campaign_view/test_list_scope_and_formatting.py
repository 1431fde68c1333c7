"""The list scope (what the left pane chose) and the window's text formats."""

from __future__ import annotations

from datetime import datetime

from talkpush_desktop.engine.candidates.folders import parse_folder
from talkpush_desktop.views.campaign_view.list_scope import ListScope
from talkpush_desktop.views.widgets.formatting import count_text, initials, long_date, short_time

NOW = datetime(2024, 3, 27, 15, 0)


def test_a_folder_scope_filters_by_folder() -> None:
    f = ListScope(campaign_id=3, folder="On Hold").to_filter()
    assert (f.campaign_id, f.folder, f.labels, f.search) == (3, parse_folder("On Hold"), (), "")


def test_search_and_labels_look_across_folders() -> None:
    searching = ListScope(folder="Hired", search="  maria ").to_filter()
    assert searching.folder is None and searching.search == "maria"
    labelled = ListScope(folder="Hired", label="Priority")
    assert labelled.to_filter().labels == ("Priority",)
    assert labelled.title() == "Priority"
    assert (
        ListScope(search="x", label="Priority").title() == "Search results \N{MIDDLE DOT} Priority"
    )


def test_short_time_reads_like_a_mail_list() -> None:
    assert short_time(datetime(2024, 3, 27, 9, 5), NOW) == "09:05"
    assert short_time(datetime(2024, 3, 25, 9, 5), NOW) == "Mon"
    assert short_time(datetime(2024, 1, 2), NOW) == "Jan 2"
    assert short_time(datetime(2023, 1, 2), NOW) == "Jan 2023"


def test_names_dates_and_counts() -> None:
    assert initials("Maria Santos") == "MS"
    assert initials("Dela-Cruz") == "DC"
    assert initials("  ") == "?"
    assert long_date(datetime(2024, 3, 27, 14, 5)) == "27 Mar 2024, 14:05"
    assert long_date(None) == "\N{EM DASH}"
    assert count_text(12345) == "12,345"
