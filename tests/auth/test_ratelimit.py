"""The token bucket on its own, with a clock the test moves."""

from __future__ import annotations

from newsarchive.auth.ratelimit import RateLimiter


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_burst_then_the_sustained_rate_with_the_wait_to_retry() -> None:
    clock = Clock()
    limiter = RateLimiter(per_minute=30, burst=3, clock=clock)  # one every 2 s

    assert [limiter.acquire("a") for _ in range(3)] == [0, 0, 0]
    assert limiter.acquire("a") == 2
    clock.now += 1.0
    assert limiter.acquire("a") == 1  # half a token refilled: one more second
    clock.now += 1.0
    assert limiter.acquire("a") == 0
    assert limiter.acquire("a") == 2


def test_keys_are_limited_separately_and_refill_only_to_the_burst() -> None:
    clock = Clock()
    limiter = RateLimiter(per_minute=60, burst=2, clock=clock)

    assert [limiter.acquire("a") for _ in range(3)] == [0, 0, 1]
    assert limiter.acquire("b") == 0
    clock.now += 3600
    assert [limiter.acquire("a") for _ in range(3)] == [0, 0, 1]


def test_a_rate_of_zero_turns_the_limit_off() -> None:
    limiter = RateLimiter(per_minute=0, burst=1)

    assert not limiter.enabled
    assert all(limiter.acquire("a") == 0 for _ in range(1000))
