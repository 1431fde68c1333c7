"""Text to speech with espeak-ng, where it is installed: a campaign can be tried before
anyone has recorded its prompts (the creator's "Speak" button makes a WAV from a step's
text, which is then checked and stored like any recording)."""

from __future__ import annotations

import shutil
import subprocess
import uuid
from pathlib import Path

from talkpush_desktop.engine.errors import ValidationError
from talkpush_desktop.storage.private_files import make_private_folder

SPOKEN_FOLDER = "spoken"
VOICES = {"en": "en-us"}
"""espeak-ng voices by interview language where the plain language code is not the one
wanted (``en`` is British English in espeak-ng; the hotline audience is mostly American)."""


def engine() -> str | None:
    """The text-to-speech program on this computer, if any."""
    return shutil.which("espeak-ng")


def voice_for(language: str) -> str:
    code = language.strip().lower().replace("_", "-") or "en"
    return VOICES.get(code, code)


def speak(text: str, folder: Path, language: str = "en") -> Path:
    """``text`` spoken into a new WAV file under ``folder``/spoken; its path."""
    program = engine()
    if program is None:
        raise ValidationError(
            "text to speech needs espeak-ng, which is not installed on this computer"
        )
    words = " ".join(text.split())
    if not words:
        raise ValidationError("there is no text to speak")
    out = make_private_folder(folder / SPOKEN_FOLDER) / f"tts-{uuid.uuid4().hex[:12]}.wav"
    command = [program, "-v", voice_for(language), "-w", str(out), "--", words]
    try:
        subprocess.run(command, capture_output=True, timeout=60, check=True)
    except subprocess.CalledProcessError as exc:
        reason = exc.stderr.decode(errors="replace").strip() or f"exit status {exc.returncode}"
        raise ValidationError(f"espeak-ng could not speak the text: {reason}") from exc
    except (subprocess.TimeoutExpired, OSError) as exc:
        raise ValidationError(f"espeak-ng could not speak the text: {exc}") from exc
    return out
