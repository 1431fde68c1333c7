"""Several companies through the command line, as a user's shell runs it: ``companies add``
and ``companies list``, and ``--company ID_OR_NAME`` before any command scopes every list,
count, search, label, export and analytics figure to that company."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Any

import openpyxl
from support.cli import run_process
from support.two_companies import TITLE, Tenant, TwoCompanies

from talkpush_desktop.engine.timeutil import utcnow


def _json(folder: Path, *args: str) -> Any:
    result = run_process("--data-dir", str(folder), *args, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _fails(folder: Path, *args: str) -> str:
    result = run_process("--data-dir", str(folder), *args)
    assert result.returncode == 2, result.stdout
    [line] = result.stderr.splitlines()  # one line, no traceback
    assert line.startswith("talkpush-desktop: error: ")
    return line


def test_companies_are_added_and_listed(two_companies: TwoCompanies) -> None:
    folder = two_companies.folder
    added = _json(folder, "companies", "add", "Initech", "--timezone", "Europe/Paris")
    assert added["name"] == "Initech" and isinstance(added["id"], int)
    listed = _json(folder, "companies", "list")
    assert [(c["id"], c["name"]) for c in listed] == [
        (two_companies.a.id, "Acme"),
        (two_companies.b.id, "Globex"),
        (added["id"], "Initech"),
    ]
    assert "already exists" in _fails(folder, "companies", "add", "initech")
    assert "time zone" in _fails(folder, "companies", "add", "Hooli", "--timezone", "Nowhere")
    assert "unknown company 'Hooli'" in _fails(folder, "--company", "Hooli", "counts")
    labels = _json(folder, "--company", "Initech", "labels", "list")
    assert {x["name"] for x in labels} >= {"Duplicate"}
    assert _json(folder, "--company", str(added["id"]), "candidates", "list") == []


def _check(folder: Path, me: Tenant, other: Tenant, chosen: str, tmp_path: Path) -> None:
    scope = ("--company", chosen)
    rows = _json(folder, *scope, "candidates", "list")
    assert sorted(r["id"] for r in rows) == sorted(me.candidate_ids)
    found = _json(folder, *scope, "candidates", "list", "--search", "maria")
    assert found and {r["id"] for r in found} <= set(me.candidate_ids)
    assert _json(folder, *scope, "candidates", "list", "--search", other.own_name) == []
    dupes = _json(folder, *scope, "candidates", "list", "--label", "Duplicate")
    assert [r["id"] for r in dupes] == me.duplicates
    counts = _json(folder, *scope, "counts")
    assert sum(counts.values()) == len(me.candidate_ids) and counts["Shortlisted"] == 1
    names = {x["name"] for x in _json(folder, *scope, "labels", "list")}
    assert me.own_label in names and other.own_label not in names
    campaigns = _json(folder, *scope, "campaigns", "list")
    assert me.campaign_id in {c["id"] for c in campaigns}
    assert other.campaign_id not in {c["id"] for c in campaigns}
    out = tmp_path / f"{chosen}.xlsx"
    _json(folder, *scope, "export", "campaign", TITLE, str(out))
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    cells = {str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None}
    assert me.own_name in cells and other.own_name not in cells
    today = utcnow().date()
    frame = ("--from", str(today - timedelta(days=1)), "--to", str(today + timedelta(days=1)))
    board = _json(folder, *scope, "analytics", *frame)
    assert sum(board["overview"]["values"]["added"]) == len(me.candidate_ids)
    theirs = str(other.candidate_ids[0])
    assert theirs in _fails(folder, *scope, "candidates", "show", theirs)
    assert theirs in _fails(folder, *scope, "candidates", "move", theirs, "--to", "Hired")


def test_each_company_sees_only_its_own_data(two_companies: TwoCompanies, tmp_path: Path) -> None:
    folder, a, b = two_companies.folder, two_companies.a, two_companies.b
    _check(folder, a, b, "Acme", tmp_path)
    _check(folder, b, a, str(b.id), tmp_path)
    default = _json(folder, "counts")  # the quick read: the first company's counts
    assert default == _json(folder, "--company", "acme", "counts")
