"""Dial outcomes, the lead's bucket and retries; the IVR script's TwiML and its keys."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from talkpush_desktop.engine.errors import ValidationError
from talkpush_desktop.engine.outbound.dialer import ivr
from talkpush_desktop.engine.outbound.dialer.call_outcomes import Reply, dial_outcome, read_reply


@pytest.mark.parametrize(
    ("status", "answered_by", "outcome"),
    [
        ("completed", "human", "answered"),
        ("completed", "", "answered"),
        ("completed", "unknown", "answered"),
        ("completed", "machine_start", "machine"),
        ("completed", "machine_end_beep", "machine"),
        ("completed", "fax", "machine"),
        ("no-answer", "", "no-answer"),
        ("busy", "", "busy"),
        ("failed", "", "failed"),
        ("canceled", "", "canceled"),
    ],
)
def test_twilio_statuses_map_to_outcomes(status: str, answered_by: str, outcome: str) -> None:
    assert dial_outcome(status, answered_by) == outcome


def test_a_live_status_is_no_outcome() -> None:
    with pytest.raises(ValueError, match="not a final"):
        dial_outcome("ringing")


def test_keys_and_words() -> None:
    assert read_reply("1") == Reply("Interested")
    assert read_reply("2") == Reply("NotInterested")
    assert read_reply("9") == Reply("NotInterested", do_not_call=True)
    assert read_reply("5") == Reply(None)
    assert read_reply("", "Yes please") == Reply("Interested")
    assert read_reply("", "I'm not interested") == Reply("NotInterested")
    assert read_reply("", "Please stop calling me") == Reply("NotInterested", do_not_call=True)
    assert read_reply("", "hmm") == Reply(None)


def test_a_reply_is_the_key_the_lead_status_rule_reads() -> None:
    assert read_reply("1").key == "1" and read_reply("", "yes").key == "1"
    assert read_reply("2").key == "2" and read_reply("", "no thanks").key == "2"
    assert read_reply("", "stop calling").key == "9"
    assert Reply(None).key == ""


def _verbs(document: str) -> list[str]:
    root = ET.fromstring(document)
    return [el.tag for el in root.iter()][1:]


def test_interest_check_asks_for_the_keys_after_the_opening() -> None:
    script = ivr.script_for(
        "INTEREST_CHECK", "Hi, this is Acme.", "Thanks. Goodbye.", ["Can you start Monday?"]
    )
    assert script.questions[0].text == ivr.INTEREST_PROMPT
    assert "press 1" in ivr.INTEREST_PROMPT and "press 9" in ivr.INTEREST_PROMPT
    action = ivr.action_url("https://desk.example.com/", "att-1", 0)
    assert action == "https://desk.example.com/v1/voice/dialer/gather?attempt=att-1&step=0"
    first = ET.fromstring(ivr.step_twiml(script, 0, action))
    assert [el.tag for el in first] == ["Say", "Gather"]
    gather = first.find("Gather")
    assert gather is not None
    assert gather.get("numDigits") == "1" and gather.get("input") == "dtmf"
    assert gather.get("action") == action and gather.get("actionOnEmptyResult") == "true"
    assert gather.findtext("Say") == ivr.INTEREST_PROMPT
    closing = ET.fromstring(ivr.step_twiml(script, 2, ""))
    assert [el.tag for el in closing] == ["Say", "Hangup"]
    assert closing.findtext("Say") == "Thanks. Goodbye."


def test_speech_questions_and_the_whole_script_without_a_public_url() -> None:
    script = ivr.script_for(
        "SCHEDULE", "Hello.", "Bye.", [{"text": "Which day suits you?", "input": "speech"}]
    )
    document = ET.fromstring(ivr.step_twiml(script, 0, "https://x.example/a"))
    gather = document.find("Gather")
    assert gather is not None and gather.get("input") == "speech"
    assert gather.get("speechTimeout") == "auto" and gather.get("numDigits") is None
    whole = ivr.call_twiml(script)
    assert "Gather" not in whole and _verbs(whole)[-1] == "Hangup"
    assert [el.text for el in ET.fromstring(whole).iter("Say")] == [
        "Hello.",
        "Which day suits you?",
        "Bye.",
    ]
    with pytest.raises(ValidationError, match="input"):
        ivr.script_for("SCHEDULE", "a", "b", [{"text": "x", "input": "video"}])
    with pytest.raises(ValidationError, match="at most"):
        ivr.call_twiml(ivr.script_for("SCHEDULE", "x" * 5000, "b"))


def test_the_gather_result_gives_the_reply() -> None:
    script = ivr.script_for("INTEREST_CHECK", "Hi.", "Bye.", ["Are you free on Monday?"])
    first = ivr.gathered({"Digits": "1", "CallSid": "CA1"}, 0)
    assert ivr.reply_of(script, [first]) == Reply("Interested")
    later_no = ivr.gathered({"SpeechResult": "no"}, 1)
    assert ivr.reply_of(script, [first, later_no]) == Reply("Interested")  # step 0 decides
    stop = ivr.gathered({"Digits": "9"}, 1)
    assert ivr.reply_of(script, [first, stop]).do_not_call
    assert ivr.reply_of(script, []) == Reply(None)
    other = ivr.script_for("SCHEDULE", "Hi.", "Bye.", ["Monday?"])
    assert ivr.reply_of(other, [ivr.gathered({"SpeechResult": "yes"}, 0)]).bucket == "Interested"
    assert ivr.sandbox_step(script, 0).startswith("Hi.\n\n")
    assert ivr.sandbox_step(script, 2) == "Bye."
