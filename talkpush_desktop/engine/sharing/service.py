"""``ws.sharing``: share a candidate's profile with someone who has no account.

``create`` makes a signed, expiring link to a read-only page of the chosen sections
(:mod:`.links`) and, given a recipient, emails it to them (the company's email provider);
``links`` lists a candidate's, ``revoke`` ends one (its page is then gone).
``page`` and ``file`` are what ``serve`` answers at ``/share/{token}``; ``save_page`` writes
the same page as one self-contained HTML file (recordings as data URIs).
"""

from __future__ import annotations

import base64
import mimetypes
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from talkpush_desktop.engine.candidates.contacts import ContactError, normalize_email
from talkpush_desktop.engine.candidates.detail import detail
from talkpush_desktop.engine.company.campaign_access import ACTING_USER
from talkpush_desktop.engine.company.public_url import public_url
from talkpush_desktop.engine.context import Service
from talkpush_desktop.engine.dto import ResponseInfo
from talkpush_desktop.engine.errors import NotFoundError, ValidationError
from talkpush_desktop.engine.messaging.messages import history
from talkpush_desktop.engine.sharing import link_email, links
from talkpush_desktop.engine.sharing.links import ShareLinkInfo
from talkpush_desktop.engine.sharing.page import PageData, render
from talkpush_desktop.engine.sharing.staff_mail import SENT, hand_over
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.storage.models import Campaign

LOCAL_SERVER = "http://127.0.0.1:8080"
"""The links' address when the workspace has no public URL (``serve``'s default)."""


class SharingService(Service):
    """Share links of the acting company's candidates, and their pages."""

    def _base_url(self, s: Session) -> str:
        return public_url(s, self._ctx.company_id) or LOCAL_SERVER

    def _titles(self, s: Session) -> dict[int, str]:
        rows = s.execute(
            select(Campaign.id, Campaign.title).where(Campaign.company_id == self._ctx.company_id)
        )
        return {cid: title for cid, title in rows}

    def create(
        self,
        candidate_id: int,
        sections: Sequence[str] | None = None,
        expires_in: timedelta = links.DEFAULT_EXPIRY,
        recipient: str = "",
        now: datetime | None = None,
    ) -> ShareLinkInfo:
        """A new link to the candidate's page showing ``sections`` (all when None)."""
        chosen = links.parse_sections(None if sections is None else ",".join(sections))
        try:
            to = normalize_email(recipient)
        except ContactError as exc:
            raise ValidationError(f"recipient: {exc}") from None
        if expires_in <= timedelta(0):
            raise ValidationError("expires: must be in the future")
        with self._ctx.transaction() as s:
            detail(s, self._ctx.company_id, candidate_id, {})  # NotFoundError if not theirs
            link, token = links.create(
                s,
                self._ctx.company_id,
                candidate_id,
                chosen,
                expires_in,
                recipient=to,
                user_id=self._ctx.user_id,
                now=now,
            )
            made = links.info(link, token, self._base_url(s))
            email = (
                link_email.compose(s, self._ctx.company_id, self._ctx.user_id, made) if to else None
            )
        if email is None:
            return made
        state, _provider_id, error = hand_over(self._ctx, email)
        return replace(made, emailed=state if state == SENT else f"not sent: {error}")

    def links(self, candidate_id: int) -> list[ShareLinkInfo]:
        """The candidate's links, newest first (revoked and expired ones too)."""
        with self._ctx.transaction() as s:
            detail(s, self._ctx.company_id, candidate_id, {})
            key = links.signing_key(s, self._ctx.company_id)
            base = self._base_url(s)
            return [
                links.info(row, links.token_of(key, row), base)
                for row in links.of_candidate(s, self._ctx.company_id, candidate_id)
            ]

    def revoke(self, token: str, now: datetime | None = None) -> ShareLinkInfo:
        """End a link: its page answers 404 from now on. NotFoundError for a token that is
        no link of the company."""
        with self._ctx.transaction() as s:
            link = links.found(s, token.strip())
            if link is None or link.company_id != self._ctx.company_id:
                raise NotFoundError("no share link with that token")
            detail(s, self._ctx.company_id, link.candidate_id, {})  # theirs to see
            if link.revoked_at is None:
                link.revoked_at = now or utcnow()
            return links.info(link, token.strip(), self._base_url(s))

    def company_of(self, token: str) -> int | None:
        """The company of the link ``token`` opens, whichever company it is (None: it
        opens nothing): the server answers it with that company's workspace."""
        with self._ctx.reading() as s:
            link = links.opens(s, token)
            return link.company_id if link is not None else None

    def _data(
        self, s: Session, candidate_id: int, expires_at: datetime | None
    ) -> tuple[PageData, Path | None]:
        d = detail(s, self._ctx.company_id, candidate_id, self._titles(s))
        messages = history(self._ctx.reader, self._ctx.company_id, candidate_id)
        return PageData(d, messages, expires_at), self._stored(d.cv_path)

    def _stored(self, stored: str) -> Path | None:
        if not stored or "://" in stored:
            return None
        path = Path(stored)
        path = path if path.is_absolute() else self._ctx.data_dir / path
        return path if path.is_file() else None

    def page(self, token: str, now: datetime | None = None) -> str | None:
        """The HTML of the page ``token`` opens (None: none, the server's 404); recordings
        and the CV are fetched under the token."""
        with self._ctx.transaction() as s:
            s.info[ACTING_USER] = None  # the link's page, whoever acts: it needs no account
            link = links.opens(s, token, now)
            if link is None or link.company_id != self._ctx.company_id:
                return None
            data, cv = self._data(s, link.candidate_id, link.expires_at)
            sections = link.sections.split(",")

        def audio(index: int, r: ResponseInfo) -> str | None:
            if "://" in r.audio_path:
                return r.audio_path
            return f"/share/{token}/audio/{index}" if self._stored(r.audio_path) else None

        return render(data, sections, audio, f"/share/{token}/cv" if cv else None)

    def file(self, token: str, what: str, index: int = 0) -> Path | None:
        """A recording (``audio``, the ``index``-th response's) or the CV (``cv``) of the
        page ``token`` opens, when that section is shown and the file is here."""
        with self._ctx.transaction() as s:
            s.info[ACTING_USER] = None
            link = links.opens(s, token)
            if link is None or link.company_id != self._ctx.company_id:
                return None
            shown = link.sections.split(",")
            d = detail(s, self._ctx.company_id, link.candidate_id, {})
        if what == "cv" and "cv" in shown:
            return self._stored(d.cv_path)
        if what == "audio" and "responses" in shown and 0 <= index < len(d.responses):
            return self._stored(d.responses[index].audio_path)
        return None

    def save_page(
        self, candidate_id: int, path: Path | str, sections: Sequence[str] | None = None
    ) -> Path:
        """Write the candidate's page as one self-contained HTML file (no server needed)."""
        chosen = links.parse_sections(None if sections is None else ",".join(sections))
        with self._ctx.transaction() as s:
            data, cv = self._data(s, candidate_id, None)

        def audio(_index: int, r: ResponseInfo) -> str | None:
            if "://" in r.audio_path:
                return r.audio_path
            found = self._stored(r.audio_path)
            return _data_uri(found) if found else None

        html = render(data, chosen, audio, _data_uri(cv) if cv else None)
        target = Path(path)
        partial = target.with_name(target.name + ".partial")
        partial.write_text(html, encoding="utf-8")
        partial.replace(target)  # nothing half-written
        return target


def _data_uri(path: Path) -> str:
    kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return f"data:{kind};base64,{base64.b64encode(path.read_bytes()).decode('ascii')}"
