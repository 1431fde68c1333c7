"""The interface language: Qt translators built from ``resources/i18n/*.ts``.

Each part of the window has its own catalogue, ``resources/i18n/ROOM_LANG.ts`` (Qt Linguist
XML, kept up to date from the code by ``scripts/i18n.py update``). :func:`install` loads every
catalogue of a language, plus Qt's own translations of standard buttons, and makes the language
the default locale for dates and numbers. A catalogue is compiled to ``.qm`` with
``pyside6-lrelease`` the first time it is needed (and again when the ``.ts`` changes) into the
user's cache; a bundle ships the compiled files beside the sources instead.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from talkpush_desktop.views.style import RESOURCES_DIR

I18N_DIR = RESOURCES_DIR / "i18n"
SOURCE_LANGUAGE = "en"

_installed: list[QTranslator] = []
_state = {"language": SOURCE_LANGUAGE}


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802, ARG001  # lupdate reads it
    """Mark ``text`` for translation in ``context`` without translating it (a table built at
    import, before the language is installed); ``QCoreApplication.translate(context, text)``
    translates it where it is shown. Qt's own marker, typed: PySide6's returns ``object``."""
    return text


def shipped_languages() -> list[str]:
    """The languages with catalogues in ``resources/i18n`` (English, the source, first)."""
    found = {path.stem.rsplit("_", 1)[1] for path in I18N_DIR.glob("*_*.ts")}
    return [SOURCE_LANGUAGE, *sorted(found - {SOURCE_LANGUAGE})]


def current_language() -> str:
    """The language :func:`install` last put in place (``en`` before any)."""
    return _state["language"]


def install(language: str) -> None:
    """Make ``language`` the interface language of the running application: its catalogues
    replace the previous ones (``en``, or a language without catalogues, leaves the source
    strings) and QLocale's default follows it. Widgets built afterwards speak it."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install() needs a running QCoreApplication")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _state["language"] = language
    QLocale.setDefault(QLocale(_qt_locale_name(language)))
    if language == SOURCE_LANGUAGE:
        return
    for catalogue in _qt_catalogues(language) + [_compiled(ts) for ts in _catalogues(language)]:
        translator = QTranslator(app)
        if translator.load(str(catalogue)):
            app.installTranslator(translator)
            _installed.append(translator)


def _qt_locale_name(language: str) -> str:
    return {"fil": "fil_PH", "es": "es_ES", "en": "en_US"}.get(language, language)


def _catalogues(language: str) -> list[Path]:
    return sorted(I18N_DIR.glob(f"*_{language}.ts"))


def _qt_catalogues(language: str) -> list[Path]:
    """Qt's own translations (standard dialog buttons), when Qt ships the language."""
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    return [path for path in [qt_dir / f"qtbase_{language}.qm"] if path.exists()]


def _compiled(ts: Path) -> Path:
    """The ``.qm`` of ``ts``: shipped beside it when newer, else compiled into the cache."""
    beside = ts.with_suffix(".qm")
    if beside.exists() and beside.stat().st_mtime >= ts.stat().st_mtime:
        return beside
    digest = hashlib.sha256(ts.read_bytes()).hexdigest()[:16]
    out = _cache_dir() / f"{ts.stem}-{digest}.qm"
    if not out.exists():
        out.parent.mkdir(parents=True, exist_ok=True)
        partial = out.with_suffix(".part.qm")
        subprocess.run(
            [lrelease(), "-silent", str(ts), "-qm", str(partial)],
            check=True,
            capture_output=True,
        )
        partial.replace(out)
    return out


def lrelease() -> str:
    """The ``pyside6-lrelease`` that ships with PySide6 (beside this Python, or on PATH)."""
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    if beside.exists():
        return str(beside)
    found = shutil.which("pyside6-lrelease")
    if found is None:
        raise FileNotFoundError("pyside6-lrelease (PySide6) is needed to compile translations")
    return found


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "talkpush-desktop" / "i18n"
