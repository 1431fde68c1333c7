"""Test workspaces on PostgreSQL (``--database postgresql`` or
``TALKPUSH_TEST_DATABASE=postgresql``): the conftest's hooks and ``workspace_dir`` use this.

Each test's workspace folder is tied to a new database copied from a migrated template
database (``CREATE DATABASE ... TEMPLATE``, far quicker than migrating each time):
``Workspace.open(data_dir=folder)`` without a URL opens that database, and command lines,
in this process or as subprocesses, get it from ``TALKPUSH_DATABASE_URL`` (the default of
``--database``). The database is dropped after the test.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from support import postgres_server
from talkpush_desktop.engine.workspace import Workspace

ENV = "TALKPUSH_TEST_DATABASE"
CLI_ENV = "TALKPUSH_DATABASE_URL"
CHOICES = ("sqlite", "postgresql")
NO_WORKSPACE = (
    "uses no test workspace (its own files or databases, or none): the first pass runs it"
)

_state: dict[str, str] = {}  # "backend" as chosen, "template" once made
_urls: dict[Path, str] = {}


def add_option(parser: pytest.Parser) -> None:
    parser.addoption(
        "--database",
        choices=CHOICES,
        default=None,
        help=f"the workspaces' backend (default: ${ENV} or sqlite); postgresql starts a server",
    )


def configure(config: pytest.Config) -> None:
    chosen = config.getoption("--database") or os.environ.get(ENV) or "sqlite"
    if chosen not in CHOICES:
        raise pytest.UsageError(f"{ENV} must be one of {', '.join(CHOICES)}, not {chosen!r}")
    _state["backend"] = chosen


def selected(_config: pytest.Config | None = None) -> bool:
    """Whether this run's workspaces are on PostgreSQL."""
    return _state.get("backend") == "postgresql"


def skip_sqlite_only(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not selected(config):
        return
    for item in items:
        marker = item.get_closest_marker("sqlite_only")
        if marker is not None:
            reason = marker.args[0] if marker.args else marker.kwargs.get("reason", "")
            item.add_marker(pytest.mark.skip(reason=f"SQLite only: {reason}"))
        elif "workspace_dir" not in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.skip(reason=NO_WORKSPACE))


def _server() -> str:
    try:
        return postgres_server.shared_url()
    except FileNotFoundError as exc:
        raise pytest.UsageError(f"--database postgresql: {exc}") from exc


def template_url() -> str:
    """The migrated, empty template database (made once per test process)."""
    if "template" not in _state:
        server = _server()
        url = postgres_server.new_database(server, prefix="tpl")
        with tempfile.TemporaryDirectory(prefix="talkpush-tpl-") as folder:
            Workspace.open(database_url=url, data_dir=folder).close()
        postgres_server.end_connections(server, url)
        _state["template"] = url
    return _state["template"]


def url_of(folder: Path) -> str | None:
    return _urls.get(Path(folder).resolve())


def _open_on_postgres(original: Any) -> Any:
    def open_(cls: type[Workspace], **kwargs: Any) -> Workspace:
        folder = kwargs.get("data_dir")
        if kwargs.get("database_url") is None and folder is not None:
            kwargs["database_url"] = url_of(Path(folder))
        return original(cls, **kwargs)

    return classmethod(open_)


@contextmanager
def workspace_database(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A new database for the workspace folder ``folder``, for the length of the block."""
    server = _server()
    template = postgres_server.database_name(template_url())
    url = postgres_server.new_database(server, template=template)
    _urls[folder.resolve()] = url
    monkeypatch.setenv(CLI_ENV, url)
    monkeypatch.setattr(Workspace, "open", _open_on_postgres(Workspace.open.__func__))
    try:
        yield url
    finally:
        _urls.pop(folder.resolve(), None)
        postgres_server.drop_database(server, url)


def finish() -> None:
    postgres_server.stop_shared()
