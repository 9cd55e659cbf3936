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
    if fmt == "jsonl":
        return jsonl(report)
    if fmt == "sarif":
        return formats.sarif(report, list(rules))
    if fmt == "github":
        return formats.github(report)
    if fmt == "rdjson":
        return formats.rdjson(report)
    return text(report)


def jsonl(report: Report) -> str:
    """One finding per line, then each error, then the summary: for archives and line-by-line tools."""
    lines = [f.model_dump_json() for f in report.findings]
    lines += [json.dumps({"error": e.model_dump()}, ensure_ascii=False) for e in report.errors]
    lines.append(json.dumps({"summary": report.summary.model_dump()}, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def text(report: Report) -> str:
    """The compiler convention: path:line:col: severity[rule] message, then a summary line."""
    lines = []
    for f in report.findings:
        quoted = (" (in a quotation)" if f.in_quote else "") + (" (in the baseline)" if f.in_baseline else "")
        lines.append(f"{f.path}:{f.span.line}:{f.span.column}: {f.severity}[{f.rule}] {f.message}{quoted}")
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
    if destination in (None, "-"):
        sys.stdout.write(content)
        sys.stdout.flush()
        return
    target = Path(destination)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(content)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
