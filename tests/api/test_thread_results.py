"""result_of: results finished on another thread reach their awaiting coroutines, many of
them for one wake-up of the loop."""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import Future

import pytest

from talkpush_desktop.api.thread_results import result_of


def test_a_batch_finished_in_a_row_reaches_every_waiter_with_one_wake_up() -> None:
    async def main() -> tuple[list[object], int]:
        loop = asyncio.get_running_loop()
        wakes = 0
        real = loop.call_soon_threadsafe

        def counting(*args: object, **kwargs: object) -> asyncio.Handle:
            nonlocal wakes
            wakes += 1
            return real(*args, **kwargs)  # type: ignore[arg-type]

        loop.call_soon_threadsafe = counting  # type: ignore[method-assign]
        futures: list[Future[int]] = [Future() for _ in range(20)]
        waits = [asyncio.ensure_future(result_of(f)) for f in futures]
        await asyncio.sleep(0)  # every waiter is registered

        def finish() -> None:  # the writer thread resolves its batch in a row
            for i, f in enumerate(futures):
                if i == 7:
                    f.set_exception(ValueError("refused"))
                else:
                    f.set_result(i * 10)

        thread = threading.Thread(target=finish)
        thread.start()
        thread.join()  # all finished before the loop runs again: one wake-up
        got = await asyncio.gather(*waits, return_exceptions=True)
        return got, wakes

    got, wakes = asyncio.run(main())
    assert [g if isinstance(g, int) else str(g) for g in got] == [
        "refused" if i == 7 else i * 10 for i in range(20)
    ]
    assert wakes == 1


def test_results_finishing_apart_each_wake_the_loop() -> None:
    async def main() -> list[int]:
        got = []
        for n in range(3):
            f: Future[int] = Future()
            threading.Timer(0.01, f.set_result, (n,)).start()
            got.append(await result_of(f))
        return got

    assert asyncio.run(main()) == [0, 1, 2]


def test_a_cancelled_wait_cancels_the_queued_future() -> None:
    async def main() -> Future[int]:
        f: Future[int] = Future()
        wait = asyncio.ensure_future(result_of(f))
        await asyncio.sleep(0)
        wait.cancel()
        with pytest.raises(asyncio.CancelledError):
            await wait
        return f

    f = asyncio.run(main())
    assert f.cancelled()  # the writer skips it (set_running_or_notify_cancel)


def test_a_result_finished_before_the_wait_is_taken_at_once() -> None:
    async def main() -> str:
        f: Future[str] = Future()
        f.set_result("done")
        return await result_of(f)

    assert asyncio.run(main()) == "done"
