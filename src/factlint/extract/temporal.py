"""Temporal expressions and weekdays, read before quantities so a date's digits are never a count."""
from __future__ import annotations

import calendar
import datetime as dt
import re

from ..claims import NO_REFERENCE_DATE, NO_SUCH_DAY, YEAR_FROM_REFERENCE, Temporal, Weekday
from ..dates import DAY_VALUE, MONTH_NAMES, year_of
from ..zones import ZONE
from .context import Context
from .anaphora import read_anaphora
from .durations import read_durations
from .holidays import read_holidays
from .lexicon import MONTH, MONTHS, ORDINAL_WORDS, TENS, UNITS, WEEKDAY, WEEKDAY_NUMBERS, words_value
from .offsets import read_offsets
from .relative import ORDINAL_QUARTERS, PARTS_OF_DAY, SEASONS, quarter_in_view, read_relative
from .tense import tense


_MOD = {"early": "START", "mid": "MID", "late": "END"}
_PART = r"(?P<part>early|mid|late)[-\s]+"
_DAY = r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
# a day said as broadcast transcripts write it: "March eighth", "the twenty-second of October"
DAY_WORDS = {w: n for w, n in ORDINAL_WORDS.items() if n <= 20 or n == 30}
DAY_WORDS |= {f"twenty-{w}": 20 + n for w, n in ORDINAL_WORDS.items() if n <= 9} | {"thirty-first": 31}
_DAY_WORD = rf"(?P<dayword>{'|'.join(sorted(DAY_WORDS, key=len, reverse=True))})"
# Words after which a bare month name or four-digit number is read as a date.
_CUES = ("in|since|by|until|till|from|of|before|after|during|through|throughout|to|between|and|"
         "early|late|mid|around|circa|year|fiscal|spring|summer|autumn|fall|winter")
# and capitalised at a sentence's start ("In March,"), but for words that may begin a sentence before
# a person named May ("And May said")
_MONTH_CUE = re.compile(rf"\b(?:{_CUES}|every|each|(?i:in|since|by|until|till|from|before|after|during|through|throughout|between))\s+$")
_RELATIVE_CUE = re.compile(r"\b(?:this\s+(?=coming))?(?:last|next|this|coming|past|previous)\s+$", re.I)
_AMBIGUOUS_MONTHS = ("May", "March")
_ABBREVIATED = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")
# month names that are also given names, and a capitalised word after one that is no month or weekday
_GIVEN_NAMES = ("Jan", "April", "May", "June", "August")
_SURNAME = re.compile(rf"\s(?!(?:{'|'.join(MONTH_NAMES)}|{'|'.join(w.capitalize() for w in WEEKDAY_NUMBERS)})\b)[A-Z][a-z]")
# "at midday", "by midnight": a time of the day the copy is about, said without its day; not "high noon"
_NOON_CUED = "|".join(rf"(?<=\b{cue} {word})" for cue in ("at", "by", "until", "till", "after", "before", "around")
                      for word in ("noon", "midday", "midnight"))
_RELATIVE_YEAR = re.compile(r"\s+(?:this|last|next)\s+year\b", re.I)
_OR_LATER = re.compile(r"\s+(?:or|and)\s+(later|beyond|earlier)\b", re.I)
_IN = re.compile(r"\bin\s+$")
_ABOUT = re.compile(r"\b(?:around|about|approximately|roughly)\s+$", re.I)
_FISCAL = re.compile(r"\bfiscal\s+(?:year\s+)?$", re.I)  # "fiscal 1989": TimeML keeps the word in the extent
# "the end of 1990", "the middle of October": the part of the period, in the extent
_WEEK_OF = re.compile(r"\bthe\s+week\s+of\s+$", re.I)
_EDGE_OF = re.compile(r"\bthe\s+(?P<edge>end|beginning|start|middle|turn)\s+of\s+$", re.I)
# between a time and the day it is on: "5 p.m. EST Nov. 9", "10 a.m. on Tuesday, Nov. 12"
_TIME_TO_DATE = re.compile(r",?\s*(?:on\s+)?")
_EVERY = re.compile(r"\b(?:every|each)\s+$", re.I)
_EDGE_MOD = {"end": "END", "beginning": "START", "start": "START", "middle": "MID", "turn": "START"}

