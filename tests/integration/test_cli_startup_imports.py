"""A command imports only what it uses, so the command line starts fast (no timing here:
``benchmarks/bench_cli.py`` measures it). Each case runs in a fresh interpreter."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from talkpush_desktop.engine.workspace import Workspace
from tests.support.cli import process_env

STORAGE = "talkpush_desktop.storage"
PROVIDERS_EXPORTS_AND_QT = ("twilio", "requests", "urllib3", "openpyxl", "PySide6", "alembic")
CONTACT_CHECKS = ("phonenumbers", "email_validator")  # imported when a contact is checked

PROBE = """
import contextlib, io, json, sys
from talkpush_desktop.cli.main import main
out = io.StringIO()
with contextlib.redirect_stdout(out):
    try:
        code = main(sys.argv[1:])
    except SystemExit as exc:
        code = exc.code
loaded = sorted(sys.modules)
print(json.dumps({"code": code, "out": out.getvalue(), "loaded": loaded}))
"""


def _loaded(*args: str) -> tuple[str, set[str]]:
    """Run ``talkpush-desktop ARGS...`` in a new interpreter: its output, the packages it
    loaded (top-level names, and ``talkpush_desktop.storage`` when any of it was)."""
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
        env=process_env(),
    )
    result = json.loads(done.stdout.splitlines()[-1])
    assert result["code"] == 0, done.stderr
    names = result["loaded"]
    storage = {STORAGE} if any(name.startswith(STORAGE) for name in names) else set()
    return result["out"], {name.split(".")[0] for name in names} | storage


def test_help_and_the_parser_load_no_database_provider_or_qt_code() -> None:
    out, loaded = _loaded("--help")
    assert "counts" in out
    assert loaded.isdisjoint({"sqlalchemy", STORAGE, *PROVIDERS_EXPORTS_AND_QT})
    out, loaded = _loaded("candidates", "list", "--help")
    assert "--limit" in out
    assert "sqlalchemy" not in loaded


@pytest.mark.sqlite_only(
    "counts reads a SQLite file without SQLAlchemy (a server database opens the workspace)"
)
def test_counts_reads_without_sqlalchemy_and_a_list_without_providers_exports_or_qt(
    workspace_dir: Path,
) -> None:
    with Workspace.open(data_dir=workspace_dir) as ws:
        ws.campaigns.create("A", hotline_country="PH")
    out, loaded = _loaded("--data-dir", str(workspace_dir), "counts", "--json")
    assert json.loads(out)["Inbox"] == 0
    assert loaded.isdisjoint({"sqlalchemy", *PROVIDERS_EXPORTS_AND_QT})  # plain sqlite3
    out, loaded = _loaded("--data-dir", str(workspace_dir), "counts", "--campaign", "A")
    assert "sqlalchemy" in loaded  # a campaign is looked up in the opened workspace
    assert loaded.isdisjoint(PROVIDERS_EXPORTS_AND_QT)
    out, loaded = _loaded(
        "--data-dir", str(workspace_dir), "candidates", "list", "--limit", "50", "--json"
    )
    assert json.loads(out) == []
    assert "sqlalchemy" in loaded
    assert loaded.isdisjoint({*PROVIDERS_EXPORTS_AND_QT, *CONTACT_CHECKS})
