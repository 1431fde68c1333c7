"""The voice provider a robocall is driven through: what the driver needs of it
(:class:`CallLine`), and the one configured for the ``voice`` service.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from talkpush_desktop.engine.interview.call_script import SANDBOX, TWILIO
from talkpush_desktop.engine.providers.base import ProviderError
from talkpush_desktop.engine.providers.config import ProviderInfo
from talkpush_desktop.engine.providers.service import ProvidersService
from talkpush_desktop.engine.providers.twilio_voice import CallState, RecordingInfo, from_settings

if TYPE_CHECKING:
    from talkpush_desktop.engine.context import Context


class CallLine(Protocol):
    """What the driver needs of a voice provider (:class:`TwilioVoice` is one)."""

    def fetch(self, sid: str) -> CallState: ...

    def say(self, sid: str, parts: Sequence[str], hold: int | None) -> CallState: ...

    def hang_up(self, sid: str) -> CallState: ...

    def recordings(self, call_sid: str) -> list[RecordingInfo]: ...

    def download(self, recording: RecordingInfo) -> bytes: ...

    def transcription(self, recording_sid: str) -> str: ...

    def close(self) -> None: ...


def voice_info(ctx: Context) -> ProviderInfo:
    found = [i for i in ProvidersService(ctx).infos() if i.service == "voice"]
    return found[0] if found else ProviderInfo("voice", SANDBOX)


def build_line(ctx: Context) -> CallLine:
    """The Twilio voice provider configured for the ``voice`` service."""
    info = voice_info(ctx)
    if info.kind != TWILIO:
        raise ProviderError("the voice service is no longer set to Twilio")
    secret = ctx.secrets.get(str(info.settings.get("secret_ref", "")))
    return from_settings(info.settings, secret or "")
