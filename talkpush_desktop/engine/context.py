"""The small context every engine service and worker is built on.

It holds what a piece of the engine needs to act for the recruiter: the database (its
sessions and the fast reader), the acting company and user, the workspace folder, the
secret store and the undo stack. The :class:`~engine.workspace.Workspace` builds one when
it opens and hands it to each service (``ws.candidates``, ``ws.messaging``...) and to the
workers below them (the sync worker, the call driver, the importer); none of them ever
holds the Workspace itself, so no engine module reaches back up to the facade.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from talkpush_desktop.engine.company.campaign_access import ACTING_USER
from talkpush_desktop.engine.secret_store import STORE_KEY, SecretStore
from talkpush_desktop.engine.undo import UndoStack
from talkpush_desktop.storage import change_watch
from talkpush_desktop.storage.database import Database
from talkpush_desktop.storage.fast_read import FastReader


@dataclass(eq=False)
class Context:
    """What a service acts with: sessions, the acting company and user, the data folder."""

    db: Database
    data_dir: Path
    company_id: int
    user_id: int
    reader: FastReader
    undo_stack: UndoStack = field(default_factory=UndoStack)
    titles: dict[int, str] | None = None
    """Campaign titles by id, cached by the campaigns service (None: read again)."""
    _secrets: SecretStore | None = None
    dialect: str = field(init=False)
    """``sqlite`` or ``postgresql`` (read on every list call, so an attribute)."""

    def __post_init__(self) -> None:
        self.dialect = self.db.engine.dialect.name

    @property
    def secrets(self) -> SecretStore:
        """The keyring-backed store of provider secrets and signing keys (opened lazily)."""
        if self._secrets is None:
            self._secrets = SecretStore(self.data_dir)
        return self._secrets

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work commits on success and rolls back on any error (on
        PostgreSQL its commit notifies open windows of the company's changes)."""
        with change_watch.noting(self.company_id), self.db.sessions.begin() as session:
            session.info[STORE_KEY] = lambda: self.secrets  # read only when a key is needed
            session.info[ACTING_USER] = self.user_id
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only session: on SQLite a snapshot that never waits for a writer (a
        writing :meth:`transaction` takes the write lock when it starts)."""
        with self.db.reads() as session:
            session.info[STORE_KEY] = lambda: self.secrets
            session.info[ACTING_USER] = self.user_id
            yield session

    def forget_titles(self) -> None:
        """Campaigns were added or renamed behind the cache: read titles again."""
        self.titles = None


class Service:
    """Base of the Workspace's services: each acts through the one context it is given."""

    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx
