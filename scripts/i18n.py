#!/usr/bin/env python3
"""The interface's translation catalogues, ``resources/i18n/ROOM_LANG.ts`` (Qt Linguist XML).

    .venv/bin/python scripts/i18n.py update [ROOM ...]     strings from the code into the .ts files
    .venv/bin/python scripts/i18n.py missing ROOM LANG     unfinished entries as JSON to translate
    .venv/bin/python scripts/i18n.py apply ROOM LANG FILE  fill entries from a JSON file
    .venv/bin/python scripts/i18n.py check                 exit 1 when any entry is unfinished
    .venv/bin/python scripts/i18n.py release               compile every .ts to .qm beside it

A room is a part of the window with its own catalogue (``ROOMS``). Strings are marked in the
code with ``self.tr("...")`` (context: the class) or ``QCoreApplication.translate("Context",
"...")`` with literal text; values go in with ``.format()`` after translation. The JSON of
``missing``/``apply`` is ``{"Context": {"source": "translation"}}``; the context ``"*"`` gives a
translation for the source in every context.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VIEWS = ROOT / "talkpush_desktop" / "views"
I18N_DIR = ROOT / "resources" / "i18n"
LANGUAGES = ("es", "fil")
LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"
ROOMS: dict[str, tuple[str, ...]] = {
    "core": (
        "*.py",
        "company/**/*.py",
        "settings/**/*.py",
        "widgets/**/*.py",
        "api_server/**/*.py",
        "exports/**/*.py",
        "analytics/**/*.py",
    ),
    "campaign_view": ("campaign_view/**/*.py", "chat/**/*.py"),
    "campaigns": ("campaigns/**/*.py", "intake/**/*.py", "outbound/**/*.py"),
}
"""Each room's source files, as globs under ``talkpush_desktop/views``."""


def room_sources(room: str) -> list[Path]:
    return sorted({path for pattern in ROOMS[room] for path in VIEWS.glob(pattern)})


def catalogue(room: str, language: str) -> Path:
    return I18N_DIR / f"{room}_{language}.ts"


def lupdate() -> str:
    return str(Path(sys.executable).parent / "pyside6-lupdate")


LUPDATE_FLAGS = (lupdate(), "-silent", "-no-obsolete", "-locations", "none")


def update(rooms: list[str]) -> None:
    I18N_DIR.mkdir(parents=True, exist_ok=True)
    for room in rooms or list(ROOMS):
        sources = [str(path.relative_to(ROOT)) for path in room_sources(room)]
        for language in LANGUAGES:
            ts = catalogue(room, language).relative_to(ROOT)
            subprocess.run(
                [*LUPDATE_FLAGS, *sources, "-ts", str(ts), "-target-language", language],
                check=True,
                cwd=ROOT,
            )


def messages(ts: Path) -> list[tuple[str, ET.Element]]:
    """(context, message element) for every entry of ``ts``."""
    tree = ET.parse(ts)
    return [
        (context.findtext("name") or "", message)
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
    ]


def unfinished(ts: Path) -> dict[str, dict[str, str]]:
    found: dict[str, dict[str, str]] = {}
    for context, message in messages(ts):
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished" or not translation.text:
            found.setdefault(context, {})[message.findtext("source") or ""] = ""
    return found


def apply(room: str, language: str, translations: dict[str, dict[str, str]]) -> int:
    """Fill ``room``'s ``language`` catalogue from ``translations``; returns entries filled."""
    ts = catalogue(room, language)
    tree = ET.parse(ts)
    anywhere = translations.get("*", {})
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            text = translations.get(name, {}).get(source) or anywhere.get(source)
            if not text:
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.attrib.pop("type", None)
            translation.text = text
            filled += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', "utf-8")
    return filled


def check() -> int:
    bad = 0
    for ts in sorted(I18N_DIR.glob("*.ts")):
        for context, sources in unfinished(ts).items():
            for source in sources:
                print(f"{ts.name}: {context}: unfinished: {source!r}")
                bad += 1
    return 1 if bad else 0


def release() -> None:
    for ts in sorted(I18N_DIR.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([str(LRELEASE), "-silent", str(ts), "-qm", str(qm)], check=True)


def main(argv: list[str]) -> int:
    command, *args = argv or ["check"]
    if command == "update":
        update(args)
    elif command == "missing":
        room, language = args
        print(json.dumps(unfinished(catalogue(room, language)), ensure_ascii=False, indent=1))
    elif command == "apply":
        room, language, file = args
        filled = apply(room, language, json.loads(Path(file).read_text("utf-8")))
        update([room])  # lupdate's own layout, so the next update changes nothing
        left = sum(map(len, unfinished(catalogue(room, language)).values()))
        print(f"{filled} entries filled; {left} left")
    elif command == "check":
        return check()
    elif command == "release":
        release()
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
