"""Durations ("three years", "a 72-hour strike", "the past two months") and sets ("daily",
"every Thursday"), in TimeML's values: P3Y, PT72H, P2M, P1D, XXXX-WXX-4."""
from __future__ import annotations

import re

from ..claims import Conversion, Temporal
from .context import DIGITS, Context
from .lexicon import NUMBER_WORDS, SCALES, TENS, UNITS, WEEKDAY, WEEKDAY_NUMBERS, words_value

_CODES = {"year": "Y", "month": "M", "week": "W", "day": "D", "decade": "DE", "century": "CE", "quarter": "Q",
          "hour": "TH", "minute": "TM", "second": "TS", "hr": "TH", "min": "TM", "sec": "TS"}
_UNITS = r"(?P<unit>years?|months?|weeks?|days?|decades?|centur(?:y|ies)|quarters|hours?|minutes?|seconds?)"
# quarters in the plural and not before what they are a part of: "a quarter of the vote" and "three
# quarters of all homes" are shares, not spans; "several quarters of losses" is a span
_PART_OF = re.compile(r"\s+(?:of|the|its|their|his|her|our|those|these|all)\b", re.I)
# abbreviated, in lower case only ("the SEC" is a regulator), and may be written onto the digits: "40min", "2hrs"
_ABBREVIATED = r"(?-i:(?P<abbr>hrs?|mins?|secs?))"
_IN_YEARS = {"DE": 10, "CE": 100}
_COUNT = rf"(?P<count>\d+(?:\.\d+)?|{NUMBER_WORDS}|(?:a\s+|(?<=next\s)|(?<=past\s)|(?<=last\s))couple\s+of|a\s+few|several|few|many|some|recent|coming|a|an|(?<=past\s)(?=decade\b|century\b))"
_MODS = {"nearly": "EQUAL_OR_LESS", "almost": "LESS_THAN", "up to": "EQUAL_OR_LESS", "about": "APPROX",
         "around": "APPROX", "roughly": "APPROX", "some": "APPROX", "more than": "MORE_THAN", "over": "MORE_THAN",
         "at least": "EQUAL_OR_MORE", "less than": "LESS_THAN", "fewer than": "LESS_THAN", "under": "LESS_THAN"}
_DURATION = re.compile(
    rf"(?:\b(?P<lead>the\s+(?:past|last|next|first|coming|following|previous)\s+|the\s+))?"
    rf"(?:\b(?P<mod>nearly|almost|up\s+to|about|around|roughly|more\s+than|at\s+least|(?:less|fewer)\s+than|under)\s+)?"
    rf"(?<![\w$€£.,-]){_COUNT}(?P<half>\s+1/2|\s*½|\s+and\s+a\s+half)?"
    # "20 more years", "an additional year", "eight trading days": the span, whatever kind of days it counts
    rf"(?:\s+(?:more|additional|extra|further|trading|business|working))?(?:(?:[-\s]+|(?<=past\s)){_UNITS}|(?<=\d)\s?{_ABBREVIATED})(?![\w-])(?!\s+(?:ago|hence|old)\b)"
    rf"(?P<half2>\s+and\s+a\s+half\b)?"
    rf"(?P<tail>\s+earlier)?",  # "a day earlier"; in "three days later" TimeML leaves "later" out
    re.I)
# "a second group", "a second time": the ordinal, where a word follows that the span does not govern
_ORDINAL_SECOND = re.compile(r"\s+(?!(?:later|earlier|ago|or|and|before|after|of|longer|more|less|too|each|per|faster|"
                             r"slower|in|to|the|a|an|for|at|on|when|while|as|that|then|is|was)\b)[a-z]")
