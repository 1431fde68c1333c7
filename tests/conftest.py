"""Shared fixtures: every test gets a fresh workspace copied from a migrated template.

The backend is SQLite (a file copied from a template file) unless ``--database postgresql``
or ``TALKPUSH_TEST_DATABASE=postgresql`` selects PostgreSQL: then one throwaway server is
started per test process and each test's workspace is a new database made from a migrated
template database (``support.pg_workspaces``). Tests marked ``sqlite_only(reason)`` are
skipped there.
"""

from __future__ import annotations

import functools
import gc
import http.server
import os
import shutil
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The app's own settings and default data folder go to a fresh home per test process (and the
# commands the tests start): a run never reads or writes the user's, and starts as on a new
# machine whatever an earlier run or the app left behind.
_HOME = Path(tempfile.mkdtemp(prefix="talkpush-tests-home-"))
os.environ["XDG_CONFIG_HOME"] = str(_HOME / "config")
os.environ["XDG_DATA_HOME"] = str(_HOME / "data")
# Reference cycles are collected on the main thread only, between tests (as the window does
# on its GUI thread, views.widgets.gui_thread_gc): one collected by a worker thread could free
# a Qt object of an earlier test there ("Timers cannot be stopped from another thread").
gc.disable()

from support import pg_workspaces  # noqa: E402
from support.memory_keyring import MemoryKeyring  # noqa: E402
from support.two_companies import TwoCompanies  # noqa: E402
from support.two_companies import build as build_two_companies  # noqa: E402

from talkpush_desktop.engine.dto import CampaignInfo  # noqa: E402
from talkpush_desktop.engine.workspace import DB_FILE, Workspace  # noqa: E402
from talkpush_desktop.views.widgets.gui_thread_gc import collect_by_thresholds  # noqa: E402


def pytest_addoption(parser: pytest.Parser) -> None:
    pg_workspaces.add_option(parser)


def pytest_configure(config: pytest.Config) -> None:
    pg_workspaces.configure(config)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    pg_workspaces.skip_sqlite_only(config, items)


def pytest_sessionfinish(session: pytest.Session) -> None:
    pg_workspaces.finish()
    shutil.rmtree(_HOME, ignore_errors=True)


@pytest.fixture(autouse=True)
def _cycles_collected_here() -> Iterator[None]:
    """After each test, what the automatic collector would have collected, on this thread."""
    yield
    collect_by_thresholds()


@pytest.fixture(scope="session")
def template_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated, empty workspace built once per test session."""
    folder = tmp_path_factory.mktemp("template")
    Workspace.open(data_dir=folder).close()
    return folder


@pytest.fixture
def workspace_dir(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """The folder of this test's workspace. On PostgreSQL it holds no database: the test's
    database (``database_url``) is what ``Workspace.open(data_dir=folder)`` and the command
    line (``TALKPUSH_DATABASE_URL``) open for it."""
    folder = tmp_path / "ws"
    folder.mkdir()
    if not pg_workspaces.selected(request.config):
        template = request.getfixturevalue("template_dir")
        shutil.copy(template / DB_FILE, folder / DB_FILE)
        yield folder
        return
    with pg_workspaces.workspace_database(folder, monkeypatch) as _url:
        yield folder


@pytest.fixture
def database_url(request: pytest.FixtureRequest, workspace_dir: Path) -> str | None:
    """The URL of this test's workspace database on PostgreSQL; None on SQLite."""
    return pg_workspaces.url_of(workspace_dir)


@pytest.fixture
def on_postgres(request: pytest.FixtureRequest) -> bool:
    """Whether this run uses PostgreSQL workspaces."""
    return pg_workspaces.selected(request.config)


@pytest.fixture
def ws(workspace_dir: Path) -> Iterator[Workspace]:
    workspace = Workspace.open(data_dir=workspace_dir)
    yield workspace
    workspace.close()


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Secrets go to an in-memory keyring backend for the test (as on a desktop)."""
    import keyring

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def campaign(ws: Workspace) -> CampaignInfo:
    return ws.campaigns.create("Customer Service - Manila", hotline_country="PH")


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture
def sheet_server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A real HTTP server on 127.0.0.1 publishing ``sheet.csv`` from a folder."""
    folder = tmp_path / "published"
    folder.mkdir()
    handler = functools.partial(_Quiet, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/sheet.csv", folder / "sheet.csv"
    server.shutdown()
    server.server_close()


@pytest.fixture
def two_companies(workspace_dir: Path) -> TwoCompanies:
    """Two look-alike companies in one workspace (``support.two_companies``)."""
    return build_two_companies(workspace_dir)
