"""Rendering a report in each format, and writing it where it was asked to go."""
from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

from . import formats, htmlview
from .report import Report

FORMATS = ("text", "json", "jsonl", "sarif", "github", "rdjson", "html")


def render(report: Report, fmt: str, rules=(), pages=None) -> str:
    """`rules`: the rules in force, whose descriptions SARIF carries; `pages`: each article's text
    and claims by path, which the HTML view shows."""
    if fmt == "html":
        return htmlview.render(report, pages or {})
    if fmt == "json":
        return report.to_json()
    if fmt == "sarif":
        return formats.sarif(report, list(rules))
    if fmt == "github":
        return formats.github(report)
    if fmt == "rdjson":
        return formats.rdjson(report)
    return text(report)


def text(report: Report) -> str:
    """The compiler convention: path:line:col: severity[rule] message, then a summary line."""
    lines = []
    for f in report.findings:
        quoted = (" (in a quotation)" if f.in_quote else "") + (" (in the baseline)" if f.in_baseline else "")
        lines.append(f"{f.path}:{f.span.line}:{f.span.column}: {f.severity}[{f.rule}] {f.message}{quoted}")
        for r in f.related:
            if r.path:  # in another article (--corpus, --against)
                lines.append(f"    see: {r.path}:{r.span.line}:{r.span.column}: '{r.text}'")
        if f.fix:
            lines.append(f"    fix: replace '{_original(f)}' with '{f.fix.replacement}'")
    counts = ", ".join(f"{n} {sev}{'s' if n != 1 and sev != 'info' else ''}"
                       for sev, n in report.summary.by_severity.items())
    n = report.summary.findings
    files = report.summary.files
    summary = f"{n} finding{'s' if n != 1 else ''}{f' ({counts})' if counts else ''} in {files} file{'s' if files != 1 else ''}"
    if report.summary.suppressed:
        summary += f"; {report.summary.suppressed} suppressed"
    if report.summary.errors:
        summary += f"; {report.summary.errors} error{'s' if report.summary.errors != 1 else ''} (see above)"
    lines.append(summary)
    return "\n".join(lines) + "\n"


def _original(finding) -> str:
    """The text a fix replaces: within the finding's own text, or the related claim it lies in."""
    fix = finding.fix.span
    for span, text in [(finding.span, finding.text)] + [(r.span, r.text) for r in finding.related]:
        if span.start <= fix.start and fix.end <= span.end:
            return text[fix.start - span.start:fix.end - span.start]
    return ""


def write(content: str, destination: str | None) -> None:
    """To standard output, or to a file by way of a temporary file and a rename, so that an
    interrupted run never leaves half a report behind."""
    out = _Destination(destination)
    try:
        out.fh.write(content)
    except BaseException:
        out.abandon()
        raise
    out.commit()


class Stream:
    """--format jsonl as results come in: one finding per line, file by file, then one line per error
    and the summary. Nothing is held back, so an archive of any size streams in constant memory."""

    def __init__(self, destination: str | None) -> None:
        self._out = _Destination(destination)

    def findings(self, findings: list) -> None:
        for finding in findings:
            self._out.fh.write(finding.model_dump_json() + "\n")

    def close(self, errors: list, summary) -> None:
        for error in sorted(errors, key=lambda e: (e.path, e.line or 0, e.message)):
            self._out.fh.write(json.dumps({"error": error.model_dump()}, ensure_ascii=False) + "\n")
        self._out.fh.write(json.dumps({"summary": summary.model_dump()}, ensure_ascii=False) + "\n")
        self._out.commit()

    def abandon(self) -> None:
        self._out.abandon()


class _Destination:
    """Standard output, or a temporary file beside the target that becomes the target on commit."""

    def __init__(self, destination: str | None) -> None:
        self._tmp = None
        if destination in (None, "-"):
            self.fh = sys.stdout
            return
        self._target = Path(destination)
        self._target.parent.mkdir(parents=True, exist_ok=True)
        fd, self._tmp = tempfile.mkstemp(prefix=f".{self._target.name}.", dir=self._target.parent)
        self.fh = os.fdopen(fd, "w", encoding="utf-8", newline="")

    def commit(self) -> None:
        if self._tmp is None:
            self.fh.flush()
            return
        self.fh.close()
        os.replace(self._tmp, self._target)

    def abandon(self) -> None:
        if self._tmp is not None:
            self.fh.close()
            Path(self._tmp).unlink(missing_ok=True)
