"""Extraction throughput and latency, factlint beside dateparser and quantulum3 in the same run.

    python bench/throughput.py [--mb 20] [--peer-seconds 60]

Builds a corpus of at least --mb megabytes from the external benchmark texts and the development
corpus (each copy with its digits shifted, so nothing is served from a cache), then runs each tool in
a process of its own over it and prints input size, MB/s, articles/s and peak resident memory.
factlint reads the whole corpus; the peers read the same corpus from its start for --peer-seconds
(they are far slower), and the table says how much they read. Then the latency of one 1,000-word
article, in process. Needs the bench extra: pip install -e '.[bench]'.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared"


def sources() -> list[tuple[str, str]]:
    """(text, reference date) of every source document."""
    out = []
    for name in ("timeml-dev.jsonl", "newsquant-dev.jsonl"):
        for line in (SHARED / "external" / name).read_text("utf-8").splitlines():
            doc = json.loads(line)
            out.append((doc["text"], doc.get("dct") or "2019-10-01"))
    for path in sorted((SHARED / "corpus" / "articles").glob("*.md")):
        text = path.read_text("utf-8")
        date = re.search(r"^date:\s*(\S+)", text, re.M)
        out.append((text.split("---", 2)[-1], date.group(1) if date else "2024-01-01"))
    return out


def build(path: Path, megabytes: float) -> tuple[int, int]:
    docs, size, copy = 0, 0, 0
    base = sources()
    with path.open("w", encoding="utf-8") as out:
        while size < megabytes * 1e6:
            copy += 1
            for text, date in base:
                varied = re.sub(r"\d", lambda m: str((int(m.group()) + copy) % 10), text)
                out.write(json.dumps({"text": varied, "dct": date}) + "\n")
                docs += 1
                size += len(varied.encode("utf-8"))
    return docs, size


def worker(tool: str, path: Path, seconds: float) -> dict:
    if tool == "factlint":
        from factlint import packs
        from factlint.api import extract_text
        rules = packs.load()

        def run(text: str, date: str) -> None:
            extract_text(text, date=date, kind="text", rules=rules)
    elif tool == "dateparser":
        from dateparser.search import search_dates

        def run(text: str, date: str) -> None:
            search_dates(text, settings={"RELATIVE_BASE": dt.datetime.fromisoformat(date)})
    else:
        import warnings

        warnings.simplefilter("ignore")
        from quantulum3 import parser

        def run(text: str, date: str) -> None:
            parser.parse(text)
    docs = size = 0
    start = time.perf_counter()
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            doc = json.loads(line)
            run(doc["text"], doc["dct"])
            docs += 1
            size += len(doc["text"].encode("utf-8"))
            if seconds and time.perf_counter() - start > seconds:
                break
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"tool": tool, "docs": docs, "mb": size / 1e6, "seconds": elapsed, "peak_mb": peak}


def latency(rounds: int) -> tuple[int, list[float], list[float]]:
    """Milliseconds to extract from, and to check, one 1,000-word article."""
    import factlint
    from factlint import packs
    from factlint.api import extract_text
    words = " ".join(text for text, _ in sources()[-17:]).split()[:1000]
    article = "---\ndate: 2024-11-05\n---\n" + " ".join(words)
    rules = packs.load()
    factlint.check_text(article, rules=rules)  # warm: regexes compiled, models built
    extract, check = [], []
    for _ in range(rounds):
        t = time.perf_counter()
        extract_text(article, rules=rules)
        extract.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        factlint.check_text(article, rules=rules)
        check.append((time.perf_counter() - t) * 1000)
    return len(words), extract, check


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=20.0, help="corpus size in MB (default 20)")
    ap.add_argument("--peer-seconds", type=float, default=60.0, help="time each peer reads for (default 60)")
    ap.add_argument("--rounds", type=int, default=200, help="latency rounds (default 200)")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    ap.add_argument("--input", help=argparse.SUPPRESS)
    ap.add_argument("--seconds", type=float, default=0.0, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        print(json.dumps(worker(args.worker, Path(args.input), args.seconds)))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        docs, size = build(corpus, args.mb)
        print(f"corpus: {docs} articles, {size / 1e6:.1f} MB (external benchmark texts and the development "
              f"corpus, digits varied per copy)")
        print(f"{'tool':<12}{'read':>16}{'seconds':>10}{'MB/s':>9}{'articles/s':>12}{'peak RSS MB':>13}")
        rates = {}
        for tool, seconds in (("factlint", 0.0), ("dateparser", args.peer_seconds), ("quantulum3", args.peer_seconds)):
            done = subprocess.run([sys.executable, __file__, "--worker", tool, "--input", str(corpus),
                                   "--seconds", str(seconds)], capture_output=True, text=True, env=os.environ)
            if done.returncode != 0:
                print(f"{tool:<12} failed: {done.stderr.strip().splitlines()[-1] if done.stderr.strip() else done.returncode}")
                continue
            r = json.loads(done.stdout.strip().splitlines()[-1])
            rates[tool] = r["mb"] / r["seconds"]
            print(f"{tool:<12}{r['mb']:>8.2f} MB ({r['docs']} art.){r['seconds']:>8.1f}{rates[tool]:>9.3f}"
                  f"{r['docs'] / r['seconds']:>12.1f}{r['peak_mb']:>13.0f}")
        if "factlint" in rates and "dateparser" in rates:
            print(f"factlint / dateparser: {rates['factlint'] / rates['dateparser']:.1f}x")
    n, extract, check = latency(args.rounds)
    q = lambda xs, p: statistics.quantiles(xs, n=100)[p - 1]  # noqa: E731
    print(f"one {n}-word article, in process, {args.rounds} rounds: extract p50 {statistics.median(extract):.2f} ms, "
          f"p95 {q(extract, 95):.2f} ms; check (extract + rules) p50 {statistics.median(check):.2f} ms, "
          f"p95 {q(check, 95):.2f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
