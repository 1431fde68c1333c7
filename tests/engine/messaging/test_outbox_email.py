"""The outbox over SMTP, against a real aiosmtpd server: the company's name as sender,
HTML and plain-text parts, retries on 4xx, failure with the server's reason on 5xx, and
"delivery unknown" (never a second copy) when the server took the data but never said so."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import datetime

import pytest
from support.smtp_server import Handler, SmtpController

from talkpush_desktop.engine.dto import CampaignInfo
from talkpush_desktop.engine.messaging.sync import SyncWorker
from talkpush_desktop.engine.workspace import Workspace

FROM = "jobs@acme.example"


@pytest.fixture
def smtp() -> Iterator[tuple[Handler, SmtpController]]:
    handler = Handler()
    controller = SmtpController(handler, hostname="127.0.0.1", port=0)
    controller.start()
    yield handler, controller
    controller.stop()


@pytest.fixture
def jose(ws: Workspace, campaign: CampaignInfo, smtp: tuple[Handler, SmtpController]) -> int:
    ws.company.rename("Acme BPO")
    settings = {
        "host": "127.0.0.1",
        "port": smtp[1].port,
        "security": "none",
        "from_address": FROM,
        "timeout": 0.5,
    }
    ws.providers.configure("email", "smtp", settings)
    return ws.intake.add_candidate(
        campaign.id, first_name="José", last_name="Peña", email="jose@example.com"
    )


def deliver(ws: Workspace) -> SyncWorker:
    worker = SyncWorker(ws.context)
    try:
        asyncio.run(worker.deliver())
    finally:
        worker.close()
    return worker


def test_an_email_goes_out_once_with_both_parts(
    ws: Workspace, jose: int, smtp: tuple[Handler, SmtpController]
) -> None:
    handler = smtp[0]
    ws.messaging.queue_message(
        jose, "Hola <%= @candidate_first_name %>,\n\nSee you at 9 & bring ID.", "email"
    )
    deliver(ws)
    [mail] = [handler.message(0)]
    assert mail["From"] == f"Acme BPO <{FROM}>"
    assert mail["Subject"] == "Message from Acme BPO"
    assert mail.get_body(("plain",)).get_content().startswith("Hola José,")  # type: ignore[union-attr]
    html = mail.get_body(("html",)).get_content()  # type: ignore[union-attr]
    assert "<p>Hola José,</p><p>See you at 9 &amp; bring ID.</p>" in html
    deliver(ws)
    assert len(handler.envelopes) == 1
    assert ws.messaging.outbox_status() == {"sent": 1}


def test_a_temporary_refusal_is_retried_and_a_permanent_one_fails(
    ws: Workspace, jose: int, smtp: tuple[Handler, SmtpController]
) -> None:
    handler = smtp[0]
    handler.rcpt_reply = "451 4.3.0 Mailbox temporarily unavailable"
    m = ws.messaging.queue_message(jose, "Hello", "email")
    deliver(ws)
    [bubble] = [x for x in ws.messaging.messages(jose) if x.id == m.id]
    assert bubble.state == "queued" and bubble.error.startswith("will retry:")
    assert "451" in bubble.error
    handler.rcpt_reply = "550 5.1.1 No such user"
    assert ws.messaging.retry_messages([m.id]) == 0  # only failed messages are retried by hand
    second = ws.messaging.queue_message(jose, "Again", "email")
    deliver(ws)
    [bubble] = [x for x in ws.messaging.messages(jose) if x.id == second.id]
    assert bubble.state == "failed" and "550 5.1.1 No such user" in bubble.error
    assert handler.envelopes == []


def test_no_answer_after_the_data_is_never_sent_twice(
    ws: Workspace, jose: int, smtp: tuple[Handler, SmtpController]
) -> None:
    handler = smtp[0]
    handler.data_delay = 1.5
    m = ws.messaging.queue_message(jose, "Only once", "email")
    deliver(ws)  # the server stalls after the data: the outcome is unknown
    with ws.transaction() as s:
        from sqlalchemy import update

        from talkpush_desktop.storage.models import Message

        s.execute(update(Message).values(lease_until=datetime(2000, 1, 1)))  # lease over
    handler.data_delay = 0
    deliver(ws)
    [bubble] = [x for x in ws.messaging.messages(jose) if x.id == m.id]
    assert bubble.state == "failed"
    assert bubble.error.startswith("delivery unknown")
    assert handler.envelopes == []  # nothing was sent again