_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                 "eighties": 8, "nineties": 9}
_DIGIT_WORDS = "|".join(word for word, n in UNITS.items() if 1 <= n <= 9)
_TEENS = "|".join(word for word, n in UNITS.items() if n >= 10)
_SAID_REST = rf"hundred|oh[-\s]+(?:{_DIGIT_WORDS})|{_TEENS}|(?:{'|'.join(TENS)})(?:[-\s]+(?:{_DIGIT_WORDS}))?"
# a year said, as broadcast transcripts write it: "nineteen ninety-six", "January nineteen ninety-seven"
_CENTURY_WORDS = {"eighteen": 18, "nineteen": 19, "twenty": 20}
_SAID_YEAR = rf"(?:{'|'.join(_CENTURY_WORDS)})[-\s]+(?:{_SAID_REST})\b(?![-'’]\w)"
_YEAR_AFTER = rf"(?:,?\s+(?P<year>(?:1[0-9]|20)\d\d|{_SAID_YEAR}))?(?![\d])"

_PATTERNS = [
    # the third quarter of 2023, the 1988 second quarter, 2023's fourth quarter: a quarter with its year
    ("quarter", re.compile(r"(?:\bthe\s+)?(?:(?P<y1>(?:1[0-9]|20)\d\d)(?:['’]s)?\s+)?(?:fiscal\s+)?"
                           r"\b(?P<nth>first|second|third|fourth|1st|2nd|3rd|4th)[-\s]quarter\b"
                           r"(?(y1)|\s+of\s+(?:fiscal\s+)?(?P<y2>(?:1[0-9]|20)\d\d)\b)", re.I)),
    # Q3 2024, 2024 Q3, Q3 FY2024; H1 2024, the first half of 2024, the second half of fiscal 1989
    ("short_quarter", re.compile(r"\b(?P<p1>(?-i:Q)[1-4]|(?-i:H)[12])\s*(?:(?-i:FY)\s*)?(?P<y1>(?:1[0-9]|20)\d\d)\b"
                                 r"|\b(?P<y2>(?:1[0-9]|20)\d\d)\s*(?P<p2>(?-i:Q)[1-4]|(?-i:H)[12])\b"
                                 r"|(?:\bthe\s+)?\b(?P<half>first|second|last)\s+half\s+of\s+(?:fiscal\s+)?"
                                 r"(?P<y3>(?:1[0-9]|20)\d\d)\b", re.I)),
    # spring 2024, the winter of 1994, late summer 2023
    ("season", re.compile(rf"(?:\bthe\s+)?(?:{_PART})?\b(?P<season>spring|summer|autumn|fall|winter)\s+(?:of\s+)?"
                          rf"(?P<year>(?:1[0-9]|20)\d\d|{_SAID_YEAR})\b(?![\d,.]\d)", re.I)),
    # 2024-10-22
    ("iso", re.compile(r"(?<![\d-])(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?![\d-])")),
    # Nov. 4, 2024 / late Oct. 22 / March 13
    # (and two days of one month: "Oct. 22-24", read as two dates)
    # (and "June 13 and 14." where the second day closes its phrase: not "June 13 and 14 people")
    ("mdy", re.compile(rf"(?:{_PART})?(?P<month>{MONTH})\s+{_DAY}(?:(?:\s*[-–]\s*|\s+(?:and|or|to|through)\s+"
                       rf"(?=(?:[12]\d|3[01]|0?[1-9])(?:\s*[,.;:)]|$|,?\s+(?:1[0-9]|20)\d\d\b)))"
                       rf"(?P<day2>[12]\d|3[01]|0?[1-9])(?!\d))?"
                       rf"(?![\d,]\d|\d){_YEAR_AFTER}")),
    # 22 October 2024
    ("dmy", re.compile(rf"(?<![\d.,]){_DAY}\s+(?:of\s+)?(?P<month>{MONTH})(?![a-z]){_YEAR_AFTER}")),
    # March eighth, (Sunday,) March eighth, 1998; the eighth of March
    ("said_day", re.compile(rf"(?P<month>{MONTH})\s+(?:the\s+)?{_DAY_WORD}(?=\s*(?:[,.;:!?)]|$|\s+(?:1[0-9]|20)\d\d))"
                            rf"{_YEAR_AFTER}|\bthe\s+{_DAY_WORD.replace('dayword', 'dayword2')}\s+of\s+(?P<month2>{MONTH})(?![a-z])")),
    # late October 2024 / September 2025 / in September
    ("my", re.compile(rf"(?:{_PART})?(?P<month>{MONTH})(?![a-z]){_YEAR_AFTER}")),
    # mid-2023
    ("py", re.compile(rf"\b{_PART}(?P<year>(?:1[0-9]|20)\d\d)(?![\d]|s\b)")),
    # the 1990s, the late 1970s
    ("decade", re.compile(rf"(?:\bthe\s+(?:{_PART})?)?(?<![\d,.$€£])(?P<decade>1[0-9]\d|20\d)0s\b")),
    # the nineties, the late '80s
    ("decade_words", re.compile(rf"\bthe\s+(?:{_PART})?(?:(?P<dword>{'|'.join(_DECADE_WORDS)})\b"
                                r"|['’](?P<dshort>[3-9]0|00|10)s\b)", re.I)),
    # the 20th century, the early nineteenth century, the 21st-century economy
    ("century", re.compile(rf"(?:\bthe\s+)?(?:{_PART})?\b(?P<nth>(?:1\d|2[01]|[1-9])(?:st|nd|rd|th)"
                           rf"|{'|'.join(w for w, n in ORDINAL_WORDS.items() if n <= 20)}|twenty[-\s]first)[-\s]+century\b", re.I)),
    # 10:30, 7 a.m., 5:45 p.m. EST, 10.45pm: a time of day (not "2:00:35" or "in 14:24", running times)
    # (and "noon", "midnight"; "at 1900hrs", the 24-hour clock), with the weekday written after it: "10 p.m.
    # Wednesday", "noon Thursday"
    ("time", re.compile(r"(?:(?<![\d:.])(?P<hour>[01]?\d|2[0-3])(?:(?::|\.(?=\d\d\s*[ap]\.?m\b))(?P<minute>[0-5]\d)(?!:\d))?(?(minute)(?:\s*(?P<ampm>[ap]\.?m\.?)(?![a-z]))?"
                        r"|\s*(?P<ampm2>[ap]\.m\.|[ap]m\b))|\b(?P<noon>noon|midday|midnight)\b(?:(?=\s+(?:on\s+)?" + WEEKDAY + r")|" + _NOON_CUED + r")"
                        r"|(?<![\d,.])(?P<milh>[01]\d|2[0-3])(?P<milm>[0-5]\d)(?:(?<=\bat\s\d\d\d\d)\s?(?:hrs|hours|h)\b"
                        r"|(?=\s?(?:GMT|UTC|local\s+time)\b)))"
                        r"(?:\s?(?P<zone>" + ZONE + r")\b)?"
                        r"(?:,?\s+(?:on\s+)?(?P<wday>" + WEEKDAY + r")\b|\s+(?P<rel>yesterday|today|tonight|tomorrow|last\s+night)\b)?",
                        re.I)),
    # 2014, when it reads as a year
    # (and a season or fiscal year across two: "the 2024-25 season", "fiscal 2023/24", read as its first)
    ("year", re.compile(r"(?<![\d,.$€£#])(?P<year>(?:1[0-9]|2[01])\d\d)(?![\d%A-Za-z]|,\d|\.\d)"
                        r"(?:[-–/](?P<next>\d\d)(?![\d%]|,\d|\.\d))?")),
    # a year said: "nineteen ninety-six", "the year two thousand"
    ("said", re.compile(rf"\b(?P<year>{_SAID_YEAR})"
                        rf"|\bthe\s+year\s+two\s+thousand(?:[-\s]+(?:and\s+)?(?P<rest2>{_TEENS}|{_DIGIT_WORDS}))?\b", re.I)),
]
_YEAR_CUE = re.compile(rf"(?:\b(?:{_CUES})\s+|[(\[–—-]\s*)$", re.I)
_YEAR_FOLLOWER = re.compile(r"\s+[a-z]+")
# "the 1987 crash", "its 1990 invasion", "the company's 1989 results": a determiner makes the number
# before a noun a year (a count of that size is written with a comma: "the 1,987 people")
_YEAR_DETERMINER = re.compile(r"(?:\b(?:the|a|an|its|his|her|their|our|that|this|whose)|['’]s)\s+$", re.I)
# a noun in the singular that closes its phrase: a number before it is a year, not a count
_SINGULAR_CLOSING = re.compile(r"\s+([a-z]+[^\Ws])(?=\s*[,.;:)])")
# after a number, still a count (a plural without its s) or a time of day ("began at 2000 local, officials said")
_NO_YEAR_AFTER = frozenset("people police staff personnel cattle feet men women children sheep fish deer crew "
                           "troops yen yuan rand head more local time".split())
_VERB_AFTER_YEAR = re.compile(
    r"\s+(?:was|is|were|saw|and|or|to|when|that|as|through|onwards?|marked|brought|ended|began|"
    r"period|budget|season|elections?|levels?|results|figures|quarter|half|report|census|crisis|war|"
    r"olympics|games|edition|deadline|estimates?|forecasts?|fiscal|calendar|model|campaign|agreement)\b")



# the words each pattern's matches begin with, the only places it is tried: "0000" is a run of four
# digits, "0" and "00" of one or two (Context.word_index)
_PARTS = frozenset(("early", "mid", "late"))
_SEASONS = frozenset(["spring", "summer", "autumn", "fall", "winter"])
_STARTS = {"quarter": frozenset(["the", "0000", "first", "second", "third", "fourth", "0"]),
           "season": _PARTS | _SEASONS | {"the"},
           "short_quarter": frozenset(["q", "h", "0000", "the", "first", "second", "last"]),
           "iso": frozenset(["0000"]), "mdy": _PARTS | frozenset(MONTHS), "dmy": frozenset(["0", "00"]),
           "said_day": frozenset(MONTHS) | {"the"},
           "my": _PARTS | frozenset(MONTHS), "py": _PARTS,
           "decade": frozenset(["the", "0000"]), "decade_words": frozenset(["the"]),
           "century": frozenset(["the", "0", "00"]) | _PARTS | frozenset(ORDINAL_WORDS) | {"twenty"},
           "time": frozenset(["0", "00", "0000", "noon", "midday", "midnight"]), "year": frozenset(["0000"]),
           "said": frozenset(["eighteen", "nineteen", "twenty", "the"])}


