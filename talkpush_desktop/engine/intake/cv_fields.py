"""The candidate's name, email and phone found in a CV's text.

Email and phone are :func:`cv_files.contacts_in`'s (email-validator, phonenumbers'
matcher with the campaign's country for national numbers). The name is a heuristic:

1. a ``Name: X`` (or ``Full name - X``) label anywhere near the top wins;
2. else the first prominent line of the first few that looks like a person's name: two to
   five words of letters (initials, hyphens, apostrophes and particles such as "dela" or
   "van" allowed), no digits, no ``@``, no comma or colon, not a heading ("Curriculum
   Vitae", "Resume", "Profile"...) nor a job title.

An ALL-CAPS name is title-cased; particles stay with the last name ("Juan dela Cruz" is
``("Juan", "dela Cruz")``). Nothing found gives ``("", "")`` and the CV is flagged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from talkpush_desktop.engine.intake.cv_files import contacts_in

LINES_LOOKED_AT = 12
"""Non-empty lines at the top of a CV where the name is looked for."""
_LABEL = re.compile(
    r"^\s*(?:(?:full|candidate(?:'s)?|applicant(?:'s)?)\s+)?name\s*[:\-\u2013]\s*(.+?)\s*$"
    r"|^\s*(?:applicant|candidate)\s*:\s*(.+?)\s*$",
    re.IGNORECASE,
)
_HONORIFIC = re.compile(r"^(?:mr|mrs|ms|miss|dr|engr|atty)\.?\s+", re.IGNORECASE)
_PARTICLES = frozenset(
    "de del dela della delos da das dos di du van von der den ter le la bin binti y".split()
)
_SUFFIXES = frozenset(("jr", "sr", "ii", "iii", "iv"))
_WORD = re.compile(r"^(?:[A-Z]\.|[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'\u2019.-]*)$")
_NOT_NAMES = frozenset(
    """curriculum vitae resume résumé cv bio data biodata profile personal information details
    contact objective career summary professional experience work employment education skills
    references qualifications highlights about me address email phone mobile page
    manager engineer developer agent representative specialist assistant officer analyst
    associate consultant designer teacher nurse supervisor customer service sales support
    call center technical executive administrator accountant clerk intern applicant
    candidate position application for of and the at in to with
    city metro province street avenue road village barangay subdivision""".split()
)


@dataclass(frozen=True, slots=True)
class CvFields:
    """What a CV's text gave ("" for what it did not)."""

    first_name: str
    last_name: str
    email: str
    phone: str

    @property
    def missing(self) -> list[str]:
        """``name``, ``email`` and ``phone`` when not found (in that order)."""
        have = {"name": self.first_name, "email": self.email, "phone": self.phone}
        return [field for field, value in have.items() if not value]


def fields_of(text: str, region: str) -> CvFields:
    """The name, email (normalised) and phone (E.164) in ``text``; ``region`` reads
    national phone numbers."""
    first, last = name_in(text)
    email, phone = contacts_in(text, region)
    return CvFields(first, last, email, phone)


def name_in(text: str) -> tuple[str, str]:
    """(first name, last name) by the module's heuristic; ("", "") when none is found."""
    lines = [line.strip() for line in text.splitlines() if line.strip()][:40]
    for line in lines:
        label = _LABEL.match(line)
        if label:
            found = _as_name(label.group(1) or label.group(2))
            if found:
                return found
    for line in lines[:LINES_LOOKED_AT]:
        found = _as_name(line) or _as_name(_before_contacts(line))
        if found:
            return found
    return "", ""


def _before_contacts(line: str) -> str:
    """The words of ``line`` before its first email, number or separator ("Ana Cruz
    ana@x.ph 0917...": "Ana Cruz")."""
    words: list[str] = []
    for word in line.split():
        if any(ch.isdigit() or ch in "@|,;:/" for ch in word) or word in "-–•":
            break
        words.append(word)
    return " ".join(words) if len(words) < len(line.split()) else ""


def _as_name(line: str) -> tuple[str, str] | None:
    """``line`` split as a person's name, or None when it does not look like one."""
    line = _HONORIFIC.sub("", line.strip(" \t|\u2022*-_"))
    if len(line) > 60 or any(ch.isdigit() or ch in "@,:;/()|&" for ch in line):
        return None
    words = line.split()
    if not 2 <= len(words) <= 5 or not all(_WORD.match(w) for w in words):
        return None
    lowered = [w.lower().strip(".") for w in words]
    if any(w in _NOT_NAMES for w in lowered):
        return None
    if line.isupper():
        words = [_title(w) for w in words]
    capitals = [w for w in words if w.lower() not in _PARTICLES]
    if len(capitals) < 2 or not all(w[0].isupper() for w in capitals):
        return None
    if words[0].lower() in _PARTICLES or words[-1].lower() in _PARTICLES:
        return None
    return _split(words)


def _title(word: str) -> str:
    """A word of an ALL-CAPS name as written in a name: "dela", "Cruz", "III"."""
    lowered = word.lower()
    if lowered in _PARTICLES:
        return lowered
    return word if lowered in ("ii", "iii", "iv") else word.capitalize()


def split_name(full: str) -> tuple[str, str]:
    """A name typed in one field as (first name, last name), particles going with the last
    name; one word is a first name."""
    words = full.split()
    return _split(words) if len(words) > 1 else (full.strip(), "")


def _split(words: list[str]) -> tuple[str, str]:
    """First name(s) and last name, particles and a suffix ("Jr.", "III") going with the
    last name."""
    start = len(words) - 1
    if start > 1 and words[start].lower().strip(".") in _SUFFIXES:
        start -= 1
    while start > 1 and words[start - 1].lower() in _PARTICLES:
        start -= 1
    return " ".join(words[:start]), " ".join(words[start:])
