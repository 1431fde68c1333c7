"""Email over SMTP (submission with STARTTLS, implicit TLS, or a plain local relay).

Each message goes out in its own transaction (MAIL, RCPT, DATA) over a logged-in
connection taken from a small pool: ``send`` may be called from several threads, every
call borrows its own connection, checks it with NOOP if it sat idle, and gives it back.

The transaction is driven step by step, so a failure says exactly what happened:

- the connection could not be opened, the TLS handshake or the login failed:
  :class:`OfflineError`, the whole provider pauses until the settings are fixed;
- a 4xx reply (to MAIL, RCPT or DATA): :class:`RetryableError`;
- a 5xx reply: :class:`PermanentError` with the server's text;
- the connection broke before the end-of-data mark was written: nothing can have been
  accepted, :class:`RetryableError`;
- the connection broke or timed out while waiting for the reply to the end of data: the
  server may have queued the message, :class:`AmbiguousError`.

SMTP has no way to ask a server what it took, so ``reconcilable`` is False. Every message
carries the stable ``Message-ID`` ``<talkpush-{message_id}@{sender domain}>``, so a copy
sent again by hand is recognisable (and many mailbox providers fold duplicates).
"""

from __future__ import annotations

import contextlib
import email.policy
import re
import smtplib
import socket
import ssl
import threading
import time
from email.generator import BytesGenerator
from email.message import EmailMessage
from email.utils import formataddr, formatdate, parseaddr
from io import BytesIO
from typing import Final, Literal

from talkpush_desktop.engine.providers.base import (
    AmbiguousError,
    Inbound,
    OfflineError,
    Outgoing,
    PermanentError,
    ProviderError,
    RetryableError,
    Sent,
    StatusUpdate,
)

Security = Literal["starttls", "ssl", "none"]
SECURITY_LABELS: Final[dict[str, str]] = {
    "starttls": "STARTTLS",
    "ssl": "SSL/TLS",
    "none": "no encryption",
}
MAX_IDLE: Final = 4
"""Logged-in connections kept for the next sends."""
IDLE_MAX_S: Final = 60.0
"""An idle connection older than this is dropped rather than checked (servers time out)."""
LOGIN_REFUSED: Final = "the SMTP server refused the login; check the email provider settings"
_PERIOD_AT_LINE_START = re.compile(rb"(?m)^\.")


class _Refused(Exception):
    """A reply other than the expected one, in a transaction that can be reset."""

    def __init__(self, code: int, text: bytes, what: str) -> None:
        super().__init__(code, text, what)
        self.code = code
        self.text = text
        self.what = what


def _said(code: int, text: bytes | str) -> str:
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    said = " ".join(text.split())
    return f"{code} {said}".strip() if code > 0 else said


def _reply_error(refused: _Refused) -> ProviderError:
    said = _said(refused.code, refused.text)
    if 400 <= refused.code < 500:
        return RetryableError(f"the SMTP server turned the {refused.what} down for now: {said}")
    if 500 <= refused.code < 600:
        return PermanentError(f"the SMTP server refused the {refused.what}: {said}")
    return RetryableError(f"the SMTP server gave an unexpected reply to the {refused.what}: {said}")


def _ascii_address(address: str) -> str:
    """``address`` with an internationalised domain in its ASCII (IDNA) form."""
    local, at, domain = address.rpartition("@")
    if not at or domain.isascii():
        return address
    try:
        return f"{local}@{domain.encode('idna').decode('ascii')}"
    except UnicodeError:
        return address


def _domain(address: str) -> str:
    domain = _ascii_address(address).rpartition("@")[2].strip().strip("<>")
    return domain if domain and domain.isascii() else "localhost"


def _flatten(mail: EmailMessage, utf8: bool) -> bytes:
    """The message on the wire: CRLF line ends, lines starting with '.' doubled, the mark."""
    policy = email.policy.SMTPUTF8 if utf8 else email.policy.SMTP
    out = BytesIO()
    BytesGenerator(out, policy=policy).flatten(mail)
    data = _PERIOD_AT_LINE_START.sub(b"..", out.getvalue())
    if not data.endswith(b"\r\n"):
        data += b"\r\n"
    return data + b".\r\n"


