"""Recordings for tests: a WAV tone of a given length (no audio tool needed)."""

from __future__ import annotations

import wave
from pathlib import Path


def write_wav(path: Path, seconds: float = 1.0, rate: int = 8000) -> Path:
    """A mono 16-bit WAV of ``seconds`` of a constant low level."""
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(b"\x10\x00" * int(rate * seconds))
    return path