# for patterns whose starts are common words ("the", any number): a word each match holds, and how far
# from its start, so they are tried only near one
_NEAR = {"quarter": (frozenset(["quarter"]), 30), "century": (frozenset(["century"]), 40),
         "decade_words": (frozenset(_DECADE_WORDS) | {"s"}, 24), "season": (_SEASONS, 24),
         "short_quarter": (frozenset(["q", "h", "half", "0000"]), 25), "decade": (frozenset(["s"]), 24),
         "said_day": (frozenset(ORDINAL_WORDS) | {"twenty", "thirty"}, 25)}


def read_dates(ctx: Context) -> None:
    prose = ctx.prose
    read_holidays(ctx)  # first: "the Fourth of July" is no month, "Christmas 2019" no lone year
    for name, pattern in _PATTERNS:
        for m in ctx.at_words(pattern, _STARTS[name], _NEAR.get(name)):
            if not ctx.free(m.start(), m.end()):
                continue
            start = m.start("part") if m.groupdict().get("part") else m.start()
            if name == "my":
                if not m.group("year") and (_RELATIVE_CUE.search(prose, max(0, m.start() - 12), m.start("month"))
                                            or _RELATIVE_YEAR.match(prose, m.end())):
                    continue  # "last November", "January this year": relative dates, read with the others
                if not m.group("part") and not m.group("year") and (
                        m.group("month") in _AMBIGUOUS_MONTHS or m.group("month").rstrip(".") in _ABBREVIATED) and (
                        not _MONTH_CUE.search(prose, max(0, start - 20), start)):
                    continue  # a bare "March", "May" or "Jan" with nothing to say it is a month
                if not m.group("part") and not m.group("year") and m.group("month") in _GIVEN_NAMES and (
                        _SURNAME.match(prose, m.end())):
                    continue  # "and Jan Kavan of the Czech Republic", "April Ryan": a person
            end = m.end()
            if name == "year":
                if not _reads_as_year(prose, m):
                    continue
                fiscal = _FISCAL.search(prose, max(0, start - 16), start)
                start = fiscal.start() if fiscal else start
                year, later = int(m.group("year")), m.group("next")
                if later and int(later) != (year + 1) % 100:
                    end = m.end("year")  # "1990-95" is no season, but two years: 1990 and 1995
                    if int(later) > year % 100:
                        ctx.take(m.start("next"), m.end("next"))
                        ctx.add(Temporal, m.start("next"), m.end("next"), value=f"{year // 100}{later}")
            if m.groupdict().get("day2") and int(m.group("day2")) > int(m.group("day")):
                _add_date(ctx, name, m, start, m.end("day"))
                _add_date(ctx, name, m, m.start("day2"), end, day_group="day2")
                continue
            _add_date(ctx, name, m, start, end)
    read_anaphora(ctx)
    read_relative(ctx)
    _read_year_periods(ctx)
    read_offsets(ctx)
    read_durations(ctx)
    _read_weekdays(ctx)


