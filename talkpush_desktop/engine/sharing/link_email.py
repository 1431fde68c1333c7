"""The email that brings a share link to its recipient (``share create --to EMAIL``, the
Sharing dialog's "For"): who shared whom, the link, and until when it opens."""

from __future__ import annotations

from html import escape

from sqlalchemy import select
from sqlalchemy.orm import Session

from talkpush_desktop.engine.providers.base import Outgoing
from talkpush_desktop.engine.sharing.links import ShareLinkInfo
from talkpush_desktop.storage.models import Candidate, Company, User


def compose(s: Session, company_id: int, user_id: int | None, link: ShareLinkInfo) -> Outgoing:
    """The email to ``link.recipient`` (sent by the company's email provider)."""
    company = s.get(Company, company_id)
    sender = s.scalar(select(User.name).where(User.id == user_id)) if user_id else None
    row = s.get(Candidate, link.candidate_id)
    name = " ".join(f"{row.first_name} {row.last_name}".split()) if row else ""
    firm = company.name if company else ""
    who = f"{sender} of {firm}" if sender and firm else sender or firm or "A recruiter"
    whom = name or "a candidate"
    until = f"{link.expires_at:%Y-%m-%d %H:%M} UTC"
    subject = f"{who} shared {whom}'s profile with you"
    text = (
        f"{who} shared {whom}'s candidate profile with you:\n\n{link.url}\n\n"
        f"The link opens until {until}; you need no account."
    )
    html = (
        f"<p>{escape(who)} shared {escape(whom)}'s candidate profile with you.</p>"
        f'<p><a href="{escape(link.url)}">Open the profile</a></p>'
        f'<p style="color:#52606d">The link opens until {escape(until)}; you need no account.'
        "</p>"
    )
    return Outgoing(
        0,
        "email",
        link.recipient,
        text,
        subject,
        html,
        firm,
        key=f"share-{link.id}",
    )
