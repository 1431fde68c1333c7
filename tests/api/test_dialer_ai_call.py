"""An ``AICall`` interest check on Twilio, turn by turn, through the server on a real
loopback port: the dialer places each call (the loopback Twilio fake, official SDK) with
the agent's first turn inside a speech ``<Gather>``; Twilio-signed form posts to
``/v1/voice/dialer/gather`` carry what each lead said and get the next turn's TwiML; the
call's end (its status) lands the reply on the lead. A lead says yes (Interested), one says
stop (do-not-call and NotInterested), one stays silent twice (the call closes), a forged
post is refused with nothing changed, and a server and workspace restart between two
turns continues the conversation where it was."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest

pytest.importorskip("openapi_core", reason="pip install openapi-core (validates the fake)")

from sqlalchemy import select  # noqa: E402
from support.dialer_campaigns import add_leads, lead_state, make_campaign  # noqa: E402
from support.twilio_server import (  # noqa: E402
    DEFAULT_ACCOUNT_SID,
    DEFAULT_AUTH_TOKEN,
    TwilioServer,
)
from twilio.request_validator import RequestValidator  # noqa: E402

from talkpush_desktop.api.app import create_app  # noqa: E402
from talkpush_desktop.engine.timeutil import utcnow  # noqa: E402
from talkpush_desktop.engine.workspace import Workspace  # noqa: E402
from talkpush_desktop.storage.models import CallAttempt  # noqa: E402

from .conftest import PUBLIC, live_server, twilio_voice  # noqa: E402

YES, STOP, SILENT, RESTART = (f"+63917123450{i}" for i in range(1, 5))
SCRIPT = (
    "Are you still looking for work, {first_name}?\n"
    "Are you interested in the forklift job in Pasig?\n"
    "We will text you the details, {first_name}."
)
OPENING = "Hi, this is Acme recruiting about the forklift job in Pasig."
ASK_2 = "Are you interested in the forklift job in Pasig?"


def ask_1(name: str = "Lead0") -> str:
    """The first turn to the lead named ``name`` ("there": a lead with no first name)."""
    return f"{OPENING} Are you still looking for work, {name}?"


def close(name: str = "Lead0") -> str:
    return f"We will text you the details, {name}. Thank you. Goodbye."


def configure(ws: Workspace, twilio: TwilioServer, public: str = PUBLIC) -> int:
    twilio_voice(ws, twilio, public)
    now = utcnow()
    return make_campaign(
        ws,
        now - timedelta(minutes=1),
        call_type="AICall",
        ai_call_script=SCRIPT,
        window=("00:00", "23:59"),
    )


class Turn:
    """One TwiML document the call got: what it says, and where its Gather posts."""

    def __init__(self, twiml: str) -> None:
        self.root = ET.fromstring(twiml)
        gather = self.root.find("Gather")
        self.gather = gather
        spoken = gather.find("Say") if gather is not None else self.root.find("Say")
        self.say = (spoken.text or "") if spoken is not None else ""
        self.action = (gather.get("action") or "") if gather is not None else ""
        self.hangs_up = self.root.find("Hangup") is not None


class Phone:
    """Twilio's side of one call: it posts what the lead says to the Gather's action,
    signed with the account's auth token, to the server at ``base`` (behind PUBLIC)."""

    def __init__(self, base: str, sid: str, first: Turn) -> None:
        self.base, self.sid, self.turn = base, sid, first

    def post(
        self, said: str = "", *, digits: str = "", signature: str = "", token: str = ""
    ) -> httpx.Response:
        form = {"CallSid": self.sid, "AccountSid": DEFAULT_ACCOUNT_SID, "CallStatus": "in-progress"}
        if said:
            form |= {"SpeechResult": said, "Confidence": "0.92"}
        if digits:
            form["Digits"] = digits
        validator = RequestValidator(token or DEFAULT_AUTH_TOKEN)
        signed = validator.compute_signature(self.turn.action, form)
        target = urlsplit(self.turn.action)
        return httpx.post(
            f"{self.base}{target.path}?{target.query}",
            data=form,
            headers={"X-Twilio-Signature": signature or signed},
            timeout=10,
        )

    def say(self, said: str = "", *, digits: str = "") -> Turn:
        answer = self.post(said, digits=digits)
        assert answer.status_code == 200, answer.text
        assert answer.headers["content-type"].startswith("application/xml")
        self.turn = Turn(answer.text)
        return self.turn


def placed(twilio: TwilioServer, base: str) -> dict[str, Phone]:
    """The calls the dialer placed, by the lead's number."""
    return {
        call["to"]: Phone(base, call["sid"], Turn(twilio.create_params(call["sid"])["Twiml"][0]))
        for call in twilio.calls
    }


def attempt_of(ws: Workspace, lead_id: int) -> tuple[list[dict[str, object]] | None, str, str]:
    with ws.transaction() as s:
        row = s.scalars(select(CallAttempt).where(CallAttempt.lead_id == lead_id)).one()
        return row.turns, row.digits, row.state


def hang_up(ws: Workspace, twilio: TwilioServer, *phones: Phone) -> None:
    """The calls end (Twilio's status); the dialer's next pass reads it."""
    for phone in phones:
        twilio.set_call_status(phone.sid, "completed", duration=25)
    assert ws.dialer.run_once().finished == len(phones)


