"""The typed translation marker this room's tables use (PySide6's returns ``object``)."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802, ARG001  # lupdate reads it
    """Mark ``text`` for translation in ``context`` without translating it (a table built at
    import, before the language is installed); ``QCoreApplication.translate(context, text)``
    translates it where it is shown."""
    return text
