"""``import preview`` and ``--map`` on the command line; ``candidates add --cv``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from talkpush_desktop.cli.main import main

FILE = "Nombre;Apellido;Correo;Movil\nAna;Cruz;ana@example.com;0917 123 4567\nJo;Lim;bad;\n"


def run(capsys: pytest.CaptureFixture[str], workspace_dir: Path, *args: str) -> tuple[int, str]:
    code = main(["--data-dir", str(workspace_dir), *args])
    out, err = capsys.readouterr()
    return code, out + err


@pytest.fixture
def csv_file(tmp_path: Path, workspace_dir: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    run(capsys, workspace_dir, "campaigns", "create", "CSR Manila", "--country", "PH")
    path = tmp_path / "odd.csv"
    path.write_text(FILE, encoding="utf-8")
    return path


def test_preview_json_shows_layout_mapping_and_row_problems(
    capsys: pytest.CaptureFixture[str], workspace_dir: Path, csv_file: Path
) -> None:
    code, out = run(
        capsys, workspace_dir, "import", "preview", str(csv_file), "--campaign", "1", "--json"
    )
    assert code == 0, out
    data = json.loads(out)
    assert (data["encoding"], data["delimiter"], data["data_rows"]) == ("utf-8", ";", 2)
    assert data["mapping"]["first_name"] == "Nombre"
    assert data["mapping"]["email"] == "Correo"
    assert data["mapping"]["phone"] == "Movil"
    assert data["rows"][0]["status"] == "OK"
    assert data["rows"][1]["problems"][0]["field"] == "email"
    code, out = run(capsys, workspace_dir, "candidates", "list", "--json")
    assert json.loads(out) == []  # nothing written


def test_map_overrides_the_guess_for_preview_and_import(
    capsys: pytest.CaptureFixture[str], workspace_dir: Path, csv_file: Path
) -> None:
    mapping = "first_name=Apellido,last_name=1,phone=4"
    code, out = run(
        capsys,
        workspace_dir,
        "import",
        "preview",
        str(csv_file),
        "--map",
        mapping,
        "--rows",
        "1",
        "--json",
    )
    assert code == 0, out
    data = json.loads(out)
    assert len(data["rows"]) == 1
    assert data["rows"][0]["values"]["first_name"] == "Cruz"
    code, out = run(
        capsys,
        workspace_dir,
        "import",
        "csv",
        str(csv_file),
        "--campaign",
        "CSR Manila",
        "--map",
        mapping,
        "--json",
    )
    assert code == 0, out
    assert json.loads(out)["imported"] == 1
    code, out = run(capsys, workspace_dir, "candidates", "list", "--json")
    [row] = json.loads(out)
    assert (row["first_name"], row["last_name"], row["phone"]) == ("Cruz", "Ana", "+639171234567")


def test_a_bad_map_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], workspace_dir: Path, csv_file: Path
) -> None:
    code, out = run(capsys, workspace_dir, "import", "preview", str(csv_file), "--map", "phone=Fax")
    assert code == 2
    assert out.strip() == (
        "talkpush-desktop: error: no column 'Fax' (columns: Nombre, Apellido, Correo, Movil)"
    )
    code, out = run(capsys, workspace_dir, "import", "preview", str(csv_file), "--map", "phone")
    assert (code, out.strip()) == (
        2,
        "talkpush-desktop: error: --map wants field=COLUMN, not 'phone'",
    )


def test_text_preview_lists_the_mapping(
    capsys: pytest.CaptureFixture[str], workspace_dir: Path, csv_file: Path
) -> None:
    code, out = run(capsys, workspace_dir, "import", "preview", str(csv_file))
    assert code == 0
    assert "First name           <- Nombre" in out
    assert "2 rows, 0 already imported, 2 new" in out


def test_manual_add_copies_the_cv_into_the_workspace(
    capsys: pytest.CaptureFixture[str], workspace_dir: Path, csv_file: Path, tmp_path: Path
) -> None:
    cv = tmp_path / "ana-cv.pdf"
    cv.write_bytes(b"%PDF-1.4 a CV")
    code, out = run(
        capsys,
        workspace_dir,
        "candidates",
        "add",
        "--campaign",
        "1",
        "--first-name",
        "Ana",
        "--email",
        "ana@example.com",
        "--cv",
        str(cv),
        "--json",
    )
    assert code == 0, out
    candidate_id = json.loads(out)["id"]
    code, out = run(capsys, workspace_dir, "candidates", "show", str(candidate_id))
    stored = json.loads(out)["cv_path"]
    assert stored.startswith("cvs/") and stored.endswith("-ana-cv.pdf")
    assert (workspace_dir / stored).read_bytes() == b"%PDF-1.4 a CV"
    cv.unlink()
    assert (workspace_dir / stored).is_file()
