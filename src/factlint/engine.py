"""Runs every enabled rule over each claim set and assembles the report: one direction, findings
sorted by path and offset, the same bytes for the same input."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from .checks import KINDS, Hit
from .claims import ClaimSet
from .errors import UserError
from .facts import FactBase
from .report import FileEntry, FileError, Finding, Fix, Related, Report, Summary
from .rules import SEVERITY_RANK, Rule


def findings_for(claims: ClaimSet, rules: list[Rule], facts: FactBase) -> list[Finding]:
    out: list[Finding] = []
    for rule in rules:
        if not rule.enabled:
            continue
        for hit in KINDS[rule.kind].run(claims, rule.params, facts):
            out.append(_finding(claims.path, rule, hit))
    return sorted(out, key=_order)


def _finding(path: str, rule: Rule, hit: Hit) -> Finding:
    severity = rule.severity
    if not hit.certain and SEVERITY_RANK[severity] > SEVERITY_RANK["warning"]:
        severity = "warning"
    return Finding(
        rule=rule.id, severity=severity, message=rule.render({"claim": hit.text, **hit.fields}), path=path,
        span=hit.span, text=hit.text,
        related=[Related(span=span, text=text) for span, text in hit.related],
        fix=Fix(span=hit.fix.span, replacement=hit.fix.replacement) if hit.fix else None)


def _order(f: Finding):
    return (f.path, f.span.start, f.span.end, f.rule, f.message)


@dataclass
class Run:
    """What a run collects, file by file, before it becomes a report."""

    findings: list[Finding] = field(default_factory=list)
    files: list[FileEntry] = field(default_factory=list)
    errors: list[FileError] = field(default_factory=list)

    def add(self, claims: ClaimSet, findings: list[Finding]) -> None:
        self.findings.extend(findings)
        counts = Counter(f.severity for f in findings)
        self.files.append(FileEntry(path=claims.path, claims=len(claims.claims), findings=len(findings),
                                    by_severity=dict(sorted(counts.items()))))

    def fail(self, error: UserError, file_entry: bool = True) -> None:
        self.errors.append(FileError(path=error.path, line=error.line, message=error.message))
        if file_entry:
            self.files.append(FileEntry(path=error.path, error=str(error)))

    def report(self) -> Report:
        findings = sorted(self.findings, key=_order)
        return Report(
            findings=findings,
            files=sorted(self.files, key=lambda f: f.path),
            errors=sorted(self.errors, key=lambda e: (e.path, e.line or 0, e.message)),
            summary=Summary(
                files=len(self.files), findings=len(findings), errors=len(self.errors),
                by_severity=dict(sorted(Counter(f.severity for f in findings).items())),
                by_rule=dict(sorted(Counter(f.rule for f in findings).items()))))
