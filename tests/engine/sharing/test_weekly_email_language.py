"""The weekly statistics email speaks its reader's interface language: a Spanish manager's
preview (and the email sent) has Spanish headings, days and months, an English reader's
stays English; every language's words have every English key."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from talkpush_desktop.engine.analytics.series import Dashboard
from talkpush_desktop.engine.sharing import weekly_words
from talkpush_desktop.engine.sharing.weekly_report import InlineImage
from talkpush_desktop.engine.workspace import Workspace

PNG = b"\x89PNG\r\n\x1a\n-a-chart"
WEEK = date(2026, 11, 30)  # a Monday


def _charts(_board: Dashboard, _zone: str) -> list[InlineImage]:
    return [InlineImage("overview", "overview.png", PNG), InlineImage("rates", "rates.png", PNG)]


@pytest.mark.parametrize("language", sorted(weekly_words.WORDS))
def test_every_language_has_every_word(language: str) -> None:
    shown = weekly_words.WORDS[language]
    assert set(shown) == set(weekly_words.EN)
    assert len(shown["days"].split()) == 7 and len(shown["months"].split()) == 12
    for key, english in weekly_words.EN.items():  # the same placeholders
        assert shown[key], key
        assert re.findall(r"{(\w+)}", shown[key]) == re.findall(r"{(\w+)}", english), key


def test_a_spanish_manager_gets_the_email_in_spanish(ws: Workspace, tmp_path: Path) -> None:
    ws.company.add_user("Ana Cruz", "ana@acme.example")
    ws.company.add_user("Ben Lim", "ben@acme.example")
    ws.accounts.set_preferences("ana@acme.example", language="es")
    ws.weekly_email.renderer = _charts
    spanish = ws.weekly_email.preview("ana@acme.example", tmp_path / "ana.html", week=WEEK)
    page = spanish.read_text(encoding="utf-8")
    assert '<html lang="es">' in page
    for said in (
        "Tus estadísticas semanales",
        "Hola Ana Cruz, así fue la semana.",
        "Añadidos",
        "Preseleccionados",
        "Tasa de participación",
        "Tu tiempo de procesamiento",
        "lun 30 nov \N{EN DASH} dom 06 dic 2026",
        "Resumen del rendimiento de las campañas",
    ):
        assert said in page, said
    for english in ("Your weekly statistics", "Hello", "Shortlisted", "Participation rate"):
        assert english not in page, english
    english_page = ws.weekly_email.preview("ben@acme.example", tmp_path / "ben.html", week=WEEK)
    shown = english_page.read_text(encoding="utf-8")
    assert "Your weekly statistics" in shown and "Mon 30 Nov \N{EN DASH} Sun 06 Dec 2026" in shown
    assert '<html lang="en">' in shown

    ws.weekly_email.set_enabled("ana@acme.example", True)
    report = ws.weekly_email.send_due()
    assert report.sent == ["ana@acme.example"]
    [mail] = [m for m in ws.providers.sandbox_inbox("ana@acme.example") if m.channel == "email"]
    assert "tus estadísticas semanales" in mail.subject
    assert mail.body.startswith("Estadísticas semanales de Ana Cruz, ")
    assert "Tu tiempo de procesamiento" in mail.body
