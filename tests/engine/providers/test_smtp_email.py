"""SmtpEmail against a real aiosmtpd server on 127.0.0.1: plain, STARTTLS, implicit TLS."""

from __future__ import annotations

import datetime as dt
import ipaddress
import shutil
import socket
import ssl
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from support.smtp_server import PASSWORD, USER, Handler, SmtpController

from talkpush_desktop.engine.providers.base import (
    AmbiguousError,
    OfflineError,
    Outgoing,
    PermanentError,
    RetryableError,
)
from talkpush_desktop.engine.providers.smtp_email import LOGIN_REFUSED, SmtpEmail

FROM = "jobs@acme.example"


# -- a self-signed certificate for 127.0.0.1 and localhost ---------------------------


def _cert_with_cryptography(cert: Path, key: Path) -> bool:
    try:
        from cryptography import x509
        from cryptography.hazmat.primitives import hashes, serialization
        from cryptography.hazmat.primitives.asymmetric import ec
        from cryptography.x509.oid import NameOID
    except ImportError:
        return False
    private = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.UTC)
    alt = x509.SubjectAlternativeName(
        [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
    )
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(private.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(alt, critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(private, hashes.SHA256())
    )
    cert.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key.write_bytes(
        private.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return True


def _cert_with_openssl(cert: Path, key: Path) -> bool:
    openssl = shutil.which("openssl")
    if openssl is None:
        return False
    subprocess.run(
        [openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "30"]
        + ["-keyout", str(key), "-out", str(cert), "-subj", "/CN=localhost"]
        + ["-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"],
        check=True,
        capture_output=True,
        timeout=60,
    )
    return True


@pytest.fixture(scope="session")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    if not (_cert_with_cryptography(cert, key) or _cert_with_openssl(cert, key)):
        pytest.skip("neither the cryptography package nor openssl is available")
    return cert, key


@pytest.fixture(scope="session")
def server_tls(certificate: tuple[Path, Path]) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(*certificate)
    return context


@pytest.fixture(scope="session")
def client_tls(certificate: tuple[Path, Path]) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=str(certificate[0]))


# -- the server --------------------------------------------------------------------


class Lab:
    """Starts servers and providers; stops them all (providers first) after the test."""

    def __init__(self) -> None:
        self.controllers: list[SmtpController] = []
        self.providers: list[SmtpEmail] = []

    def server(self, handler: Handler | None = None, **kwargs: Any) -> tuple[Handler, int]:
        handler = handler or Handler()
        if kwargs.pop("auth", False):
            kwargs["authenticator"] = handler.authenticator
        controller = SmtpController(
            handler, hostname="127.0.0.1", port=0, server_hostname="mx.test", **kwargs
        )
        controller.start()
        self.controllers.append(controller)
        return handler, controller.port

    def provider(self, port: int, **kwargs: Any) -> SmtpEmail:
        kwargs.setdefault("security", "none")
        kwargs.setdefault("from_address", FROM)
        kwargs.setdefault("timeout", 5.0)
        provider = SmtpEmail("127.0.0.1", port, **kwargs)
        self.providers.append(provider)
        return provider

    def close(self) -> None:
        for provider in self.providers:
            provider.close()
        for controller in self.controllers:
            controller.stop()


@pytest.fixture
def lab() -> Iterator[Lab]:
    laboratory = Lab()
    yield laboratory
    laboratory.close()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def outgoing(message_id: int = 42, **kwargs: Any) -> Outgoing:
    values: dict[str, Any] = {
        "channel": "email",
        "to": "jose.pena@example.org",
        "subject": "Entrevista mañana, José Peña",
        "body": "Hola José Peña,\n.\n.starts with a dot\nSee you tomorrow at 10:00.\n",
        "html": "<p>Hola <b>José Peña</b>, see you tomorrow.</p>",
        "sender_name": "Acme Contact Center Niño",
    }
    values.update(kwargs)
    return Outgoing(message_id=message_id, **values)


# -- delivery ----------------------------------------------------------------------


def test_plain_delivery_builds_the_whole_message(lab: Lab) -> None:
    handler, port = lab.server()
    provider = lab.provider(port)
    sent = provider.send(outgoing())
    assert sent.provider_id == "<talkpush-42@acme.example>"
    assert not sent.delivered
    envelope = handler.envelopes[0]
    assert envelope.mail_from == FROM
    assert envelope.rcpt_tos == ["jose.pena@example.org"]
    mail = handler.message()
    sender = mail["From"].addresses[0]
    assert (sender.display_name, sender.addr_spec) == ("Acme Contact Center Niño", FROM)
    assert mail["To"] == "jose.pena@example.org"
    assert mail["Subject"] == "Entrevista mañana, José Peña"
    assert mail["Message-ID"] == "<talkpush-42@acme.example>"
    assert mail["Date"].datetime is not None
    assert mail.get_content_type() == "multipart/alternative"
    text, html = list(mail.iter_parts())
    assert text.get_content_type() == "text/plain"
    assert text.get_content().replace("\r\n", "\n") == outgoing().body
    assert html.get_content_type() == "text/html"
    assert html.get_content().strip() == outgoing().html
    assert envelope.original_content.isascii()  # quoted-printable: 7-bit clean on the wire


def test_text_only_message_is_not_multipart(lab: Lab) -> None:
    handler, port = lab.server()
    lab.provider(port).send(outgoing(7, html="", body="Solo texto: ñandú"))
    mail = handler.message()
    assert mail.get_content_type() == "text/plain"
    assert mail.get_content().strip() == "Solo texto: ñandú"
    assert mail["Message-ID"] == "<talkpush-7@acme.example>"


def test_connection_is_reused_and_renewed_when_the_server_dropped_it(lab: Lab) -> None:
    handler, port = lab.server(timeout=0.5)  # the server closes idle sessions after 0.5 s
    provider = lab.provider(port)
    provider.send(outgoing(1))
    provider.send(outgoing(2))
    assert handler.peers[0] == handler.peers[1]
    threading.Event().wait(1.0)
    provider.send(outgoing(3))  # NOOP fails on the dropped connection: a new one
    assert handler.peers[2] != handler.peers[0]
    assert [m["Message-ID"] for m in map(handler.message, range(3))] == [
        "<talkpush-1@acme.example>",
        "<talkpush-2@acme.example>",
        "<talkpush-3@acme.example>",
    ]


def test_concurrent_sends_from_several_threads(lab: Lab) -> None:
    handler, port = lab.server()
    provider = lab.provider(port)
    errors: list[BaseException] = []

    def worker(first: int) -> None:
        try:
            for n in range(first, first + 5):
                provider.send(outgoing(n))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(k * 100,)) for k in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert not errors
    ids = sorted(str(handler.message(i)["Message-ID"]) for i in range(len(handler.envelopes)))
    expected = sorted(f"<talkpush-{k * 100 + n}@acme.example>" for k in range(4) for n in range(5))
    assert ids == expected


def test_check_without_login(lab: Lab) -> None:
    _handler, port = lab.server()
    assert lab.provider(port).check() == (
        f"SMTP 127.0.0.1:{port} (no encryption) accepted a connection (no login configured)"
    )


# -- TLS and login -----------------------------------------------------------------


@pytest.mark.parametrize("mechanism", ["LOGIN", "PLAIN"])
def test_starttls_with_login(
    lab: Lab, server_tls: ssl.SSLContext, client_tls: ssl.SSLContext, mechanism: str
) -> None:
    other = {"LOGIN": "PLAIN", "PLAIN": "LOGIN"}[mechanism]
    handler, port = lab.server(
        tls_context=server_tls,
        require_starttls=True,
        auth=True,
        auth_required=True,
        auth_exclude_mechanism=[other],
    )
    provider = lab.provider(
        port, security="starttls", username=USER, password=PASSWORD, ssl_context=client_tls
    )
    assert provider.check() == f"SMTP 127.0.0.1:{port} (STARTTLS) accepted the login of {USER}"
    provider.send(outgoing())
    assert handler.mechanisms == [mechanism, mechanism]
    assert handler.message()["Message-ID"] == "<talkpush-42@acme.example>"


def test_implicit_tls_with_login(
    lab: Lab, server_tls: ssl.SSLContext, client_tls: ssl.SSLContext
) -> None:
    handler, port = lab.server(ssl_context=server_tls, auth=True, auth_require_tls=False)
    provider = lab.provider(
        port, security="ssl", username=USER, password=PASSWORD, ssl_context=client_tls
    )
    assert provider.check() == f"SMTP 127.0.0.1:{port} (SSL/TLS) accepted the login of {USER}"
    provider.send(outgoing())
    assert handler.message()["Subject"] == "Entrevista mañana, José Peña"


def test_wrong_password_pauses_the_provider_without_leaking_it(
    lab: Lab, server_tls: ssl.SSLContext, client_tls: ssl.SSLContext
) -> None:
    handler, port = lab.server(tls_context=server_tls, require_starttls=True, auth=True)
    wrong = "wr0ng-Secret-Value"
    provider = lab.provider(
        port, security="starttls", username=USER, password=wrong, ssl_context=client_tls
    )
    for attempt in (provider.check, lambda: provider.send(outgoing())):
        with pytest.raises(OfflineError) as caught:
            attempt()
        assert LOGIN_REFUSED in caught.value.reason
        assert wrong not in str(caught.value)
        assert wrong not in caught.value.reason
    assert not handler.envelopes


def test_untrusted_certificate_is_offline(lab: Lab, server_tls: ssl.SSLContext) -> None:
    _handler, port = lab.server(ssl_context=server_tls)
    provider = lab.provider(port, security="ssl")  # the system trust store
    with pytest.raises(OfflineError, match="could not be verified"):
        provider.send(outgoing())


def test_starttls_not_offered_is_offline(lab: Lab, client_tls: ssl.SSLContext) -> None:
    _handler, port = lab.server()
    provider = lab.provider(port, security="starttls", ssl_context=client_tls)
    with pytest.raises(OfflineError, match="does not offer STARTTLS"):
        provider.check()


def test_login_not_offered_without_tls_is_offline(lab: Lab) -> None:
    _handler, port = lab.server(auth=True)  # AUTH only after TLS
    provider = lab.provider(port, username=USER, password=PASSWORD)
    with pytest.raises(OfflineError, match="does not offer a login"):
        provider.send(outgoing())


# -- refusals ----------------------------------------------------------------------


def test_recipient_refused_is_permanent_and_the_connection_stays_usable(lab: Lab) -> None:
    handler, port = lab.server(
        Handler(rcpt_reply="550 5.1.1 <jose.pena@example.org>: no such user")
    )
    provider = lab.provider(port)
    with pytest.raises(PermanentError) as caught:
        provider.send(outgoing(1))
    assert caught.value.reason == (
        "the SMTP server refused the recipient: 550 5.1.1 <jose.pena@example.org>: no such user"
    )
    handler.rcpt_reply = ""
    provider.send(outgoing(2))
    assert len(handler.envelopes) == 1


@pytest.mark.parametrize(
    ("stage", "reply", "error", "text"),
    [
        (
            "rcpt_reply",
            "451 4.3.0 Mailbox busy, try later",
            RetryableError,
            "recipient down for now",
        ),
        (
            "mail_reply",
            "452 4.3.1 Insufficient storage",
            RetryableError,
            "sender address down for now",
        ),
        ("mail_reply", "553 5.7.1 Sender not allowed", PermanentError, "refused the sender"),
        (
            "data_reply",
            "451 4.7.1 Greylisted, come back later",
            RetryableError,
            "email down for now",
        ),
        ("data_reply", "554 5.7.1 Message rejected as spam", PermanentError, "refused the email"),
    ],
)
def test_reply_codes(lab: Lab, stage: str, reply: str, error: type[Exception], text: str) -> None:
    handler = Handler()
    setattr(handler, stage, reply)
    _handler, port = lab.server(handler)
    with pytest.raises(error) as caught:
        lab.provider(port).send(outgoing())
    assert type(caught.value) is error
    assert text in str(caught.value)
    assert reply in str(caught.value)


def test_disconnect_before_data_is_retryable(lab: Lab) -> None:
    _handler, port = lab.server(Handler(drop_at_rcpt=True))
    with pytest.raises(RetryableError) as caught:
        lab.provider(port).send(outgoing())
    assert type(caught.value) is RetryableError
    assert "before the email was sent" in caught.value.reason


def test_no_answer_after_data_is_ambiguous(lab: Lab) -> None:
    handler, port = lab.server(Handler(data_delay=3.0))
    provider = lab.provider(port, timeout=0.5)
    with pytest.raises(AmbiguousError, match="may or may not have been sent"):
        provider.send(outgoing())
    assert not handler.envelopes


def test_non_ascii_address_needs_smtputf8(lab: Lab) -> None:
    handler, port = lab.server(enable_SMTPUTF8=True)
    lab.provider(port).send(outgoing(to="josé@example.org"))
    assert handler.envelopes[0].rcpt_tos == ["josé@example.org"]
    assert "SMTPUTF8" in handler.envelopes[0].mail_options
    assert handler.message()["To"] == "josé@example.org"
    _plain, old_port = lab.server(enable_SMTPUTF8=False)
    with pytest.raises(PermanentError, match="non-ASCII"):
        lab.provider(old_port).send(outgoing(to="josé@example.org"))


def test_international_domain_goes_out_as_idna(lab: Lab) -> None:
    handler, port = lab.server()
    lab.provider(port).send(outgoing(to="maria@peña.example"))
    assert handler.envelopes[0].rcpt_tos == [f"maria@{'peña'.encode('idna').decode()}.example"]
    assert handler.envelopes[0].rcpt_tos[0].isascii()


def test_invalid_addresses_are_permanent(lab: Lab) -> None:
    provider = lab.provider(_free_port())  # never contacted
    with pytest.raises(PermanentError, match="not an email address"):
        provider.send(outgoing(to="jose pena"))
    with pytest.raises(PermanentError, match="could not be built"):
        provider.send(outgoing(subject="Hi\r\nBcc: everyone@example.org"))


# -- unreachable servers -----------------------------------------------------------


def test_server_down_is_offline(lab: Lab) -> None:
    port = _free_port()
    provider = lab.provider(port)
    with pytest.raises(OfflineError, match="refused the connection"):
        provider.send(outgoing())
    with pytest.raises(OfflineError, match="refused the connection"):
        provider.check()


def test_unknown_host_is_offline(lab: Lab, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_dns(*_args: Any, **_kwargs: Any) -> Any:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_dns)
    provider = SmtpEmail("smtp.nowhere.example", 587, security="starttls", from_address=FROM)
    lab.providers.append(provider)
    with pytest.raises(OfflineError, match="smtp.nowhere.example could not be resolved"):
        provider.send(outgoing())


def test_server_that_never_greets_is_offline(lab: Lab) -> None:
    with socket.socket() as silent:  # accepts TCP (backlog) but never says 220
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        provider = lab.provider(silent.getsockname()[1], timeout=0.3)
        with pytest.raises(OfflineError, match="did not greet us"):
            provider.send(outgoing())


def test_wrong_security_setting_is_offline(lab: Lab, client_tls: ssl.SSLContext) -> None:
    _handler, port = lab.server()  # plain SMTP, but the client expects implicit TLS
    provider = lab.provider(port, security="ssl", ssl_context=client_tls)
    with pytest.raises(OfflineError, match="TLS handshake"):
        provider.send(outgoing())


def test_unknown_security_is_rejected() -> None:
    with pytest.raises(ValueError, match="unknown SMTP security"):
        SmtpEmail("127.0.0.1", 25, security="tls", from_address=FROM)  # type: ignore[arg-type]


def test_nothing_to_reconcile_or_pull() -> None:
    provider = SmtpEmail("127.0.0.1", 25, security="none", from_address=FROM)
    assert (provider.kind, provider.reconcilable) == ("smtp", False)
    assert provider.find_sent(outgoing()) is None
    assert provider.pull("cursor-1") == ([], [], "cursor-1")
    provider.close()
