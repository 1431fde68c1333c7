"""``sheets add|list|poll|remove`` as a user's shell runs them, against a sheet served by
a real HTTP server on 127.0.0.1: a row appended becomes an invited candidate on the next
poll, once; a bad sheet is one error line and registers nothing."""

from __future__ import annotations

from pathlib import Path

from tests.integration.test_cli_company_campaigns import _fails, _run
from tests.support.cli import run_process

HEADER = "Timestamp,Full name,Email,Phone\n"


def _rows(first: int, last: int) -> str:
    return "".join(
        f"11/2{i}/2026 10:00:00,Person {i},p{i}@example.com,\n" for i in range(first, last)
    )


def test_sheets_add_poll_list_remove(workspace_dir: Path, sheet_server: tuple[str, Path]) -> None:
    url, published = sheet_server
    _run(workspace_dir, "campaigns", "create", "Sheet intake")
    assert "could not be downloaded" in _fails(
        workspace_dir, "sheets", "add", url, "--campaign", "Sheet intake"
    )
    published.write_text("Email,Full name\n", encoding="utf-8")
    assert "column" in _fails(workspace_dir, "sheets", "add", url, "--campaign", "Sheet intake")
    assert _run(workspace_dir, "sheets", "list") == []
    published.write_text(HEADER + _rows(0, 2), encoding="utf-8")
    added = _run(workspace_dir, "sheets", "add", url, "--campaign", "Sheet intake", "--every", "10")
    sheet = added["id"]
    assert added["data_rows"] == 2 and added["columns"][2]["field"] == "Email"
    first = _run(workspace_dir, "sheets", "poll", str(sheet))
    assert {k: first[k] for k in ("imported", "already_imported", "rejected", "invited")} == {
        "imported": 2,
        "already_imported": 0,
        "rejected": 0,
        "invited": 2,
    }
    published.write_text(
        HEADER + _rows(0, 3) + "11/29/2026 10:00:00,No Contact,,\n", encoding="utf-8"
    )
    second = _run(workspace_dir, "sheets", "poll")
    assert (second["imported"], second["already_imported"], second["rejected"]) == (1, 2, 1)
    assert second["invited"] == 1
    again = _run(workspace_dir, "sheets", "poll", str(sheet))
    assert (again["imported"], again["invited"]) == (0, 0)
    [listed] = _run(workspace_dir, "sheets", "list")
    assert listed["id"] == sheet and listed["every_minutes"] == 10
    assert listed["rows_imported"] == 3 and listed["status"] == "ok" and listed["last_poll_at"]
    found = _run(workspace_dir, "candidates", "list")
    assert len(found["items"] if isinstance(found, dict) else found) == 3
    assert "no sheet" in _fails(workspace_dir, "sheets", "poll", "99")
    done = run_process("--data-dir", str(workspace_dir), "sheets", "remove", str(sheet))
    assert done.returncode == 0, done.stderr
    assert _run(workspace_dir, "sheets", "list") == []
