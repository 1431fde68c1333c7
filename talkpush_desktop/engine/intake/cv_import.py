"""CVs dropped in bulk (Add Candidates ▸ CV upload, ``import cvs``): each file read, its name,
email and phone found (:mod:`.cv_fields`), then all of them stored as candidates of one
import batch that can be undone (:mod:`.import_batches`).

Two steps, so the window can show a review table in between: :func:`read_files` reads and
extracts (writing nothing; an unreadable file is an :class:`IntakeFileError` naming it),
:func:`import_entries` stores. A CV with an email or a phone becomes a candidate; one
without either cannot (the seed's rule) and, with any other field not found, is listed as
needing review. Word 97-2003 ``.doc`` files are read with antiword or LibreOffice when one
is installed, else refused with that reason.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from talkpush_desktop.engine.candidates import attachments
from talkpush_desktop.engine.candidates.insert import insert_drafts
from talkpush_desktop.engine.company import campaigns
from talkpush_desktop.engine.errors import ValidationError
from talkpush_desktop.engine.intake import cv_files
from talkpush_desktop.engine.intake.csv_source import IntakeFileError
from talkpush_desktop.engine.intake.cv_fields import CvFields, fields_of
from talkpush_desktop.engine.intake.row_mapping import (
    CandidateDraft,
    CandidateFields,
    check_fields,
)
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.storage.models import ImportBatch

if TYPE_CHECKING:
    from talkpush_desktop.engine.context import Context

CV_SUFFIXES = (".pdf", ".docx", ".doc", ".txt", ".rtf")
"""The files a folder is searched for."""
SOURCE = "CV upload"
FORMAT = "cv"
DOC_TIMEOUT = 60.0
"""Seconds a converter gets for one .doc file."""


@dataclass(frozen=True, slots=True)
class CvEntry:
    """One CV read: its file, what was found (editable before import) and its text."""

    file: Path
    fields: CvFields
    kind: str = ""
    text: str = field(default="", repr=False)

    @property
    def missing(self) -> list[str]:
        return self.fields.missing

    def with_fields(self, **changes: str) -> CvEntry:
        """The entry with fields the recruiter corrected (``email="..."``)."""
        return replace(self, fields=replace(self.fields, **changes))


@dataclass
class CvImportSummary:
    """``import cvs``'s answer."""

    batch_id: int
    imported: int
    needs_review: list[dict[str, Any]]

    def to_json(self) -> dict[str, Any]:
        return {
            "batch_id": self.batch_id,
            "imported": self.imported,
            "needs_review": self.needs_review,
        }


def cv_paths(targets: Iterable[Path | str]) -> list[Path]:
    """The files named, and the CV files inside the folders named (sorted, recursive);
    IntakeFileError for a path that does not exist."""
    found: list[Path] = []
    for target in map(Path, targets):
        if target.is_dir():
            found.extend(
                sorted(
                    p for p in target.rglob("*") if p.is_file() and p.suffix.lower() in CV_SUFFIXES
                )
            )
        elif target.is_file():
            found.append(target)
        else:
            raise IntakeFileError(target, "no such file or folder")
    return found


def read_file(path: Path, region: str) -> CvEntry:
    """Read one CV and find its fields; IntakeFileError says why it cannot be read."""
    try:
        data = path.read_bytes()
        cv = cv_files.read_cv(data, path.name)
    except OSError as exc:
        raise IntakeFileError(path, exc.strerror or str(exc)) from None
    except cv_files.CvRefused as exc:
        raise IntakeFileError(path, str(exc)) from None
    if cv.kind == "doc":
        cv = replace(cv, text=doc_text(path))
    return CvEntry(path, fields_of(cv.text, region), cv.kind, cv.text)


def read_files(
    paths: Sequence[Path],
    region: str,
    *,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    unreadable: Callable[[IntakeFileError], None] | None = None,
) -> list[CvEntry]:
    """:func:`read_file` for each path, in order, until the end or a cancel (the entries
    read so far are returned). An unreadable file raises, or with ``unreadable`` is
    handed to it and skipped."""
    entries: list[CvEntry] = []
    for done, path in enumerate(paths, start=1):
        if cancelled is not None and cancelled():
            break
        try:
            entries.append(read_file(path, region))
        except IntakeFileError as exc:
            if unreadable is None:
                raise
            unreadable(exc)
        if progress is not None:
            progress(done)
    return entries


