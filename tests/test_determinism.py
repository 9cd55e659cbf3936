"""Identical input, identical bytes: across runs, hash seeds, --jobs values and engines."""
import os
import subprocess
import sys

from conftest import CORPUS, ROOT

ARTICLES = [str(CORPUS), str(ROOT / "tests" / "articles" / "clean")]


def _report(tmp_path, seed: str, *options: str) -> dict[str, bytes]:
    out = tmp_path / f"{seed}-{'-'.join(options) or 'default'}"
    formats = [f"--format={fmt}:{out}.{fmt}" for fmt in ("json", "jsonl", "sarif", "html", "text")]
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run([sys.executable, "-m", "factlint", "check", *ARTICLES, "--corpus", *formats, *options],
                          env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 1, done.stderr
    return {fmt: out.with_suffix(f".{fmt}").read_bytes() for fmt in ("json", "jsonl", "sarif", "html", "text")}


def test_byte_identical_across_hash_seeds_jobs_and_engines(tmp_path):
    first = _report(tmp_path, "0", "--jobs", "1")
    for seed, options in (("0", ("--jobs", "1")), ("1", ("--jobs", "1")), ("12345", ("--jobs", "2")),
                          ("random", ("--jobs", "2")), ("7", ("--engine", "dask", "--workers", "2"))):
        again = _report(tmp_path, seed, *options)
        for fmt in first:
            assert again[fmt] == first[fmt], f"{fmt} differs with PYTHONHASHSEED={seed} {' '.join(options)}"
