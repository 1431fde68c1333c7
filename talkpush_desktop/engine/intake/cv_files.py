"""A CV sent with an API invitation (``temporary_cv``): its type told by content, kept in
the workspace's file store (owner-only), its text extracted, and the contacts in it found.

Types: PDF (pypdf), DOCX (python-docx), DOC and RTF (best effort: the readable runs of
text), TXT (UTF-8, UTF-16 with a BOM, else Windows-1252). The file's name is never
trusted for the type; it only becomes part of the stored name.
"""

from __future__ import annotations

import io
import re
import secrets
import zipfile
from dataclasses import dataclass
from pathlib import Path

from talkpush_desktop.engine.candidates.attachments import CV_FOLDER, CV_MAX_BYTES
from talkpush_desktop.storage.private_files import make_private_folder, open_private

CV_TEXT_MAX = 100_000
"""Characters of CV text kept (the rest is cut: a CV is a few pages)."""

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_SUFFIX = {"pdf": ".pdf", "docx": ".docx", "doc": ".doc", "rtf": ".rtf", "txt": ".txt"}
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


class CvRefused(ValueError):
    """The bytes are not a CV of an accepted type (the reason is the message)."""


@dataclass(frozen=True, slots=True)
class CvFile:
    """A checked CV: its type, the bytes and the text read from them."""

    kind: str
    data: bytes
    name: str
    text: str


def kind_of(data: bytes) -> str:
    """``pdf``, ``docx``, ``doc``, ``rtf`` or ``txt`` from the content; CvRefused else."""
    if not data:
        raise CvRefused("the file is empty")
    if len(data) > CV_MAX_BYTES:
        raise CvRefused("the file is larger than 20 MB")
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                if "word/document.xml" in z.namelist():
                    return "docx"
        except zipfile.BadZipFile:
            pass
        raise CvRefused("the file is not a PDF, DOC, DOCX, RTF or TXT document")
    if data.startswith(_OLE):
        return "doc"
    if data.lstrip()[:5] == b"{\\rtf":
        return "rtf"
    if _looks_like_text(data):
        return "txt"
    raise CvRefused("the file is not a PDF, DOC, DOCX, RTF or TXT document")


def _looks_like_text(data: bytes) -> bool:
    head = data[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    if b"\x00" in head:
        return False
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls * 100 <= len(head)


def read_cv(data: bytes, filename: str) -> CvFile:
    """Check ``data`` and extract its text (CvRefused for an unaccepted type)."""
    kind = kind_of(data)
    try:
        text = _EXTRACT[kind](data)
    except Exception:  # a damaged document is kept; its text is simply not read
        text = ""
    text = re.sub(r"[ \t\r\f\v]+", " ", text.replace("\x00", ""))
    text = re.sub(r"\n\s*\n+", "\n", text).strip()[:CV_TEXT_MAX]
    return CvFile(kind, data, filename, text)


def store(data_dir: Path, cv: CvFile) -> str:
    """Write the CV into ``data_dir/cvs`` (0600); returns the stored name (relative)."""
    folder = make_private_folder(data_dir / CV_FOLDER)
    stem = _SAFE_NAME.sub("_", Path(cv.name).stem)[:60] or "cv"
    name = f"{secrets.token_hex(4)}-{stem}{_SUFFIX[cv.kind]}"
    with open_private(folder / name, "xb") as out:
        out.write(cv.data)
    return f"{CV_FOLDER}/{name}"


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() or "" for page in reader.pages[:50])


def _docx_text(data: bytes) -> str:
    import docx

    document = docx.Document(io.BytesIO(data))
    lines: list[str] = []
    for block in document.iter_inner_content():  # paragraphs and tables in reading order
        if isinstance(block, docx.table.Table):
            lines.extend(cell.text for row in block.rows for cell in row.cells)
        else:
            lines.append(block.text)
    return "\n".join(lines)


def _txt_text(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


_RTF_SKIP = re.compile(
    r"\{\\\*[^{}]*\}|\{\\(?:fonttbl|colortbl|stylesheet|info)[^{}]*(?:\{[^{}]*\}[^{}]*)*\}"
)
_RTF_CONTROL = re.compile(r"\\(par|line|tab)\b ?|\\'([0-9a-fA-F]{2})|\\[a-zA-Z]+-?\d* ?|[{}]")


def _rtf_text(data: bytes) -> str:
    """The text of an RTF document, best effort: groups of settings dropped, control words
    removed, paragraph marks kept as new lines, ``\\'hh`` read as Windows-1252."""
    source = _RTF_SKIP.sub("", data.decode("latin-1"))

    def replace(m: re.Match[str]) -> str:
        if m.group(1):
            return "\n" if m.group(1) != "tab" else " "
        if m.group(2):
            return bytes([int(m.group(2), 16)]).decode("cp1252", errors="replace")
        return ""

    return _RTF_CONTROL.sub(replace, source)


_DOC_RUN = re.compile(rb"(?:[\x20-\x7e\r\n\t]\x00){4,}")


def _doc_text(data: bytes) -> str:
    """Readable runs of a Word 97-2003 file, best effort (its text is mostly UTF-16LE)."""
    runs = [r.decode("utf-16-le", errors="ignore") for r in _DOC_RUN.findall(data)]
    if not runs:
        runs = [r.decode("latin-1") for r in re.findall(rb"[\x20-\x7e\r\n\t]{6,}", data)]
    return "\n".join(r.strip() for r in runs if r.strip())


_EXTRACT = {
    "pdf": _pdf_text,
    "docx": _docx_text,
    "doc": _doc_text,
    "rtf": _rtf_text,
    "txt": _txt_text,
}


def contacts_in(text: str, region: str) -> tuple[str, str]:
    """The first valid email and the first phone number (E.164, national numbers read in
    ``region``) found in a CV's text; "" for what is not there."""
    import phonenumbers
    from email_validator import EmailNotValidError, validate_email

    email = ""
    for candidate in re.findall(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+", text):
        try:
            email = validate_email(candidate, check_deliverability=False).normalized
            break
        except EmailNotValidError:
            continue
    phone = ""
    for match in phonenumbers.PhoneNumberMatcher(text, region or "US"):
        if phonenumbers.is_valid_number(match.number):
            phone = phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
            break
    return email, phone
