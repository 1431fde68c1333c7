"""Files a recruiter attaches to a candidate (a CV), copied into the workspace folder.

The workspace keeps its own copy, so the profile still opens the CV after the original is
moved or deleted; the stored name is relative to the workspace folder.
"""

from __future__ import annotations

import secrets
import shutil
from pathlib import Path

from talkpush_desktop.engine.errors import ValidationError
from talkpush_desktop.storage.private_files import make_private_folder

CV_FOLDER = "cvs"
CV_MAX_BYTES = 20 * 1024 * 1024
CV_SUFFIXES = (".pdf", ".doc", ".docx", ".odt", ".rtf", ".txt", ".png", ".jpg", ".jpeg")


def store_cv(data_dir: Path, source: Path) -> str:
    """Copy ``source`` into ``data_dir/cvs``; returns the stored name (relative).

    Raises ValidationError for a missing, empty, too large or unexpected file.
    """
    if not source.is_file():
        raise ValidationError(f"cv: {source.name or source} is not a file")
    size = source.stat().st_size
    if size == 0 or size > CV_MAX_BYTES:
        raise ValidationError(f"cv: {source.name} must be between 1 byte and 20 MB")
    if source.suffix.lower() not in CV_SUFFIXES:
        raise ValidationError(f"cv: {source.name} is not a {', '.join(CV_SUFFIXES)} file")
    folder = data_dir / CV_FOLDER
    make_private_folder(folder)
    name = f"{secrets.token_hex(4)}-{source.name}"
    try:
        shutil.copyfile(source, folder / name)
    except OSError as exc:
        raise ValidationError(f"cv: {source.name} could not be copied ({exc})") from exc
    return f"{CV_FOLDER}/{name}"


def discard(data_dir: Path, stored: str) -> None:
    """Remove a stored copy again (the candidate it was for was not added)."""
    if stored:
        (data_dir / stored).unlink(missing_ok=True)
