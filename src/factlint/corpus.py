"""Consistency across articles (--corpus) and between a draft and its sources (--against), as a
map-reduce: each article, where it is checked, is reduced to statements (who, what, which value,
where), small and free of the text; the statements are then grouped by what they are about.

- a dated attribute of a named subject: "BlueWing, founded in 1985" (key: the subject, "founded");
- a running toll: "the death toll rose to 41" (key: a proper noun of its sentence, "deaths"), dated
  by its article, which may only grow from one update to the next;
- an office's holder named as current (key: the office), dated by its article;
- for --against only, a count of something in an event ("4,800 nurses ... walked off"; key: the
  counted noun and the event), which a draft taking it from a source must state as the source does.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from .checks.arithmetic import Interval
from .claims import ClaimSet, Mention, Quantity
from .extract import restatement
from .positions import Span
from .report import Finding, Related

CORPUS_RULE, SOURCE_RULE = "corpus-conflict", "source-conflict"
RULES = {
    CORPUS_RULE: "Two or more of the articles checked together (--corpus) state the same thing differently: a "
                 "founding date, the current holder of an office, or a running toll that falls between updates.",
    SOURCE_RULE: "The draft states a figure or date differently from the source it is checked against (--against).",
}
SEVERITY = "warning"  # one side of a conflict is wrong, and the report cannot tell which

_ATTRIBUTES = {
    "founded": "founded", "formed": "founded", "established": "founded", "created": "founded", "set up": "founded",
    "founding": "founded", "foundation": "founded", "creation": "founded", "establishment": "founded",
    "formation": "founded", "inception": "founded", "opened": "opened", "opening": "opened",
    "inaugurated": "opened", "inauguration": "opened", "launched": "launched", "launch": "launched",
    "born": "born", "died": "died", "dissolved": "ended", "disbanded": "ended", "closed": "closed",
}
# A capitalised name: "Port Halden City Council", "BlueWing Airways", "U.S. Central Command".
_NAME = re.compile(r"\b[A-Z][\w&'.-]*(?:\s+(?:of|for|and|de|the|&)\s+[A-Z][\w&'.-]*|\s+[A-Z][\w&'.-]*)*")
_NOT_NAMES = {"the", "a", "an", "it", "its", "they", "their", "he", "she", "his", "her", "in", "on", "at", "by",
              "this", "that", "these", "those", "but", "and", "as", "after", "before", "since", "when", "while",
              "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
              "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
              "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "officials",
              "police", "authorities", "about", "more", "at least", "some", "nearly", "almost", "over"}
_CUMULATIVE = re.compile(r"\b(?:death\s+toll|toll|ha(?:s|ve)\s+(?:now\s+)?(?:been\s+)?(?:killed|died)|"
                         r"(?:rose|risen|climbed|increased|reached)\s+to|in\s+total|so\s+far|total(?:\s+of)?)\b", re.I)
_TOLL_FRAMES = {"deaths", "injuries"}


@dataclass(frozen=True)
class Statement:
    kind: str  # "dated", "toll", "office" or "count"
    key: tuple[str, ...]
    value: str  # the date or the holder; empty for tolls and counts
    amount: Interval | None  # for tolls and counts: what the figure allows
    when: str | None  # the article's reference date
    path: str
    span: Span
    text: str


def statements(claims: ClaimSet, prose: str | None, counts: bool = False) -> list[Statement]:
    """The map: what one article states that other articles could contradict. Tolls and counts need
    the prose around them; a claim set read from a file gives dates and offices only."""
    by_id = claims.by_id()
    mentions = [c for c in claims.claims if isinstance(c, Mention)]
    out: list[Statement] = []

    def add(kind, key, value, span, text, amount=None) -> None:
        out.append(Statement(kind, key, value, amount, claims.reference_date, claims.path, span, text))

    for claim in claims.claims:
        if claim.kind == "entity-date" and claim.relation in _ATTRIBUTES and claim.subject.role != "pronoun":
            subject = _subject(claim, mentions, prose)
            if subject:
                add("dated", (subject, _ATTRIBUTES[claim.relation]), by_id[claim.date].value, claim.span, claim.text)
        elif claim.kind == "office" and not claim.former and not claim.dated:
            add("office", (claim.office,), claim.holder, claim.span, claim.text)
    if prose is None:
        return out
    for q in (c for c in claims.claims if isinstance(c, Quantity) and c.unit is None and not c.ordinal):
        start, end = restatement.clause(prose, q)
        frames = {name for name, rx in restatement.FRAME_RX.items() if rx.search(prose, start, end)}
        if counts and q.noun:
            for frame in frames:
                add("count", (restatement.key(q.noun), frame), "", q.span, q.text, Interval.of(q))
        tolls = frames & _TOLL_FRAMES
        if tolls and _CUMULATIVE.search(prose, start, end):
            for noun in _names(prose[_sentence_start(prose, q.span.start):end]):
                for frame in tolls:
                    add("toll", (noun, frame), "", q.span, q.text, Interval.of(q))
    return out


def _sentence_start(prose: str, offset: int) -> int:
    return max(prose.rfind(". ", 0, offset) + 2, prose.rfind("\n", 0, offset) + 1, 0)


def _names(text: str) -> list[str]:
    names = []
    for m in _NAME.finditer(text):
        words = m.group().split()
        while words and words[0].lower().strip(".") in _NOT_NAMES:
            words = words[1:]
        if words and not all(w.lower().strip(".") in _NOT_NAMES for w in words):
            names.append(" ".join(words).lower().removesuffix("'s"))
    return names


def _subject(claim, mentions: list[Mention], prose: str | None) -> str | None:
    """A known entity's id, whatever alias the article uses; else the name the subject is written with."""
    region = claim.subject.span
    first = claim.subject.role == "clause"  # a clause names its subject first; an appositive, last
    inside = [m for m in mentions if region.start <= m.span.start and m.span.end <= region.end]
    if inside:
        return (inside[0] if first else inside[-1]).entity
    names = _names(prose[region.start:region.end]) if prose is not None else []
    return (names[0] if first else names[-1]) if names else None


