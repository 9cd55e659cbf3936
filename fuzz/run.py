"""Run the fuzz harnesses: `python fuzz/run.py [HARNESS ...] --seconds N`.

Each harness starts from a seed corpus built from the project's fixtures and runs for N seconds (a
timed run keeps what it finds under build/fuzz/NAME for the next one; a --runs run starts from the
seeds alone). A crash leaves its input as build/fuzz/crash-* and fails the run. Prints each harness's final libFuzzer run-count line."""
from __future__ import annotations

import argparse
import hashlib
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import seeds

HERE = Path(__file__).resolve().parent
HARNESSES = ("document", "extraction", "rule_files", "claim_files", "config_files", "facts_import", "lsp_messages")


def corpus(name: str, scratch: str | None) -> Path:
    folder = Path(scratch) / name if scratch else seeds.ROOT / "build" / "fuzz" / name
    folder.mkdir(parents=True, exist_ok=True)
    for data in seeds.seeds(name):
        (folder / f"seed-{hashlib.sha1(data).hexdigest()}").write_bytes(data)
    return folder


def run(name: str, seconds: int | None, runs: int | None, scratch: str | None = None) -> tuple[int, str]:
    limit = [f"-max_total_time={seconds}"] if seconds else [f"-runs={runs}"]
    (seeds.ROOT / "build" / "fuzz").mkdir(parents=True, exist_ok=True)  # where crashes are left
    command = [sys.executable, str(HERE / f"{name}.py"), str(corpus(name, scratch)), *limit, "-timeout=20",
               "-rss_limit_mb=4096", "-max_len=65536", f"-artifact_prefix={seeds.ROOT / 'build' / 'fuzz'}/crash-{name}-"]
    done = subprocess.run(command, capture_output=True, text=True, errors="replace")
    counts = re.findall(r"^Done \d+ runs in \d+ second\(s\)$", done.stderr, re.M)
    tail = counts[-1] if counts else done.stderr.strip().splitlines()[-1:] or ["(no output)"]
    return done.returncode, f"{name}: {tail if isinstance(tail, str) else tail[0]}"


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("harnesses", nargs="*", choices=[[], *HARNESSES], default=[], metavar="HARNESS")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--seconds", type=int, help="how long to run each harness")
    group.add_argument("--runs", type=int, default=200, help="inputs per harness when --seconds is not given")
    args = p.parse_args()
    failed = 0
    with tempfile.TemporaryDirectory() as scratch:
        for name in args.harnesses or HARNESSES:
            # a short run starts from the seeds alone, so it is the same run every time
            code, line = run(name, args.seconds, None if args.seconds else args.runs, None if args.seconds else scratch)
            print(line + ("" if code == 0 else f"  FAILED (exit {code})"), flush=True)
            failed += code != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
