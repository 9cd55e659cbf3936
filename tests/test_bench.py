"""The stage profiler times the pipeline extraction runs, stage by stage: every stage is in its table."""
import subprocess
import sys
from pathlib import Path

from factlint.extract import STAGES

ROOT = Path(__file__).resolve().parents[1]


def test_stage_profiler_times_every_stage_of_the_pipeline(tmp_path):
    run = subprocess.run([sys.executable, str(ROOT / "bench" / "stages.py"), "--articles", "3", "--rounds", "1",
                          "--folder", str(tmp_path)], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    timed = {line.split()[0] for line in run.stdout.splitlines()[2:] if line and not line.startswith("under")}
    assert {name for name, _ in STAGES} <= timed and "checks" in timed
    assert "articles/s on one core" in run.stdout and "regular-expression engine" in run.stdout
    assert len(list(tmp_path.glob("*/*.md"))) == 3
