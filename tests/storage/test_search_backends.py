"""One table of searches, the same answers on SQLite (FTS5) and PostgreSQL (tsvector and
pg_trgm): names, emails, phones, a CV's text, answer transcripts, typed IDs, literals.

The PostgreSQL rows are skipped when no PostgreSQL server binaries are installed.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from talkpush_desktop.engine.candidates import searched_pages
from talkpush_desktop.engine.candidates.filters import CandidateFilter
from talkpush_desktop.engine.workspace import Workspace
from tests.storage.test_postgres import pg_server, pg_url  # noqa: F401 (fixtures)

PEOPLE = {
    # key: first, last, email, phone, CV text, answer transcripts
    "maria": ("María", "Santos-Reyes", "maria.santos@example.com", "0917 123 4567", "", ""),
    "mario": ("Mario", "Cruz", "mcruz@mail.ph", "+63 918 765 4321", "Java developer", ""),
    "jose": ("José", "O'Neil", "jo_neil@example.org", "", "Call centre team lead, Makati", ""),
    "ann": ("Ann", "Lee", "ann.lee@work.io", "0920 555 0000", "", "I have five years in sales"),
    "sunny": ("Sunny \N{SUN WITH FACE}", "Day!!", "sunny@x.org", "", "", ""),
}

QUERIES = {
    "mari": {"maria", "mario"},
    "maria": {"maria"},
    "MARÍA": {"maria"},
    "santos": {"maria"},
    "reyes": {"maria"},
    "santos maria": {"maria"},
    "example": {"maria", "jose"},
    "example.org": {"jose"},
    "maria.santos@example.com": {"maria"},
    "neil": {"jose"},
    "o'neil": {"jose"},
    "jose": {"jose"},
    "makati": {"jose"},
    "team lead": {"jose"},
    "centre call": {"jose"},
    "java": {"mario"},
    "sales": {"ann"},
    "years": {"ann"},
    "ears": set(),
    "0917 123": {"maria"},
    "917123": {"maria"},
    "63918": {"mario"},
    "+63 918": {"mario"},
    "918 765": {"mario"},
    "4321": set(),
    "555": set(),
    "920555": {"ann"},
    "\N{SUN WITH FACE}": {"sunny"},
    "\N{GRINNING FACE}": set(),
    "!!": {"sunny"},
    "mari cruz": {"mario"},
    # short words: on PostgreSQL terms of the index of their own (up to 5 ASCII letters)
    "s maria": {"maria"},
    "jo o": {"jose"},
    "ma j": {"mario", "jose"},
    "ye s": {"ann"},
    "i lee": {"ann"},
    "mak t": {"jose"},
    "ma zz": set(),
    # four and five letters: terms of their own too since migration 0032
    "santo mari": {"maria"},
    "devel": {"mario"},
    "year": {"ann"},
    "cruz": {"mario"},
    "santoz": set(),
    "\N{LATIN SMALL LETTER E WITH ACUTE}": {"maria", "jose"},
    "nobody": set(),
}


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def searched(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Workspace, dict]]:
    if request.param == "sqlite":
        opened = Workspace.open(data_dir=tmp_path)
    else:
        url = request.getfixturevalue("pg_url")
        opened = Workspace.open(database_url=url, data_dir=tmp_path)
    with opened as ws:
        camp = ws.campaigns.create("CSR Manila", hotline_country="PH")
        ids = {}
        for key, (first, last, email, phone, cv, answers) in PEOPLE.items():
            ids[key] = ws.intake.add_candidate(
                camp.id, first_name=first, last_name=last, email=email, phone=phone
            )
            with ws.db.engine.begin() as conn:  # as the intake API and transcriber write them
                conn.execute(
                    text(
                        "UPDATE candidates SET cv_text = :cv, answer_transcripts = :a WHERE id = :i"
                    ),
                    {"cv": cv, "a": answers, "i": ids[key]},
                )
        yield ws, ids


def test_the_shared_table_of_searches(searched: tuple[Workspace, dict]) -> None:
    ws, ids = searched
    _check_table(ws, ids)


def test_the_shared_table_read_from_the_search_index(
    searched: tuple[Workspace, dict], monkeypatch: pytest.MonkeyPatch
) -> None:
    """PostgreSQL's pages read the search's matches from its index (not a walk of the
    newest rows) once the list holds more rows than the window looked through first."""
    monkeypatch.setattr(searched_pages, "WINDOW", 1)
    ws, ids = searched
    _check_table(ws, ids)


def _check_table(ws: Workspace, ids: dict[str, int]) -> None:
    names = {v: k for k, v in ids.items()}
    for query, expected in QUERIES.items():
        found = {names[r.id] for r in ws.candidates.page(CandidateFilter(search=query))}
        assert (query, found) == (query, expected)
        assert ws.candidates.count(CandidateFilter(search=query)) == len(expected), query
    typed = str(ids["ann"])
    assert ids["ann"] in {r.id for r in ws.candidates.page(CandidateFilter(search=typed))}


def test_an_edit_is_searchable_in_its_own_transaction(searched: tuple[Workspace, dict]) -> None:
    ws, ids = searched
    with ws.db.engine.begin() as conn:
        conn.execute(
            text("UPDATE candidates SET last_name = 'Bautista' WHERE id = :i"), {"i": ids["mario"]}
        )
        found = conn.execute(text("SELECT count(*) FROM candidates WHERE last_name = 'Bautista'"))
        assert found.scalar() == 1
    assert [r.id for r in ws.candidates.page(CandidateFilter(search="bauti"))] == [ids["mario"]]
    assert ws.candidates.page(CandidateFilter(search="cruz")) == []