_PERIOD_AFTER = re.compile(r"\s+(?:quarter|period)\b(?!\s+of\b)")


def _read_year_periods(ctx: Context) -> None:
    """Results copy's "the 1988 quarter", "the 1989 period": the quarter it reports, in that year. Read once
    the quarters are, as the quarter is the last one named before."""
    prose = ctx.prose
    for claim in [c for c in ctx.temporals if c.type == "DATE" and len(c.value) == 4 and c.value.isdigit()]:
        start, end = claim.span.start, claim.span.end
        if prose[max(0, start - 4):start].lower() == "the " and (after := _PERIOD_AFTER.match(prose, end)) and (
                quarter := quarter_in_view(ctx, start, whole=True)):
            ctx.take(start - 4, after.end())
            ctx.replace(claim, Temporal, start - 4, after.end(), value=f"{claim.value}-{quarter[-2:]}",
                        inferred="relative", anchor=f"the quarter named before it ({quarter}), in {claim.value}")


def _reads_as_year(prose: str, m: re.Match[str]) -> bool:
    """A four-digit number is a year after a temporal cue word or a determiner, or when no counted noun
    follows it ("in 2019", "the 2008 crisis", "2019 was"), not in "1500 job cuts"."""
    if _YEAR_CUE.search(prose, max(0, m.start() - 30), m.start()):
        return True
    if m.group("year") >= "2100":
        return False  # a year this far ahead only after a cue: "by 2120", not "2150 people"
    if m.group("year") >= "1800" and _YEAR_DETERMINER.search(prose, max(0, m.start() - 10), m.start()):
        return True
    rest = prose[m.end():m.end() + 40]
    if m.group("year") >= "1800" and (noun := _SINGULAR_CLOSING.match(rest)) and noun.group(1) not in _NO_YEAR_AFTER:
        return True  # "best known for 1994 memoir, Prozac Nation": one thing, so no count of 1,994
    return not _YEAR_FOLLOWER.match(rest) or bool(_VERB_AFTER_YEAR.match(rest))


