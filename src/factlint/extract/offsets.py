"""Dates written as a span before or after a date: "the day before last Tuesday's hearing", "two days
after the Jan. 5 vote", "a week before Christmas". The phrase is one expression, as TimeML marks it,
and names the day it reckons to."""
from __future__ import annotations

import bisect
import datetime as dt
import re

from ..claims import Temporal
from ..dates import DAY_VALUE
from .context import Context
from .durations import RATE
from .lexicon import NUMBER_WORDS, words_value

# what stands before the date: the span and its direction, and "the" of the event the date is part of
_OFFSET = re.compile(rf"\b(?P<count>the|a|one|{NUMBER_WORDS}|\d+)\s+(?P<unit>days?|weeks?)\s+(?P<dir>before|after)\s+(?:the\s+)?$",
                     re.I)
_REACH = 40
_APPOSED = re.compile(r"\s*[,(]\s*$")


def read_offsets(ctx: Context) -> None:
    """Run after the dates a span can be counted from, before durations read its span alone."""
    index = ctx.word_index
    # where "before" or "after" ends: only a date a few characters after one is looked back from
    turns = sorted(end for word in ("before", "after") for _, end in index.get(word, ()))
    if not turns:
        return
    ends = {c.span.end for c in ctx.temporals}
    for date in list(ctx.temporals):
        i = bisect.bisect_left(turns, date.span.start - 6)  # "after the ", "before "
        if i == len(turns) or turns[i] >= date.span.start or not DAY_VALUE.fullmatch(date.value):
            continue
        m = _OFFSET.search(ctx.prose, max(0, date.span.start - _REACH), date.span.start)
        if m is None or not ctx.free(m.start(), m.start("dir")):
            continue
        if (apposed := _APPOSED.search(ctx.prose, max(0, m.start() - 4), m.start())) and apposed.start() in ends:
            continue  # "on Oct. 20, 10 days before the Nov. 5 election": two days and the span between, to check
        count = m.group("count").lower()
        if count == "a" and RATE.search(ctx.prose, max(0, m.start() - 25), m.start()):
            continue  # "$5 a day after Jan. 3" is a rate
        n = 1 if count in ("the", "a", "one") else int(count) if count.isdigit() else words_value(count)
        if not n or n != int(n):
            continue
        days = int(n) * (7 if m.group("unit").lower().startswith("week") else 1)
        sign = -1 if m.group("dir").lower() == "before" else 1
        value = (dt.date.fromisoformat(date.value) + dt.timedelta(days=sign * days)).isoformat()
        ctx.take(m.start(), date.span.end)
        ctx.replace(date, Temporal, m.start(), date.span.end, value=value, mod=date.mod, inferred=date.inferred,
                    anchor=f"{m.group('count')} {m.group('unit')} {m.group('dir')} {date.text!r}")
