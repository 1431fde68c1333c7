"""`talkpush-desktop screenshot OUT.png` renders the window (demo data if empty)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from talkpush_desktop.cli.main import main


def test_screenshot_command_writes_the_requested_size(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], qapp: object
) -> None:
    out = tmp_path / "shot.png"
    code = main(
        [
            "--data-dir",
            str(tmp_path / "ws"),
            "screenshot",
            str(out),
            "--size",
            "1200x800",
            "--candidate",
            "5",
        ]
    )
    assert code == 0
    assert capsys.readouterr().out.strip() == str(out)
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1200, 800)


def test_bad_size_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        main(["--data-dir", str(tmp_path), "screenshot", str(tmp_path / "x.png"), "--size", "big"])


def test_an_unknown_language_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(
            ["--data-dir", str(tmp_path), "screenshot", str(tmp_path / "x.png"), "--language", "pt"]
        )
    assert exit_info.value.code == 2
    assert "--language" in capsys.readouterr().err