def doc_text(path: Path) -> str:
    """The text of a Word 97-2003 file by antiword or LibreOffice; IntakeFileError when
    neither is installed or the converter fails."""
    antiword = shutil.which("antiword")
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if antiword is None and office is None:
        raise IntakeFileError(
            path, "a .doc file needs a converter (antiword or LibreOffice) and none is installed"
        )
    try:
        if antiword is not None:
            command = [antiword, "-w", "0", str(path)]
            done = subprocess.run(command, capture_output=True, timeout=DOC_TIMEOUT, check=False)
            if done.returncode == 0:
                return done.stdout.decode("utf-8", errors="replace")
        if office is None:
            raise IntakeFileError(path, "antiword could not read the .doc file")
        return _office_text(office, path)
    except (OSError, subprocess.SubprocessError) as exc:
        raise IntakeFileError(path, f"the .doc converter failed ({exc})") from None


def _office_text(office: str, path: Path) -> str:
    with tempfile.TemporaryDirectory(prefix="talkpush-doc-") as tmp:
        profile = Path(tmp, "profile").as_uri()  # its own profile: no lock on the user's
        command = [
            office,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "txt:Text (encoded):UTF8",
            "--outdir",
            tmp,
            str(path),
        ]
        subprocess.run(command, capture_output=True, timeout=DOC_TIMEOUT, check=False)
        out = Path(tmp, path.stem + ".txt")
        if not out.is_file():
            raise IntakeFileError(
                path,
                "LibreOffice could not convert the .doc file (is LibreOffice Writer installed?)",
            )
        return out.read_text(encoding="utf-8-sig", errors="replace")


def review_of(entries: Iterable[CvEntry]) -> list[dict[str, Any]]:
    """``[{file, missing}]`` for the entries with a field not found."""
    return [{"file": str(e.file), "missing": e.missing} for e in entries if e.missing]


def import_entries(
    ctx: Context, campaign_ref: str | int, entries: Sequence[CvEntry]
) -> CvImportSummary:
    """Store the entries with an email or a phone as candidates of one new import batch
    (their CV files kept with them, the text searchable); ValidationError naming the file
    and field when a corrected value is refused (nothing is stored then)."""
    with ctx.reading() as s:
        region = campaigns.resolve(s, ctx.company_id, campaign_ref).hotline_country
    chosen = [e for e in entries if e.fields.email or e.fields.phone]
    drafts = [_draft(e, region, n) for n, e in enumerate(chosen, start=1)]
    stored: list[str] = []
    try:
        for e in chosen:
            stored.append(cv_files.store(ctx.data_dir, _cv_of(e)))
        with ctx.transaction() as s:
            camp = campaigns.resolve(s, ctx.company_id, campaign_ref)
            now = utcnow()
            batch = ImportBatch(
                campaign_id=camp.id,
                user_id=ctx.user_id,
                source_format=FORMAT,
                file_name=_batch_name(entries),
                sheet_key="",
                status="done",
                imported=len(drafts),
                rows_read=len(entries),
                last_row=len(entries),
                rejected=len(entries) - len(drafts),
                started_at=now,
                finished_at=now,
            )
            s.add(batch)
            s.flush()
            extra = [
                {"cv_path": path, "cv_text": e.text[: cv_files.CV_TEXT_MAX]}
                for path, e in zip(stored, chosen, strict=True)
            ]
            insert_drafts(
                s, camp, drafts, at=now, user_id=ctx.user_id, batch_id=batch.id, extra=extra
            )
            batch_id = batch.id
    except BaseException:
        for path in stored:
            attachments.discard(ctx.data_dir, path)
        raise
    return CvImportSummary(batch_id, len(drafts), review_of(entries))


def _draft(entry: CvEntry, region: str, row: int) -> CandidateDraft:
    f = entry.fields
    checked = check_fields(
        CandidateFields(
            f.first_name.strip(), f.last_name.strip(), f.email.strip(), f.phone.strip()
        ),
        region,
        source=SOURCE,
        row=row,
    )
    if isinstance(checked, list):
        first = checked[0]
        raise ValidationError(f"{entry.file.name}: {first.field.replace('_', ' ')}: {first.reason}")
    return checked


def _cv_of(entry: CvEntry) -> cv_files.CvFile:
    try:
        data = entry.file.read_bytes()
    except OSError as exc:
        raise IntakeFileError(entry.file, exc.strerror or str(exc)) from None
    return cv_files.CvFile(entry.kind or cv_files.kind_of(data), data, entry.file.name, entry.text)


def _batch_name(entries: Sequence[CvEntry]) -> str:
    if len(entries) == 1:
        return str(entries[0].file)
    return f"{len(entries)} CVs"[:1000]
