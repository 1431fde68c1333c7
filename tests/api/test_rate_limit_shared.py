"""The rate limit of ``serve --workers N``: a key's bucket lives in a file the worker
processes share, so a key has one rate however many workers its requests reach."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest

from talkpush_desktop.api.errors import RateLimitedError
from talkpush_desktop.api.limits import RateLimit, RateLimiter, SharedBuckets

LIMIT = RateLimit(per_second=0.001, burst=10)  # no refill within the test


def _taken(path: str, key_id: int, tries: int) -> int:
    """In a process of its own: how many of ``tries`` requests of the key were let through."""
    limiter = RateLimiter(LIMIT, SharedBuckets(Path(path)))
    taken = 0
    for _ in range(tries):
        try:
            limiter.take(key_id)
            taken += 1
        except RateLimitedError:
            pass
    return taken


def test_two_processes_share_one_bucket_per_key(tmp_path: Path) -> None:
    path = str(SharedBuckets.create(tmp_path))
    with multiprocessing.get_context("spawn").Pool(2) as pool:  # as uvicorn starts workers
        both = pool.starmap(_taken, [(path, 7, 10), (path, 7, 10)])
        other_key = pool.starmap(_taken, [(path, 8, 4)])
    assert sum(both) == LIMIT.burst  # not twice the burst
    assert other_key == [4]  # another key has its own bucket
    assert (tmp_path / "rate-buckets").stat().st_mode & 0o077 == 0


def test_a_shared_limiter_refuses_with_retry_after_and_refills(tmp_path: Path) -> None:
    buckets = SharedBuckets(SharedBuckets.create(tmp_path))
    limiter = RateLimiter(RateLimit(per_second=1000, burst=2), buckets)
    limiter.take(1)
    limiter.take(1)
    with pytest.raises(RateLimitedError):
        limiter.take(1)
    assert buckets.get(1) is not None and buckets.get(2) is None
    slow = RateLimiter(RateLimit(per_second=0.5, burst=1), buckets)
    slow.take(3)
    with pytest.raises(RateLimitedError) as refused:
        slow.take(3)
    assert refused.value.retry_after == 2
    buckets.close()


def test_keys_past_their_home_slot_keep_their_own_buckets(tmp_path: Path) -> None:
    """Keys whose ids share a slot of the table probe on to the next free one."""
    from talkpush_desktop.api.limits import SLOTS

    buckets = SharedBuckets(SharedBuckets.create(tmp_path))
    with buckets.locked() as table:
        table.put(5, 1.0, 0.0)
        table.put(5 + SLOTS, 2.0, 0.0)
        assert table.get(5) == (1.0, 0.0) and table.get(5 + SLOTS) == (2.0, 0.0)
    buckets.close()