def _quit(conn: smtplib.SMTP) -> None:
    with contextlib.suppress(smtplib.SMTPException, OSError):
        conn.quit()
    conn.close()


class SmtpEmail:
    """Email through an SMTP server, with a small pool of logged-in connections."""

    kind = "smtp"
    reconcilable = False

    def __init__(
        self,
        host: str,
        port: int,
        *,
        security: Security,
        username: str = "",
        password: str = "",
        from_address: str,
        timeout: float = 20.0,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        if security not in SECURITY_LABELS:
            raise ValueError(f"unknown SMTP security {security!r}: use starttls, ssl or none")
        self.host = host
        self.port = port
        self.security: Security = security
        self.username = username
        self.from_address = from_address
        self._password = password
        self._timeout = timeout
        self._context = ssl_context
        self._lock = threading.Lock()
        self._idle: list[tuple[smtplib.SMTP, float]] = []
        self._closed = False

    # -- the provider interface ------------------------------------------------------

    def send(self, message: Outgoing) -> Sent:
        mail, recipient = self._build(message)
        message_id = str(mail["Message-ID"])
        try:
            conn = self._acquire()
            self._transfer(conn, recipient, mail)
        except ProviderError as exc:
            raise self._scrubbed(exc) from None
        return Sent(provider_id=message_id)

    def find_sent(self, message: Outgoing) -> Sent | None:  # noqa: ARG002
        """SMTP cannot look a message up: always None (``reconcilable`` is False)."""
        return None

    def pull(self, cursor: str) -> tuple[list[Inbound], list[StatusUpdate], str]:
        """Nothing: replies would come over IMAP, which this provider does not read."""
        return [], [], cursor

    def check(self) -> str:
        """Connect, greet, secure and log in once; describe what worked."""
        try:
            conn = self._open()
        except ProviderError as exc:
            raise self._scrubbed(exc) from None
        _quit(conn)
        where = f"SMTP {self.host}:{self.port} ({SECURITY_LABELS[self.security]})"
        if self.username:
            return f"{where} accepted the login of {self.username}"
        return f"{where} accepted a connection (no login configured)"

    def close(self) -> None:
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
        for conn, _since in idle:
            _quit(conn)

    # -- the message -----------------------------------------------------------------

    def _build(self, message: Outgoing) -> tuple[EmailMessage, str]:
        recipient = _ascii_address(parseaddr(message.to)[1] or message.to.strip())
        if "@" not in recipient:
            raise PermanentError(f"{message.to!r} is not an email address")
        mail = EmailMessage(policy=email.policy.SMTP)
        try:
            mail["From"] = formataddr((message.sender_name, self.from_address))
            mail["To"] = message.to
            mail["Subject"] = message.subject
        except ValueError as exc:  # a line break in a header
            raise PermanentError(f"the email could not be built: {exc}") from None
        name = message.key or message.message_id
        mail["Message-ID"] = f"<talkpush-{name}@{_domain(self.from_address)}>"
        mail["Date"] = formatdate(localtime=True)
        mail.set_content(message.body, cte="quoted-printable")
        if message.html:
            mail.add_alternative(message.html, subtype="html", cte="quoted-printable")
        if message.html and message.inline:
            # the HTML part becomes multipart/related: the HTML and its pictures
            html_part = next(p for p in mail.iter_parts() if p.get_content_type() == "text/html")
            for cid, filename, png in message.inline:
                html_part.add_related(png, "image", "png", cid=f"<{cid}>", filename=filename)
        return mail, recipient

    def _transfer(self, conn: smtplib.SMTP, recipient: str, mail: EmailMessage) -> None:
        """One transaction; the connection goes back to the pool unless it broke."""
        sender = _ascii_address(self.from_address)
        utf8 = not (sender.isascii() and recipient.isascii())
        try:
            self._envelope(conn, sender, recipient, utf8)
            conn.send(_flatten(mail, utf8))
        except _Refused as refused:
            self._reset(conn)
            raise _reply_error(refused) from None
        except ProviderError:
            self._reset(conn)
            raise
        except (smtplib.SMTPException, OSError) as exc:
            conn.close()
            raise RetryableError(
                f"the connection to the SMTP server broke before the email was sent ({exc})"
            ) from None
        except BaseException:  # e.g. a line break in an address: never leak the socket
            conn.close()
            raise
        try:
            code, text = conn.getreply()
        except (smtplib.SMTPException, OSError) as exc:
            conn.close()
            raise AmbiguousError(
                "the SMTP server did not confirm the email after receiving it "
                f"({exc}); it may or may not have been sent"
            ) from None
        if not 200 <= code < 600:  # not an SMTP reply: we cannot tell what happened
            conn.close()
            raise AmbiguousError(
                f"the SMTP server gave an unreadable reply after receiving the email ({code}); "
                "it may or may not have been sent"
            )
        self._release(conn)
        if code >= 300:
            raise _reply_error(_Refused(code, text, "email"))

    def _envelope(self, conn: smtplib.SMTP, sender: str, recipient: str, utf8: bool) -> None:
        """MAIL FROM, RCPT TO and DATA, up to the server's go-ahead (354)."""
        options: list[str] = []
        if utf8:
            if not conn.has_extn("smtputf8"):
                raise PermanentError(
                    f"the address {recipient if not recipient.isascii() else sender} has "
                    "non-ASCII characters, which the SMTP server does not accept"
                )
            options = ["SMTPUTF8", "BODY=8BITMIME"]
        code, text = conn.mail(sender, options)
        if not 200 <= code < 300:
            raise _Refused(code, text, "sender address")
        code, text = conn.rcpt(recipient)
        if not 200 <= code < 300:
            raise _Refused(code, text, "recipient")
        conn.putcmd("data")
        code, text = conn.getreply()
        if code != 354:
            raise _Refused(code, text, "email")

    def _scrubbed(self, exc: ProviderError) -> ProviderError:
        """A safety net: the password never reaches a reason, whatever a server echoed."""
        if not self._password or self._password not in exc.reason:
            return exc
        reason = exc.reason.replace(self._password, "***")
        if isinstance(exc, RetryableError):
            return type(exc)(reason, exc.retry_after)
        return type(exc)(reason)

    # -- connections -----------------------------------------------------------------

    def _acquire(self) -> smtplib.SMTP:
        """An idle connection that still answers NOOP, or a new logged-in one."""
        while True:
            with self._lock:
                conn, since = self._idle.pop() if self._idle else (None, 0.0)
            if conn is None:
                return self._open()
            if time.monotonic() - since > IDLE_MAX_S:
                conn.close()
                continue
            try:
                if conn.noop()[0] == 250:
                    return conn
            except (smtplib.SMTPException, OSError):
                pass
            conn.close()

    def _release(self, conn: smtplib.SMTP) -> None:
        with self._lock:
            keep = not self._closed and len(self._idle) < MAX_IDLE
            if keep:
                self._idle.append((conn, time.monotonic()))
        if not keep:
            _quit(conn)

    def _reset(self, conn: smtplib.SMTP) -> None:
        """End a refused transaction with RSET; keep the connection if that worked."""
        try:
            code = conn.rset()[0]
        except (smtplib.SMTPException, OSError):
            code = 0
        if code == 250:
            self._release(conn)
        else:
            conn.close()

    def _open(self) -> smtplib.SMTP:
        context = self._context or ssl.create_default_context()
        conn = self._connect(context)
        try:
            self._hello(conn, context)
        except BaseException:
            conn.close()
            raise
        return conn

    def _connect(self, context: ssl.SSLContext) -> smtplib.SMTP:
        """TCP (and, for implicit TLS, the handshake) and the server's greeting."""
        where = f"{self.host}:{self.port}"
        try:
            if self.security == "ssl":
                return smtplib.SMTP_SSL(
                    self.host, self.port, timeout=self._timeout, context=context
                )
            return smtplib.SMTP(self.host, self.port, timeout=self._timeout)
        except smtplib.SMTPConnectError as exc:
            raise OfflineError(
                f"the SMTP server at {where} turned us away: {_said(exc.smtp_code, exc.smtp_error)}"
            ) from None
        except smtplib.SMTPServerDisconnected as exc:
            raise OfflineError(
                f"the SMTP server at {where} did not greet us ({exc}); "
                "check the port and the security setting"
            ) from None
        except OSError as exc:
            raise self._socket_error(exc) from None

    def _hello(self, conn: smtplib.SMTP, context: ssl.SSLContext) -> None:
        """EHLO, STARTTLS when configured, and the login when a username is set."""
        try:
            conn.ehlo_or_helo_if_needed()
            if self.security == "starttls":
                if not conn.has_extn("starttls"):
                    raise OfflineError(
                        "the SMTP server does not offer STARTTLS; check the security setting"
                    )
                conn.starttls(context=context)
                conn.ehlo()
            if self.username:
                self._login(conn)
        except smtplib.SMTPServerDisconnected as exc:
            raise RetryableError(
                f"the SMTP server closed the connection while we logged in ({exc})"
            ) from None
        except smtplib.SMTPHeloError as exc:
            raise OfflineError(
                f"the SMTP server refused our greeting: {_said(exc.smtp_code, exc.smtp_error)}"
            ) from None
        except smtplib.SMTPResponseException as exc:
            raise OfflineError(
                f"the SMTP server refused STARTTLS: {_said(exc.smtp_code, exc.smtp_error)}"
            ) from None
        except OSError as exc:  # TLS handshake, timeouts while securing the connection
            raise self._socket_error(exc) from None

    def _login(self, conn: smtplib.SMTP) -> None:
        if not conn.has_extn("auth"):
            raise OfflineError(
                "the SMTP server does not offer a login on this connection; "
                "check the security setting"
            )
        try:
            conn.login(self.username, self._password)
        except smtplib.SMTPAuthenticationError as exc:
            raise OfflineError(f"{LOGIN_REFUSED} (reply {exc.smtp_code})") from None
        except UnicodeEncodeError:
            raise OfflineError(
                "the SMTP username or password has non-ASCII characters, "
                "which SMTP login cannot carry; check the email provider settings"
            ) from None
        except smtplib.SMTPServerDisconnected:
            raise
        except smtplib.SMTPException:
            auth = conn.esmtp_features.get("auth", "").strip()
            raise OfflineError(
                f"the SMTP server offers no login method we support ({auth or 'none'})"
            ) from None

    def _socket_error(self, exc: OSError) -> OfflineError:
        where = f"{self.host}:{self.port}"
        if isinstance(exc, ssl.SSLCertVerificationError):
            return OfflineError(
                f"the TLS certificate of the SMTP server at {where} could not be verified "
                f"({exc.verify_message or exc.reason})"
            )
        if isinstance(exc, ssl.SSLError):
            return OfflineError(
                f"the TLS handshake with the SMTP server at {where} failed "
                f"({exc.reason or exc}); check the port and the security setting"
            )
        if isinstance(exc, socket.gaierror):
            return OfflineError(f"the SMTP server name {self.host} could not be resolved")
        if isinstance(exc, ConnectionRefusedError):
            return OfflineError(f"the SMTP server at {where} refused the connection")
        if isinstance(exc, TimeoutError):
            return OfflineError(
                f"the SMTP server at {where} did not answer within {self._timeout:g} s"
            )
        return OfflineError(
            f"the SMTP server at {where} could not be reached ({exc.strerror or exc})"
        )
