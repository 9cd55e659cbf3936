"""Holidays by name ("Christmas Day", "Thanksgiving", "Easter Sunday 2024", "last Christmas"), read as the
day they fall on. Only names that mean one day wherever the copy is written are read: "Labour Day",
"Independence Day" and "Mother's Day" fall on different days in different countries and stay unread."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from ..claims import NO_REFERENCE_DATE, Temporal
from ..dates import year_of
from .context import Context
from .tense import tense


def _fixed(month: int, day: int) -> Callable[[int], dt.date]:
    return lambda year: dt.date(year, month, day)


def _nth(month: int, weekday: int, n: int) -> Callable[[int], dt.date]:
    """The n-th such weekday of the month (Monday 0); n = -1 for the last."""
    def on(year: int) -> dt.date:
        if n < 0:
            last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
            return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    return on


def easter(year: int) -> dt.date:
    """Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _election_day(year: int) -> dt.date:
    """US Election Day: the Tuesday after the first Monday of November."""
    return _nth(11, 0, 1)(year) + dt.timedelta(days=1)


# name as written (a regular expression, capitalised as a proper noun) -> its day in a given year
_DAY = r"\s+[Dd]ay"
_S = r"['’]s"
HOLIDAYS: dict[str, tuple[str, Callable[[int], dt.date]]] = {
    "Christmas Eve": (r"Christmas\s+Eve", _fixed(12, 24)),
    "Christmas": (rf"Christmas(?:{_DAY})?", _fixed(12, 25)),
    "Boxing Day": (rf"Boxing{_DAY}", _fixed(12, 26)),
    "New Year's Eve": (rf"New\s+Year{_S}\s+Eve", _fixed(12, 31)),
    "New Year's Day": (rf"New\s+Year{_S}{_DAY}", _fixed(1, 1)),
    "Valentine's Day": (rf"(?:St\.?\s+|Saint\s+)?Valentine{_S}{_DAY}", _fixed(2, 14)),
    "St. Patrick's Day": (rf"(?:St\.?|Saint)\s+Patrick{_S}{_DAY}", _fixed(3, 17)),
    "Halloween": (r"Halloween", _fixed(10, 31)),
    "Veterans Day": (rf"Veterans['’]?{_DAY}", _fixed(11, 11)),
    "Armistice Day": (rf"Armistice{_DAY}", _fixed(11, 11)),
    "Bastille Day": (rf"Bastille{_DAY}", _fixed(7, 14)),
    "Juneteenth": (r"Juneteenth", _fixed(6, 19)),
    "Canada Day": (rf"Canada{_DAY}", _fixed(7, 1)),
    "Australia Day": (rf"Australia{_DAY}", _fixed(1, 26)),
    "Anzac Day": (rf"(?:Anzac|ANZAC){_DAY}", _fixed(4, 25)),
    "the Fourth of July": (r"(?:the\s+)?Fourth\s+of\s+July", _fixed(7, 4)),
    "Thanksgiving": (rf"Thanksgiving(?:{_DAY})?", _nth(11, 3, 4)),
    "Memorial Day": (rf"Memorial{_DAY}", _nth(5, 0, -1)),
    "Labor Day": (rf"Labor{_DAY}", _nth(9, 0, 1)),
    "Martin Luther King Jr. Day": (rf"(?:Martin\s+Luther\s+King(?:,?\s+Jr\.?)?|MLK){_DAY}", _nth(1, 0, 3)),
    "Presidents' Day": (rf"Presidents['’]?{_DAY}", _nth(2, 0, 3)),
    "Columbus Day": (rf"Columbus{_DAY}", _nth(10, 0, 2)),
    "Father's Day": (rf"Father{_S}{_DAY}", _nth(6, 6, 3)),
    "Election Day": (rf"Election\s+Day", _election_day),
    "Easter": (r"Easter(?:\s+Sunday)?", easter),
}
_NAMES = list(HOLIDAYS)
# "the Christmas season", "Thanksgiving weekend": the name describes a time around the day, not the day
_NOT_THE_DAY = (r"\s+(?:season|holidays?|break|weekend|week|period|shopping|sales|trading|rush|recess|"
                r"vacation|tree|party|parties|lights|market|cards?|dinner|message|address|truce|spirit|parade|eve)\b")
_HOLIDAY = re.compile(
    r"(?:\b(?P<which>(?i:last|next|this|coming))\s+)?(?>"  # atomic: "Christmas Day weekend" is not "Christmas"
    + "|".join(rf"(?P<h{i}>\b{HOLIDAYS[name][0]}\b)" for i, name in enumerate(_NAMES))
    + rf")(?!{_NOT_THE_DAY})(?:,?\s+(?P<year>(?:1[89]|20)\d\d)\b(?![\d,.]\d))?")
_STARTS = frozenset(["last", "next", "this", "coming", "the", "christmas", "boxing", "new", "valentine", "st",
                     "saint", "halloween", "veterans", "armistice", "bastille", "juneteenth", "canada", "australia",
                     "anzac", "fourth", "thanksgiving", "memorial", "labor", "martin", "mlk", "presidents", "columbus",
                     "father", "election", "easter"])
_TRIGGERS = _STARTS - {"last", "next", "this", "coming", "the"}


def read_holidays(ctx: Context) -> None:
    for m in ctx.at_words(_HOLIDAY, _STARTS, near=(_TRIGGERS, 20)):
        if not ctx.free(m.start(), m.end()):
            continue
        name = next(_NAMES[int(key[1:])] for key, text in m.groupdict().items() if key.startswith("h") and text)
        on = HOLIDAYS[name][1]
        inferred, anchor = None, None
        if m.group("year"):
            year = int(m.group("year"))
        else:
            ref = ctx.doc.date
            if ref is None:
                ctx.leave_unread(m.start(), m.end(), NO_REFERENCE_DATE)
                continue
            year, how = _year(ctx, m, on, ref)
            inferred, anchor = "year", f"{name} {year}, {how} from the reference date {ref.isoformat()}"
        ctx.take(m.start(), m.end())
        ctx.add(Temporal, m.start(), m.end(), value=on(year).isoformat(), inferred=inferred, anchor=anchor)


def _year(ctx: Context, m: re.Match[str], on: Callable[[int], dt.date], ref: dt.date) -> tuple[int, str]:
    which = (m.group("which") or "").lower()
    years = (ref.year - 1, ref.year, ref.year + 1)
    if which == "last":
        return max(y for y in years if on(y) < ref), "the last before"
    if which in ("next", "coming"):
        return min(y for y in years if on(y) > ref), "the next after"
    if which == "this":
        return ref.year, "the one in the year of"
    way = tense(ctx.prose, ctx.sentence_start(m.start()), m.start(), ctx.sentence_end(m.start()))
    how = {"past": "the last on or before", "future": "the next on or after"}.get(way, "the nearest to")
    return year_of(ref, on, way), how