def test_a_conversation_per_lead_lands_each_reply(ws: Workspace, twilio: TwilioServer) -> None:
    campaign = configure(ws, twilio)
    names = ["Maria", "", "Jun"]  # each call says its lead's name; "there" for none
    yes, stop, silent = add_leads(ws, campaign, [YES, STOP, SILENT], utcnow(), names)
    app = create_app(ws)
    with live_server(app) as base:
        assert ws.dialer.run_once().placed == 3
        calls = placed(twilio, base)
        assert calls[STOP].turn.say == ask_1("there")
        assert attempt_of(ws, stop)[0] == [{"speaker": "agent", "text": ask_1("there")}]
        assert calls[SILENT].turn.say == ask_1("Jun")
        first = calls[YES].turn
        assert first.say == ask_1("Maria") and not first.hangs_up
        assert first.gather is not None
        assert first.gather.get("input") == "dtmf speech"
        assert first.gather.get("speechTimeout") == "auto"
        assert first.gather.get("actionOnEmptyResult") == "true"
        assert first.action.startswith(f"{PUBLIC}/v1/voice/dialer/gather?attempt=")
        assert first.action.endswith("&step=0")
        assert attempt_of(ws, yes)[0] == [{"speaker": "agent", "text": ask_1("Maria")}]

        # a forged post: refused, and the call, its turns and the lead stay as they were
        before = attempt_of(ws, yes)
        forged = calls[YES].post("no", signature="bm9wZQ==")
        assert forged.status_code == 403
        assert calls[YES].post("no", token="another account's token").status_code == 403
        assert attempt_of(ws, yes) == before
        assert lead_state(ws, yes) == ("Pending", "InProgress")

        second = calls[YES].say("yes I am interested")
        assert second.say == ASK_2 and second.action.endswith("&step=1")
        last = calls[YES].say("yes")
        assert last.say == close("Maria") and last.hangs_up and last.gather is None
        turns, digits, _state = attempt_of(ws, yes)
        assert [t["speaker"] for t in turns or []] == ["agent", "lead", "agent", "lead", "agent"]
        assert digits == "1"

        bye = calls[STOP].say("stop calling me")
        assert bye.hangs_up and "not call you again" in bye.say

        again = calls[SILENT].say("")  # a silence: asked once more
        assert again.say == ask_1("Jun") and again.action.endswith("&step=1")
        closed = calls[SILENT].say("")  # a second one: the call closes
        assert closed.hangs_up and closed.say == close("Jun")

        assert lead_state(ws, yes) == ("Pending", "InProgress")  # not before the call ends
        hang_up(ws, twilio, calls[YES], calls[STOP], calls[SILENT])
    assert lead_state(ws, yes) == ("Interested", "Completed")
    assert lead_state(ws, stop) == ("NotInterested", "Completed")
    assert ws.outbound.is_do_not_call(STOP)
    assert not ws.outbound.is_do_not_call(YES)
    assert lead_state(ws, silent) == ("Pending", "Completed")  # reached, no answer given


def test_a_restart_between_turns_continues_the_call(
    ws: Workspace, workspace_dir: Path, twilio: TwilioServer
) -> None:
    campaign = configure(ws, twilio)
    [lead] = add_leads(ws, campaign, [RESTART], utcnow())
    with live_server(create_app(ws)) as base:
        assert ws.dialer.run_once().placed == 1
        phone = placed(twilio, base)[RESTART]
        asked = phone.say("yes I am still looking")
        assert asked.say == ASK_2
    ws.close()

    with Workspace.open(data_dir=workspace_dir) as again, live_server(create_app(again)) as base:
        phone.base = base
        assert phone.say("no, not interested").say == close()
        turns, digits, state = attempt_of(again, lead)
        assert [t["text"] for t in turns or []] == [
            ask_1(),
            "yes I am still looking",
            ASK_2,
            "no, not interested",
            close(),
        ]
        assert (digits, state) == ("2", "dialing")
        hang_up(again, twilio, phone)
        assert lead_state(again, lead) == ("NotInterested", "Completed")
        assert not again.outbound.is_do_not_call(RESTART)


def test_a_repeated_post_says_the_same_turn_and_asks_the_engine_once(
    ws: Workspace, twilio: TwilioServer
) -> None:
    campaign = configure(ws, twilio)
    [lead] = add_leads(ws, campaign, [YES], utcnow())
    with live_server(create_app(ws)) as base:
        ws.dialer.run_once()
        phone = placed(twilio, base)[YES]
        first = phone.turn
        assert phone.say("yes").say == ASK_2
        phone.turn = first  # Twilio posts step 0 again (a retried webhook)
        assert phone.say("no").say == ASK_2
        turns, digits, _state = attempt_of(ws, lead)
    assert [t["text"] for t in turns or []] == [ask_1(), "yes", ASK_2]
    assert digits == "1"


def test_without_a_public_url_the_call_says_the_script_in_one_document(
    ws: Workspace, twilio: TwilioServer
) -> None:
    campaign = configure(ws, twilio, public="")
    [lead] = add_leads(ws, campaign, [YES], utcnow())
    assert ws.dialer.run_once().placed == 1
    [call] = twilio.calls
    document = ET.fromstring(twilio.create_params(call["sid"])["Twiml"][0])
    assert document.find("Gather") is None and document.find("Hangup") is not None
    said = " ".join(el.text or "" for el in document.iter("Say"))
    assert ask_1() in said and ASK_2 in said and close() in said  # the lead's name
    assert attempt_of(ws, lead)[0] is None
