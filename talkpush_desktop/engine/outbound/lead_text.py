"""Leads pasted from a spreadsheet or read from a CSV file, as the add body's ``leads``.

Rows are split on tabs, else commas, else semicolons. A first row naming its columns
(``email``, ``first name``, ``last name``, ``phone``, ``linkedin`` in any order and
spelling: ``First Name``, ``firstName``, ``Phone number``...) sets them; without one, each
cell is recognised by its look: the one with an ``@`` is the email, one of digits (with
``+``, spaces, dashes, dots, brackets) the phone, one with ``linkedin.`` the profile, and
the others the first then the last name. Empty lines are skipped; nothing is checked here
(the engine's add checks and names each failing row as ``leads.<i>``).
"""

from __future__ import annotations

import csv
import io
import re
from typing import Any

MAX_CHARS = 20_000_000
_HEADERS = {
    "email": "email",
    "emailaddress": "email",
    "mail": "email",
    "firstname": "firstName",
    "first": "firstName",
    "givenname": "firstName",
    "lastname": "lastName",
    "last": "lastName",
    "surname": "lastName",
    "familyname": "lastName",
    "phone": "phoneNumber",
    "phonenumber": "phoneNumber",
    "mobile": "phoneNumber",
    "mobilenumber": "phoneNumber",
    "linkedin": "linkedin",
    "linkedinurl": "linkedin",
}
_PHONE = re.compile(r"^\+?[\d\s().-]{5,}$")


def _delimiter(text: str) -> str:
    first = next((line for line in text.splitlines() if line.strip()), "")
    return next((d for d in ("\t", ",", ";") if d in first), ",")


def _header(cells: list[str]) -> list[str | None] | None:
    keys = [_HEADERS.get(re.sub(r"[^a-z]", "", c.lower())) for c in cells]
    return keys if "email" in keys else None


def _guess(cells: list[str]) -> dict[str, str]:
    lead: dict[str, str] = {}
    names: list[str] = []
    for cell in cells:
        if "@" in cell and "email" not in lead:
            lead["email"] = cell
        elif "linkedin." in cell.lower() and "linkedin" not in lead:
            lead["linkedin"] = cell
        elif _PHONE.match(cell) and "phoneNumber" not in lead:
            lead["phoneNumber"] = cell
        elif cell:
            names.append(cell)
    if len(names) == 1 and " " in names[0]:
        names = names[0].split(" ", 1)
    for key, name in zip(("firstName", "lastName"), names, strict=False):
        lead[key] = name
    lead.setdefault("email", "")
    return lead


def parse_leads(text: str) -> list[dict[str, Any]]:
    """The leads of pasted text or a CSV file's content (see the module's docstring)."""
    text = text[:MAX_CHARS].lstrip("\ufeff")
    rows = [
        [c.strip() for c in row]
        for row in csv.reader(io.StringIO(text), delimiter=_delimiter(text))
        if any(c.strip() for c in row)
    ]
    if not rows:
        return []
    header = _header(rows[0])
    if header is None:
        return [_guess(cells) for cells in rows]
    leads = []
    for cells in rows[1:]:
        lead = {k: v for k, v in zip(header, cells, strict=False) if k and v}
        lead.setdefault("email", "")
        leads.append(lead)
    return leads
