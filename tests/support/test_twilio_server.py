"""The Twilio fake, driven by the official SDK exactly as a provider would use it."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

pytest.importorskip("twilio", reason="pip install twilio (provider tests need the SDK)")
pytest.importorskip("openapi_core", reason="pip install openapi-core (validates the fake)")

import requests  # noqa: E402
from jsonschema_path import SchemaPath  # noqa: E402
from openapi_core.validation.request import V30RequestValidator  # noqa: E402
from openapi_core.validation.response import V30ResponseDataValidator  # noqa: E402
from twilio.base import values  # noqa: E402
from twilio.base.exceptions import TwilioException, TwilioRestException  # noqa: E402
from twilio.http.http_client import TwilioHttpClient  # noqa: E402
from twilio.rest import Client  # noqa: E402

from .twilio_server import (  # noqa: E402
    OpenAPIRequest,
    OpenAPIResponse,
    RawRequest,
    TwilioServer,
    date_time_or_date,
    delay_after_create,
    describe,
    error,
    hang_after_create,
    json_reply,
    openapi_request,
    rate_limited,
    spec_validator,
    status,
)

CANDIDATE = "+639171234567"
HOTLINE = "+14155550100"
TWIML = "<Response><Say>Hello from Talkpush</Say></Response>"


def make_client(server: TwilioServer, timeout: float = 5.0) -> Client:
    """The SDK pointed at the fake; ``environment={}`` keeps TWILIO_EDGE/REGION out."""
    http = TwilioHttpClient(timeout=timeout)
    client = Client(server.account_sid, server.auth_token, http_client=http, environment={})
    client.api.base_url = server.url
    return client


def close(client: Client) -> None:
    http = client.http_client
    assert isinstance(http, TwilioHttpClient) and http.session is not None
    http.session.close()


@pytest.fixture
def server() -> Iterator[TwilioServer]:
    """A running fake; valid-traffic tests must leave no spec violations behind."""
    with TwilioServer() as fake:
        yield fake
        assert fake.violations == []


@pytest.fixture
def client(server: TwilioServer) -> Iterator[Client]:
    sdk = make_client(server)
    yield sdk
    close(sdk)


@pytest.fixture
def short_timeout_client(server: TwilioServer) -> Iterator[Client]:
    sdk = make_client(server, timeout=0.5)
    yield sdk
    close(sdk)


class SteppingClock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def send(client: Client, body: str = "Hi! Your interview is tomorrow.", to: str = CANDIDATE) -> str:
    sid: str = client.messages.create(to=to, from_=HOTLINE, body=body).sid
    return sid


# --------------------------------------------------------------------------- routing & messages


def test_base_url_routes_the_sdk_to_the_fake(server: TwilioServer, client: Client) -> None:
    account = client.api.v2010.accounts(server.account_sid).fetch()

    assert account.sid == server.account_sid and account.status == "active"
    assert server.requests == [("GET", f"/2010-04-01/Accounts/{server.account_sid}.json", 200)]


def test_create_fetch_and_update_status(server: TwilioServer, client: Client) -> None:
    created = client.messages.create(
        to=CANDIDATE,
        from_=HOTLINE,
        body="Hi Ana, please confirm your interview.",
        status_callback="https://hooks.example.com/twilio/status",
        media_url=["https://cdn.example.com/map.png"],
    )

    assert created.sid.startswith("SM") and len(created.sid) == 34
    assert (created.status, created.direction) == ("queued", "outbound-api")
    assert created.date_sent is not None and created.num_media == "1"
    assert server.create_params(created.sid)["StatusCallback"] == [
        "https://hooks.example.com/twilio/status"
    ]
    server.set_message_status(created.sid, "delivered")
    fetched = client.messages(created.sid).fetch()
    assert fetched.status == "delivered" and fetched.body == created.body
    assert [m["sid"] for m in server.sent_to(CANDIDATE)] == [created.sid]


def test_deliver_immediately_flag(client: Client, server: TwilioServer) -> None:
    server.deliver_immediately = True

    assert client.messages(send(client)).fetch().status == "delivered"


def test_raw_json_matches_twilio_formats(server: TwilioServer, client: Client) -> None:
    sid = send(client)
    url = f"{server.url}/2010-04-01/Accounts/{server.account_sid}/Messages/{sid}.json"
    raw = client.http_client.request("GET", url, auth=(server.account_sid, server.auth_token))
    document = json.loads(raw.text)

    assert set(document) == set(spec_validator().property_names("api.v2010.account.message"))
    assert datetime.strptime(document["date_created"], "%a, %d %b %Y %H:%M:%S %z")
    assert document["uri"] == f"/2010-04-01/Accounts/{server.account_sid}/Messages/{sid}.json"


def test_list_filters_dates_and_pages() -> None:
    clock = SteppingClock(datetime(2024, 3, 1, 9, 30, tzinfo=UTC))
    with TwilioServer(clock=clock) as server:
        client = make_client(server)
        old = send(client, "old")
        clock.now += timedelta(days=3)
        recent = [send(client, f"recent {n}") for n in range(5)]
        send(client, "other", to="+639179999999")

        listed = client.messages.list(
            to=CANDIDATE, date_sent_after=datetime(2024, 3, 4), page_size=2
        )
        on_day = client.messages.list(date_sent=datetime(2024, 3, 1))
        before = client.messages.list(date_sent_before=datetime(2024, 3, 3), page_size=50)
        close(client)

        assert [m.sid for m in listed] == list(reversed(recent))  # newest first, over 3 pages
        assert [m.sid for m in on_day] == [old] and [m.sid for m in before] == [old]
        assert len([r for r in server.requests if r.method == "GET"]) == 3 + 1 + 1
        assert server.violations == []


def test_paging_fields_and_raw_date_only_filter(server: TwilioServer, client: Client) -> None:
    for n in range(3):
        send(client, f"m{n}")
    page = client.messages.page(page_size=2)
    raw = page._payload  # the wire payload the SDK got

    assert (raw["page"], raw["page_size"], raw["start"], raw["end"]) == (0, 2, 0, 1)
    assert raw["previous_page_uri"] is None and "PageToken=PA" in raw["next_page_uri"]
    second = page.next_page()
    assert second is not None and len(second._payload["messages"]) == 1
    assert second._payload["previous_page_uri"] is not None
    today = server.clock().date().isoformat()
    listed = client.messages.list(date_sent_after=today)  # a YYYY-MM-DD string, as Twilio allows
    assert len(listed) == 3


def test_inbound_replies_appear_in_list(server: TwilioServer, client: Client) -> None:
    outbound = send(client)
    inbound = server.add_inbound(CANDIDATE, HOTLINE, "Yes, I'll be there", media_url=None)

    replies = client.messages.list(from_=CANDIDATE)
    everything = client.messages.list()

    assert [(m.sid, m.direction, m.status) for m in replies] == [(inbound, "inbound", "received")]
    assert {m.sid for m in everything} == {outbound, inbound}
    assert server.messages[0]["sid"] == outbound and len(server.messages) == 1


def test_inbound_mms_and_unknown_route_keys(server: TwilioServer, client: Client) -> None:
    sid = server.add_inbound(
        CANDIDATE, HOTLINE, "my CV", media_url="https://cdn.example.com/cv.pdf"
    )

    assert client.messages(sid).fetch().num_media == "1"
    with pytest.raises(ValueError, match="unknown route key 'Message'"):
        server.inject(("POST", "Message"), status(500))


def test_edge_and_region_settings_would_bypass_the_fake() -> None:
    """Why make_client passes ``environment={}``: TWILIO_EDGE rewrites even loopback hosts."""
    sdk = Client("AC" + "0" * 32, "token", environment={"TWILIO_EDGE": "sydney"})
    try:
        rewritten = sdk.get_hostname("http://127.0.0.1:5555/2010-04-01/Accounts.json")
    finally:
        close(sdk)

    assert rewritten.startswith("http://127.sydney.")


# --------------------------------------------------------------------------- validation


def test_missing_required_to_is_a_violation(server: TwilioServer, client: Client) -> None:
    with pytest.raises(TwilioRestException) as caught:
        client.messages.create(to=values.unset, from_=HOTLINE, body="no recipient")

    assert (caught.value.status, caught.value.code) == (400, 21604)
    violations = server.take_violations()
    assert len(violations) == 1
    assert "POST /2010-04-01/Accounts/" in violations[0]
    assert "'To' is a required property" in violations[0]
    assert server.messages == []


def test_bad_parameter_values_are_violations(server: TwilioServer, client: Client) -> None:
    with pytest.raises(TwilioException, match="Unable to fetch page"):  # lists: no status/code
        client.messages.list(page_size=5000)
    with pytest.raises(TwilioRestException):
        client.messages("SM-not-a-sid").fetch()

    violations = server.take_violations()
    assert any("PageSize" in v and "maximum of 1000" in v for v in violations)
    assert any("Sid" in v and "does not match" in v for v in violations)


MESSAGES = "/2010-04-01/Accounts/{AccountSid}/Messages.json"


def _request(method: str, body: bytes = b"", query: str = "") -> OpenAPIRequest:
    """An openapi-core request for the Messages list/create path."""
    spec = spec_validator()
    route = next(r for r in spec.routes if r.template == MESSAGES)
    params = {"AccountSid": "AC" + "0" * 32}
    path = MESSAGES.format(**params)
    headers = {"Authorization": "Basic eDp5", "Content-Type": "application/x-www-form-urlencoded"}
    raw = RawRequest(method.upper(), f"{path}?{query}", headers, body)
    return openapi_request(raw, query, route, params, spec.host_url)


def _created_example() -> dict[str, object]:
    """The spec's own example of a created message."""
    operation = spec_validator().document["paths"][MESSAGES]["post"]
    content = operation["responses"]["201"]["content"]["application/json"]
    example: dict[str, object] = content["examples"]["create"]["value"]
    return example


