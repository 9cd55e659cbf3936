"""The fuzz harnesses (fuzz/), each run briefly over its seed corpus; `python fuzz/run.py --seconds N`
runs them for as long as you like."""
import subprocess
import sys

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "fuzz"))
from run import HARNESSES  # noqa: E402


@pytest.mark.parametrize("harness", HARNESSES)
def test_harness_runs_clean(harness):
    done = subprocess.run([sys.executable, str(ROOT / "fuzz" / "run.py"), harness, "--runs", "300"],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.startswith(f"{harness}: Done 300 runs in "), done.stdout
