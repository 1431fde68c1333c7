"""The Linux desktop entry and the app icon the window and the entry use."""

from __future__ import annotations

import configparser
import shutil
import subprocess

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage
from PySide6.QtSvg import QSvgRenderer
from pytestqt.qtbot import QtBot

from talkpush_desktop.engine.workspace import Workspace
from talkpush_desktop.views.app import APP_ICON, build_window
from talkpush_desktop.views.style import ICONS_DIR, RESOURCES_DIR

ENTRY = RESOURCES_DIR / "talkpush-desktop.desktop"
ROOT = RESOURCES_DIR.parent


def _entry() -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(ENTRY, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def test_the_desktop_entry_launches_the_app_with_its_icon() -> None:
    entry = _entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Talkpush Desktop"
    assert entry["Comment"]
    assert entry["Exec"] == "talkpush-desktop"
    assert entry["Icon"] == APP_ICON == ENTRY.stem
    assert entry["Categories"] == "Office;"
    assert entry["Terminal"] == "false"
    assert entry["StartupWMClass"] == "talkpush-desktop"


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="no desktop-file-utils")
def test_the_desktop_entry_passes_desktop_file_validate() -> None:
    done = subprocess.run(
        ["desktop-file-validate", str(ENTRY)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_icon_is_an_svg_with_a_256_px_png_rendered_from_it() -> None:
    svg = QSvgRenderer(str(ICONS_DIR / f"{APP_ICON}.svg"))
    assert svg.isValid()
    assert (svg.defaultSize().width(), svg.defaultSize().height()) == (256, 256)
    png = QImage(str(ICONS_DIR / f"{APP_ICON}.png"))
    assert (png.width(), png.height()) == (256, 256)
    assert png.pixelColor(0, 0).alpha() == 0  # transparent corner, opaque tile
    assert png.pixelColor(128, 30).alpha() == 255


def test_the_packaged_app_ships_the_entry_and_icons() -> None:
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert '*tree(root / "resources", "resources"),' in spec  # every file, i18n too
    assert ENTRY.is_relative_to(RESOURCES_DIR) and ICONS_DIR.is_relative_to(RESOURCES_DIR)


def test_the_window_shows_the_app_icon(qtbot: QtBot, ws: Workspace, settings: QSettings) -> None:
    window, _switcher = build_window(ws, settings)
    qtbot.addWidget(window)
    shown = window.windowIcon().pixmap(64).toImage()
    assert (shown.width(), shown.height()) == (64, 64)
    tile = shown.pixelColor(32, 10)  # the blue tile above the white bubble
    assert tile.alpha() == 255 and tile.blue() > 180 > tile.red()
