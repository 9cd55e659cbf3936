"""Dates and what they date: events ("filed suit in August 2021", "had left ... on March 13") and
relative dates written beside explicit ones ("last week, on Sept. 30")."""
from __future__ import annotations

import re

from ..claims import DatePair, Event, Subject, Temporal
from ..dates import DAY_VALUE
from .context import Context
from .lexicon import WEEKDAY
from .tense import LONGEST_CLAUSE

_IRREGULAR = ("left|began|begun|ran|won|lost|held|made|took|taken|brought|sent|set|hit|rose|fell|sold|bought|came|"
              "went|flew|flown|met|told|said|sank|struck|shot|built|began|wrote|written|fought|broke|broken|froze|"
              "chose|drove|spent|paid|laid|led|fled|found|gave|given|got|won|swore|sworn|stood|stole|withdrew|"
              "withdrawn|undertook|overtook|arose|grew|grown|shut|quit|split|spread|hung|beat|beaten|born|heard")
_VERB = rf"(?:[a-z]+ed|{_IRREGULAR})"
# the verb nearest before the date: "filed suit in", "had left the Saudi port of Jeddah on", "ran aground at about 4 a.m. on Tuesday,"
_EVENT = re.compile(
    rf"(?s:.*)\b(?P<verb>{_VERB})\b(?P<gap>[^,;]{{0,60}}?)\s(?:on|in)\s+(?:{WEEKDAY},?\s+)?$")
_HAD = re.compile(r"\bhad\s+(?:already\s+|just\s+)?$")
# "the Commerce Department said an inflation gauge had surged 0.8 percent in June": a past perfect in
# reported speech stands for the simple past of what was said, and tells nothing of the story's order
_REPORTED = re.compile(r"\b(?:said|says|reported|announced|added|noted|stated|estimated|showed)\b[^.;]{0,80}$", re.I)
# what an event is told of was named before: "dismissed the case", "He was charged" (a pronoun subject)
_DEFINITE = re.compile(r"\b(?:the|it|its|them|their|this|that)\b", re.I)
_PRONOUN = re.compile(r"(?:he|she|they|it)\b", re.I)
# a date reckoned from something else, not the event's own; "by" only of an amount ("rose by 5% in"), not of
# who did it ("acquired by Coca-Cola in 1960", "founded by two brothers in 1946")
_NOT_EVENT = re.compile(r"\b(?:since|until|before|after|from|between|through)\b|\bby\s+(?![A-Z]|(?:a|an|the|his|her|its|their|two|three)\b)", re.I)
_SAME = re.compile(rf",?\s+(?:on|in)\s+(?P<weekday>{WEEKDAY},?\s+)?")
_BARE = re.compile(r",\s+")
_CLOSED = re.compile(r"\s*(?:[,.;:)]|[!?]\)|$)")  # not "Last week, June 3 was a holiday": a clause's subject
_COMMA_BEFORE = re.compile(r"(?:,\s+|\s\()$")  # "in 1946, 66 years ago," and "in 1946 (66 years ago!)"


def _set_after(prose: str, date: Temporal, ends: dict) -> Temporal | None:
    """The explicit date a relative one is set after, between commas or in brackets: "on Jan. 1, 2025, three
    months from now.", "hired in 1946 (66 years ago!)"."""
    gap = _COMMA_BEFORE.search(prose, max(0, date.span.start - 3), date.span.start)
    explicit = ends.get(gap.start()) if gap else None
    return explicit if explicit is not None and _CLOSED.match(prose, date.span.end) else None


_NOT_AFTER = re.compile(r",?\s+in\s+an?\s+[a-z]+(?:\s+[a-z]+)?\s+that\s+(?:closed|ended|finished|concluded)\s+on\s+")


def read_timeline(ctx: Context) -> None:
    dates = sorted((c for c in ctx.claims if isinstance(c, Temporal) and c.type == "DATE"), key=lambda c: c.span.start)
    if not dates:
        return
    starts = {d.span.start: d for d in dates}
    ends = {d.span.end: d for d in dates if d.inferred in (None, "year")}
    prose = ctx.prose
    bounds = ctx.sentences
    paragraph_breaks = [m.start() for m in re.finditer(r"\n[ \t]*\n", prose)]
    i = 0
    for date in dates:
        while i < len(bounds) - 1 and bounds[i][1] <= date.span.start:
            i += 1
        first = max(bounds[i][0], date.span.start - LONGEST_CLAUSE)
        before = prose[first:date.span.start]
        m = _EVENT.match(before)
        if m and not _NOT_EVENT.search(m.group("gap")) and date.value[:4].isdigit() and date.inferred in (None, "year"):
            paragraph = sum(1 for b in paragraph_breaks if b < date.span.start)
            had = _HAD.search(before, 0, m.start("verb"))
            verb_start = first + (had.start() if had else m.start("verb"))
            lead = prose[first:verb_start]
            subject = None
            if lead.strip():
                subject = Subject(span=ctx.span(first + len(lead) - len(lead.lstrip()), first + len(lead.rstrip())),
                                  role="clause")
            refers_back = bool(_DEFINITE.search(prose, verb_start, date.span.end) or _PRONOUN.match(lead.lstrip()))
            ctx.add(Event, verb_start, date.span.end, verb=m.group("verb").lower(), date=date.id,
                    perfect=bool(had) and not _REPORTED.search(lead), sentence=i, paragraph=paragraph, subject=subject,
                    refers_back=refers_back)
        if date.inferred == "relative" and (explicit := _set_after(prose, date, ends)) is not None:
            # "on Jan. 1, 2025, three months from now": the relative date set after the date it is
            ctx.add(DatePair, explicit.span.start, date.span.end, relative=date.id, explicit=explicit.id, relation="same")
        elif date.inferred == "relative":
            for pattern, relation in ((_SAME, "same"), (_BARE, "same"), (_NOT_AFTER, "not-after")):
                gap = pattern.match(prose, date.span.end)
                # the date may hold its weekday ("on Monday, June 10" read as one) or stand after it
                explicit = (starts.get(gap.end()) or gap.groupdict().get("weekday") and starts.get(gap.start("weekday"))
                            ) if gap else None
                if pattern is _BARE and explicit is not None and not (
                        DAY_VALUE.fullmatch(explicit.value) and _CLOSED.match(prose, explicit.span.end)):
                    continue  # "yesterday, June 10.": a day set after a bare comma, closing its phrase, is the same date
                if explicit is not None and explicit.inferred in (None, "year"):
                    ctx.add(DatePair, date.span.start, explicit.span.end, relative=date.id,
                            explicit=explicit.id, relation=relation)
                    break
