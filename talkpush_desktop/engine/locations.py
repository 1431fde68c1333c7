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


def sqlite_file(database_url: str | None, data_dir: Path | str | None) -> Path | None:
    """The SQLite file a workspace opened with these options uses, resolved; None when it is
    a server database (PostgreSQL), which several windows may share."""
    if database_url is None:
        folder = Path(data_dir) if data_dir else default_data_dir()
        return (folder / DB_FILE).resolve()
    if database_url.startswith("sqlite:///"):
        return Path(database_url.removeprefix("sqlite:///")).resolve()
    return None
