"""`--diff REF`: the lines each file changed since a git ref, so only findings there are reported."""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

from .errors import UserError

_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@", re.M)


def changed_lines(ref: str, path: str) -> set[int] | None:
    """Line numbers added or changed in `path` since `ref`; None when every line counts (a file git
    does not track yet)."""
    where = Path(path).resolve().parent
    tracked = subprocess.run(["git", "ls-files", "--error-unmatch", Path(path).name], cwd=where,
                             capture_output=True, text=True)
    if tracked.returncode != 0:
        if subprocess.run(["git", "rev-parse", "--git-dir"], cwd=where, capture_output=True).returncode != 0:
            raise UserError(path, "--diff: not in a git repository")
        return None
    done = subprocess.run(["git", "diff", "--unified=0", "--no-color", ref, "--", Path(path).name], cwd=where,
                          capture_output=True, text=True)
    if done.returncode != 0:
        raise UserError(path, f"--diff {ref}: {done.stderr.strip().splitlines()[-1] if done.stderr.strip() else 'git diff failed'}")
    lines: set[int] = set()
    for m in _HUNK.finditer(done.stdout):
        start, count = int(m.group(1)), int(m.group(2) or 1)
        lines.update(range(start, start + count))
    return lines
