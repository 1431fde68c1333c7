"""The installable app: ``build.spec`` builds the one-folder bundle, and its binary, started on
a fresh data folder with Qt offscreen, makes the demo workspace and renders the window as the
source checkout does (README "An installable app"). Slow: the build takes minutes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from numpy.typing import NDArray
from PySide6.QtCore import QTranslator
from PySide6.QtGui import QImage
from PySide6.QtNetwork import QLocalSocket

from talkpush_desktop.views.single_instance import RAISE, server_name

pytestmark = [pytest.mark.slow, pytest.mark.bundle, pytest.mark.timeout(1800)]

ROOT = Path(__file__).resolve().parents[1]
APP = "talkpush-desktop"
BUILD_TIMEOUT_S = 1800
RUN_TIMEOUT_S = 300
SIZE = (1400, 860)
PANES = (0, 246, 612, 998, 1400)
"""The columns of the default layout: navigation, list, conversation, profile."""


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The bundle folder, built from this checkout by ``pyinstaller build.spec``."""
    where = tmp_path_factory.mktemp("bundle")
    command = [
        *(sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"),
        *("--distpath", str(where / "dist"), "--workpath", str(where / "work")),
        str(ROOT / "build.spec"),
    ]
    done = subprocess.run(
        command, cwd=where, capture_output=True, text=True, timeout=BUILD_TIMEOUT_S, check=False
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-6000:]
    yield where / "dist" / APP


def _clean_env(home: Path) -> dict[str, str]:
    """A user's session: no checkout on the path, a home of its own, Qt offscreen."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    home.mkdir(parents=True, exist_ok=True)
    return env | {
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "QT_QPA_PLATFORM": "offscreen",
    }


def _run(command: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=RUN_TIMEOUT_S, check=False
    )


def _pixels(png: Path) -> NDArray[np.uint8]:
    """The PNG as a height x width x RGB array."""
    image = QImage(str(png)).convertToFormat(QImage.Format.Format_RGB32)
    assert not image.isNull(), png
    width, height = image.width(), image.height()
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(height, image.bytesPerLine())
    return rows[:, : width * 4].reshape(height, width, 4)[:, :, 2::-1].copy()


def _colours(pixels: NDArray[np.uint8]) -> int:
    return len(np.unique(pixels.reshape(-1, 3), axis=0))


def test_the_bundle_holds_the_app_its_data_and_qt_plugins(bundle: Path, qapp: object) -> None:
    inside = bundle / "_internal"
    assert os.access(bundle / APP, os.X_OK)
    for name in ("offscreen", "xcb", "wayland"):
        assert (inside / "PySide6" / "Qt" / "plugins" / "platforms" / f"libq{name}.so").is_file()
    assert (inside / "certifi" / "cacert.pem").stat().st_size > 100_000
    versions = ROOT / "talkpush_desktop" / "storage" / "migrations" / "versions"
    shipped = inside / "talkpush_desktop" / "storage" / "migrations" / "versions"
    assert sorted(p.name for p in shipped.glob("*.py")) == sorted(
        p.name for p in versions.glob("*.py")
    )
    assert (inside / "talkpush_desktop" / "storage" / "migrations" / "env.py").is_file()
    resources = ROOT / "resources"
    for source in resources.rglob("*"):  # the style, icons, entry and i18n, as in the checkout
        if source.is_file():
            assert (inside / "resources" / source.relative_to(resources)).is_file(), source
    for ts in sorted((resources / "i18n").glob("*.ts")):  # compiled, newer than the source
        shipped = inside / "resources" / "i18n" / ts.name
        qm = shipped.with_suffix(".qm")
        assert qm.stat().st_mtime >= shipped.stat().st_mtime, qm
        translator = QTranslator()
        assert translator.load(str(qm)) and not translator.isEmpty(), qm
    assert (inside / "pocketsphinx" / "model" / "en-us").is_dir()
    assert not list(bundle.rglob("__pycache__"))


def test_the_binary_renders_the_demo_window_offscreen_on_a_fresh_folder(
    bundle: Path, tmp_path: Path
) -> None:
    data, shot = tmp_path / "fresh", tmp_path / "bundled.png"
    env = _clean_env(tmp_path / "home")
    done = _run([str(bundle / APP), "--data-dir", str(data), "screenshot", str(shot)], env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(shot)
    assert (data / "workspace.sqlite3").is_file()
    counts = _run([str(bundle / APP), "--data-dir", str(data), "counts", "--json"], env)
    assert counts.returncode == 0, counts.stderr
    assert '"Inbox"' in counts.stdout

    pixels = _pixels(shot)
    assert pixels.shape == (SIZE[1], SIZE[0], 3)
    assert _colours(pixels) > 2000  # text, avatars, labels: not a blank or flat window
    flat = pixels.reshape(-1, 3)
    _, counted = np.unique(flat, axis=0, return_counts=True)
    assert counted.max() / len(flat) < 0.8  # no one colour covers the window
    for left, right in zip(PANES, PANES[1:], strict=False):  # each pane has content
        assert _colours(pixels[:, left:right]) > 500, (left, right)

    # In Spanish: the shipped catalogues are found compiled (the bundle has no lrelease).
    spanish = tmp_path / "es.png"
    done = _run(
        [str(bundle / APP), "--data-dir", str(data), "screenshot", str(spanish)]
        + ["--language", "es"],
        env,
    )
    assert done.returncode == 0, done.stderr
    menus = (slice(0, 28), slice(0, 400))  # File, Edit, Tools, Settings, Help
    changed = np.abs(_pixels(spanish)[menus].astype(int) - pixels[menus].astype(int)) > 24
    assert changed.any(axis=2).mean() > 0.02

    # The same command from the checkout, on another fresh folder: the bundle renders what
    # the source does (style sheet, icons and fonts found), all but a clock or two.
    reference = tmp_path / "source.png"
    source = [sys.executable, "-m", "talkpush_desktop", "--data-dir", str(tmp_path / "src")]
    ran = _run([*source, "screenshot", str(reference)], env | {"PYTHONPATH": str(ROOT)})
    assert ran.returncode == 0, ran.stderr
    differs = np.abs(pixels.astype(int) - _pixels(reference).astype(int)).max(axis=2) > 24
    assert differs.mean() < 0.02


def test_the_bundled_xcb_plugin_loads_and_looks_for_an_x_display(
    bundle: Path, tmp_path: Path
) -> None:
    env = _clean_env(tmp_path / "home") | {"QT_QPA_PLATFORM": "xcb"}
    env = {k: v for k, v in env.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    done = _run([str(bundle / APP), "--data-dir", str(tmp_path / "ws")], env)
    assert done.returncode != 0  # no X server here: Qt gives up, nothing is opened
    assert "qt.qpa.xcb: could not connect to display" in done.stderr, done.stderr
    assert not (tmp_path / "ws").exists()


def _ask_to_raise(name: str) -> str:
    """What the instance listening on ``name`` answers a second launch ("" if none)."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(500):
        return ""
    socket.write(RAISE)
    reply = b""
    while not reply.endswith(b"\n") and socket.waitForReadyRead(2000):
        reply += bytes(socket.readAll().data())
    socket.abort()
    return reply.decode().strip()


def test_the_binary_opens_the_window_and_closes_it_on_sigterm(
    bundle: Path, tmp_path: Path, qapp: object
) -> None:
    data = tmp_path / "fresh"
    pipe = subprocess.PIPE
    env = _clean_env(tmp_path / "home")
    app = subprocess.Popen(
        [str(bundle / APP), "--data-dir", str(data)], env=env, stdout=pipe, stderr=pipe, text=True
    )
    try:
        name = server_name((data / "workspace.sqlite3").resolve())
        deadline, reply = time.monotonic() + RUN_TIMEOUT_S, ""
        while app.poll() is None and time.monotonic() < deadline:
            reply = _ask_to_raise(name)  # "PID no-window" while the demo is being made
            if reply.endswith(" window"):
                break
            time.sleep(0.5)
        assert reply == f"{app.pid} window"
        app.send_signal(signal.SIGTERM)  # closes the window as its close button does
        out, err = app.communicate(timeout=120)
    finally:
        if app.poll() is None:
            app.kill()
            app.communicate()
    assert app.returncode == 0, err
    assert (out, err) == ("", ""), (out, err)


def test_the_desktop_entry_installs_beside_the_bundle(bundle: Path, tmp_path: Path) -> None:
    for name in (f"{APP}.desktop", f"{APP}.svg", f"{APP}.png", "install-desktop-entry.sh"):
        assert (bundle / name).is_file(), name
    data = tmp_path / "share"
    done = _run(
        ["sh", str(bundle / "install-desktop-entry.sh")], os.environ | {"XDG_DATA_HOME": str(data)}
    )
    assert done.returncode == 0, done.stderr
    entry = data / "applications" / f"{APP}.desktop"
    lines = entry.read_text(encoding="utf-8").splitlines()
    assert f'Exec="{bundle / APP}"' in lines
    assert f"Icon={APP}" in lines
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP}.svg").is_file()
    assert (data / "icons" / "hicolor" / "256x256" / "apps" / f"{APP}.png").is_file()
    validate = _run(["desktop-file-validate", str(entry)], dict(os.environ))
    assert validate.returncode == 0, validate.stdout + validate.stderr
