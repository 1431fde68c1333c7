"""``ws.calls``: phone interviews (robocalls) and the sandbox phone's incoming calls."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from talkpush_desktop.engine.context import Service
from talkpush_desktop.engine.errors import ValidationError
from talkpush_desktop.engine.interview import sandbox_calls
from talkpush_desktop.engine.timeutil import utcnow

if TYPE_CHECKING:
    from talkpush_desktop.engine.interview import phone


class CallsService(Service):
    """Starting, listing and advancing robocalls; answering the sandbox's calls.

    The robocall module is imported when first used: it loads the Twilio SDK, which a
    command that never calls should not pay for.
    """

    def robocall(self, candidate_id: int) -> int:
        """Start a phone interview (robocall) with a candidate; returns the call's id.

        The sync worker places and drives the call (see :mod:`engine.interview.phone`).
        """
        from talkpush_desktop.engine.interview import phone

        return phone.place(self._ctx, candidate_id)

    def history(self, candidate_id: int | None = None) -> list[phone.CallInfo]:
        """The company's robocalls (or one candidate's), newest first."""
        from talkpush_desktop.engine.interview import phone

        return phone.calls(self._ctx, candidate_id)

    def advance(self, *, clock: Callable[[], datetime] = utcnow) -> int:
        """One pass over the live robocalls (what ``sync`` does); how many changed."""
        from talkpush_desktop.engine.interview import phone

        return phone.advance(self._ctx, clock=clock)

    def driver(self, *, clock: Callable[[], datetime] = utcnow) -> phone.CallDriver:
        """A call driver of this workspace (the sync worker keeps one)."""
        from talkpush_desktop.engine.interview import phone

        return phone.CallDriver(self._ctx, clock=clock)

    # -- the sandbox phone -----------------------------------------------------------------

    def sandbox_incoming(self, address: str) -> list[sandbox_calls.SandboxCall]:
        """The company's calls the simulated candidate at ``address`` received, oldest
        first."""
        with self._ctx.transaction() as s:
            return sandbox_calls.incoming_calls(s, address, self._ctx.company_id)

    def sandbox_answer(self, call_row_id: int, text: str) -> int:
        """Answer the sandbox call's waiting question with keys (``0-9*#``) or words."""
        with self._ctx.transaction() as s:
            return sandbox_calls.answer(s, call_row_id, text, company_id=self._ctx.company_id)

    def sandbox_hang_up(self, call_row_id: int) -> int:
        """Hang up the sandbox call as the candidate."""
        with self._ctx.transaction() as s:
            return sandbox_calls.hang_up(s, call_row_id, company_id=self._ctx.company_id)

    @staticmethod
    def check_digits(digits: str) -> None:
        """ValidationError unless ``digits`` are keypad keys only."""
        if not sandbox_calls.is_digits(digits):
            raise ValidationError("--digits: use the keypad's keys only (0-9, * and #)")
