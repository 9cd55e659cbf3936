"""Runs every enabled rule over each claim set and assembles the report: one direction, findings
sorted by path and offset, the same bytes for the same input."""
from __future__ import annotations

import bisect

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from . import suppress
from .checks import KINDS, Hit
from .claims import ClaimSet
from .config import Config
from .errors import UserError
from .facts import FactBase
from .packs import Packs
from .report import Coverage, FileEntry, FileError, Finding, Fix, Related, Report, Summary, Suppressed
from .rules import SEVERITY_RANK, Rule, Severity

BASE_KINDS = ("quantity", "temporal", "weekday", "mention")


@dataclass
class Ruleset:
    """The rules in force for a file — the packs with its configuration applied — and the facts."""

    rules: list[Rule]
    facts: FactBase
    in_quote_severity: Severity | None = None

    @property
    def known(self) -> set[str]:
        return {r.id for r in self.rules} | {suppress.DIRECTIVE_RULE}


def ruleset(packs: Packs, config: Config | None = None) -> tuple[Ruleset, list[UserError]]:
    """Apply a configuration's enable, disable and severity settings to the loaded rules."""
    config = config or Config()
    errors = []
    ids = {r.id for r in packs.rules}
    for key, names in (("enable", config.enable), ("disable", config.disable), ("severity", list(config.severity))):
        for name in names:
            if name not in ids:
                errors.append(UserError(config.source or "<config>", f"{key}: no rule '{name}'", config.line_of(key)))
    rules = []
    for rule in packs.rules:
        enabled = (rule.enabled or rule.id in config.enable) and rule.id not in config.disable
        rules.append(rule.model_copy(update={"enabled": enabled, "severity": config.severity.get(rule.id, rule.severity)}))
    return Ruleset(rules, packs.facts, config.in_quote_severity), errors


@dataclass
class Result:
    findings: list[Finding]
    suppressed: list[Suppressed]
    coverage: Coverage


def check(claims: ClaimSet, rules: Ruleset) -> Result:
    findings = []
    for rule in rules.rules:
        if rule.enabled:
            findings += [_finding(claims, rule, hit, rules.in_quote_severity)
                         for hit in KINDS[rule.kind].run(claims, rule.params, rules.facts)]
    kept, suppressed = suppress.apply(claims, findings, rules.known)
    return Result(sorted(kept, key=_order), sorted(suppressed, key=_order), coverage(claims, rules))


def _finding(claims: ClaimSet, rule: Rule, hit: Hit, in_quote_severity: Severity | None) -> Finding:
    severity = rule.severity
    if not hit.certain and SEVERITY_RANK[severity] > SEVERITY_RANK["warning"]:
        severity = "warning"
    quoted = any(start <= hit.span.start and hit.span.end <= end for start, end in claims.quotes)
    if quoted and in_quote_severity and SEVERITY_RANK[in_quote_severity] < SEVERITY_RANK[severity]:
        severity = in_quote_severity
    return Finding(
        rule=rule.id, severity=severity, message=rule.render({"claim": hit.text, **hit.fields}), path=claims.path,
        span=hit.span, text=hit.text, in_quote=quoted,
        related=[Related(span=span, text=text) for span, text in hit.related],
        fix=Fix(span=hit.fix.span, replacement=hit.fix.replacement) if hit.fix else None)


