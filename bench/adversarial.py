"""Extraction time on adversarial input, at growing sizes: linear growth means no pattern backtracks.

    python bench/adversarial.py [--max-kb 1024]

Each input repeats one unit (digits, commas, hyphens, spaces, month names, "and", ...) up to the size;
the table prints seconds per size and the ratio of the largest to the smallest time per byte.
"""
from __future__ import annotations

import argparse
import sys
import time

from factlint import document, packs
from factlint.extract import extract

UNITS = ["1", "1,", "1-", "-", " ", "1.2.", "March ", "and ", "Oct. 2 ", "since ", "about 3 ", "$1 ", "12 km (",
         "the ", "Monday, ", "3 years ", "last ", "<b>", "`", "a third of ", "one in ", "USD1 ", "S&P 500 ",
         "10 p.m. Monday "]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--max-kb", type=int, default=1024)
    args = ap.parse_args(argv)
    facts = packs.load().facts
    sizes = [args.max_kb // 8, args.max_kb // 4, args.max_kb // 2, args.max_kb]
    print(f"{'unit':<12}" + "".join(f"{s:>9} KB" for s in sizes) + f"{'growth':>10}")
    worst = 0.0
    for unit in UNITS:
        times = []
        for kb in sizes:
            text = (unit * (kb * 1024 // len(unit) + 1))[: kb * 1024]
            start = time.perf_counter()
            extract(document.from_text(text, path="adversarial.md"), facts)
            times.append(time.perf_counter() - start)
        growth = (times[-1] / sizes[-1]) / max(times[0] / sizes[0], 1e-9)
        worst = max(worst, growth)
        print(f"{unit!r:<12}" + "".join(f"{t:>10.2f}s" for t in times) + f"{growth:>9.1f}x")
    print(f"largest growth of time per byte from {sizes[0]} KB to {sizes[-1]} KB: {worst:.1f}x (1.0x is linear)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
