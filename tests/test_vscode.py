"""The VS Code extension builds with `npm ci && npm run compile`. Under CI=true a missing npm is a
failure, never a skip."""
import os
import shutil
import subprocess

import pytest
from conftest import ROOT


def test_vscode_extension_builds(tmp_path):
    npm = shutil.which("npm")
    if npm is None:
        if os.environ.get("CI") == "true":
            pytest.fail("npm is not installed")
        pytest.skip("npm is not installed")
    work = tmp_path / "vscode"
    shutil.copytree(ROOT / "editors" / "vscode", work, ignore=shutil.ignore_patterns("node_modules", "out"))
    for step in (["ci", "--no-audit", "--no-fund"], ["run", "compile"]):
        done = subprocess.run([npm, *step], cwd=work, capture_output=True, text=True, timeout=600)
        assert done.returncode == 0, done.stdout + done.stderr
    built = (work / "out" / "extension.js").read_text()
    assert '"factlint", "lsp"' in built and "LanguageClient" in built
