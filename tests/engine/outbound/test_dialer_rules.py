"""The dialer's selection rule and its pacer; the AI call's default conversation."""

from __future__ import annotations

import threading
import time
from datetime import datetime, timedelta

import pytest

from talkpush_desktop.engine.errors import ValidationError
from talkpush_desktop.engine.outbound.dialer import ai_call
from talkpush_desktop.engine.outbound.dialer.call_outcomes import Reply
from talkpush_desktop.engine.outbound.dialer.calling_window import CallingWindow
from talkpush_desktop.engine.outbound.dialer.dial_rules import Candidate, Pacer, check

NOON_MANILA = datetime(2026, 12, 7, 4, 0)
MANILA = "+639171234567"


def lead(**changes: object) -> Candidate:
    base: dict[str, object] = {
        "lead_status": "Pending",
        "phone": MANILA,
        "scheduled_at": NOON_MANILA - timedelta(minutes=1),
    }
    return Candidate(**(base | changes))  # type: ignore[arg-type]


def test_eligible_lead_is_dialled() -> None:
    assert check(lead(), NOON_MANILA, CallingWindow(), "UTC").dial


@pytest.mark.parametrize(
    ("changes", "verdict"),
    [
        ({"lead_status": "Interested"}, "not_pending"),
        ({"scheduled_at": NOON_MANILA + timedelta(seconds=1)}, "not_due"),
        ({"in_flight": True}, "in_flight"),
    ],
)
def test_not_eligible(changes: dict[str, object], verdict: str) -> None:
    assert check(lead(**changes), NOON_MANILA, CallingWindow(), "UTC").verdict == verdict


def test_do_not_call_is_checked_with_the_list_of_the_moment() -> None:
    verdict = check(lead(), NOON_MANILA, CallingWindow(), "UTC", {MANILA})
    assert verdict.verdict == "do_not_call"


def test_outside_the_window_says_when_it_opens() -> None:
    late = datetime(2026, 12, 7, 14, 0)  # 22:00 in Manila
    verdict = check(lead(scheduled_at=late), late, CallingWindow(), "UTC")
    assert verdict.verdict == "outside_window"
    assert verdict.not_before == datetime(2026, 12, 8, 0, 0)


class FakeTime:
    def __init__(self) -> None:
        self.now = 100.0
        self.slept: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def test_pacer_spaces_calls_evenly() -> None:
    t = FakeTime()
    pacer = Pacer(2.0, clock=t.clock, sleep=t.sleep)
    waits = [pacer.wait() for _ in range(4)]
    assert waits == [0.0, 0.5, 0.5, 0.5]
    t.now += 10  # idle: no burst credit is saved up beyond the next slot
    assert pacer.wait() == 0.0 and pacer.wait() == 0.5


def test_pacer_unlimited_and_shared_by_threads() -> None:
    assert Pacer(None).wait() == 0.0 and Pacer(0).wait() == 0.0
    with pytest.raises(ValueError, match="negative"):
        Pacer(-1)
    starts: list[float] = []
    pacer = Pacer(50.0)
    lock = threading.Lock()

    def go() -> None:
        pacer.wait()
        with lock:
            starts.append(time.monotonic())

    threads = [threading.Thread(target=go) for _ in range(6)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    starts.sort()
    gaps = [b - a for a, b in zip(starts, starts[1:], strict=False)]
    assert sum(gaps) >= 5 * 0.02 * 0.8  # six starts span at least five intervals


def test_scripted_conversation_follows_the_script() -> None:
    call = ai_call.AiCall(
        "INTEREST_CHECK",
        "We have a cashier opening near you.\nAre you interested in the role?\n"
        "Can you start on Monday?",
        opening="Hi {first_name}, this is Acme recruiting.",
        closing="Thanks, goodbye.",
        first_name="Ada",
    )
    engine = ai_call.engine()
    assert isinstance(engine, ai_call.ScriptedConversation)
    done, last = ai_call.run_turns(engine, call, ["yes", "yes I can"])
    agent = [t.text for t in done.history if t.speaker == "agent"]
    assert agent[0] == (
        "Hi Ada, this is Acme recruiting. We have a cashier opening near you. "
        "Are you interested in the role?"
    )
    assert agent[1] == "Can you start on Monday?"
    assert agent[2] == "Thanks, goodbye."
    assert last.end and last.reply == Reply("Interested")


def test_scripted_conversation_repeats_once_and_honours_stop() -> None:
    call = ai_call.AiCall("INTEREST_CHECK", "Interested?", closing="Bye.")
    done, last = ai_call.run_turns(ai_call.engine("scripted"), call, [])
    agent = [t.text for t in done.history if t.speaker == "agent"]
    assert agent == ["Interested?", "Interested?", "Bye."]
    assert last.reply == Reply(None)
    longer = ai_call.AiCall("INTEREST_CHECK", "Looking for work?\nInterested?\nBye now.")
    done, last = ai_call.run_turns(ai_call.engine(), longer, [])
    agent = [t.text for t in done.history if t.speaker == "agent"]
    assert agent == ["Looking for work?", "Looking for work?", "Bye now. Thank you. Goodbye."]
    assert last.end  # silent twice: the call closes without the questions left
    _done, stop = ai_call.run_turns(ai_call.engine(), call, ["stop calling me"])
    assert stop.end and stop.reply.do_not_call and stop.say == ai_call.STOP_GOODBYE
    _done, two = ai_call.run_turns(ai_call.engine(), call, ["2"])
    assert two.reply == Reply("NotInterested")


def test_engines_are_pluggable() -> None:
    class Always:
        name = "always"

        def next_turn(self, call: ai_call.AiCall, heard: str) -> ai_call.AgentTurn:
            assert call.purpose == "X" and heard == ""
            return ai_call.AgentTurn("Bye", end=True, reply=Reply("Interested"))

    ai_call.register("always", Always)
    _call, last = ai_call.run_turns(ai_call.engine("always"), ai_call.AiCall("X", ""), [])
    assert last.reply.bucket == "Interested"
    with pytest.raises(ValidationError, match="no conversation engine"):
        ai_call.engine("gpt-none")
