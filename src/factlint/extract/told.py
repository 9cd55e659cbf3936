"""Dates of what the copy tells as done: "The bridge opened in 2031", "In 1970, a quake killed 15,000". The
checks set each against the article's own date: what is done cannot be dated after the telling. And periods
written from one full date to another, which cannot end before they begin."""
from __future__ import annotations

import re

from ..claims import DateRange, PastDate, Temporal
from .context import Context
from .tense import LONGEST_CLAUSE, first_marker

# the past forms that date a beginning, an end or a deed, just before "in" or "on" and the date
_DONE = re.compile(
    r"\b(?P<verb>founded|formed|established|created|launched|opened|inaugurated|started|began|commissioned|died|"
    r"dissolved|disbanded|closed|ended|killed|struck|won|elected|signed|completed|built|discovered|retired|"
    r"resigned|married|graduated|arrested|convicted|sentenced|published|premiered|collapsed|sank)\s+(?:in|on)\s+$",
    re.I)
# a sentence that opens on its date: "In 1970, a 7.7-magnitude earthquake killed"
_OPENS = re.compile(r"\s*[\"“]?(?:In|On)\s+$")
# what makes a past form a plan, a condition, a passive or a projection to come: "will be opened in", "is
# expected to have opened", "if it opened in", "cars sold in 2035 must be electric", "the study projected"
_NOT_DONE = re.compile(
    r"\b(?:will|would|shall|must|should|could|can|may|might|if|unless|whether|once|be|expected|scheduled|planned|"
    r"plans?|due|set\s+to|slated|aims?|projected|projects|projection|forecasts?|forecast|predicts?|predicted|"
    r"estimates?|targets?|goal|hopes?|scenario|to\s+have)\b|['’]ll\b", re.I)
_FISCAL = re.compile(r"\b(?:fiscal|FY)\b", re.I)
# where the clause of a date ends after it ("The company, founded in 2042, said it would close": the
# comma closes the founding), and where the clause before it begins
_AFTER_ENDS = re.compile(r"[,;:]|(?<!\b[ap]\.m)\.(?:\s|$)|[!?]")
_BEFORE_BEGINS = re.compile(r"[;:]|,\s+(?:and|but|while|whereas)\b")


def read_told(ctx: Context) -> None:
    prose = ctx.prose
    for date in ctx.temporals:
        if not isinstance(date, Temporal) or date.type != "DATE" or date.inferred or not date.value[:4].isdigit():
            continue  # a date the copy wrote out in full, the year included
        if _FISCAL.search(prose, max(0, date.span.start - 8), date.span.start + 7):
            continue  # "In fiscal 2025, it earned": a fiscal year may begin months before the year it is named for
        start = max(ctx.sentence_start(date.span.start), date.span.start - LONGEST_CLAUSE)
        for brk in _BEFORE_BEGINS.finditer(prose, start, date.span.start):
            start = brk.end()
        end = min(ctx.sentence_end(date.span.start), date.span.end + LONGEST_CLAUSE)
        lead = prose[start:date.span.start]
        verb = None
        if m := _DONE.search(lead):
            verb = m.group("verb").lower()
        elif _OPENS.fullmatch(lead) and prose.startswith(",", date.span.end):
            # "In 1970, a quake killed": the first verb of the clause after the comma, told in the past
            clause_end = _clause_end(prose, date.span.end + 1, end)
            marker = first_marker(prose, date.span.end + 1, clause_end)
            if marker and marker[0] == "past" and not _NOT_DONE.search(prose, date.span.end, clause_end):
                verb = marker[1]
        if verb is None or _NOT_DONE.search(lead) or _NOT_DONE.search(prose, date.span.end,
                                                                      _clause_end(prose, date.span.end, end)):
            continue
        ctx.add(PastDate, date.span.start, date.span.end, date=date.id, verb=verb)


# "from November 5, 1971 to January 7, 1972", "between June 10, 2024 and May 2, 2025": two dates written in full
_RANGE_OPENS = re.compile(r"\b(?:from|between)\s+$", re.I)
RANGE_JOIN = re.compile(r"\s*(?:to|until|till|through|thru|and|-|–|—)\s*", re.I)  # between two dates of a period


def read_ranges(ctx: Context) -> None:
    prose = ctx.prose
    dates = [t for t in ctx.temporals if isinstance(t, Temporal) and t.type == "DATE" and not t.inferred
             and t.value[:4].isdigit()]
    for first, last in zip(dates, dates[1:]):
        if (RANGE_JOIN.fullmatch(prose, first.span.end, last.span.start)
                and _RANGE_OPENS.search(prose, max(0, first.span.start - 10), first.span.start)):
            ctx.add(DateRange, first.span.start, last.span.end, begins=first.id, ends=last.id)


def _clause_end(prose: str, pos: int, end: int) -> int:
    brk = _AFTER_ENDS.search(prose, pos, end)
    return brk.start() if brk else end
