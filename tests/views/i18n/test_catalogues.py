"""The translation catalogues are complete and follow the code: every string marked for
translation in the views is in every language's catalogue, with a finished translation."""

from __future__ import annotations

import importlib.util
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[3]


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "scripts" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TOOL = _tool()
CATALOGUES = [(room, code) for room in TOOL.ROOMS for code in TOOL.LANGUAGES]


def _entries(ts: Path) -> set[tuple[str, str]]:
    return {(context, message.findtext("source") or "") for context, message in TOOL.messages(ts)}


def test_every_room_ships_every_language() -> None:
    for room, code in CATALOGUES:
        assert TOOL.catalogue(room, code).exists(), f"{room}_{code}.ts is missing"


@pytest.mark.parametrize(("room", "code"), CATALOGUES)
def test_no_unfinished_entry(room: str, code: str) -> None:
    assert TOOL.unfinished(TOOL.catalogue(room, code)) == {}


@pytest.mark.parametrize(("room", "code"), CATALOGUES)
def test_placeholders_survive_translation(room: str, code: str) -> None:
    """A translation keeps the source's {fields} and %1-style arguments."""
    for _context, message in TOOL.messages(TOOL.catalogue(room, code)):
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        for token in _placeholders(source):
            assert token in translation, f"{room}_{code}: {source!r} lost {token}"


def _placeholders(text: str) -> set[str]:
    import re

    return set(re.findall(r"\{[a-z_0-9]*\}|%\d", text))


@pytest.mark.parametrize("room", list(TOOL.ROOMS))
def test_catalogues_follow_the_code(room: str, tmp_path: Path) -> None:
    """lupdate over today's code finds exactly the entries the catalogue holds."""
    ts = TOOL.catalogue(room, TOOL.LANGUAGES[0])
    fresh = tmp_path / ts.name
    shutil.copy(ts, fresh)
    sources = [str(path) for path in TOOL.room_sources(room)]
    import subprocess

    subprocess.run(
        [*TOOL.LUPDATE_FLAGS, *sources, "-ts", str(fresh)],
        check=True,
    )
    assert _entries(fresh) == _entries(ts), "run: .venv/bin/python scripts/i18n.py update"
    assert ET.parse(fresh).getroot().get("language") == TOOL.LANGUAGES[0]