_FOLLOWED_BY_OLD = re.compile(r"-old\b")
# results for "the year ended Sept. 30": a year's span, whichever year it was
_YEAR_ENDED = re.compile(r"\bthe\s+(?:fiscal\s+)?year(?=\s+(?:ended|ending)\b)", re.I)
# a time said in words and again on the clock in brackets: "2 hours, 23 minutes 15 seconds (2:23:15)"
_OPENING = re.compile(r"\s*\(\s*$")
_CLOSING = re.compile(r"\s*\)")
_CLOCK_UNIT = re.compile(r"PT\d+[HMS]")
_JOINED = re.compile(r"(?:,\s*|\s+and\s+|\s+)$")
# a running time in hours, minutes and seconds: "finished in 2:00:35" (no clock is read to the second in news)
_CLOCKED = re.compile(r"(?<![\d:.])(?P<h>\d{1,2}):(?P<m>[0-5]\d):(?P<s>[0-5]\d)(?:\.(?P<frac>\d+))?(?![\d:]|\s*[ap]\.?m\b)")
_SET = re.compile(
    rf"\b(?P<word>daily|weekly|monthly|annually|yearly|hourly|nightly)\b"
    rf"|\b(?:every|each)\s+(?P<every>day|week|month|year|night|morning|{WEEKDAY})\b"
    # "on Mondays", "Tuesday nights": a weekday in the plural recurs
    rf"|\b(?-i:(?P<wdays>{WEEKDAY})s)\b|\b(?-i:(?P<wday>{WEEKDAY}))\s+(?P<wparts>mornings|afternoons|evenings|nights)\b", re.I)
_SET_WORD = frozenset("daily weekly monthly annually yearly hourly nightly every each".split()) | frozenset(
    [*WEEKDAY_NUMBERS, *(day + "s" for day in WEEKDAY_NUMBERS)])
_UNIT_WORD = frozenset("year years month months week weeks day days decade decades century centuries hour hours "
                       "minute minutes second seconds quarters hr hrs min mins sec secs".split())
# the words a duration begins with, any run of digits among them
_DURATION_STARTS = (frozenset("the nearly almost up about around roughly more at less fewer under a an several few many some "
                              "recent coming".split())
                    | DIGITS | frozenset(UNITS) | frozenset(TENS) | frozenset(SCALES))
# "$62,400 a year" is a rate; "in 1985, a decade after the war" is no rate: a comma stands between
RATE = re.compile(r"(?:\d|million|billion|thousand|percent|%|cents?)[^\s,;]*\s+$", re.I)
_APPROX_COUNTS = {"a couple of": "2", "couple of": "2", "a few": "X", "several": "X", "few": "X", "many": "X", "some": "X",
                  "recent": "X", "coming": "X"}  # "in recent years": some years up to now; "in coming weeks"


def read_durations(ctx: Context) -> None:
    prose = ctx.prose
    for m in ctx.at_words(_SET, _SET_WORD):
        if ctx.free(m.start(), m.end()):
            ctx.take(m.start(), m.end())
            ctx.add(Temporal, m.start(), m.end(), type="SET", value=_set_value(m))
    for m in ctx.at_words(_YEAR_ENDED, frozenset(["the"]), near=(frozenset(["ended", "ending"]), 24)):
        if ctx.free(m.start(), m.end()):
            ctx.take(m.start(), m.end())
            ctx.add(Temporal, m.start(), m.end(), type="DURATION", value="P1Y")
    clocked = []
    for m in ctx.at_words(_CLOCKED, frozenset(["0", "00"])):
        h, mi, sec = (int(m.group(g)) for g in "hms")
        seconds = f"{sec}.{m.group('frac')}" if m.group("frac") else str(sec) if sec else ""
        value = "PT" + "".join(f"{n}{code}" for n, code in ((h, "H"), (mi, "M"), (seconds, "S")) if n) or "PT0S"
        ctx.take(m.start(), m.end())
        clocked.append(ctx.add(Temporal, m.start(), m.end(), type="DURATION", value=value))
    for m in ctx.at_words(_DURATION, _DURATION_STARTS, near=(_UNIT_WORD, 60)):
        if not ctx.free(m.start(), m.end()) or _FOLLOWED_BY_OLD.match(prose, m.end()):
            continue
        value = _value(m)
        if m.group("unit") and m.group("unit").lower() == "quarters" and _PART_OF.match(prose, m.end("unit")) and (
                " ".join(m.group("count").lower().split()) not in _APPROX_COUNTS):
            continue
        if value is None or RATE.search(prose, max(0, m.start() - 25), m.start()) and m.group("count").lower() in ("a", "an"):
            continue  # "$62,400 a year" is a rate, not a duration
        if value == "PT1S" and _ORDINAL_SECOND.match(prose, m.end()) or ctx.quoted_title(m.start(), m.end()):
            continue  # "a second group": the ordinal; ''60 Minutes'': a programme
        start = m.start() if not (m.group("lead") and "-" in m.group()) else m.start("count") if not m.group("mod") else m.start("mod")
        mod = _MODS.get(" ".join((m.group("mod") or "").lower().split()))
        ctx.take(start, m.end())
        ctx.add(Temporal, start, m.end(), type="DURATION", value=value, mod=mod)
    for time in clocked:
        _restated(ctx, time)


