"""``QT_TRANSLATE_NOOP`` typed as it behaves: it returns the text it marks (a ``str``).

PySide6 declares it as returning ``object``; lupdate finds the marks by the call's name, so
``from talkpush_desktop.views.campaign_view.marks import QT_TRANSLATE_NOOP`` marks the same.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:

    def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802, ARG001 (Qt's name)
        """Mark ``text`` for the catalogue under ``context``; returns it untranslated."""
        return text

else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

__all__ = ["QT_TRANSLATE_NOOP"]