def test_bad_response_is_caught() -> None:
    """The response check catches a fake drifting from the schema (enum, extra/missing key)."""
    spec, good = spec_validator(), _created_example()
    request = _request("post")

    assert spec.validate_response(request, json_reply(201, good)) == []
    drifted = spec.validate_response(request, json_reply(201, {**good, "status": "lost", "x": 1}))
    assert any("'lost' is not one of" in problem for problem in drifted)
    assert any("not in the spec: ['x']" in problem for problem in drifted)
    assert spec.validate_response(request, json_reply(201, {**good, "date_sent": None})) == []
    incomplete = {key: value for key, value in good.items() if key != "date_sent"}
    problems = spec.validate_response(request, json_reply(201, incomplete))
    assert any("'date_sent' is a required property" in problem for problem in problems)


REQUEST_CASES = [
    ("post", b"To=%2B15551234567&From=%2B15557654321&Body=hi", ""),
    ("post", b"From=%2B15557654321&Body=hi", ""),
    ("post", b"To=%2B1555&MaxPrice=abc&ProvideFeedback=maybe&MediaUrl=a&MediaUrl=b", ""),
    ("get", b"", "PageSize=0"),
    ("get", b"", "PageSize=20&Page=1&To=%2B1555&DateSent%3E=2024-01-02"),
    ("get", b"", "Page=-1&DateSent%3C=soon"),
]


