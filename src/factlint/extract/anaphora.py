"""Dates that refer back: "that year", "the following month", "later that day", "the previous year".
A reader reckons them from the last date the copy gave, so they are read only with such a date in the
same sentence or the two before it; without one they are left to the relative dates ("the previous
year" then counts from the reference date)."""
from __future__ import annotations

import bisect
import datetime as dt
import re

from .. import dates
from ..claims import Temporal
from .context import Context

_ANAPHOR = re.compile(
    r"\b(?:(?:earlier|later)\s+)?(?:the\s+(?P<rel>following|previous|preceding|same|next(?=\s+day))|that(?:\s+same)?)"
    r"\s+(?P<unit>year|month|day)\b", re.I)
_STARTS = frozenset(["earlier", "later", "the", "that"])
_TRIGGERS = frozenset(["following", "previous", "preceding", "same", "next", "that"])
_SHIFT = {"following": 1, "next": 1, "previous": -1, "preceding": -1}
_PARTS = {"year": 1, "month": 2, "day": 3}
_SENTENCES_BACK = 2


def read_anaphora(ctx: Context) -> None:
    """Run after the explicit dates and before the relative ones."""
    for m in ctx.at_words(_ANAPHOR, _STARTS, near=(_TRIGGERS, 20)):
        if not ctx.free(m.start(), m.end()):
            continue
        unit = m.group("unit").lower()
        anchor = _last_date(ctx, m.start(), _PARTS[unit])
        if anchor is None:
            continue
        value = _shifted(anchor.value, unit, _SHIFT.get((m.group("rel") or "").lower(), 0))
        ctx.take(m.start(), m.end())
        ctx.add(Temporal, m.start(), m.end(), value=value, inferred="anaphora",
                anchor=f"reckoned from {anchor.text!r}, the last date given before it")


def _last_date(ctx: Context, pos: int, parts: int) -> Temporal | None:
    """The last date given before `pos` (written out, or itself reckoned back) with at least `parts`
    parts (1 a year, 2 a month, 3 a day), within the sentence and the two before it."""
    i = bisect.bisect_right(ctx.sentence_starts, pos) - 1
    first = ctx.sentence_starts[max(0, i - _SENTENCES_BACK)] if i >= 0 else 0
    return next((c for c in ctx.dates_before(first, pos)
                 if c.type == "DATE" and c.inferred in (None, "year", "anaphora")
                 and dates.is_date(c.value) and dates.precision(c.value) >= parts), None)


def _shifted(value: str, unit: str, shift: int) -> str:
    if unit == "year":
        return f"{int(value[:4]) + shift:04d}"
    if unit == "month":
        index = int(value[:4]) * 12 + int(value[5:7]) - 1 + shift
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    return (dt.date.fromisoformat(value[:10]) + dt.timedelta(days=shift)).isoformat()
