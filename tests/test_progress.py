"""The progress bar: on a terminal, for runs that last more than a moment; never otherwise."""
import io
import sys

import pytest

from conftest import CORPUS
from factlint import cli, progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("quiet", [False, True])
def test_progress_on_a_terminal_unless_quiet(monkeypatch, tmp_path, quiet):
    monkeypatch.setattr(progress, "DELAY", 0.0)  # the run is short; show the bar from the first file
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    code = cli.main(["check", str(CORPUS), "--jobs", "1", "-o", str(tmp_path / "r.txt")] + (["--quiet"] if quiet else []))
    assert code == 1
    shown = terminal.getvalue()
    if quiet:
        assert shown == ""
    else:
        assert "checking" in shown and "files/s" in shown and "ETA" in shown and "17/17" in shown


def test_no_progress_when_not_a_terminal(monkeypatch, run):
    monkeypatch.setattr(progress, "DELAY", 0.0)
    result = run("check", CORPUS, "--jobs", "1")  # standard error is captured: not a terminal
    assert result.code == 1 and result.err == ""