@pytest.mark.parametrize(("method", "body", "query"), REQUEST_CASES)
def test_cached_request_validation_agrees_with_stock(method: str, body: bytes, query: str) -> None:
    """The speed-ups (cached validators, deserializers, path lookups) change no verdict."""
    stock = V30RequestValidator(
        SchemaPath.from_dict(spec_validator().document),
        extra_format_validators={"date-time": date_time_or_date},
    )
    theirs = [describe(e) for e in stock.iter_errors(_request(method, body, query))]

    assert spec_validator().validate_request(_request(method, body, query)) == theirs


def test_cached_response_validation_agrees_with_stock() -> None:
    spec = spec_validator()
    stock = V30ResponseDataValidator(
        SchemaPath.from_dict(spec.document), enforce_properties_required=True
    )
    for payload in (_created_example(), {"status": "bogus", "sid": "x"}):
        request, reply = _request("post"), json_reply(201, payload)
        response = OpenAPIResponse(reply.status, reply.body)
        theirs = [describe(e) for e in stock.iter_errors(request, response)]
        assert spec.validate_response(request, reply)[: len(theirs)] == theirs


def test_bad_credentials_get_401(server: TwilioServer) -> None:
    sdk = Client(server.account_sid, "not-the-token", environment={})
    sdk.api.base_url = server.url
    try:
        with pytest.raises(TwilioRestException) as caught:
            sdk.messages.create(to=CANDIDATE, from_=HOTLINE, body="hi")
    finally:
        close(sdk)

    assert (caught.value.status, caught.value.code) == (401, 20003)
    assert server.messages == []


