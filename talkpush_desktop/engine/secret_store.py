"""Provider secrets (auth tokens, passwords) in the OS keyring, never in the database.

The database keeps only a random reference (``secret_ref``); the secret is stored under it
in the keyring service ``talkpush-desktop``. When the machine has no keyring backend (a
headless server), secrets go to ``secrets.json`` in the workspace folder, readable by the
owner only (0600), and :attr:`SecretStore.warning` says so; the CLI prints it. A file that
cannot be read is refused, for reading and writing, and left as it is for the user to mend.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
from pathlib import Path

from talkpush_desktop.engine.errors import WorkspaceError

SERVICE = "talkpush-desktop"
FALLBACK_FILE = "secrets.json"


class SecretStoreError(WorkspaceError):
    """The secrets file cannot be read or written; the message names it."""


STORE_KEY = "secret_store"
"""Where a workspace session's ``info`` holds a function giving its :class:`SecretStore`
(called only when a key is to be read, e.g. the links' signing key)."""


def new_ref() -> str:
    """A fresh reference for a secret (what the database stores instead of it)."""
    return secrets.token_hex(12)


def _usable_keyring() -> object | None:
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
    except Exception:  # a broken keyring install behaves like none at all
        return None
    if isinstance(backend, fail.Keyring):
        return None
    return backend


class SecretStore:
    """Get and set secrets by reference, in the keyring or the 0600 fallback file."""

    def __init__(self, data_dir: Path) -> None:
        self.fallback = data_dir / FALLBACK_FILE
        self._backend = _usable_keyring()

    @property
    def uses_keyring(self) -> bool:
        return self._backend is not None

    @property
    def warning(self) -> str:
        """Empty with a keyring; otherwise where the secrets are kept instead, or why that
        file cannot be used."""
        if self.uses_keyring:
            return ""
        try:
            self._read_file()
        except SecretStoreError as exc:
            return str(exc)
        return (
            "no system keyring is available: secrets are kept in "
            f"{self.fallback} (readable only by you)"
        )

    def set(self, ref: str, secret: str) -> None:
        if self._backend is not None:
            self._backend.set_password(SERVICE, ref, secret)  # type: ignore[attr-defined]
            return
        data = self._read_file()
        data[ref] = secret
        self._write_file(data)

    def get(self, ref: str) -> str:
        """The secret stored under ``ref``, or "" when there is none."""
        if not ref:
            return ""
        if self._backend is not None:
            value = self._backend.get_password(SERVICE, ref)  # type: ignore[attr-defined]
            return str(value or "")
        return self._read_file().get(ref, "")

    def delete(self, ref: str) -> None:
        if self._backend is not None:
            try:
                self._backend.delete_password(SERVICE, ref)  # type: ignore[attr-defined]
            except Exception:  # already gone
                pass
            return
        data = self._read_file()
        if data.pop(ref, None) is not None:
            self._write_file(data)

    def _read_file(self) -> dict[str, str]:
        """The stored secrets ({} before the first one). A file that cannot be read whole
        is never taken for an empty one, which the next write would then replace."""
        try:
            loaded = json.loads(self.fallback.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            raise self._unreadable(getattr(exc, "strerror", None) or "not valid JSON") from exc
        if not isinstance(loaded, dict):
            raise self._unreadable("not a JSON object")
        return {str(k): str(v) for k, v in loaded.items()}

    def _unreadable(self, why: str) -> SecretStoreError:
        return SecretStoreError(
            f"the secret store {self.fallback} is unreadable ({why}); nothing was changed: "
            "restore it from a backup, or move it aside and set each provider's secret again"
        )

    def _write_file(self, data: dict[str, str]) -> None:
        """Replace the file whole (a temporary file renamed over it); on any failure, such
        as a full disk, the old file stays as it was and no temporary file is left."""
        tmp = self.fallback.with_suffix(".tmp")
        try:
            self.fallback.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(data, out)
                out.flush()
                os.fsync(out.fileno())
            os.chmod(tmp, 0o600)
            os.replace(tmp, self.fallback)
        except OSError as exc:
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)
            raise SecretStoreError(
                f"cannot save the secret in {self.fallback}: {exc.strerror or exc}"
            ) from exc
