"""Phone interviews (robocall): a step driver for live calls that needs no public URL.

**Why not ``<Record>`` / ``<Gather>``.** Both hand the call to their ``action`` URL when
they finish; without one, Twilio requests the *current document's URL*, and "any TwiML
verbs occurring after a ``<Record>`` are unreachable" (TwiML ``<Record>`` reference; the
only exception is an empty recording). A call started with inline ``Twiml`` has no
document URL, and a desktop app has no URL Twilio can reach, so a ``<Pause>`` after
``<Record>`` never runs. Twilio's transcriptions only exist for ``<Record transcribe>``
recordings of at most two minutes (Recording Transcription reference), so they are lost
with it.

**What we do instead.** The whole call is recorded (Calls ``Record=true``, only the
candidate's side ``RecordingTrack=inbound``, untrimmed ``Trim=do-not-trim`` so file
offsets are offsets from the answer) and the live call is driven by replacing its TwiML:

1. :func:`place` queues the first step (introduction, privacy with "stay on the line to
   accept", instructions, question 1) as a bot message on channel ``voice``; the outbox
   places the call exactly once (its retries, its in-doubt check), and the message's
   provider id becomes the call SID. A ``phone_calls`` row keeps the plan: every step's
   words, its estimated speech length, and when it was spoken.
2. :meth:`CallDriver.advance` (run by the sync worker once per pass) polls each live call.
   When it is answered, the answer window of question 1 opens after the spoken part; when
   the window is over (speech estimate + ``answer_seconds``, our clock), the call gets
   ``update(twiml=<Say>question k</Say><Pause/>)``, after the last question the closing
   ``<Say>`` and ``<Hangup/>``. The ``<Pause>`` is longer than the window
   (``HOLD_GRACE``) so the line stays up until the next step arrives. Each update's answer
   carries Twilio's ``date_updated``: when that step began, on Twilio's clock.
3. When the call is over the recording is downloaded (``.wav``), cut into the answer
   windows with :mod:`wave` (offsets from the recording's ``start_time``, so our clock's
   skew does not matter), each slice stored under ``<data_dir>/recordings/`` as that
   question's response. A transcription Twilio has for a recording becomes the transcript
   of the one answer it covers; one covering several answers is kept on the call and put
   in the chat as a note. Every question answered: the interview is completed (Completed
   folder, completion template).
4. ``busy`` / ``no-answer`` / ``failed`` / ``canceled`` before an answer: a bot note in
   the chat says so. There is no redial loop; the outbox's retries cover placing only.

**Sandbox.** The same plan plays on the simulated phone (:mod:`engine.interview.sandbox_calls`):
each step is a ``voice`` row to the candidate, each typed (or keyed) answer is the
question's response with the text as its transcript.

All state is in ``phone_calls``: a restart resumes each call where it was. Moving to the
next step is a compare-and-set on ``step``, so two workers never both speak it.

This module places calls and lists them; the plan and its data are in
:mod:`.call_script`, the provider in :mod:`.call_line`, the driver in :mod:`.call_driver`,
the recording's slicing in :mod:`.call_audio`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import select

from talkpush_desktop.engine.company import campaign_access
from talkpush_desktop.engine.interview import placing
from talkpush_desktop.engine.interview.call_audio import SLICE_LEAD
from talkpush_desktop.engine.interview.call_driver import RECORDING_WAIT, SANDBOX_RING, CallDriver
from talkpush_desktop.engine.interview.call_line import CallLine, build_line
from talkpush_desktop.engine.interview.call_script import ACCEPT, CallInfo, speech_seconds
from talkpush_desktop.engine.timeutil import utcnow
from talkpush_desktop.storage.models import Candidate, PhoneCall

if TYPE_CHECKING:
    from talkpush_desktop.engine.context import Context

__all__ = [
    "ACCEPT",
    "RECORDING_WAIT",
    "SANDBOX_RING",
    "SLICE_LEAD",
    "CallDriver",
    "CallInfo",
    "CallLine",
    "advance",
    "build_line",
    "calls",
    "place",
    "speech_seconds",
]


def place(ctx: Context, candidate_id: int, *, at: datetime | None = None) -> int:
    """Start a robocall interview with a candidate; returns the call's id.

    The first step goes out through the outbox as a bot message on channel ``voice``;
    refused (ValidationError) without a phone, questions, or while a call to the same
    person or number is still going.
    """
    when = at or utcnow()
    with ctx.transaction() as s:
        c = campaign_access.candidate(s, ctx.company_id, candidate_id)
        voice = placing.voice_of(s, ctx.company_id)
        return placing.place_in(s, c, voice, user_id=ctx.user_id, at=when)


def calls(ctx: Context, candidate_id: int | None = None) -> list[CallInfo]:
    """The company's robocalls (or one candidate's), newest first."""
    with ctx.transaction() as s:
        query = (
            select(PhoneCall)
            .join(Candidate, Candidate.id == PhoneCall.candidate_id)
            .where(Candidate.company_id == ctx.company_id)
            .order_by(PhoneCall.id.desc())
        )
        if candidate_id is not None:
            query = query.where(PhoneCall.candidate_id == candidate_id)
        user = campaign_access.bound(s)  # a manager: their campaigns' calls only
        if user is not None:
            query = query.where(Candidate.campaign_id.in_(campaign_access.member_of(user)))
        return [
            CallInfo(
                r.id,
                r.candidate_id,
                r.provider,
                r.address,
                r.call_ref,
                r.status,
                r.call_status,
                r.step,
                sum(1 for st in r.steps if st.get("q") is not None),
                r.answers,
                r.next_step_at,
                r.created_at,
                r.ended_at,
                r.error,
            )
            for r in s.scalars(query)
        ]


def advance(ctx: Context, *, clock: Callable[[], datetime] = utcnow) -> int:
    """One pass over the live robocalls with a driver of its own (the CLI's ``sync``)."""
    driver = CallDriver(ctx, clock=clock)
    try:
        return driver.advance()
    finally:
        driver.close()
