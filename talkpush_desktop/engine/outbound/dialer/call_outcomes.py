"""What a finished call means for its lead: the dial outcome, the lead's status bucket, and
whether (and when) to call again.

**The dial outcome** comes from the provider's final call status and answering-machine
detection (Twilio ``MachineDetection=Enable`` sets ``AnsweredBy``):

==========================================  ===============
Twilio ``Status`` / ``AnsweredBy``          outcome
==========================================  ===============
``completed``, ``human`` / ``unknown`` / ""  ``answered``
``completed``, ``machine_*`` / ``fax``       ``machine`` (a voicemail counts as not answered)
``no-answer``                                ``no-answer``
``busy``                                     ``busy``
``failed``                                   ``failed``
``canceled``                                 ``canceled``
==========================================  ===============

**The lead's bucket** (the seed's ``Interested`` / ``NotInterested`` / ``NoAnswer`` /
``Pending``) from an answered call's keypad digits or speech:

- ``1`` (or "yes", "interested") → ``Interested``;
- ``2`` (or "no", "not interested") → ``NotInterested``;
- ``9`` (or "stop", "do not call", "remove me") → ``NotInterested`` and the number goes on
  the company's do-not-call list: no campaign ever calls it again.

An answered call with no usable reply completes the lead's flow (``Completed``) with the
bucket left ``Pending`` (the seed: "flowStatus may show Completed ... even if the last dial
outcome was pending"); a person was reached, so the call is not repeated. A call not
reached is retried at the next follow-up time; after the last one the lead is
``NoAnswer`` (flow ``Completed``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from talkpush_desktop.engine.outbound.vocab import ANSWERED, INTERESTED, NOT_INTERESTED

MACHINE = "machine"
NO_ANSWER_OUTCOME = "no-answer"
BUSY = "busy"
FAILED = "failed"
CANCELED = "canceled"
SKIPPED = "skipped"
FINAL_STATUSES = frozenset({"completed", "busy", "failed", "no-answer", "canceled"})
LIVE_STATUSES = frozenset({"queued", "initiated", "ringing", "in-progress"})
HUMAN = frozenset({"", "human", "unknown"})


YES_KEY, NO_KEY, STOP_KEY = "1", "2", "9"
_STOP_WORDS = re.compile(
    r"\b(stop|unsubscribe|remove me|do not call|don'?t call|never call)\b", re.IGNORECASE
)
_NO_WORDS = re.compile(r"\b(no|nope|not interested)\b", re.IGNORECASE)
_YES_WORDS = re.compile(r"\b(yes|yeah|yep|sure|interested)\b", re.IGNORECASE)


def dial_outcome(status: str, answered_by: str = "") -> str:
    """The outcome word of a final Twilio call status (see the module's table)."""
    status = status.strip().lower()
    if status == "completed":
        return ANSWERED if answered_by.strip().lower() in HUMAN else MACHINE
    if status in FINAL_STATUSES:
        return status
    raise ValueError(f"not a final call status: {status!r}")


@dataclass(frozen=True, slots=True)
class Reply:
    """What a reached lead said: the interest bucket (or None) and whether they opted out."""

    bucket: str | None
    do_not_call: bool = False

    @property
    def key(self) -> str:
        """The keypad key that means the same (what :func:`engine.outbound.outcomes.apply`
        reads): ``9`` opt-out, ``1`` interested, ``2`` not interested, "" none."""
        if self.do_not_call:
            return STOP_KEY
        return {INTERESTED: YES_KEY, NOT_INTERESTED: NO_KEY}.get(self.bucket or "", "")


def read_reply(digits: str = "", speech: str = "") -> Reply:
    """The lead's answer from the keypad digits (first key decides) or the speech text."""
    key = digits.strip()[:1]
    if key == STOP_KEY or (not key and _STOP_WORDS.search(speech)):
        return Reply(NOT_INTERESTED, do_not_call=True)
    if key == YES_KEY:
        return Reply(INTERESTED)
    if key == NO_KEY:
        return Reply(NOT_INTERESTED)
    if key:
        return Reply(None)
    if _NO_WORDS.search(speech):  # "not interested" holds "interested": look at "no" first
        return Reply(NOT_INTERESTED)
    if _YES_WORDS.search(speech):
        return Reply(INTERESTED)
    return Reply(None)
