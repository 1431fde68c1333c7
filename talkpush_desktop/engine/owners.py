"""Naming the process that owns a piece of shared work, and telling whether it still runs.

An owner is ``host:pid:token``. A process on this host that no longer exists owns nothing
any more; another host's process is trusted (its lease or record stands).
"""

from __future__ import annotations

import os
import socket
import uuid


def this_process() -> str:
    """A fresh owner name for the calling process."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def owner_alive(owner: str, host: str | None = None) -> bool:
    """Whether the process named ``owner`` (host:pid:token) may still be running."""
    parts = owner.split(":")
    if len(parts) != 3 or parts[0] != (host or socket.gethostname()):
        return True  # another machine's worker: trust its lease
    try:
        os.kill(int(parts[1]), 0)
    except (ProcessLookupError, ValueError):
        return False
    except PermissionError:
        return True
    return True
