"""The CPU-heavy half of an import, runnable in worker processes.

Mapping a row (email-validator, phonenumbers) and turning it into driver parameters is a
pure function of the row, so chunks are prepared here, possibly in parallel, while the
main process reads the file and writes the previous chunk.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any, NamedTuple

from talkpush_desktop.engine.candidates.records import INSERT_COLUMNS, existing_contacts, row_values
from talkpush_desktop.engine.intake.column_mapping import rearrange
from talkpush_desktop.engine.intake.csv_source import SourceRow
from talkpush_desktop.engine.intake.row_mapping import (
    CandidateDraft,
    RowProblem,
    make_mapper,
)
from talkpush_desktop.storage import bulk
from talkpush_desktop.storage.database import make_engine
from talkpush_desktop.storage.fast_read import FastReader

SOURCES = {"talkpush": "CSV import", "google-form": "Google Form"}


@dataclass(frozen=True, slots=True)
class Target:
    """Where rows go (plain values, so it pickles to worker processes)."""

    id: int
    company_id: int
    pin_valid_hours: int
    hotline_country: str
    batch_id: int
    at: datetime
    dialect: str  # "sqlite.pysqlite", "postgresql.psycopg"
    fmt: str
    header: tuple[str, ...] | None
    url: str  # the workspace database, for the duplicate look-ups
    columns: tuple[int, ...] | None = None  # the column mapping's rearrangement, if any
    width: int = 0  # the file's columns (for the rearrangement)


class Ready(NamedTuple):
    """A row that passed every check, with its insert parameters (a tuple: cheap to pickle)."""

    row: int
    email_key: str
    phone: str
    shown: str  # what the rejects report shows for a duplicate
    params: Any
    holders: tuple[tuple[int, int], ...]  # (id, campaign_id) of committed same-contact rows


Prepared = Ready | list[RowProblem]


@cache
def _mapper(
    fmt: str, region: str, header: tuple[str, ...] | None
) -> Callable[[SourceRow], CandidateDraft | list[RowProblem]]:
    return make_mapper(fmt, region, list(header) if header is not None else None, SOURCES[fmt])


def candidate_insert(dialect: str) -> bulk.BulkInsert:
    return bulk.for_table("candidates", INSERT_COLUMNS, dialect)


@cache
def _reader(url: str) -> FastReader:
    """A worker process's own read connection to the workspace."""
    return FastReader(make_engine(url))


def prepare_rows(
    target: Target, rows: list[tuple[int, list[str]]], reader: FastReader | None = None
) -> list[Prepared]:
    """Map a chunk of ``(row number, cells)``, look up who already holds each contact, and
    prepare the good rows for the bulk insert.

    The look-up sees what is committed. Rows of this file in chunks not committed yet are
    caught by the importer's in-file check, which runs in order in the main process.
    """
    mapper = _mapper(target.fmt, target.hotline_country, target.header)
    inserter = candidate_insert(target.dialect)
    drafts: list[CandidateDraft] = []
    out: list[Prepared | CandidateDraft] = []
    order = target.columns
    for number, raw in rows:
        cells = raw if order is None else rearrange(raw, order, target.width)
        mapped = mapper(SourceRow(number, cells))
        out.append(mapped)
        if isinstance(mapped, CandidateDraft):
            drafts.append(mapped)
    holders = existing_contacts(
        reader or _reader(target.url),
        target.company_id,
        [d.email_key for d in drafts],
        [d.phone for d in drafts],
    )
    ready: list[Prepared] = []
    for item in out:
        if not isinstance(item, CandidateDraft):
            ready.append(item)
            continue
        values = row_values(item, target, target.at, target.batch_id)
        found = holders.get(item.email_key, []) + holders.get(item.phone, [])
        ready.append(
            Ready(
                item.row,
                item.email_key,
                item.phone,
                item.email or item.phone,
                inserter.prepare_one(tuple(values.values())),
                tuple(found),
            )
        )
    return ready