def coverage(claims: ClaimSet, rules: Ruleset) -> Coverage:
    """How many of the quantities, dates, weekdays and mentions some enabled rule read."""
    consumed = {k for r in rules.rules if r.enabled for k in KINDS[r.kind].consumes}
    by_id = claims.by_id()
    base = {c.id for c in claims.claims if c.kind in BASE_KINDS}
    mentions = sorted((c.span.start, c.span.end, c.id) for c in claims.claims if c.kind == "mention")
    mention_starts = [start for start, _, _ in mentions]
    examined: set[str] = set()
    for claim in claims.claims:
        if claim.kind not in consumed:
            continue
        refs = _references(claim, by_id)
        if claim.kind == "entity-date":  # the mentions inside its subject
            region = claim.subject.span
            inside = mentions[bisect.bisect_left(mention_starts, region.start):bisect.bisect_right(mention_starts, region.end)]
            refs |= {mention_id for _, end, mention_id in inside if end <= region.end}
        if claim.kind in BASE_KINDS and refs:
            refs.add(claim.id)
        examined |= refs & base
    return Coverage(claims=len(base), examined=len(examined), unused=len(base) - len(examined))


def _references(claim, by_id: dict) -> set[str]:
    refs: set[str] = set()
    for name, value in claim:
        if name == "id":
            continue
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str) and item in by_id:
                refs.add(item)
    return refs


def _order(f: Finding):
    return (f.path, f.span.start, f.span.end, f.rule, f.message)


@dataclass
class Run:
    """What a run collects, file by file, before it becomes a report. With a sink, each file's findings
    go to it as they come, and unless `keep` is set only the counts stay: memory does not grow with
    the number of files."""

    findings: list[Finding] = field(default_factory=list)
    suppressed: list[Suppressed] = field(default_factory=list)
    files: list[FileEntry] = field(default_factory=list)
    errors: list[FileError] = field(default_factory=list)
    sink: Callable[[list[Finding]], None] | None = None
    keep: bool = True
    counts: Counter = field(default_factory=Counter)  # files, suppressed, and findings by severity and by rule
    coverage: Coverage = field(default_factory=Coverage)

    def add(self, claims: ClaimSet, result: Result) -> None:
        self.add_result(claims.path, len(claims.claims), result)

    def add_result(self, path: str, n_claims: int, result: Result) -> None:
        severities = Counter(f.severity for f in result.findings)
        self.counts.update({"files": 1, "suppressed": len(result.suppressed)})
        self.counts.update({("severity", k): n for k, n in severities.items()})
        self.counts.update(("rule", f.rule) for f in result.findings)
        self.coverage += result.coverage
        if self.sink is not None:
            self.sink(result.findings)
        if self.keep:
            self.findings.extend(result.findings)
            self.suppressed.extend(result.suppressed)
            self.files.append(FileEntry(path=path, claims=n_claims, findings=len(result.findings),
                                        suppressed=len(result.suppressed), by_severity=dict(sorted(severities.items())),
                                        coverage=result.coverage))

    def add_findings(self, findings: list[Finding]) -> None:
        """Findings about several files at once (--corpus, --against): in the totals, in no file's entry."""
        self.counts.update(("severity", f.severity) for f in findings)
        self.counts.update(("rule", f.rule) for f in findings)
        if self.sink is not None:
            self.sink(findings)
        if self.keep:
            self.findings.extend(findings)

    def fail(self, error: UserError, file_entry: bool = True) -> None:
        self.errors.append(FileError(path=error.path, line=error.line, message=error.message))
        if file_entry:
            self.counts["files"] += 1
            if self.keep:
                self.files.append(FileEntry(path=error.path, error=str(error)))

    def summary(self) -> Summary:
        def by(kind: str) -> dict:
            return dict(sorted((key[1], n) for key, n in self.counts.items() if isinstance(key, tuple) and key[0] == kind))

        by_severity = by("severity")
        return Summary(files=self.counts["files"], findings=sum(by_severity.values()),
                       suppressed=self.counts["suppressed"], errors=len(self.errors), by_severity=by_severity,
                       by_rule=by("rule"), coverage=self.coverage)

    def report(self) -> Report:
        return Report(
            findings=sorted(self.findings, key=_order),
            suppressed=sorted(self.suppressed, key=_order),
            files=sorted(self.files, key=lambda f: f.path),
            errors=sorted(self.errors, key=lambda e: (e.path, e.line or 0, e.message)),
            summary=self.summary())
