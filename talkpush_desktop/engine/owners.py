"""Naming the process that owns a piece of shared work, and telling whether it still runs.

An owner is ``host:pid:token``; on Linux the token ends in the process's start time
(``abcd1234.START``, clock ticks since boot from ``/proc/PID/stat``), so a pid that a later
process reuses is told apart. A process on this host that no longer exists owns nothing
any more: no such pid, a zombie (killed, not yet reaped), or a pid now held by a process
started at another time. Another host's process is trusted (its lease or record stands),
and so is one this host cannot look at safely (Windows, where signal 0 is not a probe).
The outbox, the dialer's call attempts and import batches all name their owners here.
"""

from __future__ import annotations

import os
import socket
import uuid
from pathlib import Path


def _stat(pid: int) -> tuple[str, str] | None:
    """The process's state letter and start time from ``/proc/PID/stat`` (None: no such
    process, or no ``/proc``)."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return None
    fields = text.rsplit(")", 1)[-1].split()
    return (fields[0], fields[19]) if len(fields) > 19 else None


def process(pid: int, token: str = "") -> str:
    """The owner name of the process ``pid`` on this host (``token``: a fresh one)."""
    found = _stat(pid)
    token = token or uuid.uuid4().hex[:8]
    return f"{socket.gethostname()}:{pid}:{token}{f'.{found[1]}' if found else ''}"


def this_process() -> str:
    """A fresh owner name for the calling process."""
    return process(os.getpid())


def owner_alive(owner: str, host: str | None = None) -> bool:
    """Whether the process named ``owner`` (host:pid:token) may still be running."""
    parts = owner.split(":")
    if len(parts) != 3 or parts[0] != (host or socket.gethostname()):
        return True  # another machine's worker: trust its lease
    try:
        pid = int(parts[1])
    except ValueError:
        return False
    if Path("/proc/self/stat").exists():
        found = _stat(pid)
        started = parts[2].partition(".")[2]
        return found is not None and found[0] not in "ZX" and found[1] == (started or found[1])
    if os.name == "nt":
        return True  # os.kill(pid, 0) would send a console event there, not probe
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
