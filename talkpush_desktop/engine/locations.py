"""Where a workspace lives: the user data folder unless told otherwise, one SQLite file in it.

No database imports, so the command line finds the file without loading SQLAlchemy.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "talkpush-desktop"
DB_FILE = "workspace.sqlite3"


def default_data_dir() -> Path:
    """The user data folder (platformdirs), e.g. ~/.local/share/talkpush-desktop."""
    return platformdirs.user_data_path(APP_NAME, appauthor=False)
