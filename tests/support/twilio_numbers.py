"""The Twilio fake's ``IncomingPhoneNumbers`` and ``OutgoingCallerIds`` lists (GET, with
the ``PhoneNumber`` filter), as the official SDK reads them to check a caller ID.

``AccountNumbers(server).own("+1555...")`` / ``.verify("+1555...")`` adds a number the
account owns or a verified caller ID; responses are checked against the spec like every
other answer of the fake."""

from __future__ import annotations

from typing import Any

from tests.support.twilio_server import (
    API,
    ApiCall,
    Reply,
    TwilioServer,
    json_reply,
    new_sid,
    page_of,
    rfc2822,
)

UNSET = (
    "address_sid",
    "identity_sid",
    "sms_application_sid",
    "sms_fallback_url",
    "sms_url",
    "status_callback",
    "trunk_sid",
    "voice_application_sid",
    "voice_fallback_url",
    "voice_url",
    "emergency_address_sid",
    "bundle_sid",
)
"""Properties of an incoming number that a fresh number leaves null."""
METHODS = (
    "sms_fallback_method",
    "sms_method",
    "status_callback_method",
    "voice_fallback_method",
    "voice_method",
)


class AccountNumbers:
    """Installs the two list endpoints on ``server`` and holds their numbers."""

    def __init__(self, server: TwilioServer) -> None:
        self.server = server
        self.incoming: list[dict[str, Any]] = []
        self.caller_ids: list[dict[str, Any]] = []
        self.lookups: list[tuple[str, str | None]] = []
        table = server._api.table  # noqa: SLF001 - the fake's own routing table
        table[("GET", "IncomingPhoneNumbers")] = self._list_incoming
        table[("GET", "OutgoingCallerIds")] = self._list_caller_ids

    def _common(self, kind: str, prefix: str, number: str) -> dict[str, Any]:
        sid, now = new_sid(prefix), rfc2822(self.server.clock())
        account = self.server.account_sid
        return {
            "sid": sid,
            "account_sid": account,
            "date_created": now,
            "date_updated": now,
            "friendly_name": number,
            "phone_number": number,
            "uri": f"{API}/Accounts/{account}/{kind}/{sid}.json",
        }

    def own(self, number: str) -> str:
        """A number the account bought (``PN...``)."""
        row = (
            self._common("IncomingPhoneNumbers", "PN", number)
            | dict.fromkeys(UNSET)
            | {
                "address_requirements": "none",
                "api_version": "2010-04-01",
                "beta": False,
                "capabilities": {"voice": True, "sms": True, "mms": False, "fax": False},
                "emergency_status": "Inactive",
                "emergency_address_status": "unregistered",
                "origin": "twilio",
                "status": "in-use",
                "type": "local",
                "voice_caller_id_lookup": False,
                "voice_receive_mode": "voice",
            }
            | dict.fromkeys(METHODS, "POST")
        )
        self.incoming.append(row)
        return str(row["sid"])

    def verify(self, number: str) -> str:
        """A verified outgoing caller ID (``PN...``, as Twilio names them)."""
        row = self._common("OutgoingCallerIds", "PN", number)
        self.caller_ids.append(row)
        return str(row["sid"])

    def _pick(self, call: ApiCall, rows: list[dict[str, Any]], key: str) -> Reply:
        wanted = call.arg("PhoneNumber")
        self.lookups.append((key, wanted))
        chosen = [r for r in rows if wanted in (None, r["phone_number"])]
        return json_reply(200, page_of(call, chosen, key))

    def _list_incoming(self, call: ApiCall) -> Reply:
        return self._pick(call, self.incoming, "incoming_phone_numbers")

    def _list_caller_ids(self, call: ApiCall) -> Reply:
        return self._pick(call, self.caller_ids, "outgoing_caller_ids")
