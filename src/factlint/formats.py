"""Reports for other tools: SARIF 2.1.0 for code-scanning dashboards, GitHub workflow annotations,
and reviewdog's rdjson."""
from __future__ import annotations

import hashlib
import json
import re
from pathlib import PurePath

from . import __version__, corpus
from .report import Finding, Report
from .rules import Rule

SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
_ANNOTATION = {"error": "error", "warning": "warning", "info": "notice"}


def fingerprint(f: Finding) -> str:
    """Stable across edits that move a finding: the rule, the claim, what it rests on and the verdict."""
    basis = "\0".join([f.rule, PurePath(f.path).name, f.text, *(r.text for r in f.related), f.message])
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:32]


def sarif(report: Report, rules: list[Rule]) -> str:
    described = {r.id: r for r in rules}
    used = sorted({f.rule for f in report.findings + report.suppressed})
    ids = [r for r in used if r in described] + [r for r in used if r not in described]
    index = {rule_id: i for i, rule_id in enumerate(ids)}
    run = {
        "tool": {"driver": {
            "name": "factlint", "version": __version__, "semanticVersion": __version__,
            "informationUri": "https://pypi.org/project/factlint/",
            "rules": [_rule(rule_id, described.get(rule_id)) for rule_id in ids]}},
        "columnKind": "unicodeCodePoints",
        "results": [_result(f, index) for f in report.findings]
                   + [_result(f, index, suppressed=True) for f in report.suppressed],
        "invocations": [{
            "executionSuccessful": not report.errors,
            "toolExecutionNotifications": [
                {"level": "error", "message": {"text": e.message},
                 "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(e.path)},
                                                     **({"region": {"startLine": e.line}} if e.line else {})}}]}
                for e in report.errors]}],
    }
    return json.dumps({"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}, indent=2, ensure_ascii=False) + "\n"


def _rule(rule_id: str, rule: Rule | None) -> dict:
    if rule is None:  # a rule built into factlint: about its own directives, or across articles
        text = corpus.RULES.get(rule_id, "A factlint directive that names no known rule.")
        return {"id": rule_id, "shortDescription": {"text": text}, "defaultConfiguration": {"level": "warning"}}
    description = " ".join(rule.description.split())
    return {"id": rule.id, "name": rule.id.replace("-", " ").title().replace(" ", ""),
            "shortDescription": {"text": description.split(". ")[0].rstrip(".") + "."},
            "fullDescription": {"text": description},
            "help": {"text": f"{description}\n\nCheck kind: {rule.kind}. Message: {rule.message}"},
            "defaultConfiguration": {"level": _LEVEL[rule.severity]},
            "properties": {"kind": rule.kind}}


def _uri(path: str) -> str:
    return PurePath(path).as_posix()


def _region(span, text: str | None = None) -> dict:
    region = {"startLine": span.line, "startColumn": span.column, "endLine": span.end_line,
              "endColumn": span.end_column, "charOffset": span.start, "charLength": span.end - span.start}
    if text is not None:
        region["snippet"] = {"text": text}
    return region


def _result(f: Finding, index: dict[str, int], suppressed: bool = False) -> dict:
    location = {"physicalLocation": {"artifactLocation": {"uri": _uri(f.path)}, "region": _region(f.span, f.text)}}
    result = {
        "ruleId": f.rule, "ruleIndex": index[f.rule], "level": _LEVEL[f.severity], "message": {"text": f.message},
        "locations": [location],
        "partialFingerprints": {"factlint/v1": fingerprint(f)},
    }
    if f.related:
        result["relatedLocations"] = [
            {"id": i + 1, "message": {"text": r.text},
             "physicalLocation": {"artifactLocation": {"uri": _uri(r.path or f.path)}, "region": _region(r.span, r.text)}}
            for i, r in enumerate(f.related)]
    if f.fix:
        result["fixes"] = [{"description": {"text": f"Replace with '{f.fix.replacement}'"},
                            "artifactChanges": [{"artifactLocation": {"uri": _uri(f.path)},
                                                 "replacements": [{"deletedRegion": _region(f.fix.span),
                                                                   "insertedContent": {"text": f.fix.replacement}}]}]}]
    if f.in_quote:
        result["properties"] = {"in_quote": True}
    if suppressed:
        result["suppressions"] = [{"kind": "inSource", "justification": getattr(f, "reason", None) or "",
                                   "location": {"physicalLocation": {
                                       "artifactLocation": {"uri": _uri(f.path)},
                                       "region": _region(f.directive.span, f.directive.text)}}}]
    return result


def github(report: Report) -> str:
    """Workflow commands: ::error file=...,line=...,col=...,endLine=...,endColumn=...,title=...::message"""
    lines = []
    for f in report.findings:
        props = {"file": f.path, "line": f.span.line, "col": f.span.column, "endLine": f.span.end_line,
                 "endColumn": f.span.end_column, "title": f"factlint {f.rule}"}
        joined = ",".join(f"{k}={_escape_property(str(v))}" for k, v in props.items())
        lines.append(f"::{_ANNOTATION[f.severity]} {joined}::{_escape_data(f.message)}")
    for e in report.errors:
        props = {"file": e.path, **({"line": e.line} if e.line else {}), "title": "factlint error"}
        joined = ",".join(f"{k}={_escape_property(str(v))}" for k, v in props.items())
        lines.append(f"::error {joined}::{_escape_data(e.message)}")
    return "".join(line + "\n" for line in lines)


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


_RD_SEVERITY = {"error": "ERROR", "warning": "WARNING", "info": "INFO"}


def rdjson(report: Report) -> str:
    """reviewdog's Diagnostic Format: lines from 1, columns from 1 in UTF-8 bytes, as reviewdog counts."""
    lines = _LineTexts()

    def position(path: str, line: int, column: int) -> dict:
        text = lines.get(path, line)
        byte_column = len(text[:column - 1].encode("utf-8")) + 1 if text is not None else column
        return {"line": line, "column": byte_column}

    def location(path: str, span) -> dict:
        return {"path": path, "range": {"start": position(path, span.line, span.column),
                                        "end": position(path, span.end_line, span.end_column)}}

    diagnostics = []
    for f in report.findings:
        diagnostic = {"message": f.message, "location": location(f.path, f.span), "severity": _RD_SEVERITY[f.severity],
                      "code": {"value": f.rule}, "original_output": f"{f.path}:{f.span.line}:{f.span.column}: {f.message}"}
        if f.fix:
            diagnostic["suggestions"] = [{"range": location(f.path, f.fix.span)["range"], "text": f.fix.replacement}]
        if f.related:
            diagnostic["related_locations"] = [{"message": r.text, "location": location(r.path or f.path, r.span)}
                                               for r in f.related]
        diagnostics.append(diagnostic)
    return json.dumps({"source": {"name": "factlint", "url": "https://pypi.org/project/factlint/"},
                       "diagnostics": diagnostics}, indent=2, ensure_ascii=False) + "\n"


class _LineTexts:
    """Lines of the checked files, read again only to count UTF-8 bytes for rdjson's columns."""

    def __init__(self) -> None:
        self._files: dict[str, list[str] | None] = {}

    def get(self, path: str, line: int) -> str | None:
        if path not in self._files:
            try:
                with open(path, encoding="utf-8", newline="") as fh:  # newline="": the file's own line breaks
                    self._files[path] = re.split(r"\r\n|\r|\n", fh.read())
            except (OSError, UnicodeDecodeError):
                self._files[path] = None  # standard input, or a claim set's article not at hand
        texts = self._files[path]
        return texts[line - 1] if texts is not None and 0 < line <= len(texts) else None