# --------------------------------------------------------------------------- faults


@pytest.mark.parametrize("code", [500, 503])
def test_server_errors_create_nothing(server: TwilioServer, client: Client, code: int) -> None:
    server.inject(("POST", "Messages"), status(code))

    with pytest.raises(TwilioRestException) as caught:
        send(client)

    assert caught.value.status == code and server.messages == []
    assert len([r for r in server.requests if r.method == "POST"]) == 1  # the SDK did not retry
    assert send(client)  # the fault was consumed: the next request works


def test_rate_limit_carries_retry_after(server: TwilioServer, client: Client) -> None:
    server.inject(("POST", "Messages"), rate_limited(7))

    with pytest.raises(TwilioRestException) as caught:
        send(client)

    assert (caught.value.status, caught.value.code) == (429, 20429)
    last = client.http_client._test_only_last_response  # the SDK has no public accessor
    assert last is not None and last.headers["Retry-After"] == "7"
    assert server.messages == [] and len(server.requests) == 1


@pytest.mark.parametrize(
    ("code", "message"),
    [
        (21211, f"The 'To' number {CANDIDATE} is not a valid phone number."),
        (21610, "Attempt to send to unsubscribed recipient"),
    ],
)
def test_permanent_errors(server: TwilioServer, client: Client, code: int, message: str) -> None:
    server.inject(("POST", "Messages"), error(400, code=code, message=message))

    with pytest.raises(TwilioRestException) as caught:
        send(client)

    assert (caught.value.status, caught.value.code) == (400, code)
    assert message in caught.value.msg and server.messages == []


def test_faults_are_fifo_per_route(server: TwilioServer, client: Client) -> None:
    server.inject(("POST", "Messages"), status(503), rate_limited(1))
    server.inject(("GET", "Messages"), status(500))
    statuses = []
    for _ in range(3):
        try:
            send(client)
            statuses.append(201)
        except TwilioRestException as exc:
            statuses.append(exc.status)

    assert statuses == [503, 429, 201]
    with pytest.raises(TwilioException) as caught:
        client.messages.list()
    assert not isinstance(caught.value, TwilioRestException)  # page errors lose status and code
    assert client.messages.list()


def test_timeout_after_create_is_ambiguous(
    server: TwilioServer, short_timeout_client: Client
) -> None:
    fault = server.inject(("POST", "Messages"), delay_after_create(3))

    with pytest.raises(requests.exceptions.ReadTimeout):
        send(short_timeout_client)

    assert fault.created.is_set()
    assert len(server.sent_to(CANDIDATE)) == 1  # the provider has it; the client never heard


def test_invalid_to_number_is_rejected_like_twilio(server: TwilioServer, client: Client) -> None:
    with pytest.raises(TwilioRestException) as caught:
        send(client, to="0917-123-4567")

    assert caught.value.code == 21211 and server.messages == []


CHILD = """
import sys
from twilio.rest import Client
url, sid, token = sys.argv[1:4]
client = Client(sid, token, environment={})
client.api.base_url = url
client.messages.create(to="+639171234567", from_="+14155550100", body="accepted, then killed")
print("recorded")
"""


