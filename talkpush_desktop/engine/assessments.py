"""``ws.assessments``: the recruitment side's assessment events.

- :meth:`AssessmentsService.invite`: candidates were invited to an assessment (a test of
  the assessment tool, its ``test_id`` being the ``assessmentTestId`` of seed 004's
  assessment campaigns). Recorded once per candidate and test (when, by whom); in the
  same transaction each new invitation makes the candidate a lead of the company's
  running assessment campaigns for that test that take invited candidates
  (:mod:`engine.outbound.invited_leads`).
- :meth:`AssessmentsService.submitted`: the assessment tool reported the candidates'
  submissions: the invitation records it, and their leads on the test's campaigns become
  ``Submitted``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Insert, select
from sqlalchemy.orm import Session

from talkpush_desktop.engine.company import campaign_access
from talkpush_desktop.engine.context import Service
from talkpush_desktop.engine.errors import NotFoundError, ValidationError
from talkpush_desktop.engine.outbound import invited_leads
from talkpush_desktop.engine.outbound.invited_leads import LeadSkipped, LeadTaken
from talkpush_desktop.engine.outbound.vocab import iso_z
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.storage.models import AssessmentInvitation, Candidate, table_of

MAX_TEST_ID, MAX_NAME = 200, 500


@dataclass(frozen=True, slots=True)
class InvitationReport:
    """What an invitation did: who was invited now, who had been already, and the leads
    the assessment campaigns took or skipped (and why)."""

    test_id: str
    invited: tuple[int, ...]
    already_invited: tuple[int, ...]
    leads: tuple[LeadTaken, ...]
    skipped: tuple[LeadSkipped, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "testId": self.test_id,
            "invited": list(self.invited),
            "alreadyInvited": list(self.already_invited),
            "leads": [_lead(x) for x in self.leads],
            "skipped": [
                {"campaignId": x.campaign_id, "candidateId": x.candidate_id, "reason": x.reason}
                for x in self.skipped
            ],
        }


@dataclass(frozen=True, slots=True)
class SubmissionReport:
    """What a reported submission did: the invitations marked, the candidates never
    invited to the test (nothing recorded for them), and the leads now ``Submitted``."""

    test_id: str
    submitted: tuple[int, ...]
    not_invited: tuple[int, ...]
    leads: tuple[LeadTaken, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "testId": self.test_id,
            "submitted": list(self.submitted),
            "notInvited": list(self.not_invited),
            "leads": [_lead(x) for x in self.leads],
        }


@dataclass(frozen=True, slots=True)
class InvitationInfo:
    """One invitation of a candidate."""

    candidate_id: int
    test_id: str
    name: str
    invited_by: int | None
    invited_at: datetime
    submitted_at: datetime | None

    def to_json(self) -> dict[str, Any]:
        return {
            "candidateId": self.candidate_id,
            "testId": self.test_id,
            "name": self.name,
            "invitedBy": self.invited_by,
            "invitedAt": iso_z(self.invited_at),
            "submittedAt": iso_z(self.submitted_at),
        }


def _lead(x: LeadTaken) -> dict[str, int]:
    return {"campaignId": x.campaign_id, "candidateId": x.candidate_id, "leadId": x.lead_id}


def _text(value: object, what: str, limit: int, *, required: bool) -> str:
    text = value.strip() if isinstance(value, str) else ""
    if required and not text:
        raise ValidationError(f"{what}: give the assessment's test id")
    if len(text) > limit:
        raise ValidationError(f"{what}: at most {limit} characters")
    return text


def _ids(candidate_ids: Iterable[int]) -> list[int]:
    ids = list(dict.fromkeys(int(i) for i in candidate_ids))
    if not ids:
        raise ValidationError("give at least one candidate id")
    return ids


def _candidates(s: Session, company_id: int, ids: Sequence[int]) -> list[Candidate]:
    """The company's candidates ``ids``, in that order (NotFoundError names a missing one)."""
    reach = campaign_access.reachable_candidates(s, company_id)  # a manager: their campaigns
    found = {
        c.id: c
        for c in s.scalars(select(Candidate).where(Candidate.id.in_(ids), Candidate.id.in_(reach)))
    }
    missing = [i for i in ids if i not in found]
    if missing:
        raise NotFoundError(f"no candidate with id {missing[0]}")
    return [found[i] for i in ids]


