"""Downloading a published Google Sheet (or any CSV link) for a sheet import.

A Google Sheets link becomes its CSV export address. The download is streamed into the
workspace's ``downloads`` folder, capped in size, and can report progress and be
cancelled; a failed or cancelled download leaves no file behind.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from pathlib import Path

from talkpush_desktop.engine.errors import ValidationError
from talkpush_desktop.storage.private_files import make_private_folder, open_private

DOWNLOAD_TIMEOUT_S = 30
DOWNLOAD_MAX_BYTES = 200 * 1024 * 1024
SHEETS_MARKER = "docs.google.com/spreadsheets/d/"


def published_csv_url(url: str) -> str:
    """A Google Sheets link as its CSV export address; other links are used as they are."""
    url = url.strip()
    if not url.startswith(("http://", "https://")):
        raise ValidationError("the sheet address must start with https://")
    if SHEETS_MARKER in url and "output=csv" not in url and "format=csv" not in url:
        key = url.split(SHEETS_MARKER, 1)[1].split("/", 1)[0]
        return f"https://{SHEETS_MARKER}{key}/export?format=csv"
    return url


def download_sheet(
    url: str,
    folder: Path,
    *,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Download ``url`` as CSV into ``folder``; returns the file (bytes go to ``progress``)."""
    import requests  # only when a sheet is downloaded: keeps the window's start quick

    address = published_csv_url(url)
    make_private_folder(folder)
    path = folder / f"sheet-{secrets.token_hex(4)}.csv"
    try:
        with requests.get(address, stream=True, timeout=DOWNLOAD_TIMEOUT_S) as response:
            response.raise_for_status()
            with open_private(path) as handle:
                for chunk in response.iter_content(64 * 1024):
                    if handle.tell() + len(chunk) > DOWNLOAD_MAX_BYTES:
                        raise ValidationError("the sheet is larger than 200 MB")
                    if cancelled is not None and cancelled():
                        raise ValidationError("download cancelled")
                    handle.write(chunk)
                    if progress is not None:
                        progress(handle.tell())
    except requests.RequestException as exc:
        path.unlink(missing_ok=True)
        raise ValidationError(f"the sheet could not be downloaded: {exc}") from exc
    except ValidationError:
        path.unlink(missing_ok=True)
        raise
    return path
