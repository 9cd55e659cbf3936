"""Durations ("three years", "a 72-hour strike", "the past two months") and sets ("daily",
"every Thursday"), in TimeML's values: P3Y, PT72H, P2M, P1D, XXXX-WXX-4."""
from __future__ import annotations

import re

from ..claims import Temporal
from .context import DIGITS, Context
from .lexicon import NUMBER_WORDS, SCALES, TENS, UNITS, WEEKDAY, WEEKDAY_NUMBERS, words_value

_CODES = {"year": "Y", "month": "M", "week": "W", "day": "D", "decade": "DE", "century": "CE",
          "hour": "TH", "minute": "TM", "second": "TS"}
_UNITS = r"(?P<unit>years?|months?|weeks?|days?|decades?|centur(?:y|ies)|hours?|minutes?|seconds?)"
_COUNT = rf"(?P<count>\d+(?:\.\d+)?|{NUMBER_WORDS}|a\s+couple\s+of|a\s+few|several|few|many|some|recent|a|an)"
_MODS = {"nearly": "EQUAL_OR_LESS", "almost": "LESS_THAN", "up to": "EQUAL_OR_LESS", "about": "APPROX",
         "around": "APPROX", "roughly": "APPROX", "some": "APPROX", "more than": "MORE_THAN", "over": "MORE_THAN",
         "at least": "EQUAL_OR_MORE", "less than": "LESS_THAN", "under": "LESS_THAN"}
_DURATION = re.compile(
    rf"(?:\b(?P<lead>the\s+(?:past|last|next|first|coming|following|previous)\s+|the\s+))?"
    rf"(?:\b(?P<mod>nearly|almost|up\s+to|about|around|roughly|more\s+than|at\s+least|less\s+than|under)\s+)?"
    rf"(?<![\w$€£.,-]){_COUNT}[-\s]+{_UNITS}(?![\w-])(?!\s+(?:ago|hence|old)\b)"
    rf"(?P<tail>\s+earlier)?",  # "a day earlier"; in "three days later" TimeML leaves "later" out
    re.I)
_FOLLOWED_BY_OLD = re.compile(r"-old\b")
_SET = re.compile(
    rf"\b(?P<word>daily|weekly|monthly|annually|yearly|hourly|nightly)\b"
    rf"|\b(?:every|each)\s+(?P<every>day|week|month|year|night|morning|{WEEKDAY})\b", re.I)
_SET_WORD = frozenset("daily weekly monthly annually yearly hourly nightly every each".split())
_UNIT_WORD = frozenset("year years month months week weeks day days decade decades century centuries hour hours "
                       "minute minutes second seconds".split())
# the words a duration begins with, any run of digits among them
_DURATION_STARTS = (frozenset("the nearly almost up about around roughly more at less under a an several few many some recent".split())
                    | DIGITS | frozenset(UNITS) | frozenset(TENS) | frozenset(SCALES))
_RATE = re.compile(r"(?:\d|million|billion|thousand|percent|%|cents?)\S*\s+$", re.I)
_APPROX_COUNTS = {"a couple of": "2", "a few": "X", "several": "X", "few": "X", "many": "X", "some": "X",
                  "recent": "X"}  # "in recent years": some years up to now


def read_durations(ctx: Context) -> None:
    prose = ctx.prose
    for m in ctx.at_words(_SET, _SET_WORD):
        if ctx.free(m.start(), m.end()):
            ctx.take(m.start(), m.end())
            ctx.add(Temporal, m.start(), m.end(), type="SET", value=_set_value(m))
    for m in ctx.at_words(_DURATION, _DURATION_STARTS, near=(_UNIT_WORD, 60)):
        if not ctx.free(m.start(), m.end()) or _FOLLOWED_BY_OLD.match(prose, m.end()):
            continue
        value = _value(m)
        if value is None or _RATE.search(prose, max(0, m.start() - 25), m.start()) and m.group("count").lower() in ("a", "an"):
            continue  # "$62,400 a year" is a rate, not a duration
        start = m.start() if not (m.group("lead") and "-" in m.group()) else m.start("count") if not m.group("mod") else m.start("mod")
        mod = _MODS.get(" ".join((m.group("mod") or "").lower().split()))
        ctx.take(start, m.end())
        ctx.add(Temporal, start, m.end(), type="DURATION", value=value, mod=mod)


def _value(m: re.Match[str]) -> str | None:
    raw = " ".join(m.group("count").lower().split())
    unit = m.group("unit").lower()
    unit = "century" if unit.startswith("centur") else unit.rstrip("s")
    if raw in ("a", "an"):
        if m.group("lead"):
            return None  # "the a year"? not a duration
        amount = "1"
    elif raw in _APPROX_COUNTS:
        amount = _APPROX_COUNTS[raw]
    elif raw[0].isdigit():
        amount = raw.rstrip("0").rstrip(".") if "." in raw else raw
    else:
        number = words_value(raw)
        if number is None:
            return None
        amount = str(int(number))
    code = _CODES[unit]
    return f"PT{amount}{code[1]}" if code.startswith("T") else f"P{amount}{code}"


def _set_value(m: re.Match[str]) -> str:
    word = (m.group("word") or "").lower()
    if word:
        return {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
                "hourly": "PT1H", "nightly": "P1D"}[word]
    every = m.group("every").lower()
    if every in WEEKDAY_NUMBERS:
        return f"XXXX-WXX-{WEEKDAY_NUMBERS[every] + 1}"
    return {"day": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y", "night": "P1D", "morning": "P1D"}[every]