def test_hang_lets_a_test_kill_the_client_mid_request(server: TwilioServer) -> None:
    fault = server.inject(("POST", "Messages"), hang_after_create())
    args = [sys.executable, "-c", CHILD, server.url, server.account_sid, server.auth_token]
    with subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as child:
        try:
            assert fault.created.wait(timeout=60), "the child never reached the fake"
        finally:
            child.kill()
        out, _ = child.communicate(timeout=30)

    assert out == b""
    assert [m["body"] for m in server.sent_to(CANDIDATE)] == ["accepted, then killed"]


def test_hang_released_answers_normally(server: TwilioServer, client: Client) -> None:
    fault = server.inject(("POST", "Messages"), hang_after_create())
    result: list[str] = []
    worker = threading.Thread(target=lambda: result.append(send(client)))
    worker.start()

    assert fault.created.wait(timeout=10)
    assert len(server.messages) == 1 and result == []
    fault.release()
    worker.join(timeout=10)
    assert result == [server.messages[0]["sid"]]


def test_offline_refuses_connections_then_recovers(server: TwilioServer, client: Client) -> None:
    first = send(client)  # leaves a pooled keep-alive connection
    port = server.port
    server.go_offline()

    with pytest.raises(requests.exceptions.ConnectionError):
        send(client)

    server.go_online()
    assert server.port == port
    assert client.messages(first).fetch().sid == first
    assert len(server.messages) == 1


# --------------------------------------------------------------------------- calls


def test_calls_create_update_list_and_recordings(server: TwilioServer, client: Client) -> None:
    call = client.calls.create(to=CANDIDATE, from_=HOTLINE, twiml=TWIML, record=True)
    assert call.sid.startswith("CA") and call.status == "queued"
    server.set_call_status(call.sid, "in-progress")
    redirect = "<Response><Say>Press 1 to confirm</Say><Gather/></Response>"
    client.calls(call.sid).update(twiml=redirect)
    ended = client.calls(call.sid).update(status="completed")

    assert ended.status == "completed"
    assert server.call_twiml(call.sid) == [TWIML, redirect]
    assert server.create_params(call.sid)["Record"] == ["true"]
    assert [c.sid for c in client.calls.list(status="completed", to=CANDIDATE)] == [call.sid]
    assert client.calls.list(start_time_after=datetime.now(UTC) + timedelta(days=2)) == []

    recording_sid = server.add_recording(call.sid, duration=42, media_bytes=b"RIFF-fake-wav")
    transcription_sid = server.add_transcription(recording_sid, "Yes, I confirm the interview.")
    listed = client.calls(call.sid).recordings.list()
    assert [(r.sid, r.duration) for r in listed] == [(recording_sid, "42")]
    recording = client.recordings(recording_sid).fetch()
    http = client.http_client
    assert isinstance(http, TwilioHttpClient) and http.session is not None
    media = http.session.get(
        recording.media_url + ".wav", auth=(server.account_sid, server.auth_token)
    )
    assert media.status_code == 200 and media.content == b"RIFF-fake-wav"
    assert media.headers["Content-Type"] == "audio/x-wav"
    texts = [t.transcription_text for t in client.recordings(recording_sid).transcriptions.list()]
    assert texts == ["Yes, I confirm the interview."]
    assert client.transcriptions(transcription_sid).fetch().recording_sid == recording_sid


def test_cancel_queued_call_and_redirect_after_end(server: TwilioServer, client: Client) -> None:
    call = client.calls.create(to=CANDIDATE, from_=HOTLINE, url="https://hooks.example.com/voice")
    assert client.calls(call.sid).update(status="canceled").status == "canceled"

    with pytest.raises(TwilioRestException) as caught:
        client.calls(call.sid).update(twiml=TWIML)
    assert caught.value.code == 21220 and server.call_twiml(call.sid) == []


def test_unknown_resources_are_twilio_404s(server: TwilioServer, client: Client) -> None:
    with pytest.raises(TwilioRestException) as caught:
        client.messages("SM" + "0" * 32).fetch()

    assert (caught.value.status, caught.value.code) == (404, 20404)


def test_stop_releases_pending_faults_and_is_idempotent() -> None:
    fake = TwilioServer().start()
    fault = fake.inject(("GET", "Messages"), hang_after_create())
    fake.stop()
    fake.stop()

    assert fault.released.is_set()
