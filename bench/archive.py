"""Archive scale: articles per second and peak memory of `factlint check` over a generated archive.

    python bench/archive.py [--sizes 10000 100000] [--runs jobs1 jobs2 dask2] [--folder DIR]

Generates an archive in the development corpus's style — each article two corpus articles' bodies
joined (about 500 words), every number changed, dates moved and place names swapped, so that no two
articles are alike and nothing is served from a cache — then runs `factlint check ARCHIVE --format
jsonl -o /dev/null --quiet` in a process of its own for each configuration and size, and prints
wall time, articles per second, MB/s and the peak resident memory of the whole process tree
(workers included), sampled from /proc every 50 ms.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent / "shared" / "corpus" / "articles"
FACTLINT = [sys.executable, "-m", "factlint"]
RUNS = {"jobs1": ["--jobs", "1"], "jobs2": ["--jobs", "2"], "dask2": ["--engine", "dask", "--workers", "2"]}
PLACES = ["Ashford", "Belmont", "Carrow", "Dunmore", "Elston", "Farley", "Glenrock", "Harwick", "Inverley",
          "Jarrow", "Kelso", "Linton", "Marlow", "Norwood", "Oakham", "Penrith", "Quarry Bay", "Rexford"]
_NUMBER = re.compile(r"\b\d{1,3}(?:,\d{3})+\b|\b\d+\b")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_PLACE = re.compile(r"(?<=[a-z,] )(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
                    r"March|April|May|June|July|August|September|October|November|December)\b)[A-Z][a-z]{3,}\b")


def templates() -> list[tuple[dt.date, str]]:
    out = []
    for path in sorted(CORPUS.glob("*.md")):
        text = path.read_text("utf-8")
        date = re.search(r"^date:\s*(\S+)", text, re.M)
        body = text.split("---", 2)[2] if text.startswith("---") else text
        out.append((dt.date.fromisoformat(date.group(1)) if date else dt.date(2024, 1, 1), body.strip()))
    return out


def article(n: int, sources: list[tuple[dt.date, str]]) -> str:
    rng = random.Random(n)
    (date, first), (_, second) = rng.sample(sources, 2)

    def number(m: re.Match) -> str:
        digits = m.group().replace(",", "")
        if _YEAR.match(digits):
            return str(int(digits) + rng.randint(-3, 3))
        value = max(1, int(int(digits) * rng.uniform(0.5, 1.5)))
        return f"{value:,}" if "," in m.group() else str(value)

    places = {}
    body = _PLACE.sub(lambda m: places.setdefault(m.group(), rng.choice(PLACES)) if rng.random() < 0.3 else m.group(),
                      first + "\n\n" + second)
    body = _NUMBER.sub(number, body)
    when = date + dt.timedelta(days=rng.randint(-400, 400))
    return f"---\ntitle: Archive article {n}\ndate: {when.isoformat()}\n---\n\n{body}\n"


def generate(folder: Path, count: int) -> tuple[int, int]:
    """Articles 0..count-1 in folders of 1,000; returns (bytes, words). Reuses what is already there."""
    sources = templates()
    size = words = 0
    for n in range(count):
        path = folder / f"{n // 1000:04d}" / f"{n:06d}.md"
        if path.exists():
            text = path.read_text("utf-8")
        else:
            text = article(n, sources)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, "utf-8")
        size += len(text.encode("utf-8"))
        words += len(text.split())
    return size, words


def tree_rss(pid: int) -> int:
    """Resident bytes of a process and all its descendants."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            status = Path(f"/proc/{p}/status").read_text()
            total += int(re.search(r"^VmRSS:\s+(\d+) kB", status, re.M).group(1)) * 1024
            for task in Path(f"/proc/{p}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, AttributeError):
            continue
    return total


def measure(folder: Path, options: list[str]) -> tuple[float, int, int]:
    """(seconds, peak resident bytes of the process tree, exit code) of one check of the archive."""
    command = FACTLINT + ["check", str(folder), "--format", "jsonl", "-o", os.devnull, "--quiet", *options]
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, tree_rss(process.pid))
            done.wait(0.05)

    sampler = threading.Thread(target=sample)
    sampler.start()
    _, err = process.communicate()
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    if process.returncode not in (0, 1):
        sys.exit(f"factlint failed ({process.returncode}): {err[-2000:]}")
    return seconds, peak, process.returncode


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    p.add_argument("--runs", nargs="+", choices=list(RUNS), default=list(RUNS))
    p.add_argument("--folder", type=Path, help="where to generate the archive, to keep it (default: a temporary folder, "
                                               "removed at the end); an existing archive is reused and extended")
    args = p.parse_args()
    if args.folder:
        measure_all(args, args.folder)
    else:
        with tempfile.TemporaryDirectory(prefix="factlint-archive-") as name:  # generated, measured, removed
            measure_all(args, Path(name))
    return 0


def measure_all(args: argparse.Namespace, folder: Path) -> None:
    print(f"machine: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}")
    print(f"{'run':<7} {'articles':>9} {'MB':>8} {'words/article':>14} {'seconds':>8} {'articles/s':>11} "
          f"{'MB/s':>6} {'peak RSS MB':>12}")
    for count in sorted(args.sizes):
        size, words = generate(folder / "articles", count)
        with tempfile.TemporaryDirectory(prefix=f"factlint-archive-{count}-") as name:
            subset = Path(name)  # the first `count` articles, as links
            for n in range(count):
                link = subset / f"{n // 1000:04d}" / f"{n:06d}.md"
                link.parent.mkdir(parents=True, exist_ok=True)
                link.symlink_to(folder / "articles" / f"{n // 1000:04d}" / f"{n:06d}.md")
            for config in args.runs:
                seconds, peak, _ = measure(subset, RUNS[config])
                print(f"{config:<7} {count:>9,} {size / 1e6:>8.1f} {words / count:>14.0f} {seconds:>8.1f} "
                      f"{count / seconds:>11.0f} {size / 1e6 / seconds:>6.2f} {peak / 1e6:>12.0f}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
