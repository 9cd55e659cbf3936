"""The annotated HTML report: each article's text with its claims and findings marked in place.

A `Page` is made where the article is checked (in a worker process too), from its text, its claim
set and the facts in force, so that the report needs neither the facts nor the extractor. The page
is then cut into a flat run of tokens (text, open, close) which the template writes out; Jinja2
escapes every piece of text and every attribute, so article markup can only ever show as text."""
from __future__ import annotations

import base64
import hashlib
import heapq
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from .claims import ClaimSet
from .facts import FactBase
from .reading import READ, reading
from .report import Finding, Report


@dataclass(frozen=True)
class Mark:
    """A claim to mark: where, which kind it is shown as, and how it was read, in words."""

    start: int
    end: int
    kind: str  # "quantity", "date", "duration" or "entity"
    reading: str


@dataclass
class Page:
    path: str
    text: str
    reference_date: str | None
    marks: list[Mark] = field(default_factory=list)
    relations: list[tuple[str, int, str]] = field(default_factory=list)  # kind, line, text


def page(text: str, claims: ClaimSet, facts: FactBase) -> Page:
    by_id = claims.by_id()
    marks, relations = [], []
    for claim in claims.claims:
        if claim.kind in READ:
            kind, parts = reading(claim, by_id, facts)
            marks.append(Mark(claim.span.start, claim.span.end, kind, "; ".join(parts)))
        else:
            relations.append((claim.kind, claim.span.line, claim.text))
    return Page(claims.path, text, claims.reference_date, marks, relations)


# Opening order at the same offset: findings outermost, then related claims, then claim marks.
_FINDING, _RELATED, _CLAIM = 0, 1, 2


@dataclass(frozen=True)
class Token:
    kind: str  # "text", "open" or "close"
    text: str = ""
    tag: str = ""
    attrs: dict[str, str] = field(default_factory=dict)


def tokens(pg: Page, findings: list[Finding], prefix: str) -> list[Token]:
    """The article text cut at every mark. Marks that cross one another are split, each piece keeping
    the mark's attributes, so the elements nest and a finding's element holds exactly its span."""
    spans = []
    related: dict[tuple[int, int], list[str]] = {}
    for i, finding in enumerate(findings):
        fid = f"{prefix}f{i}"
        attrs = {"id": fid, "class": f"finding sev-{finding.severity}", "tabindex": "0", "data-finding": fid,
                 "data-rule": finding.rule, "data-severity": finding.severity,
                 "title": f"{finding.severity} [{finding.rule}] {finding.message}"}
        spans.append((finding.span.start, finding.span.end, _FINDING, "mark", attrs))
        for r in finding.related:
            related.setdefault((r.span.start, r.span.end), []).append(fid)
    for (start, end), fids in related.items():
        spans.append((start, end, _RELATED, "span", {"class": "related", "data-for": " ".join(fids)}))
    for mark in pg.marks:
        spans.append((mark.start, mark.end, _CLAIM, "span",
                      {"class": f"claim k-{mark.kind}", "title": mark.reading, "data-kind": mark.kind}))
    return _nest(pg.text, spans)


def _nest(text: str, spans) -> list[Token]:
    heap = [(s, -e, rank, n, tag, attrs) for n, (s, e, rank, tag, attrs) in enumerate(spans)
            if 0 <= s < e <= len(text)]
    heapq.heapify(heap)
    out: list[Token] = []
    stack: list[tuple[int, str]] = []  # (end, tag) of the open elements; ends never grow up the stack
    pos = 0

    def emit(upto: int) -> None:
        nonlocal pos
        if upto > pos:
            out.append(Token("text", text[pos:upto]))
            pos = upto

    while heap or stack:
        if stack and (not heap or stack[-1][0] <= heap[0][0]):
            end, tag = stack.pop()
            emit(end)
            out.append(Token("close", tag=tag))
            continue
        start, neg_end, rank, n, tag, attrs = heapq.heappop(heap)
        end = -neg_end
        if stack and end > stack[-1][0]:  # crosses the element it opens in: split at that one's end
            rest = {k: v for k, v in attrs.items() if k != "id"}  # an id names one element only
            heapq.heappush(heap, (stack[-1][0], neg_end, rank, n, tag, rest))
            end = stack[-1][0]
        start = max(start, pos)
        if start >= end:
            continue
        emit(start)
        out.append(Token("open", tag=tag, attrs=attrs))
        stack.append((end, tag))
    emit(len(text))
    return out


def _asset(name: str) -> str:
    return resources.files("factlint").joinpath("templates", name).read_text(encoding="utf-8")


def _csp_hash(source: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii")


@cache
def _template():
    from jinja2 import Environment, PackageLoader, select_autoescape  # loaded only when a run asks for HTML

    env = Environment(loader=PackageLoader("factlint", "templates"), autoescape=select_autoescape(default=True),
                      trim_blocks=True, lstrip_blocks=True)
    return env.get_template("report.html.j2")


def render(report: Report, pages: dict[str, Page]) -> str:
    """One self-contained file: the only style and script are inline, and the page's security policy
    admits those two by hash and nothing else, so it can load nothing from anywhere."""
    style, script = _asset("report.css"), _asset("report.js")
    by_path: dict[str, list[Finding]] = {}
    for finding in report.findings:
        by_path.setdefault(finding.path, []).append(finding)
    articles = []
    for n, entry in enumerate(report.files):
        pg = pages.get(entry.path)
        findings = by_path.get(entry.path, [])
        articles.append({
            "n": n, "entry": entry, "page": pg, "findings": findings, "prefix": f"a{n}",
            "tokens": tokens(pg, findings, f"a{n}") if pg else [],
            "kinds": sorted(Counter(m.kind for m in pg.marks).items()) if pg else [],
        })
    return _template().render(
        report=report, articles=articles, style=style, script=script,
        csp=f"default-src 'none'; style-src '{_csp_hash(style)}'; script-src '{_csp_hash(script)}'",
        severities=["error", "warning", "info"], rules=sorted(report.summary.by_rule))
