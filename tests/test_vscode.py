"""The VS Code extension builds with `npm ci && npm run compile`. Under CI=true a missing npm is a
failure, never a skip."""
import shutil
import subprocess

from conftest import ROOT, require_tool


def test_vscode_extension_builds(tmp_path):
    npm = require_tool("npm", "Node.js and npm, as on this kind of machine")
    work = tmp_path / "vscode"
    shutil.copytree(ROOT / "editors" / "vscode", work, ignore=shutil.ignore_patterns("node_modules", "out"))
    for step in (["ci", "--no-audit", "--no-fund"], ["run", "compile"]):
        done = subprocess.run([npm, *step], cwd=work, capture_output=True, text=True, timeout=600)
        assert done.returncode == 0, done.stdout + done.stderr
    built = (work / "out" / "extension.js").read_text()
    assert '"factlint", "lsp"' in built and "LanguageClient" in built
