from __future__ import annotations

import json
from pathlib import Path

import pytest

from factlint import cli, schemas

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "articles"
MOTIVATING = CORPUS / "00-centcom-isis-operations.md"


def validate_report(text: str) -> dict:
    """Every JSON report a test produces must validate against the shipped report schema."""
    data = json.loads(text)
    errors = list(schemas.validator("report").iter_errors(data))
    assert not errors, errors[0].message
    return data


class Result:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err

    @property
    def report(self) -> dict:
        return validate_report(self.out)


@pytest.fixture
def run(capsys):
    """Run the CLI in process: exit code, standard output and standard error."""
    def _run(*argv: str) -> Result:
        code = cli.main([str(a) for a in argv])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)
    return _run


@pytest.fixture
def article(tmp_path):
    """Write an article with front matter and return its path."""
    def _article(body: str, date: str | None = "2024-11-05", name: str = "draft.md") -> Path:
        front = f"---\ntitle: t\ndate: {date}\n---\n" if date else ""
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(front + body, encoding="utf-8")
        return path
    return _article


def require_tool(name: str, install: str) -> str:
    """The path of a tool a test drives; under CI=true a missing one fails the test, never skips it."""
    import os
    import shutil

    found = shutil.which(name)
    if found is None:
        message = f"{name} is not installed ({install})"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return found


def span_text(text: str, span: dict) -> str:
    return text[span["start"]:span["end"]]
