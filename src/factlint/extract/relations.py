"""Dates tied to what they date: "X, founded in 1998", "Y has run since 2003", "since its founding
in 1948". The claim records where the subject is named and how to pick it; which entity that is
is the checks' business, through the mentions extraction found."""
from __future__ import annotations

import re

from ..claims import EntityDate, Subject, Temporal
from .context import Context
from .tense import LONGEST_CLAUSE

_VERBS = (r"founded|formed|established|created|set\s+up|launched|opened|inaugurated|started|began|"
          r"commissioned|born|died|dissolved|disbanded|closed|ended")
_INTRANSITIVE = {"opened", "launched", "started", "began", "died", "closed", "ended", "dissolved", "disbanded"}
_AUX = r"(?:was|were|is|are|had\s+been|has\s+been|have\s+been)"

# Each pattern ends where the date begins.
_SINCE = re.compile(r"\bsince\s+(?:early\s+|mid-?|late\s+)?$", re.I)
_EXISTENCE = re.compile(
    r"\b(?:ongoing|in\s+operation|operating|operated|operational|in\s+existence|existed|existing|active|"
    r"running|in\s+service|in\s+business|in\s+force|in\s+place|around|in\s+use)\s+since\s+\S*\s*$", re.I)
_ATTRIBUTE = re.compile(
    rf"\b(?P<verb>{_VERBS})\b(?:\s+(?:by|as|under|with|at|in)\s+[^,;()\n]{{1,80}}?)?\s+(?:in|on)\s+$", re.I)
_NOMINAL = re.compile(
    r"\b(?:its|their)\s+(?P<verb>founding|foundation|creation|establishment|formation|inception|launch|"
    r"opening|inauguration)\s+in\s+$", re.I)

# a sentence that opens on the nominal ("Since its founding in 1988,"), and the subject it goes on to name
_OPENING = re.compile(r"\s*(?:(?:ever\s+)?since|in\s+the\s+years\s+since|after|from)?\s*", re.I)
_FOLLOWING_SUBJECT = re.compile(r",\s+(?P<subject>(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4})")

# The words those patterns end on, just before the date
_LAST_WORDS = ("since", "early", "mid", "mid-", "late", "in", "on")

# What stands before the dating verb says where its subject is.
_BEFORE_PRONOUN = re.compile(rf"\b(?:it|they)\s+(?:{_AUX}\s+)?$", re.I)
_BEFORE_APPOSITIVE = re.compile(rf",\s*(?:(?:which|that|who)\s+)?(?:{_AUX}\s+)?$|\b(?:which|that|who)\s+(?:{_AUX}\s+)?$", re.I)
_BEFORE_PASSIVE = re.compile(rf"\b{_AUX}\s+$", re.I)
# An appositive between a comma and "ongoing since": ", an effort", ", " — no finite verb in it.
_APPOSITIVE_HEAD = re.compile(r",\s*(?:(?:a|an|the|its|their|one)\b[^,;:]{0,60}?)?\s*$", re.I)
_FINITE = re.compile(rf"\b(?:{_AUX}|has|have|had|said|says)\b", re.I)


def read_relations(ctx: Context) -> None:
    dates = sorted((c for c in ctx.claims if isinstance(c, Temporal) and c.type == "DATE" and c.value[:4].isdigit()),
                   key=lambda c: c.span.start)
    if not dates:
        return
    prose = ctx.prose
    bounds = ctx.sentences
    i = 0
    for date in dates:
        while i < len(bounds) - 1 and bounds[i][1] <= date.span.start:
            i += 1
        base = max(bounds[i][0], date.span.start - LONGEST_CLAUSE)
        _relate(ctx, date, base, prose[base:date.span.start])


def _relate(ctx: Context, date: Temporal, base: int, before: str) -> None:
    if not before.rstrip().lower().endswith(_LAST_WORDS):
        return  # most dates follow no "since", "in" or "on": spare the patterns, each tried at every character
    since = _SINCE.search(before)
    if since:
        cue = _EXISTENCE.search(before)
        head = cue.start() if cue else since.start()
        role, region_end = _since_subject(before[:head])
        _add(ctx, date, base, since.start(), "since", bool(cue), role, region_end)
        return
    for pattern in (_NOMINAL, _ATTRIBUTE):
        m = pattern.search(before)
        if not m:
            continue
        verb = " ".join(m.group("verb").lower().split())
        lead = before[:m.start()]
        if pattern is _NOMINAL:
            if _OPENING.fullmatch(lead) and (after := _FOLLOWING_SUBJECT.match(ctx.prose, date.span.end)):
                # "Since its founding in 1988, Google has grown": "its" is of the subject the sentence goes on to
                subject = Subject(span=ctx.span(after.start("subject"), after.end("subject")), role="pronoun")
                ctx.add(EntityDate, base + m.start(), date.span.end, relation=verb, existence=False, date=date.id,
                        subject=subject)
                return
            _add(ctx, date, base, m.start(), verb, False, "pronoun", m.start())
            return
        pronoun = _BEFORE_PRONOUN.search(lead)
        if pronoun:
            _add(ctx, date, base, m.start(), verb, False, "pronoun", pronoun.start())
            return
        appositive = _BEFORE_APPOSITIVE.search(lead)
        if appositive:
            _add(ctx, date, base, m.start(), verb, False, "appositive", appositive.start())
            return
        passive = _BEFORE_PASSIVE.search(lead)
        if passive or verb in _INTRANSITIVE:
            _add(ctx, date, base, m.start(), verb, False, "clause", passive.start() if passive else m.start())
        return


def _since_subject(lead: str) -> tuple[str, int]:
    """For "X, an effort ongoing since ...", the subject is X, before the comma; otherwise the clause."""
    comma = _APPOSITIVE_HEAD.search(lead)
    if comma and not _FINITE.search(lead, comma.start()):
        return "appositive", comma.start()
    return "clause", len(lead)


def _add(ctx: Context, date: Temporal, base: int, start: int, relation: str, existence: bool,
         role: str, region_end: int) -> None:
    region = ctx.prose[base:base + region_end]
    if not region.strip():
        return
    first = base + len(region) - len(region.lstrip())
    last = base + len(region.rstrip())
    subject = Subject(span=ctx.span(first, last), role=role)
    ctx.add(EntityDate, base + start, date.span.end, relation=relation, existence=existence,
            date=date.id, subject=subject)
