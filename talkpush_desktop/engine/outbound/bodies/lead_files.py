"""Leads pasted or read from a file, as the seed's add body: JSON (the body itself, or its
list of leads), a CSV with a header row (``email``, ``firstName``/``first_name``/``first
name``, ``lastName``..., ``phoneNumber``/``phone``, ``linkedin``), or rows with no header
(one email a line, or rows pasted from a spreadsheet: each cell recognised by its look, the
one with an ``@`` the email, one of digits the phone, one with ``linkedin.`` the profile,
the others the first then the last name)."""

from __future__ import annotations

import csv
import io
import json
import re
from typing import Any

from talkpush_desktop.engine.outbound.errors import invalid

HEADERS = {
    "email": "email",
    "emailaddress": "email",
    "firstname": "firstName",
    "lastname": "lastName",
    "phonenumber": "phoneNumber",
    "phone": "phoneNumber",
    "mobile": "phoneNumber",
    "linkedin": "linkedin",
}


def json_body(text: str) -> Any:
    """A JSON body, or INVALID_REQUEST saying where it stops being JSON."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise invalid(
            {
                "body": f"the body is not valid JSON: {exc.msg}"
                f" (line {exc.lineno}, column {exc.colno})"
            }
        ) from None


_PHONE = re.compile(r"^\+?[\d\s().-]{5,}$")


def _guessed(cells: list[str]) -> dict[str, str]:
    """A headerless row's lead, each cell taken for what it looks like."""
    lead: dict[str, str] = {}
    names: list[str] = []
    for cell in (c.strip() for c in cells):
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
    lead.update(zip(("firstName", "lastName"), names, strict=False))
    lead.setdefault("email", "")
    return lead


def _header_key(name: str) -> str | None:
    return HEADERS.get("".join(ch for ch in name.lower() if ch.isalnum()))


def parse(text: str) -> dict[str, Any]:
    """``{"leads": [...]}`` from JSON, CSV or a list of emails (see the module)."""
    stripped = text.lstrip("\ufeff").strip()
    if stripped.startswith(("{", "[")):
        body = json_body(stripped)
        return {"leads": body} if isinstance(body, list) else body
    lines = [line for line in stripped.splitlines() if line.strip()]
    if not lines:
        return {"leads": []}
    first = lines[0]
    delimiter = "\t" if "\t" in first else ";" if ";" in first and "," not in first else ","
    reader = csv.reader(io.StringIO("\n".join(lines)), delimiter=delimiter)
    if "@" in first:  # no header: emails, or rows pasted from a spreadsheet
        return {"leads": [_guessed(row) for row in reader]}
    header = [_header_key(h) for h in next(reader)]
    if "email" not in header:
        raise invalid({"body": "the CSV has no email column (its first row names the columns)"})
    leads = []
    for row in reader:
        lead = {key: cell.strip() for key, cell in zip(header, row, strict=False) if key}
        leads.append(lead)
    return {"leads": leads}
