"""Suppression directives applied to findings, matched strictly: a directive names rules that
exist, and says what it covers (the next line, or a region up to its enable)."""
from __future__ import annotations

from .claims import ClaimSet, Directive
from .report import Finding, Related, Suppressed

DIRECTIVE_RULE = "factlint-directive"


def apply(claims: ClaimSet, findings: list[Finding], known: set[str]) -> tuple[list[Finding], list[Suppressed]]:
    """Split findings into those kept and those a directive suppresses; a directive that names an
    unknown rule or is malformed becomes a warning finding of its own."""
    problems = [_problem(claims.path, d, known) for d in claims.directives]
    problems = [p for p in problems if p is not None]
    kept, suppressed = [], []
    for finding in findings:
        directive = _covering(claims.directives, finding, known)
        if directive is None:
            kept.append(finding)
        else:
            suppressed.append(Suppressed(**finding.model_dump(), reason=directive.reason,
                                         directive=Related(span=directive.span, text=directive.text)))
    return kept + problems, suppressed


def _covering(directives: list[Directive], finding: Finding, known: set[str]) -> Directive | None:
    region: dict[str, Directive] = {}
    line = finding.span.line
    for d in sorted(directives, key=lambda d: d.span.start):
        names = [r for r in d.rules if r in known or r == "all"]
        if d.span.start > finding.span.start:
            if d.action == "disable-next-line" and d.span.end_line + 1 == line and _names(names, finding.rule):
                return d
            continue
        if d.action == "disable":
            for name in names:
                region[name] = d
        elif d.action == "enable":
            for name in names:
                region.pop(name, None)
        elif d.action == "disable-next-line" and d.span.end_line + 1 == line and _names(names, finding.rule):
            return d
    return region.get(finding.rule) or region.get("all")


def _names(names: list[str], rule: str) -> bool:
    return rule in names or "all" in names


def _problem(path: str, d: Directive, known: set[str]) -> Finding | None:
    if d.action == "invalid":
        message = (f"'{d.text}' is not a factlint directive: write factlint-disable-next-line, factlint-disable "
                   "or factlint-enable, then rule ids separated by commas, then optionally -- and a reason")
    else:
        unknown = [r for r in d.rules if r not in known and r != "all"]
        if not unknown:
            return None
        message = f"'{d.text}' names unknown rule{'s' if len(unknown) > 1 else ''} {', '.join(unknown)}: it suppresses nothing for {'them' if len(unknown) > 1 else 'it'}"
    return Finding(rule=DIRECTIVE_RULE, severity="warning", message=message, path=path, span=d.span, text=d.text)
