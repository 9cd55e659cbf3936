"""--engine dask: the files partitioned across a Dask cluster, a `distributed.LocalCluster` of worker
processes when no scheduler address is given. Batches go out a few at a time per worker and come back
in path order, so the report is the local engine's, byte for byte, and memory stays flat. A worker that
dies takes no batch with it: the scheduler runs its batches again elsewhere.

Workers read the files themselves: on a cluster of several machines they must see them at the paths
given (a shared file system, the same working folder, or absolute paths)."""
from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator

from . import ordered

BATCH = 64  # files per task: the scheduler's cost per task (a round trip through it) is paid once per 64 files
IN_FLIGHT_PER_WORKER = 4
_RUNNERS: dict = {}


class EngineError(Exception):
    """The cluster cannot be used: Dask is missing or the scheduler cannot be reached."""


def check_batch(settings: tuple, paths: list[str]) -> list:
    """On a worker: check a batch of files with a runner kept for the run's settings."""
    from .runner import Runner, check_file

    if settings not in _RUNNERS:
        _RUNNERS[settings] = Runner.from_settings(settings)
    return [check_file(_RUNNERS[settings], path) for path in paths]


def outcomes(settings: tuple, paths: Iterable[str], scheduler: str | None, workers: int) -> Iterator[tuple[str, tuple]]:
    try:
        import dask
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise EngineError("--engine dask needs Dask: pip install 'factlint[dask]'") from None
    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, timeout="10s")
        else:
            # The workers' statistical profiler samples every task's stack every 10 ms and keeps an hour of
            # it: on an archive run that is CPU taken from the checks and memory that grows with the run.
            with dask.config.set({"distributed.worker.profile.enabled": False}):
                cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                       dashboard_address=None, silence_logs=logging.ERROR)
            client = Client(cluster)
    except OSError as exc:
        raise EngineError(f"cannot reach the Dask scheduler {scheduler}: {exc}") from None
    try:
        yield from _gather(client, settings, paths)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _gather(client, settings: tuple, paths: Iterable[str]) -> Iterator[tuple[str, tuple]]:
    workers = max(1, len(client.scheduler_info().get("workers", {})))
    return ordered.in_order(ordered.batches(paths, BATCH),
                            lambda batch: client.submit(check_batch, settings, batch, pure=False),
                            workers * IN_FLIGHT_PER_WORKER)