def conflicts(found: list[Statement]) -> list[Finding]:
    """The reduce for --corpus: statements grouped by key, each group's odd ones out reported."""
    groups: dict[tuple, list[Statement]] = defaultdict(list)
    for s in found:
        groups[(s.kind, *s.key)].append(s)
    findings: dict[tuple, Finding] = {}
    for (kind, *_), group in sorted(groups.items()):
        if len({s.path for s in group}) < 2:
            continue
        if kind == "dated":
            pairs = _odd_ones_out(group, _same_date)
        elif kind == "office":
            pairs = _odd_ones_out(group, lambda a, b: a.when != b.when or a.value == b.value)
        elif kind == "toll":
            pairs = _falling(group)
        else:
            continue
        for statement, others, why in pairs:
            finding = _finding(CORPUS_RULE, statement, others, why)
            findings.setdefault((finding.path, finding.span.start, finding.message), finding)
    return sorted(findings.values(), key=lambda f: (f.path, f.span.start, f.message))


def against(draft: list[Statement], sources: list[Statement]) -> list[Finding]:
    """The reduce for --against: each draft statement that a source states otherwise."""
    by_key: dict[tuple, list[Statement]] = defaultdict(list)
    for s in sources:
        by_key[(s.kind, *s.key)].append(s)
    findings = {}
    for s in draft:
        others = by_key.get((s.kind, *s.key), [])
        if not others or s.kind == "office":
            continue
        if s.kind == "dated":
            differ = [o for o in others if not _same_date(s, o)]
            agree = [o for o in others if _same_date(s, o)]
        else:
            differ = [o for o in others if not s.amount.overlaps(o.amount)]
            agree = [o for o in others if s.amount.overlaps(o.amount)]
        if differ and not agree:  # a source that agrees means the draft may be quoting that one
            finding = _finding(SOURCE_RULE, s, differ, f"the source says '{differ[0].text}'")
            findings.setdefault((finding.span.start, finding.message), finding)
    return sorted(findings.values(), key=lambda f: (f.path, f.span.start, f.message))


def _odd_ones_out(group, agree):
    """The statements that disagree with the reading most articles agree with (ties: the first article's)."""
    ordered = sorted(group, key=lambda s: (s.path, s.span.start))
    support = [sum(agree(s, other) for other in ordered) for s in ordered]
    chosen = ordered[support.index(max(support))]
    backing = [s for s in ordered if agree(s, chosen)]
    for s in ordered:
        others = [b for b in backing if b.path != s.path]
        if not agree(s, chosen) and others:
            yield s, others, f"{len({b.path for b in others})} other article(s) say '{chosen.text}'"


def _falling(group):
    """A running toll that falls between updates: a later article's count below an earlier one's."""
    dated = sorted((s for s in group if s.when), key=lambda s: (s.when, s.path, s.span.start))
    for later in dated:
        earlier = [s for s in dated if s.when < later.when and s.path != later.path
                   and later.amount.hi < s.amount.lo]
        if earlier:
            top = max(earlier, key=lambda s: s.amount.lo)
            yield later, [top], f"an earlier update ({top.when}) gave '{top.text}', and a toll only grows"


def _same_date(a: Statement, b: Statement) -> bool:
    """Dates agree when one is the other at a finer precision: "1998" and "1998-05"."""
    return a.value.startswith(b.value) or b.value.startswith(a.value)


def _finding(rule: str, s: Statement, others: list[Statement], why: str) -> Finding:
    subject = " ".join(s.key)
    return Finding(rule=rule, severity=SEVERITY, path=s.path, span=s.span, text=s.text,
                   message=f"'{s.text}' ({subject}): {why}",
                   related=[Related(span=o.span, text=o.text, path=o.path if o.path != s.path else None) for o in others])
