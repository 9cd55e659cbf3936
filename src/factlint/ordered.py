"""Results of a pool in the order of their inputs, with a bounded number of batches in flight, so that
neither the pool nor the caller ever holds the whole archive's paths or results at once."""
from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice


def batches(paths: Iterable[str], size: int) -> Iterator[list[str]]:
    paths = iter(paths)
    while batch := list(islice(paths, size)):
        yield batch


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
