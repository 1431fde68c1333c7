"""The request log's handler writes the lines of one pass of the event loop together (one
write), and at once off the loop or when flushed: no line is lost or reordered."""

from __future__ import annotations

import asyncio
import io
import logging

from talkpush_desktop.api.request_log import LoopBatchedHandler


class CountingStream(io.StringIO):
    def __init__(self) -> None:
        super().__init__()
        self.writes = 0

    def write(self, text: str) -> int:
        self.writes += 1
        return super().write(text)


def _logger(stream: CountingStream) -> logging.Logger:
    log = logging.getLogger("tests.request_log_handler")
    log.handlers.clear()
    log.addHandler(LoopBatchedHandler(stream))
    log.setLevel(logging.INFO)
    log.propagate = False
    return log


def test_lines_of_one_loop_pass_are_written_together() -> None:
    stream = CountingStream()
    log = _logger(stream)

    async def main() -> None:
        for n in range(5):
            log.info("line %d", n)
        assert stream.getvalue() == ""  # not yet: the pass is not over
        await asyncio.sleep(0)
        assert stream.getvalue() == "".join(f"line {n}\n" for n in range(5))
        assert stream.writes == 1
        log.info("next")
        await asyncio.sleep(0)

    asyncio.run(main())
    assert stream.getvalue().endswith("line 4\nnext\n") and stream.writes == 2


def test_off_the_loop_and_on_flush_lines_are_written_at_once() -> None:
    stream = CountingStream()
    log = _logger(stream)
    log.info("outside")
    assert stream.getvalue() == "outside\n"

    async def main() -> None:
        log.info("inside")
        log.handlers[0].flush()  # a stopping server's logging.shutdown flushes
        assert stream.getvalue() == "outside\ninside\n"

    asyncio.run(main())
    assert stream.writes == 2
