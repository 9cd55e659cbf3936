"""Where one core's time goes, stage by stage, over archive-style articles (bench/archive.py's): reading the
file, each extraction stage (factlint.extract.STAGES, the pipeline itself), the claim set, the checks.

    .venv/bin/python bench/stages.py --articles 300 --rounds 3

prints milliseconds per article for each stage (the best of the rounds), their total and the articles a
second it comes to, and, from one more round under cProfile, the share of the time spent inside the
regular-expression engine and in validating models (the profiler slows Python's own calls more than
these, so both shares are lower bounds)."""
from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import archive  # noqa: E402  the archive's own generator, so both benchmarks read the same articles
from factlint import document, engine, packs  # noqa: E402
from factlint.extract import STAGES, claim_set  # noqa: E402
from factlint.extract.context import Context  # noqa: E402


def one_pass(paths: list[Path], facts, rules, times: dict[str, float]) -> None:
    def timed(name: str, fn, *args):
        start = time.perf_counter()
        out = fn(*args)
        times[name] += time.perf_counter() - start
        return out

    for path in paths:
        doc = timed("read the file", document.read, str(path))
        ctx = timed("context", Context, doc)
        for name, stage in STAGES:
            timed(name, stage, ctx, facts)
        claims = timed("claim set", claim_set, ctx)
        timed("checks", engine.check, claims, rules)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--folder", type=Path, help="where the articles are generated (default: a temporary folder)")
    args = parser.parse_args()
    if args.folder:
        return profile(args, args.folder)
    with tempfile.TemporaryDirectory(prefix="factlint-stages-") as name:  # generated, timed, removed
        return profile(args, Path(name))


def profile(args: argparse.Namespace, folder: Path) -> int:
    size, words = archive.generate(folder, args.articles)
    paths = sorted(folder.glob("*/*.md"))[:args.articles]
    loaded = packs.load()
    rules = engine.ruleset(loaded)[0]
    one_pass(paths[:20], loaded.facts, rules, defaultdict(float))  # warm: the unit registry, the caches
    best: dict[str, float] = {}
    for _ in range(args.rounds):
        times: dict[str, float] = defaultdict(float)
        one_pass(paths, loaded.facts, rules, times)
        best = {k: min(v, best.get(k, v)) for k, v in times.items()}
    n = len(paths)
    print(f"articles: {n}, {size / n / 1024:.1f} KB and {words / n:.0f} words each")
    print(f"{'stage':16s} {'ms/article':>10s} {'share':>7s}")
    total = sum(best.values())
    for name, seconds in sorted(best.items(), key=lambda kv: -kv[1]):
        print(f"{name:16s} {1000 * seconds / n:10.3f} {100 * seconds / total:6.1f}%")
    print(f"{'total':16s} {1000 * total / n:10.3f}   -> {n / total:.0f} articles/s on one core (best of {args.rounds})")
    profile = cProfile.Profile()
    profile.runcall(one_pass, paths, loaded.facts, rules, defaultdict(float))
    stats = pstats.Stats(profile).stats
    profiled = sum(tt for (_, _, _), (_, _, tt, _, _) in stats.items())
    regex = sum(tt for (f, _, fn), (_, _, tt, _, _) in stats.items() if f == "~" and ("re.Pattern" in fn or "re.Match" in fn))
    models = sum(tt for (f, _, fn), (_, _, tt, _, _) in stats.items() if f == "~" and "validate_python" in fn)
    print(f"under cProfile: {100 * regex / profiled:.1f}% of the time in the regular-expression engine, "
          f"{100 * models / profiled:.1f}% validating models")
    return 0


if __name__ == "__main__":
    sys.exit(main())
