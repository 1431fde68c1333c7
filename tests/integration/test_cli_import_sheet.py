"""``import sheet URL``: download a published sheet over HTTP and import only new rows."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from talkpush_desktop.cli.main import main

HEADER = "Timestamp,Full name,Email,Phone\n"


def _rows(first: int, last: int) -> str:
    return "".join(
        f"11/2{i % 10}/2026 10:00:00,Person {i},p{i}@example.com,\n" for i in range(first, last)
    )


def _import(capsys: pytest.CaptureFixture[str], workspace_dir: Path, url: str) -> dict[str, int]:
    code = main(
        ["--data-dir", str(workspace_dir), "import", "sheet", url, "--campaign", "1", "--json"]
    )
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def test_reimporting_a_published_sheet_adds_only_rows_added_since(
    capsys: pytest.CaptureFixture[str],
    workspace_dir: Path,
    sheet_server: tuple[str, Path],
) -> None:
    url, published = sheet_server
    main(["--data-dir", str(workspace_dir), "campaigns", "create", "Sheet intake"])
    capsys.readouterr()
    published.write_text(HEADER + _rows(0, 3), encoding="utf-8")
    assert _import(capsys, workspace_dir, url)["imported"] == 3
    published.write_text(HEADER + _rows(0, 5), encoding="utf-8")
    second = _import(capsys, workspace_dir, url)
    assert (second["imported"], second["already_imported"]) == (2, 3)
    assert second["invited"] == 2  # sheet sign-ups are invited (by email here), once each


def test_an_unreachable_sheet_is_a_one_line_error(
    capsys: pytest.CaptureFixture[str], workspace_dir: Path, sheet_server: tuple[str, Path]
) -> None:
    url, _published = sheet_server  # nothing published: 404
    main(["--data-dir", str(workspace_dir), "campaigns", "create", "Sheet intake"])
    code = main(["--data-dir", str(workspace_dir), "import", "sheet", url, "--campaign", "1"])
    _out, err = capsys.readouterr()
    assert code == 2
    assert err.strip().count("\n") == 0 and "could not be downloaded" in err
    assert not list((workspace_dir / "downloads").glob("*.csv"))
