"""Who holds a claimed attempt: a per-process worker id, and whether its process is gone.

A dialer claims an attempt with a lease (:data:`.attempts.LEASE`) *and* its worker id,
``host|boot|pid|start``: the host name, the kernel's boot id (Linux; "" elsewhere), the
process id and the process's start time in clock ticks since boot (Linux; "" elsewhere).
A worker that restarts on the same workstation asks :func:`is_dead` of the owners of the
attempts still leased: one on this host whose process is gone (no such pid, a zombie, or
a pid now held by a process started at another time, or a previous boot) cannot be placing
a call any more, so its attempts are reconciled at once instead of after the lease. An
owner on another host, or one this process cannot judge (Windows, an unreadable id), is
alive until its lease runs out: the lease stays the rule, the id only shortens the wait.
"""

from __future__ import annotations

import os
import socket
from functools import cache
from pathlib import Path

SEPARATOR = "|"
MAX_LENGTH = 200
"""``call_attempts.lease_owner``'s width."""


def _read(path: str) -> str:
    try:
        return Path(path).read_text(encoding="ascii", errors="replace").strip()
    except OSError:
        return ""


@cache
def host() -> str:
    """This workstation: its name (no separator in it) and its boot id."""
    name = socket.gethostname().replace(SEPARATOR, "_")[:120]
    return f"{name}{SEPARATOR}{_read('/proc/sys/kernel/random/boot_id')}"


def _stat(pid: int) -> tuple[str, str] | None:
    """The process's state letter and start time (``/proc/PID/stat``); None when there is
    no such process or no ``/proc``."""
    text = _read(f"/proc/{pid}/stat")
    if not text or ")" not in text:
        return None
    fields = text.rsplit(")", 1)[1].split()
    return (fields[0], fields[19]) if len(fields) > 19 else None


def of(pid: int) -> str:
    """The worker id of the process ``pid`` on this host."""
    found = _stat(pid)
    return f"{host()}{SEPARATOR}{pid}{SEPARATOR}{found[1] if found else ''}"[:MAX_LENGTH]


def current() -> str:
    """This process's worker id (computed each time: a forked child is another worker)."""
    return of(os.getpid())


def is_dead(owner: str) -> bool:
    """Whether the worker ``owner`` is certainly gone (see the module's documentation)."""
    parts = owner.rsplit(SEPARATOR, 2)
    if len(parts) != 3 or not parts[1].isdigit():
        return False
    where, pid_text, started = parts
    here_name, here_boot = host().split(SEPARATOR, 1)
    name, _, boot = where.partition(SEPARATOR)
    if name != here_name:
        return False  # another workstation: only its lease tells
    if boot and here_boot and boot != here_boot:
        return True  # a previous boot of this workstation
    pid = int(pid_text)
    if owner == current():
        return False
    if Path("/proc/self/stat").exists():
        found = _stat(pid)
        return found is None or found[0] in "ZX" or bool(started and found[1] != started)
    if os.name != "posix":
        return False  # no cheap, safe look at another process: wait for the lease
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:  # it exists (another user's)
        return False
    return False