def _restated(ctx: Context, time: Temporal) -> None:
    """"2 hours, 23 minutes 15 seconds (2:23:15)": a time in words, then the same on the clock in brackets,
    read as a conversion of the one into the other."""
    prose = ctx.prose
    opening = _OPENING.search(prose, max(0, time.span.start - 4), time.span.start)
    if opening is None or not _CLOSING.match(prose, time.span.end):
        return
    said, end = [], opening.start()
    for part in ctx.dates_before(max(0, end - 60), end):
        if part.span.end != end or part.mod or not _CLOCK_UNIT.fullmatch(part.value):
            break
        said.insert(0, part)
        gap = _JOINED.search(prose, max(0, part.span.start - 6), part.span.start)
        if gap is None:
            break
        end = gap.start()
    if said:
        ctx.add(Conversion, said[0].span.start, time.span.end, source=[p.id for p in said], target=[time.id])


def _value(m: re.Match[str]) -> str | None:
    raw = " ".join(m.group("count").lower().split())
    unit = (m.group("unit") or m.group("abbr")).lower()
    unit = "century" if unit.startswith("centur") else unit.rstrip("s")
    if raw == "":  # "the past decade": one, counted back from now
        amount = "1"
    elif raw in ("a", "an"):
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
    if (m.group("half") or m.group("half2")) and amount.isdigit():
        return _and_a_half(int(amount), code)
    if code in _IN_YEARS and amount.isdigit():
        return f"P{int(amount) * _IN_YEARS[code]}Y"  # "two decades" P20Y: ISO 8601 counts them in years
    return f"PT{amount}{code[1]}" if code.startswith("T") else f"P{amount}{code}"


def _and_a_half(n: int, code: str) -> str:
    """"2 1/2 years" P2Y6M, "a minute and a half" PT1M30S: the half in the next smaller unit where it is
    whole, else as a decimal ("P1.5W")."""
    smaller = {"Y": f"P{n}Y6M", "D": f"P{n}DT12H", "DE": f"P{10 * n + 5}Y", "CE": f"P{100 * n + 50}Y",
               "TH": f"PT{n}H30M", "TM": f"PT{n}M30S"}
    return smaller.get(code) or (f"PT{n}.5{code[1]}" if code.startswith("T") else f"P{n}.5{code}")


def _set_value(m: re.Match[str]) -> str:
    word = (m.group("word") or "").lower()
    if word:
        return {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
                "hourly": "PT1H", "nightly": "P1D"}[word]
    if m.group("wdays") or m.group("wday"):
        day = WEEKDAY_NUMBERS[(m.group("wdays") or m.group("wday")).lower()] + 1
        part = {"mornings": "TMO", "afternoons": "TAF", "evenings": "TEV", "nights": "TNI"}.get(
            (m.group("wparts") or "").lower(), "")
        return f"XXXX-WXX-{day}{part}"
    every = m.group("every").lower()
    if every in WEEKDAY_NUMBERS:
        return f"XXXX-WXX-{WEEKDAY_NUMBERS[every] + 1}"
    return {"day": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y", "night": "P1D", "morning": "P1D"}[every]