def _add_date(ctx: Context, name: str, m: re.Match[str], start: int, end: int, day_group: str = "day") -> None:
    groups = m.groupdict()
    mod = _MOD.get((groups.get("part") or "").lower())
    edge = _EDGE_OF.search(ctx.prose, max(0, start - 20), start)
    if edge and name not in _PERIODS:
        start, mod = edge.start(), _EDGE_MOD[edge.group("edge").lower()]
    year = _year_value(groups["year"]) if groups.get("year") else None
    if name in _PERIODS:
        start = m.start()
        ctx.take(start, end)
        ctx.add(Temporal, start, end, value=_period(groups), mod=mod)
        return
    if name == "time":
        if not any(groups.get(g) for g in ("ampm", "ampm2", "noon", "milh", "wday", "rel")) and _IN.search(
                ctx.prose, max(0, start - 4), start):
            ctx.take(start, end)  # "passed 5 km in 14:24": a running time, minutes or hours unclear
            ctx.leave_unread(start, end, "a running time ('in 14:24'), not a time of day")
            return
        if groups.get("noon"):
            hour = 24 if groups["noon"].lower() == "midnight" else 12
        elif groups.get("milh"):
            hour = int(groups["milh"])
        else:
            hour = int(groups["hour"]) % 12 if (groups.get("ampm") or groups.get("ampm2")) else int(groups["hour"])
            if (groups.get("ampm") or groups.get("ampm2") or "").lower().startswith("p"):
                hour += 12
        day, inferred, anchor = (ctx.doc.date.isoformat(), "relative", None) if ctx.doc.date else ("XXXX-XX-XX", None, None)
        if groups.get("rel") and ctx.doc.date:  # "10.45pm last night", "9 a.m. tomorrow"
            shift = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(" ".join(groups["rel"].lower().split()), 0)
            day = (ctx.doc.date + dt.timedelta(days=shift)).isoformat()
        if date := _date_after(ctx, end):  # "5 p.m. EST Nov. 9", "10 a.m. on Tuesday, Nov. 12"
            day, inferred, anchor = date.value, date.inferred, date.anchor
        elif groups.get("wday"):
            resolved = weekday_date(ctx, m.start("wday"), groups["wday"])
            if resolved is None:
                return  # told as unread
            (day, anchor), inferred = resolved, "weekday"
        approx = _ABOUT.search(ctx.prose, max(0, start - 16), start)  # "around 7:15 p.m.": TimeML's APPROX
        start, mod = (approx.start(), "APPROX") if approx else (start, mod)
        ctx.take(start, end)
        ctx.add(Temporal, start, end, type="TIME", value=f"{day}T{hour:02d}:{groups.get('minute') or groups.get('milm') or '00'}",
                inferred=inferred, anchor=anchor, mod=mod, zone=groups["zone"].upper() if groups.get("zone") else None)
        return
    if name == "season":
        ctx.take(start, end)
        ctx.add(Temporal, start, end, value=f"{year:04d}-{SEASONS[groups['season'].lower()]}", mod=mod)
        return
    if name == "short_quarter":
        ctx.take(start, end)
        ctx.add(Temporal, start, end, value=_part_of_year(groups), mod=mod)
        return
    if name == "quarter":
        ctx.take(start, end)
        ctx.add(Temporal, start, end, value=f"{groups['y1'] or groups['y2']}-Q{ORDINAL_QUARTERS[groups['nth'].lower()]}",
                mod=mod)
        return
    if name == "said":
        if year is None:  # "the year two thousand (and five)"
            year = 2000 + (int(words_value(groups["rest2"].lower())) if groups.get("rest2") else 0)
        ctx.take(start, end)
        ctx.add(Temporal, start, end, value=f"{year:04d}", mod=mod)
        return
    if name in ("year", "py"):
        if later := _OR_LATER.match(ctx.prose, end):  # "1994 or later", "1990 and beyond"
            end, mod = later.end(), "ON_OR_BEFORE" if later.group(1).lower() == "earlier" else "ON_OR_AFTER"
        ctx.take(start, end)
        ctx.add(Temporal, start, end, value=f"{year:04d}", mod=mod)
        return
    if name == "said_day":
        groups["month"] = groups["month"] or groups["month2"]
        groups["day"] = str(DAY_WORDS[(groups["dayword"] or groups["dayword2"]).lower()])
    month = int(groups["month"]) if name == "iso" else MONTHS[groups["month"].rstrip(".").lower()]
    day = int(groups[day_group]) if groups.get(day_group) else None
    if name == "my" and year is None and (every := _EVERY.search(ctx.prose, max(0, start - 8), start)):
        ctx.take(every.start(), end)  # "each July": a month that recurs, no one July
        ctx.add(Temporal, every.start(), end, type="SET", value=f"XXXX-{month:02d}")
        return
    if year is not None and day is not None and not _valid(year, month, day):
        ctx.take(start, end)  # "Feb. 29, 2023": no date, and its digits no count
        ctx.leave_unread(start, end, f"{NO_SUCH_DAY}: {MONTH_NAMES[month - 1]} {year} has {_days_in(year, month)} days")
        return
    if approx := _ABOUT.search(ctx.prose, max(0, start - 16), start):  # "around Nov. 1"
        start, mod = approx.start(), "APPROX"
    ctx.take(start, end)
    anchor = None
    if year is None and day is not None and day > _days_in(2024, month):
        ctx.leave_unread(start, end, f"{NO_SUCH_DAY}: {MONTH_NAMES[month - 1]} has {_days_in(2024, month)} days")
        return  # "April 31": no date in any year
    if year is None:
        ref = ctx.doc.date
        if ref is None:
            ctx.leave_unread(start, end, NO_REFERENCE_DATE)
            return
        way = tense(ctx.prose, ctx.sentence_start(start), start, ctx.sentence_end(start))
        year = _year_for(ref, month, day, way)
        reading = {"past": "the last such date, as the clause is in the past",
                   "future": "the next such date, as the clause looks ahead"}.get(way, "the nearest such date")
        anchor = f"year {year} taken from the reference date {ref.isoformat()} ({reading})"
    value = f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day is not None else "")
    if day is not None and not _valid(year, month, day):
        # "Feb. 29": no date in the year the article's date gave it
        ctx.leave_unread(start, end, f"{NO_SUCH_DAY}: {MONTH_NAMES[month - 1]} {year} has {_days_in(year, month)} "
                                     f"days, {YEAR_FROM_REFERENCE}")
        return
    if day is not None and (week_of := _WEEK_OF.search(ctx.prose, max(0, start - 16), start)):
        iso_year, week, _ = dt.date(year, month, day).isocalendar()  # "a hearing the week of March 6": that week
        value, start = f"{iso_year:04d}-W{week:02d}", week_of.start()
        ctx.take(start, end)
    ctx.add(Temporal, start, end, value=value, mod=mod, anchor=anchor, inferred="year" if anchor else None)


