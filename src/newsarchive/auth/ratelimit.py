"""A per-key token bucket: `burst` requests at once, then `per_minute` a minute.

In memory, per service process: with N workers a token can make up to N times the rate.
That bounds abuse without a shared store; put a shared limiter in front for exact limits.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable

# Forget buckets that have refilled completely once this many keys are tracked.
_MAX_KEYS = 10_000


class RateLimiter:
    def __init__(
        self, per_minute: int, burst: int, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.rate = per_minute / 60.0  # tokens per second
        self.burst = float(max(1, burst))
        self.clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}  # key -> (tokens, last update)
        self._lock = threading.Lock()

    @property
    def enabled(self) -> bool:
        return self.rate > 0

    def acquire(self, key: str) -> int:
        """0 when the request may go ahead, else the whole seconds to wait before retrying."""
        if not self.enabled:
            return 0
        with self._lock:
            now = self.clock()
            tokens, last = self._buckets.get(key, (self.burst, now))
            tokens = min(self.burst, tokens + (now - last) * self.rate)
            if tokens >= 1.0:
                self._buckets[key] = (tokens - 1.0, now)
                if len(self._buckets) > _MAX_KEYS:
                    self._prune(now)
                return 0
            self._buckets[key] = (tokens, now)
            return max(1, math.ceil((1.0 - tokens) / self.rate))

    def _prune(self, now: float) -> None:
        full = [
            key
            for key, (tokens, last) in self._buckets.items()
            if tokens + (now - last) * self.rate >= self.burst
        ]
        for key in full:
            del self._buckets[key]
