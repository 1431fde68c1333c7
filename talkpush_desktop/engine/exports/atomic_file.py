"""Writing an export so that a failed or cancelled one never leaves a half file."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from talkpush_desktop.engine.errors import ValidationError, WorkspaceError
from talkpush_desktop.storage.private_files import open_private


@contextmanager
def atomic_output(path: Path) -> Iterator[IO[bytes]]:
    """A binary file that becomes ``path`` only when the block succeeds.

    The data goes to a hidden temporary file in the same folder (so the final rename is
    atomic, on the same file system), is flushed to disk, then replaces ``path`` with
    :func:`os.replace`. On any exception (including a cancel or Ctrl+C) the temporary
    file is removed and an existing ``path`` is left untouched. The file is the owner's
    only (0600): exports hold candidates' personal data. OS errors become a
    :class:`WorkspaceError` naming the file.
    """
    target = Path(path)
    try:
        _check_target(target)
    except OSError as exc:
        raise _cannot_write(target, exc) from exc
    temp = target.parent / f".{target.name}.{secrets.token_hex(4)}.part"
    try:
        with open_private(temp, "xb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, target)
    except OSError as exc:
        _discard(temp)
        raise _cannot_write(target, exc) from exc
    except BaseException:
        _discard(temp)
        raise


def _check_target(target: Path) -> None:
    folder = target.parent
    if not folder.is_dir():
        raise ValidationError(f"cannot write {target}: the folder {folder} does not exist")
    if target.is_dir():
        raise ValidationError(f"cannot write {target}: it is a folder")


def _cannot_write(target: Path, exc: OSError) -> WorkspaceError:
    return WorkspaceError(f"cannot write {target}: {exc.strerror or exc}")


def _discard(temp: Path) -> None:
    try:
        temp.unlink(missing_ok=True)
    except OSError:
        pass  # e.g. the name was too long to create it at all