def _date_after(ctx: Context, pos: int) -> Temporal | None:
    """The date, read already, that a time written at `pos` is followed by: the day it is on."""
    date = ctx.temporal_at(_TIME_TO_DATE.match(ctx.prose, pos).end())
    return date if date is not None and DAY_VALUE.fullmatch(date.value) else None


def _year_value(written: str) -> int:
    """1997 for "1997", and for "nineteen ninety-seven" as a transcript says it ("nineteen oh five": 1905)."""
    if written[0].isdigit():
        return int(written)
    century, rest = re.split(r"[-\s]+", written.lower(), maxsplit=1)
    value = 0 if rest == "hundred" else int(words_value(rest.replace("oh", "").strip(" -")))
    return _CENTURY_WORDS[century] * 100 + value


def _part_of_year(groups: dict) -> str:
    """'2024-Q3' for "Q3 2024" or "2024 Q3", '2024-H1' for "H1 2024" or "the first half of 2024"."""
    if groups.get("half"):
        return f"{groups['y3']}-H{1 if groups['half'].lower() == 'first' else 2}"
    return f"{groups['y1']}-{groups['p1']}" if groups.get("p1") else f"{groups['y2']}-{groups['p2']}"


_PERIODS = ("decade", "decade_words", "century")


def _period(groups: dict) -> str:
    """A decade's or century's TimeML value: the digits it shares ('199' the 1990s, '19' the 20th century)."""
    if groups.get("decade"):
        return groups["decade"]
    if groups.get("dword"):
        return f"19{_DECADE_WORDS[groups['dword'].lower()]}"
    if groups.get("dshort"):
        return ("20" if groups["dshort"] in ("00", "10") else "19") + groups["dshort"][0]
    nth = groups["nth"].lower()
    n = 21 if nth.startswith("twenty") and nth != "twentieth" else ORDINAL_WORDS.get(nth) or int(nth[:-2])
    return f"{n - 1:02d}"


def _days_in(year: int, month: int) -> int:
    """The days of a month in a year (2024, a leap year, for a month's most)."""
    return calendar.monthrange(year, month)[1]


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _year_for(ref: dt.date, month: int, day: int | None, way: str | None) -> int:
    """The year of a day or month written without one (dates.year_of)."""
    def on(year: int, d: int) -> dt.date:
        return dt.date(year, month, d if _valid(year, month, d) else 28)  # Feb 29 outside a leap year

    if day:
        return year_of(ref, lambda y: on(y, day), way)
    return year_of(ref, lambda y: on(y, 15 if way is None else 1), way,
                   first=lambda y: on(y, 1), last=lambda y: on(y, 28))


# A weekday written beside a date names that date: "Monday, Nov. 4", "Nov. 4, a Monday", "Monday (Nov. 4)".
_WEEKDAY = re.compile(rf"\b(?P<day>{WEEKDAY})\b(?P<part>\s+(?:morning|afternoon|evening|night))?")
_WEEKDAYS = frozenset(WEEKDAY_NUMBERS)
_BEFORE_DATE = re.compile(r"\s*\(\s*|,?\s+(?:the\s+)?")
_AFTER_DATE = re.compile(r",\s+(?:a|which\s+was\s+a|which\s+is\s+a)\s+$")
_DAY_WORDS = frozenset(["today", "yesterday", "tomorrow"])
_AFTER_DAY_WORD = re.compile(r"(?:,|\s*\()\s*$")


