"""The pre-commit hook, run by the real `pre-commit try-repo` against this checkout."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

WRONG = "---\ndate: 2024-11-05\n---\nThe strikes are part of the anti-ISIS coalition's campaign, an effort ongoing since 2003.\n"
CLEAN = "---\ndate: 2024-11-05\n---\nThe Riksbank, founded in 1668, cut its rate on Wednesday, Sept. 24, 2025.\n"


def _pre_commit() -> str:
    found = shutil.which("pre-commit", path=str(Path(sys.executable).parent)) or shutil.which("pre-commit")
    assert found, "pre-commit is not installed (it is in the test extra)"
    return found


def test_pre_commit_try_repo_fails_on_the_error_and_passes_clean_copy(tmp_path):
    repo = tmp_path / "newsroom"
    repo.mkdir()
    (repo / "draft.md").write_text(WRONG)
    (repo / "clean.md").write_text(CLEAN)
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "GIT_AUTHOR_NAME": "t",
           "GIT_AUTHOR_EMAIL": "t@x", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@x", "HOME": str(tmp_path)}
    for args in (["init", "-q"], ["add", "."]):
        subprocess.run(["git", *args], cwd=repo, check=True, env=env)

    def hook(name: str) -> subprocess.CompletedProcess:
        return subprocess.run([_pre_commit(), "try-repo", str(ROOT), "factlint", "--files", name],
                              cwd=repo, env=env, capture_output=True, text=True, timeout=900)

    failed = hook("draft.md")
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "error[entity-date] 'since 2003'" in failed.stdout
    passed = hook("clean.md")
    assert passed.returncode == 0, passed.stdout + passed.stderr
