"""``import cvs FILE_OR_FOLDER... --campaign C --json`` as a real process: a folder of
generated CVs and a single file in one batch, the CVs needing review listed, bad input one
error line with nothing written, and the batch undone."""

from __future__ import annotations

import json
from pathlib import Path

from support.cli import run_process
from support.cv_samples import generate

from talkpush_desktop.engine.workspace import Workspace


def test_import_cvs_prints_the_batch_and_the_cvs_needing_review(
    workspace_dir: Path, tmp_path: Path
) -> None:
    with Workspace.open(data_dir=workspace_dir) as ws:
        ws.campaigns.create("CSR Manila", hotline_country="PH")
    samples = generate(tmp_path / "cvs", 12)
    extra = tmp_path / "walk-in.txt"
    extra.write_text("RESUME\nName: Ana Reyes\nana.reyes@example.com\n", encoding="utf-8")
    base = ("--data-dir", str(workspace_dir), "import")
    done = run_process(
        *base, "cvs", str(tmp_path / "cvs"), str(extra), "--campaign", "CSR Manila", "--json"
    )
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert answer["imported"] == 13
    no_phone = sorted(str(s.path) for s in samples if not s.phone) + [str(extra)]
    assert answer["needs_review"] == [{"file": f, "missing": ["phone"]} for f in no_phone]
    with Workspace.open(data_dir=workspace_dir) as ws:
        [batch] = ws.intake.batches()
        assert batch["id"] == answer["batch_id"] and batch["imported"] == 13
    undo = run_process(*base, "undo", str(answer["batch_id"]), "--json")
    assert json.loads(undo.stdout)["removed"] == 13


def test_an_unreadable_cv_is_one_error_line_and_nothing_is_written(
    workspace_dir: Path, tmp_path: Path
) -> None:
    with Workspace.open(data_dir=workspace_dir) as ws:
        ws.campaigns.create("CSR Manila", hotline_country="PH")
    generate(tmp_path / "cvs", 3)
    (tmp_path / "cvs" / "scan.pdf").write_bytes(b"\xff\xd8\xff\xe0 a JPEG, not a PDF \x00\x01")
    base = ("--data-dir", str(workspace_dir), "import", "cvs")
    for args, reason in [
        ((str(tmp_path / "cvs"),), '"scan.pdf": the file is not a PDF, DOC, DOCX'),
        ((str(tmp_path / "missing.docx"),), '"missing.docx": no such file or folder'),
    ]:
        done = run_process(*base, *args, "--campaign", "CSR Manila", "--json")
        assert done.returncode == 2
        assert done.stdout == ""
        assert done.stderr.startswith("talkpush-desktop: error: Cannot import ")
        assert reason in done.stderr and done.stderr.count("\n") == 1
    with Workspace.open(data_dir=workspace_dir) as ws:
        assert ws.intake.batches() == []
        assert not (workspace_dir / "cvs").exists() or not any((workspace_dir / "cvs").iterdir())
