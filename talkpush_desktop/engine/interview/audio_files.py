"""Interview recordings: only ``.wav`` and ``.mp3`` (the seed), each checked by what it holds.

The name's suffix is only the first check: a WAV must open with :mod:`wave` and hold every
frame its header promises (a truncated upload is refused); an MP3 must start like one (an
ID3 tag or a frame sync) and parse with mutagen. What a refused file really is (a PNG
renamed ``.mp3``, an Ogg file...) is named in the message when its first bytes tell.
"""

from __future__ import annotations

import wave
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from talkpush_desktop.engine.errors import ValidationError

ACCEPTED = (".wav", ".mp3")
MAX_BYTES = 50 * 1024 * 1024
"""A larger file is not an interview prompt (a few minutes of WAV is about 10 MB)."""

_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"OggS", "an Ogg recording"),
    (b"fLaC", "a FLAC recording"),
    (b"ID3", "an MP3 recording"),
)


@dataclass(frozen=True, slots=True)
class AudioInfo:
    """A checked recording: its kind (``wav`` or ``mp3``) and length in seconds."""

    kind: str
    seconds: float


def describe(head: bytes) -> str | None:
    """What a file's first bytes say it is (None: nothing known)."""
    for magic, name in _SIGNATURES:
        if head.startswith(magic):
            return name
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return "a WAV recording"
    if head[4:8] == b"ftyp":
        return "an MP4/M4A file"
    return None


def inspect(path: Path) -> AudioInfo:
    """Check that ``path`` is a WAV or MP3 recording one can play; ValidationError says why
    not, naming the file."""
    name = path.name
    if not path.is_file():
        raise ValidationError(f"{name}: no such file")
    size = path.stat().st_size
    if size == 0:
        raise ValidationError(f"{name} is empty (0 bytes): choose a .wav or .mp3 recording")
    if size > MAX_BYTES:
        raise ValidationError(f"{name} is larger than {MAX_BYTES // (1024 * 1024)} MB")
    suffix = path.suffix.lower()
    with path.open("rb") as file:
        head = file.read(16)
    if suffix not in ACCEPTED:
        what = describe(head)
        kind = f" ({what})" if what else ""
        raise ValidationError(
            f"{name} is a {suffix or 'suffix-less'} file{kind}: only .wav and .mp3 "
            "recordings are accepted"
        )
    info = _wav(path) if suffix == ".wav" else _mp3(path, head)
    if info.seconds <= 0:
        raise ValidationError(f"{name} holds no sound (0 seconds)")
    return info


def _not_a(path: Path, expected: str, head: bytes, detail: str = "") -> ValidationError:
    what = describe(head)
    told = f"it holds {what}, renamed {path.suffix.lower()}" if what else "it does not read as one"
    more = f" ({detail})" if detail else ""
    return ValidationError(f"{path.name} is not {expected}: {told}{more}")


def _wav(path: Path) -> AudioInfo:
    with path.open("rb") as file:
        head = file.read(16)
    if not (head[:4] == b"RIFF" and head[8:12] == b"WAVE"):
        raise _not_a(path, "a WAV recording", head)
    try:
        with wave.open(str(path), "rb") as w:
            frames, rate, width = w.getnframes(), w.getframerate(), w.getsampwidth()
            channels = w.getnchannels()
            data = w.readframes(frames)
    except (wave.Error, EOFError) as exc:
        raise ValidationError(f"{path.name} is not a readable WAV recording ({exc})") from None
    held = len(data) // max(1, width * channels)
    if rate <= 0:
        raise ValidationError(f"{path.name} is not a readable WAV recording (no sample rate)")
    if held < frames:
        raise ValidationError(
            f"{path.name} is truncated: its header promises {frames / rate:.1f} s of sound, "
            f"the file holds {held / rate:.1f} s"
        )
    return AudioInfo("wav", round(frames / rate, 2))


def _mp3(path: Path, head: bytes) -> AudioInfo:
    framed = len(head) > 1 and head[0] == 0xFF and (head[1] & 0xE0) == 0xE0
    if not (head.startswith(b"ID3") or framed):
        raise _not_a(path, "an MP3 recording", head)
    from mutagen import MutagenError
    from mutagen.mp3 import MP3

    try:
        audio: Any = MP3(str(path))  # type: ignore[no-untyped-call]
    except MutagenError as exc:
        raise _not_a(path, "an MP3 recording", head, str(exc)) from None
    return AudioInfo("mp3", round(float(audio.info.length), 2))
