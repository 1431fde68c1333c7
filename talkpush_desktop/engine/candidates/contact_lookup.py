"""Which candidates of a company already hold given emails or phones (prepared reads in
batches of fixed sizes), for duplicate checks on import and inbound messages."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, Select, bindparam, select

from talkpush_desktop.storage.fast_read import FastReader
from talkpush_desktop.storage.models import Candidate

CONTACT_BATCH = (8, 64, 500)  # prepared IN-list sizes; a batch is padded to the next one
NO_CONTACT = "@"  # padding: never a stored email key (needs a local part) nor a phone


def _contacts_statement(column_name: str, size: int) -> Select[Any]:
    column = getattr(Candidate, column_name)
    keys: list[Any] = [bindparam(f"k{i}") for i in range(size)]
    return select(column, Candidate.id, Candidate.campaign_id).where(
        Candidate.company_id == bindparam("company_id"), column.in_(keys)
    )


def existing_contacts(
    reader: FastReader,
    company_id: int,
    email_keys: Iterable[str],
    phones: Iterable[str],
    connection: Connection | None = None,
) -> dict[str, list[tuple[int, int]]]:
    """Candidates of the company holding these emails / phones: key -> [(id, campaign_id)].

    Email keys contain "@" and phones start with "+", so one dict holds both. With
    ``connection`` the lookups run inside that (writing) transaction.
    """
    found: dict[str, list[tuple[int, int]]] = {}
    for column_name, values in (("email_key", email_keys), ("phone", phones)):
        wanted = sorted({v for v in values if v})
        for start in range(0, len(wanted), CONTACT_BATCH[-1]):
            part = wanted[start : start + CONTACT_BATCH[-1]]
            size = next(n for n in CONTACT_BATCH if n >= len(part))
            params: dict[str, Any] = {"company_id": company_id}
            params.update((f"k{i}", part[i] if i < len(part) else NO_CONTACT) for i in range(size))
            rows = reader.fetch(
                ("contacts", column_name, size),
                lambda c=column_name, n=size: _contacts_statement(c, n),  # type: ignore[misc]
                params,
                connection=connection,
            )
            for key, cid, campaign_id in rows:
                found.setdefault(key, []).append((cid, campaign_id))
    return found
