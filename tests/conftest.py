"""Shared fixtures: every test gets a fresh SQLite workspace copied from a migrated template."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from support.memory_keyring import MemoryKeyring  # noqa: E402
from support.two_companies import TwoCompanies  # noqa: E402
from support.two_companies import build as build_two_companies  # noqa: E402

from talkpush_desktop.engine.dto import CampaignInfo  # noqa: E402
from talkpush_desktop.engine.workspace import DB_FILE, Workspace  # noqa: E402


@pytest.fixture(scope="session")
def template_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated, empty workspace built once per test session."""
    folder = tmp_path_factory.mktemp("template")
    Workspace.open(data_dir=folder).close()
    return folder


@pytest.fixture
def workspace_dir(tmp_path: Path, template_dir: Path) -> Path:
    folder = tmp_path / "ws"
    folder.mkdir()
    shutil.copy(template_dir / DB_FILE, folder / DB_FILE)
    return folder


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