def _insert_new(s: Session, rows: list[dict[str, Any]]) -> set[int]:
    """Insert the invitations, passing over those already there (``ON CONFLICT DO
    NOTHING``: also one another writer made meanwhile); the candidate ids inserted."""
    if not rows:
        return set()
    table = table_of(AssessmentInvitation)
    statement: Insert
    if s.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects import postgresql

        statement = postgresql.insert(table).on_conflict_do_nothing()
    else:
        from sqlalchemy.dialects import sqlite

        statement = sqlite.insert(table).on_conflict_do_nothing()
    return set(s.scalars(statement.returning(table.c.candidate_id), rows))


class AssessmentsService(Service):
    """Invitations to assessments and their submissions (for the acting company)."""

    def invite(
        self, candidate_ids: Iterable[int], test_id: str, name: str | None = None
    ) -> InvitationReport:
        """Record that the candidates were invited to assessment ``test_id`` (by the acting
        user, now; once per candidate and test) and add the newly invited to the running
        assessment campaigns for the test that take invited candidates."""
        test = _text(test_id, "test", MAX_TEST_ID, required=True)
        title = _text(name or "", "name", MAX_NAME, required=False)
        ids = _ids(candidate_ids)
        company, now = self._ctx.company_id, utcnow()
        with self._ctx.transaction() as s:
            found = _candidates(s, company, ids)
            rows = [
                {
                    "company_id": company,
                    "candidate_id": c.id,
                    "test_id": test,
                    "name": title,
                    "invited_by": self._ctx.user_id,
                    "invited_at": now,
                }
                for c in found
            ]
            new = _insert_new(s, rows)
            fresh = [c for c in found if c.id in new]
            taken, skipped = invited_leads.take_invited(s, company, test, fresh)
        return InvitationReport(
            test,
            tuple(c.id for c in fresh),
            tuple(i for i in ids if i not in new),
            tuple(taken),
            tuple(skipped),
        )

    def submitted(self, candidate_ids: Iterable[int], test_id: str) -> SubmissionReport:
        """The assessment tool reported that the candidates submitted assessment
        ``test_id``: their invitations record it (the first report's time) and their leads
        on the company's campaigns for the test become ``Submitted``. A candidate never
        invited to the test is reported back, and nothing is recorded for it."""
        test = _text(test_id, "test", MAX_TEST_ID, required=True)
        ids = _ids(candidate_ids)
        company, now = self._ctx.company_id, utcnow()
        with self._ctx.transaction() as s:
            found = _candidates(s, company, ids)
            invitations = {
                row.candidate_id: row
                for row in s.scalars(
                    select(AssessmentInvitation).where(
                        AssessmentInvitation.test_id == test,
                        AssessmentInvitation.candidate_id.in_(ids),
                    )
                )
            }
            for row in invitations.values():
                if row.submitted_at is None:
                    row.submitted_at = now
            invited = [c for c in found if c.id in invitations]
            marked = invited_leads.mark_submitted(s, company, test, invited)
        return SubmissionReport(
            test,
            tuple(c.id for c in invited),
            tuple(i for i in ids if i not in invitations),
            tuple(marked),
        )

    def tests(self) -> dict[str, str]:
        """The assessment tests the company's assessment campaigns name: test id -> name
        (what the window offers when inviting)."""
        with self._ctx.reading() as s:
            return invited_leads.known_tests(s, self._ctx.company_id)

    def invitations(self, candidate_id: int) -> list[InvitationInfo]:
        """The candidate's invitations, oldest first."""
        with self._ctx.reading() as s:
            _candidates(s, self._ctx.company_id, [candidate_id])
            rows = s.scalars(
                select(AssessmentInvitation)
                .where(AssessmentInvitation.candidate_id == candidate_id)
                .order_by(AssessmentInvitation.id)
            )
            return [
                InvitationInfo(
                    r.candidate_id, r.test_id, r.name, r.invited_by, r.invited_at, r.submitted_at
                )
                for r in rows
            ]
