"""Leads pasted or read from a file, as the seed's add body: JSON (the body itself, or its
list of leads), a CSV with a header row (``email``, ``firstName``/``first_name``/``first
name``, ``lastName``..., ``phoneNumber``/``phone``, ``linkedin``) or one email a line."""

from __future__ import annotations

import csv
import io
import json
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
    if "@" in first:  # no header: one email a line
        return {"leads": [{"email": line.strip().strip(",;")} for line in lines]}
    delimiter = "\t" if "\t" in first else ";" if ";" in first and "," not in first else ","
    reader = csv.reader(io.StringIO("\n".join(lines)), delimiter=delimiter)
    header = [_header_key(h) for h in next(reader)]
    if "email" not in header:
        raise invalid({"body": "the CSV has no email column (its first row names the columns)"})
    leads = []
    for row in reader:
        lead = {key: cell.strip() for key, cell in zip(header, row, strict=False) if key}
        leads.append(lead)
    return {"leads": leads}
