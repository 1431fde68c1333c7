"""Which process runs an import batch, so a batch whose process died reads "interrupted".

While a batch runs, the key-value table ``sync_cursors`` holds
``import-batch-owner:<id>`` = ``host:pid:token`` (:mod:`engine.owners`). Opening a workspace
marks every "running" batch whose owner is gone (or was never recorded) ``interrupted``;
what it committed stays, and a re-run of the same file counts those rows as already
imported.
"""

from __future__ import annotations

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from talkpush_desktop.engine import owners
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.storage.models import ImportBatch, SyncCursor

RUNNING = "running"
INTERRUPTED = "interrupted"


def _key(batch_id: int) -> str:
    return f"import-batch-owner:{batch_id}"


def claim(s: Session, batch_id: int) -> None:
    """Record the calling process as the runner of ``batch_id``."""
    s.add(SyncCursor(name=_key(batch_id), value=owners.this_process(), updated_at=utcnow()))


def release(s: Session, batch_id: int) -> None:
    """The batch ended (whatever its status): forget its runner."""
    s.execute(delete(SyncCursor).where(SyncCursor.name == _key(batch_id)))


def any_running(s: Session) -> bool:
    """True when some batch reads "running" (a read: only then is a write lock needed)."""
    return (
        s.scalar(select(ImportBatch.id).where(ImportBatch.status == RUNNING).limit(1)) is not None
    )


def mark_interrupted(s: Session) -> list[int]:
    """Mark running batches whose process is gone as interrupted; their ids."""
    running = list(s.scalars(select(ImportBatch.id).where(ImportBatch.status == RUNNING)))
    if not running:
        return []
    names = {_key(b): b for b in running}
    query = select(SyncCursor.name, SyncCursor.value).where(SyncCursor.name.in_(names))
    recorded = {name: value for name, value in s.execute(query)}
    dead = [
        batch
        for name, batch in names.items()
        if name not in recorded or not owners.owner_alive(recorded[name])
    ]
    if dead:
        s.execute(update(ImportBatch).where(ImportBatch.id.in_(dead)).values(status=INTERRUPTED))
        s.execute(delete(SyncCursor).where(SyncCursor.name.in_([_key(b) for b in dead])))
    return dead
