"""Results of a pool in the order of their inputs, with a bounded number of batches in flight, so that
neither the pool nor the caller ever holds the whole archive's paths or results at once."""
from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator


def batches(paths: list[str], size: int) -> Iterator[list[str]]:
    for i in range(0, len(paths), size):
        yield paths[i:i + size]


def in_order(work: Iterator[list[str]], submit: Callable, window: int) -> Iterator[tuple[str, tuple]]:
    """`submit(batch)` returns a future of the batch's outcomes (concurrent.futures or Dask alike)."""
    pending: deque = deque()

    def more() -> None:
        batch = next(work, None)
        if batch is not None:
            pending.append((batch, submit(batch)))

    for _ in range(window):
        more()
    while pending:
        batch, future = pending.popleft()
        more()
        yield from zip(batch, future.result())
