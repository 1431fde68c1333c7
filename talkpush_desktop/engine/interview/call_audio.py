"""A finished robocall's recording cut into its answers: each question's answer window
on Twilio's clock, the recording that covers it, the slice of PCM WAV stored as the
question's response under ``<data_dir>/recordings/``.
"""

from __future__ import annotations

import io
import wave
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from talkpush_desktop.engine.interview.call_script import Window, parse_time

if TYPE_CHECKING:  # the Twilio SDK loads only where recordings are fetched
    from talkpush_desktop.engine.providers.twilio_voice import RecordingInfo
from talkpush_desktop.storage.private_files import make_private_folder, open_private

SLICE_LEAD = 2.0
"""An answer slice starts this much before the estimated end of the question (the
recording holds only the candidate, so starting early costs a little silence at most)."""
MIN_ANSWER = 1.0
"""A question counts as answered when the call lasted this long past its spoken part."""
CLOCK_TOLERANCE = 8.0
"""Seconds Twilio's time of a step may differ from ours before ours is used instead."""
RECORDINGS = "recordings"


def answer_windows(
    steps: Sequence[dict[str, Any]], recordings: Sequence[RecordingInfo]
) -> list[Window]:
    """Each spoken question's answer window on Twilio's clock.

    Question 1 starts when the call was answered (the recording's start); the others when
    Twilio took their update. A window opens :data:`SLICE_LEAD` before the estimated end of
    the question's speech and closes when the next step began (or the recording ended).
    Twilio's time of an update is trusted when it agrees with our clock within
    :data:`CLOCK_TOLERANCE` (ours is late by up to one poll, and only relative to the
    answer).
    """
    timed = [r for r in recordings if r.start_time is not None]
    if not timed:
        return []
    origin = min(r.start_time for r in timed if r.start_time is not None)
    end = max(r.start_time + timedelta(seconds=r.duration) for r in timed if r.start_time)
    first_local = parse_time(steps[0].get("local")) if steps else None
    starts: list[datetime] = []
    for i, step in enumerate(steps):
        local = parse_time(step.get("local"))
        if local is None:
            break
        twilio = parse_time(step.get("tw"))
        ours = origin + (local - (first_local or local))  # our clock, relative to the answer
        if i == 0:
            starts.append(origin)
        elif twilio is not None and abs((twilio - ours).total_seconds()) <= CLOCK_TOLERANCE:
            starts.append(twilio)
        else:  # Twilio's time is missing or implausible: ours will do
            starts.append(ours)
    windows = []
    for i, begun in enumerate(starts):
        qid = steps[i].get("q")
        if qid is None:
            continue
        speech = float(steps[i].get("speech") or 0)
        start = begun + timedelta(seconds=max(0.0, speech - SLICE_LEAD))
        stop = min(starts[i + 1] if i + 1 < len(starts) else end, end)
        if (stop - begun).total_seconds() - speech >= MIN_ANSWER:  # had time to answer
            windows.append(Window(i, int(qid), start, stop))
    return windows


def slice_wav(data: bytes, spans: Sequence[tuple[float, float]]) -> list[bytes]:
    """Cut a PCM WAV into ``(start, end)`` second spans (clamped to the file)."""
    with wave.open(io.BytesIO(data), "rb") as source:
        params = source.getparams()
        frames = source.readframes(source.getnframes())
    rate, width = params.framerate, params.sampwidth * params.nchannels
    total = len(frames) // width
    out = []
    for start, end in spans:
        first = min(total, max(0, round(start * rate)))
        last = min(total, max(first, round(end * rate)))
        buffer = io.BytesIO()
        with wave.open(buffer, "wb") as target:
            target.setnchannels(params.nchannels)
            target.setsampwidth(params.sampwidth)
            target.setframerate(rate)
            target.writeframes(frames[first * width : last * width])
        out.append(buffer.getvalue())
    return out


def _overlap(a: tuple[datetime, datetime], b: tuple[datetime, datetime]) -> float:
    return max(0.0, (min(a[1], b[1]) - max(a[0], b[0])).total_seconds())


def _span(r: RecordingInfo) -> tuple[datetime, datetime]:
    start = r.start_time or datetime.min
    return start, start + timedelta(seconds=r.duration)


@dataclass
class Answer:
    window: Window
    recording: RecordingInfo
    transcript: str = ""


def assign(windows: Sequence[Window], recordings: Sequence[RecordingInfo]) -> list[Answer]:
    """Each window with the recording that covers most of it."""
    timed = [r for r in recordings if r.start_time is not None]
    out: list[Answer] = []
    if not timed:
        return out
    for w in windows:
        best = max(timed, key=lambda r: _overlap(_span(r), (w.start, w.end)))
        if _overlap(_span(best), (w.start, w.end)) >= MIN_ANSWER:
            out.append(Answer(w, best))
    return out


def store_slices(
    data_dir: Path, call_id: int, answers: Sequence[Answer], media: dict[str, bytes]
) -> list[tuple[Answer, str]]:
    """Each answer's slice of its recording, stored privately; with its path in the data
    folder (a recording that is not PCM WAV is kept whole)."""
    folder = data_dir / RECORDINGS
    make_private_folder(folder)
    out = []
    for a in answers:
        begin = a.recording.start_time or a.window.start
        span = (
            (a.window.start - begin).total_seconds(),
            (a.window.end - begin).total_seconds(),
        )
        name = f"robocall-{call_id}-q{a.window.index + 1}.wav"
        try:
            [audio] = slice_wav(media[a.recording.sid], [span])
        except (wave.Error, EOFError):  # not PCM WAV: keep the whole recording instead
            name, audio = f"robocall-{call_id}-{a.recording.sid}.wav", media[a.recording.sid]
        with open_private(folder / name) as file:
            file.write(audio)
        out.append((a, f"{RECORDINGS}/{name}"))
    return out
