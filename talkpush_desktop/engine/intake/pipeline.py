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

from talkpush_desktop.engine.candidates import INSERT_COLUMNS, row_values
from talkpush_desktop.engine.intake.csv_source import SourceRow
from talkpush_desktop.engine.intake.row_mapping import (
    CandidateDraft,
    RowProblem,
    make_mapper,
)
from talkpush_desktop.storage import bulk

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


class Ready(NamedTuple):
    """A row that passed every check, with its insert parameters (a tuple: cheap to pickle)."""

    row: int
    email_key: str
    phone: str
    shown: str  # what the rejects report shows for a duplicate
    params: Any


Prepared = Ready | list[RowProblem]


@cache
def _mapper(
    fmt: str, region: str, header: tuple[str, ...] | None
) -> Callable[[SourceRow], CandidateDraft | list[RowProblem]]:
    return make_mapper(fmt, region, list(header) if header is not None else None, SOURCES[fmt])


def candidate_insert(dialect: str) -> bulk.BulkInsert:
    return bulk.for_table("candidates", INSERT_COLUMNS, dialect)


def prepare_rows(target: Target, rows: list[tuple[int, list[str]]]) -> list[Prepared]:
    """Map a chunk of ``(row number, cells)`` and prepare the good ones for the bulk insert."""
    mapper = _mapper(target.fmt, target.hotline_country, target.header)
    inserter = candidate_insert(target.dialect)
    out: list[Prepared] = []
    for number, cells in rows:
        mapped = mapper(SourceRow(number, cells))
        if not isinstance(mapped, CandidateDraft):
            out.append(mapped)
            continue
        values = row_values(mapped, target, target.at, target.batch_id)
        params = inserter.prepare_one(tuple(values.values()))
        out.append(
            Ready(mapped.row, mapped.email_key, mapped.phone, mapped.email or mapped.phone, params)
        )
    return out
