"""Files and folders that hold candidates' personal data: for their owner only.

The workspace folder and the folders the product makes in it are 0700, the files it
writes (the database, reports, exports) 0600, whatever the user's umask. SQLite gives its
``-wal`` and ``-shm`` files the database file's permissions, so creating that file 0600
before SQLite opens it covers them too.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path
from typing import IO, Any

PRIVATE_FOLDER = 0o700
PRIVATE_FILE = 0o600


def make_private_folder(folder: Path, *, tighten: bool = True) -> Path:
    """Create ``folder`` (and missing parents) readable by its owner only.

    An existing ``folder`` is made private too when ``tighten`` (a folder the product
    owns, such as ``reports``); a folder the user chose is left as it is. OSError (e.g.
    FileExistsError when it is a file) is the caller's to report.
    """
    existed = folder.is_dir()
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
    if tighten or not existed:
        keep_private(folder, PRIVATE_FOLDER)
    return folder


def make_private_file(path: Path) -> None:
    """Create ``path`` empty and 0600 when missing; an existing one loses group/other access."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    except FileExistsError:
        keep_private(path, PRIVATE_FILE)
    else:
        os.close(fd)


def open_private(path: Path, mode: str = "wb", **kwargs: Any) -> IO[Any]:
    """``open(path, mode)`` for writing ("w"/"x", text or binary) with a new file 0600."""
    flags = os.O_WRONLY | os.O_CREAT | (os.O_EXCL if "x" in mode else os.O_TRUNC)
    fd = os.open(path, flags, PRIVATE_FILE)
    try:
        return os.fdopen(fd, mode.replace("x", "w"), **kwargs)
    except BaseException:
        os.close(fd)
        raise


def keep_private(path: Path, mode: int = PRIVATE_FILE) -> None:
    """Take group and other access from an existing ``path`` (never adds any); a missing
    file, or one that is not ours to change, is left alone."""
    with contextlib.suppress(OSError):
        current = stat.S_IMODE(path.stat().st_mode)
        if current & 0o077:
            os.chmod(path, current & mode)
