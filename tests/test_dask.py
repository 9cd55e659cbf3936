"""--engine dask on a real distributed.LocalCluster of worker processes."""
from __future__ import annotations

import os
import shutil
import signal
import sys
import threading
import time

import pytest

from conftest import CORPUS
from factlint import cli


def _archive(tmp_path, copies: int):
    """The development corpus copied `copies` times, each copy in its own folder."""
    root = tmp_path / "archive"
    for n in range(copies):
        shutil.copytree(CORPUS, root / f"batch-{n:03d}")
    return root


def _check(*argv) -> int:
    return cli.main([str(a) for a in argv])


@pytest.mark.parametrize("fmt", ["json", "jsonl", "sarif", "html"])
def test_same_bytes_as_the_local_engine(tmp_path, fmt):
    local, dask = tmp_path / f"local.{fmt}", tmp_path / f"dask.{fmt}"
    assert _check("check", CORPUS, "--jobs", "1", "--format", f"{fmt}:{local}") == 1
    assert _check("check", CORPUS, "--engine", "dask", "--workers", "2", "--format", f"{fmt}:{dask}") == 1
    assert local.read_bytes() == dask.read_bytes()


def test_without_dask_a_clear_error(run, monkeypatch):
    for name in ("dask", "dask.distributed", "distributed"):
        monkeypatch.setitem(sys.modules, name, None)  # what an installation without the extra sees
    result = run("check", CORPUS, "--engine", "dask")
    assert result.code == 2
    assert result.err == "factlint check: --engine dask needs Dask: pip install 'factlint[dask]'\n"


def test_a_worker_killed_while_it_holds_tasks_loses_nothing(tmp_path):
    from dask.distributed import Client, LocalCluster

    archive = _archive(tmp_path, 30)  # 660 articles: long enough to kill a worker in the middle
    expected = tmp_path / "local.json"
    _check("check", archive, "--jobs", "1", "--format", f"json:{expected}")
    got = tmp_path / "dask.json"
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        outcome: list[int] = []
        run = threading.Thread(target=lambda: outcome.append(_check(
            "check", archive, "--engine", "dask", "--scheduler", cluster.scheduler_address,
            "--format", f"json:{got}")))
        run.start()
        killed = None
        deadline = time.monotonic() + 60
        while killed is None and run.is_alive() and time.monotonic() < deadline:
            busy = {worker: tasks for worker, tasks in client.processing().items() if tasks}
            if busy:
                worker, tasks = next(iter(busy.items()))
                pid = client.run(os.getpid, workers=[worker])[worker]
                os.kill(pid, signal.SIGKILL)
                killed = (worker, len(tasks))
            time.sleep(0.05)
        run.join(timeout=300)
    assert killed is not None and killed[1] > 0, "no worker was killed while it held tasks"
    assert outcome == [1]
    assert got.read_bytes() == expected.read_bytes()
