"""Generated CVs with known names, emails and phones: PDFs (a minimal PDF writer, Helvetica
in WinAnsi) and DOCX files (python-docx) in several layouts and phone formats."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import docx

FIRST = [
    "Juan",
    "Maria",
    "Jose",
    "Ana",
    "Mark Anthony",
    "Kristine",
    "Paolo",
    "Angelica",
    "Ramon",
    "Liza",
    "Carlo",
    "Jennifer",
    "Miguel",
    "Patricia",
    "Rafael",
    "Joy",
    "Nino",
    "Bea",
    "Maria Clara",
    "John Paul",
]
LAST = [
    "Santos",
    "Reyes",
    "dela Cruz",
    "Garcia",
    "Mendoza",
    "Bautista",
    "Villanueva",
    "de Guzman",
    "Aquino",
    "Ramos",
    "Castillo",
    "Peña",
    "Navarro",
    "Torres",
    "Fernandez",
    "del Rosario",
]
PREFIXES = ["917", "918", "920", "927", "998", "905", "915", "939", "949", "966"]
BODY = [
    "Objective",
    "To obtain a position where I can use my communication skills.",
    "Work Experience",
    "Customer Service Representative, Concentrix Manila",
    "June 2019 - March 2023",
    "Handled 80 calls a day with a 95 percent satisfaction score.",
    "Education",
    "Bachelor of Science in Psychology, University of Santo Tomas, 2018",
    "Skills",
    "Typing 60 wpm, MS Office, English and Filipino",
]


@dataclass(frozen=True)
class SampleCv:
    """A generated CV file and what it says."""

    path: Path
    first_name: str
    last_name: str
    email: str
    phone: str  # E.164, "" when the CV gives none
    name_in_text: bool = True


def _phone_forms(local: str) -> list[str]:
    """Ways to write +63 9XX XXX XXXX (``local`` is the 10 digits after +63)."""
    a, b, c = local[:3], local[3:6], local[6:]
    return [
        f"+63 {a} {b} {c}",
        f"0{a} {b} {c}",
        f"(0{a}) {b}-{c}",
        f"+63-{a}-{b}-{c}",
        f"0{local}",
        f"+63{local}",
    ]


def _layout(n: int, name: str, email: str, phone: str) -> tuple[list[str], int]:
    """The CV's lines and the index of the line to print large (the name)."""
    upper = name.upper()
    contact = [f"Email: {email}"] + ([f"Mobile: {phone}"] if phone else [])
    layouts: list[Callable[[], tuple[list[str], int]]] = [
        lambda: ([name, f"{email} | {phone}" if phone else email, "Quezon City"], 0),
        lambda: (["CURRICULUM VITAE", upper, "123 Rizal St., Makati City", *contact], 1),
        lambda: (
            ["RESUME", f"Name: {name}", f"Contact No.: {phone}", f"E-mail Address: {email}"],
            1,
        ),
        lambda: (
            [
                name,
                "Call Center Agent",
                f"You can reach me at {email}" + (f" or call {phone} any time." if phone else "."),
            ],
            0,
        ),
        lambda: (["Résumé", name, "Blk 5 Lot 7, Bacoor, Cavite", *reversed(contact)], 1),
        lambda: ([f"{name}  {email}  {phone}".strip(), "Taguig, Metro Manila"], 0),
        lambda: (["PROFILE", f"Applicant: {upper}", f"Tel. {phone}" if phone else "", email], 1),
    ]
    return layouts[n % len(layouts)]()


def _pdf(lines: list[str], big: int) -> bytes:
    """A one-page PDF of ``lines`` (line ``big`` in 18 pt) that pypdf reads back."""

    def esc(text: str) -> str:
        raw = text.encode("cp1252")
        return "".join(
            "\\" + chr(b) if chr(b) in "()\\" else (chr(b) if b < 128 else f"\\{b:03o}")
            for b in raw
        )

    ops = ["BT"]
    y = 790
    for i, line in enumerate(lines):
        size = 18 if i == big else 11
        ops.append(f"/F1 {size} Tf 1 0 0 1 50 {y} Tm ({esc(line)}) Tj")
        y -= size + 6
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 842] /Resources << /Font << /F1 4 0 R"
        b" >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def _docx(path: Path, lines: list[str], big: int, table: bool) -> None:
    document = docx.Document()
    if table:  # name and contacts side by side in a table at the top
        grid = document.add_table(rows=1, cols=2)
        grid.cell(0, 0).text = lines[big]
        grid.cell(0, 1).text = "\n".join(lines[big + 1 :])
        lines = lines[:big]
    for i, line in enumerate(lines):
        if i == big:
            document.add_heading(line, level=1)
        else:
            document.add_paragraph(line)
    for line in BODY:
        document.add_paragraph(line)
    document.save(str(path))


def generate(folder: Path, count: int = 200, seed: int = 20) -> list[SampleCv]:
    """``count`` CVs in ``folder``: even ones PDF, odd ones DOCX; one in 25 has no phone,
    one in 40 no name in its text (the truth still names the person)."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    samples = []
    for n in range(count):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        local = rng.choice(PREFIXES) + f"{rng.randrange(10**7):07d}"
        handle = f"{first.split()[0]}.{last.replace(' ', '')}{n}".lower().replace("ñ", "n")
        email = f"{handle}@{rng.choice(['gmail.com', 'yahoo.com', 'example.ph'])}"
        has_phone = n % 25 != 7
        shown_phone = rng.choice(_phone_forms(local)) if has_phone else ""
        lines, big = _layout(n // 2, f"{first} {last}", email, shown_phone)
        if n % 40 == 19:  # the name only in a picture: not in the text
            name = f"{first} {last}"
            lines[big] = lines[big].replace(name, "").replace(name.upper(), "").strip(" :")
        lines = [line for line in lines if line]
        if n % 2 == 0:
            path = folder / f"cv-{n:03d}.pdf"
            path.write_bytes(_pdf([*lines, *BODY], big))
        else:
            path = folder / f"cv-{n:03d}.docx"
            _docx(path, lines, big, table=n % 10 == 3 and big == 0)
        phone = f"+63{local}" if has_phone else ""
        samples.append(SampleCv(path, first, last, email, phone, n % 40 != 19))
    return samples