def _read_weekdays(ctx: Context) -> None:
    dates = {c.span.start: c for c in ctx.claims
             if isinstance(c, Temporal) and len(c.value) == 10 and c.inferred in (None, "year")}
    ends = {c.span.end: c for c in dates.values()}
    # "NASA said today, Tuesday,", "yesterday (Monday)": the weekday names the day the word stands for
    days = {c.span.end: c for c in ctx.claims
            if isinstance(c, Temporal) and c.inferred == "relative" and c.text.lower() in _DAY_WORDS}
    paired = _paired_days(ctx, dates)
    for m in ctx.at_words(_WEEKDAY, _WEEKDAYS):
        named = paired.get(m.start())
        gap = _BEFORE_DATE.match(ctx.prose, m.end("day"))
        if named is not None:
            pass
        elif gap and gap.end() in dates:
            named = _widen(ctx, dates[gap.end()], m.start())
        else:
            lead = _AFTER_DATE.search(ctx.prose, max(0, m.start() - 30), m.start())
            if lead and lead.start() in ends:
                named = ends[lead.start()]
            elif ((lead := _AFTER_DAY_WORD.search(ctx.prose, max(0, m.start() - 4), m.start())) and lead.start() in days
                  and ctx.prose[m.end("day"):m.end("day") + 2] not in ("'s", "’s")):
                named = days[lead.start()]  # not "Today, Wednesday's vote was postponed": another day's vote
        if named is None and ctx.free(m.start(), m.end("day")):
            _resolve_weekday(ctx, m)
        ctx.add(Weekday, m.start(), m.end("day"), day=m.group("day"), date=named.id if named else None)


# "on Thursday and Friday, June 13 and 14": two weekdays and two dates, each with each in turn
_DAY_PAIR = re.compile(rf"\b(?P<a>{WEEKDAY})\s+(?:and|or|to|through|-|–)\s+(?P<b>{WEEKDAY}),?\s+")
_DATE_JOIN = re.compile(r"\s*(?:and|or|to|through|-|–)\s*")


def _paired_days(ctx: Context, dates: dict) -> dict:
    """Where two weekdays stand before two dates: the start of each weekday -> its date."""
    paired = {}
    for m in ctx.at_words(_DAY_PAIR, _WEEKDAYS):
        first = dates.get(m.end())
        join = _DATE_JOIN.match(ctx.prose, first.span.end) if first else None
        second = dates.get(join.end()) if join else None
        if second is not None:
            paired[m.start("a")], paired[m.start("b")] = first, second
    return paired


def _widen(ctx: Context, date: Temporal, start: int) -> Temporal:
    """The date written with its weekday is one expression, as TimeML marks it: "Monday, Nov. 4", "this
    coming Sunday, March 8"."""
    lead = _RELATIVE_CUE.search(ctx.prose, max(0, start - 20), start)
    start = lead.start() if lead else start
    ctx.take(start, date.span.end)
    return ctx.replace(date, Temporal, start, date.span.end, **date.model_dump(exclude={"id", "span", "text", "kind"}))




def weekday_date(ctx: Context, start: int, name: str) -> tuple[str, str] | None:
    """"on Friday": the Friday of the reference week the clause points to, past unless it looks ahead;
    (date, how it was found). None, told as unread, without a reference date."""
    ref = ctx.doc.date
    if ref is None:
        ctx.leave_unread(start, start + len(name), NO_REFERENCE_DATE)
        return None
    way = tense(ctx.prose, ctx.sentence_start(start), start, ctx.sentence_end(start))
    shift = (WEEKDAY_NUMBERS[name.lower()] - ref.weekday()) % 7
    day = ref + dt.timedelta(days=shift) if way == "future" else ref - dt.timedelta(days=(7 - shift) % 7)
    direction = "next" if way == "future" else "last"
    return day.isoformat(), f"the {direction} {name} from the reference date {ref.isoformat()}"


def _resolve_weekday(ctx: Context, m: re.Match[str]) -> None:
    """A lone weekday, a date; with its part of the day ("Thursday evening"), a time (TimeML's TEV...)."""
    resolved = weekday_date(ctx, m.start(), m.group("day"))
    if resolved is None:
        return
    day, anchor = resolved
    part = PARTS_OF_DAY.get((m.group("part") or "").strip().lower())
    ctx.take(m.start(), m.end())
    ctx.add(Temporal, m.start(), m.end(), value=f"{day}T{part}" if part else day, type="TIME" if part else "DATE",
            inferred="weekday", anchor=anchor)


def weekday_of(value: str) -> str:
    date = dt.date.fromisoformat(value)
    return list(WEEKDAY_NUMBERS)[date.weekday()].capitalize()
