"""`factlint rules test`: every rule's examples, run through the whole pipeline. A `fire` example
must produce a finding of the rule at each [[marked]] span (and nowhere else); a `quiet` example
must produce none."""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from . import api, packs
from .rules import Rule


@dataclass
class Outcome:
    rule: Rule
    failures: list[str]


def run(loaded: packs.Packs) -> list[Outcome]:
    return [Outcome(rule, list(_failures(rule, loaded))) for rule in loaded.rules]


def _failures(rule: Rule, loaded: packs.Packs):
    only = dataclasses.replace(loaded, rules=[rule], errors=[])  # every fact, this rule alone
    if not rule.examples.fire or not rule.examples.quiet:
        yield "needs at least one example that must fire and one that must stay quiet"
    for example in rule.examples.fire:
        text, marks = example.plain()
        found = [(f.span.start, f.span.end) for f in api.check_text(text, date=example.date, rules=only).findings]
        if not found:
            yield f"did not fire on: {example.text}"
        elif marks and sorted(found) != sorted(marks):
            got = ", ".join(f"'{text[s:e]}'" for s, e in found)
            yield f"fired at {got}, expected {', '.join(repr(text[s:e]) for s, e in marks)}: {example.text}"
    for example in rule.examples.quiet:
        findings = api.check_text(example.text, date=example.date, rules=only).findings
        if findings:
            yield f"fired on quiet example ('{findings[0].text}': {findings[0].message}): {example.text}"
