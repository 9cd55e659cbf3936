"""Relative dates, resolved against the reference date: "yesterday", "last week", "next spring",
"three years ago", "the third quarter", "now". Each claim says what it was resolved against."""
from __future__ import annotations

import datetime as dt
import re

from ..claims import NO_REFERENCE_DATE, Temporal
from .context import DIGITS, Context
from .lexicon import MONTH, MONTHS, NUMBER_WORDS, SCALES, TENS, UNITS, WEEKDAY, WEEKDAY_NUMBERS, words_value
from .tense import tense

REFERENCES = {"now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF", "at present": "PRESENT_REF",
              "nowadays": "PRESENT_REF", "recently": "PAST_REF", "previously": "PAST_REF", "the past": "PAST_REF",
              "in the past": "PAST_REF", "the future": "FUTURE_REF", "soon": "FUTURE_REF", "these days": "PRESENT_REF",
              "the near future": "FUTURE_REF", "the near term": "FUTURE_REF", "the short term": "FUTURE_REF"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
_SEASON_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
ORDINAL_QUARTERS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_UNIT = r"(?P<unit>days?|weeks?|months?|years?|decades?)"

_RELATIVE = re.compile(
    rf"(?P<edge>\b(?:earlier|early|later|late)\s+)?(?:"
    rf"\b(?P<mname>{MONTH})\s+(?P<myear>this|last|next)\s+year\b|"
    # "yesterday morning", and the part of the day before the day: "mid-afternoon yesterday"
    r"(?:(?P<pmid>\bmid-?)?\b(?P<ppart>morning|afternoon|evening)\s+(?=(?:yesterday|today|tomorrow)\b))?"
    r"\b(?P<word>yesterday|today|tomorrow|tonight)\b(?:\s+(?P<wpart>morning|afternoon|evening|night)\b)?"
    r"|\bthis\s+(?P<tpart>morning|afternoon|evening)\b|\blast\s+(?P<lastnight>night)\b"
    # "By mid-afternoon, sources were saying": the part of the day the copy is about
    r"|\bmid-?\s?(?P<midpart>morning|afternoon)\b"
    r"|\b(?P<qyear>this|last|next)\s+year['’]s\s+(?:fiscal\s+)?(?P<qnth>first|second|third|fourth|1st|2nd|3rd|4th)[-\s]quarter\b"
    r"|\b(?P<yearagoof4>last\s+year['’]s)\s+(?:quarter|period)\b"
    rf"|(?:\bthe\s+(?=(?:past|previous)\s))?\b(?P<which>last|next|this|coming|past|previous)\s+(?P<what>week(?:end)?|month|year|quarter|"
    rf"spring|summer|autumn|fall|winter|{MONTH}|{WEEKDAY})\b"
    rf"|(?:\b(?:nearly|almost|about|some|more\s+than|over|just|roughly)\s+)?"
    rf"(?P<count>\b(?:a|an|{NUMBER_WORDS}|\d+))\s+{_UNIT}(?:\s+or\s+so)?\s+(?P<dir>ago|from\s+now|hence)\b"
    r"|\ba\s+year\s+(?P<yearearlier>earlier|before)\b"
    r"|\b(?P<yearago>year-earlier|year-ago)\b"
    r"|(?:\bthe\s+(?=(?:fiscal\s+)?\w+\s+quarter))?(?:\bfiscal\s+)?\b(?P<nth>first|second|third|fourth|1st|2nd|3rd|4th)[-\s]quarter\b"
    r"|\b(?-i:Q)(?P<qnum>[1-4])\b"
    r"|\bthe\s+(?:quarter|period)\s+(?P<yearagoof2>a\s+year\s+(?:ago|earlier))\b"
    r"|\bthe\s+(?:(?:latest|last|past|previous|current|most\s+recent)\s+)?quarter\b"
    r"|\bthe\s+weekend\b"
    r"|\b(?P<ref>(?:right\s+)?now|currently|at\s+present|nowadays|recently"
    r"|the\s+past(?!\s+(?:week|month|year|quarter|decade|century|(?:\w+\s+)?quarters)\b)|the\s+future|these\s+days"
    r"|the\s+near\s+(?:future|term)|the\s+short\s+term)\b"
    # the year of the reference date, said of results: "the full year", "the current fiscal year"
    r"|\bthe\s+(?P<thisyear>current|full)\s+(?:fiscal\s+)?year\b(?!\s+(?:ended|ending)\b)"
    r"|\b(?:the|in|early|late|mid-?)\s+(?P<season>spring|summer|autumn|fall|winter)\b(?:\s+(?:of\s+)?(?P<syear>(?:1[0-9]|20)\d\d))?"
    r"|\bthe\s+(?:(?:comparable|corresponding|same)\s+)?(?P<yearagoof>year-(?:ago|earlier))\s+"
    r"(?:(?P<agonth>first|second|third|fourth|1st|2nd|3rd|4th)[-\s])?(?:quarter|period|year)\b"
    r"|\bthe\s+(?:corresponding|comparable|same)\s+(?:quarter|period)\s+(?P<yearagoof3>last\s+year|a\s+year\s+(?:ago|earlier))\b"
    # "For the year, volume was flat", "a high for the year of $42.875": the year of the reference date
    r"|\bthe\s+(?P<bareyear>year)\b(?=\s*[,.;:]|\s+of\s+[$£€]|\s+to\s+date\b)"
    # results copy: "Sales in the latest period rose", the quarter it reports
    r"|\bthe\s+(?P<period>latest|most\s+recent)\s+period\b"
    r")", re.I)
_OF_BEFORE = re.compile(r"(\w+)\s+of\s+$")
_PARTS_OF_A_YEAR = frozenset("months weeks days quarters quarter half end rest start beginning remainder part balance".split())
_QUARTER_VALUE = re.compile(r"\d{4}-Q\d")
# dates looked back over for the quarter results copy reports: "however far back" it was named, in an article;
# bounded, so that a run of thousands of dates is not read back over from each of them
LOOK_BACK = 200
_GAP = re.compile(r",?\s+")


# The words a match begins with, any run of digits among them, and the words one of which every match
# holds, within 60 characters of its start: the only places the pattern is tried.
_STARTS = frozenset(
    "earlier early later late yesterday today tomorrow tonight last next this coming past previous nearly almost "
    "about some more over just roughly a an year the fiscal first second third fourth now right currently at nowadays "
    "recently in mid q morning afternoon evening these".split()
) | DIGITS | frozenset(MONTHS) | frozenset(UNITS) | frozenset(TENS) | frozenset(SCALES)
_TRIGGERS = frozenset(
    "yesterday today tomorrow tonight last next this coming past previous ago hence now year quarter weekend "
    "currently present nowadays recently future spring summer autumn fall winter earlier before q period these "
    "term morning afternoon".split())


def read_relative(ctx: Context) -> None:
    ref = ctx.doc.date
    dated = {c.span.start for c in ctx.temporals}
    for m in ctx.at_words(_RELATIVE, _STARTS, near=(_TRIGGERS, 60)):
        start, end = m.start(), m.end()
        if not ctx.free(start, end):
            continue
        if (m.group("what") or "").lower() in WEEKDAY_NUMBERS and (gap := _GAP.match(ctx.prose, end)) and gap.end() in dated:
            continue  # "this coming Sunday, March 8": the date says which Sunday; read with it as one
        if ctx.quoted_title(start, end):
            continue  # ABC's "This Week": a programme
        if m.group("ref") and m.group("ref").lower() in ("the past", "in the past") and _followed_by_span(ctx.prose, end):
            continue  # "the past two months" is a duration, read later
        if ref is None:
            if not (m.group("ref") or m.group("bareyear")):  # "now", "for the year": nothing to resolve wrongly
                ctx.take(start, end)
                ctx.leave_unread(start, end, NO_REFERENCE_DATE)
            continue
        resolved = _resolve(ctx, m, ref)
        if resolved is None:
            continue
        value, kind, how = resolved
        edge = (m.group("edge") or "").strip().lower()
        mod = {"early": "START", "earlier": "START", "late": "END", "later": "END"}.get(edge) or ("MID" if m.group("pmid") or m.group("midpart") else None)
        if edge in ("earlier", "later"):
            start = m.end("edge")  # "earlier this week": TimeML leaves the relating word out of the extent
        ctx.take(m.start(), end)
        ctx.add(Temporal, start, end, value=value, type=kind, inferred="relative", mod=mod,
                anchor=f"{how}, from the reference date {ref.isoformat()}")


def _followed_by_span(prose: str, end: int) -> bool:
    return bool(re.match(rf"\s+(?:(?:{NUMBER_WORDS}|\d+|few|several)\s+)?{_UNIT}", prose[end:end + 40], re.I))


def _resolve(ctx: Context, m: re.Match[str], ref: dt.date):
    text = m.group().lower()
    if m.group("midpart"):
        return f"{ref.isoformat()}T{PARTS_OF_DAY[m.group('midpart').lower()]}", "TIME", "the part of the day"
    if m.group("tpart") or m.group("lastnight"):  # "this morning", "last night": a part of a day
        day = ref - dt.timedelta(days=1 if m.group("lastnight") else 0)
        return f"{day.isoformat()}T{PARTS_OF_DAY[text.split()[-1]]}", "TIME", " ".join(text.split())
    if m.group("word"):
        word = m.group("word").lower()
        if word == "tonight":
            return f"{ref.isoformat()}TNI", "TIME", "tonight"
        day = ref + dt.timedelta(days={"yesterday": -1, "today": 0, "tomorrow": 1}[word])
        if part := m.group("wpart") or m.group("ppart"):  # "yesterday morning", "mid-afternoon yesterday"
            return f"{day.isoformat()}T{PARTS_OF_DAY[part.lower()]}", "TIME", " ".join(text.split())
        return day.isoformat(), "DATE", word
    if m.group("ref"):
        return REFERENCES[" ".join(text.split())], "DATE", "a reference to the time of writing"
    if m.group("bareyear") and (of := _OF_BEFORE.search(ctx.prose, max(0, m.start() - 24), m.start())) and (
            of.group(1).lower() not in _PARTS_OF_A_YEAR):
        return None  # "coach of the year", "the best day of the year": no one year is meant
    if m.group("thisyear") or m.group("bareyear"):
        return f"{ref.year:04d}", "DATE", "the year of the reference date"
    if m.group("mname"):
        month = MONTHS[m.group("mname").rstrip(".").lower()]
        year = ref.year + {"this": 0, "last": -1, "next": 1}[m.group("myear").lower()]
        return f"{year:04d}-{month:02d}", "DATE", f"{m.group('mname')} {m.group('myear')} year"
    if m.group("agonth"):  # "the year-ago third quarter": that quarter, a year before the latest such quarter
        q = ORDINAL_QUARTERS[m.group("agonth").lower()]
        year = ref.year - (1 if q <= (ref.month - 1) // 3 + 1 else 2)
        return f"{year:04d}-Q{q}", "DATE", f"the {m.group('agonth')} quarter a year before"
    if m.group("yearagoof") or m.group("yearagoof2") or m.group("yearagoof3") or m.group("yearagoof4"):
        # "the year-earlier quarter", "the quarter a year ago": a quarter's results, however far back it was named
        return _year_before(ctx, m, ref, whole=True) or (f"{ref.year - 1:04d}", "DATE", "a year before")
    if m.group("period"):  # the latest of the quarters named before it, not the year-earlier one
        quarters = [c.value for c in ctx.dates_before(0, m.start(), limit=LOOK_BACK)
                    if _QUARTER_VALUE.fullmatch(c.value)]
        return (max(quarters), "DATE", "the latest quarter named before it") if quarters else None
    if m.group("yearago") or m.group("yearearlier"):
        return _year_before(ctx, m, ref) or (f"{ref.year - 1:04d}", "DATE", "a year before")
    if m.group("season"):
        code = SEASONS[m.group("season").lower()]
        if m.group("syear"):
            return f"{m.group('syear')}-{code}", "DATE", "the season of the year given"
        way = tense(ctx.prose, ctx.sentence_start(m.start()), m.start(), ctx.sentence_end(m.start()))
        return _season(ref, code, "next" if way == "future" else "last" if way == "past" else "this"), "DATE", "the season"
    if m.group("count"):
        a_year_ago = (m.group("count").lower(), m.group("unit").lower(), m.group("dir").lower()) in (
            ("a", "year", "ago"), ("one", "year", "ago"))
        return (a_year_ago and _year_before(ctx, m, ref)) or _shifted(ref, m)
    if "quarter" in text or m.group("qnum"):
        return _quarter(ctx, m, ref)
    if m.group("which") is None:  # "the weekend": the one just past, or the next in a clause that looks ahead
        way = tense(ctx.prose, ctx.sentence_start(m.start()), m.start(), ctx.sentence_end(m.start()))
        day = (ref + dt.timedelta(days=(5 - ref.weekday()) % 7) if way == "future"
               else ref - dt.timedelta(days=(ref.weekday() + 1) % 7))
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}-WE", "DATE", "the weekend"
    which, what = m.group("which").lower(), m.group("what")
    return _which(ref, which, what)


def _which(ref: dt.date, which: str, what: str):
    step = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}[which]
    lower = what.lower().rstrip(".")
    if lower == "year":
        return f"{ref.year + step:04d}", "DATE", f"{which} year"
    if lower == "month":
        index = ref.year * 12 + ref.month - 1 + step
        return f"{index // 12:04d}-{index % 12 + 1:02d}", "DATE", f"{which} month"
    if lower in ("week", "weekend"):
        year, week, _ = (ref + dt.timedelta(weeks=step)).isocalendar()
        return f"{year:04d}-W{week:02d}" + ("-WE" if lower == "weekend" else ""), "DATE", f"{which} {lower}"
    if lower == "quarter":
        index = ref.year * 4 + (ref.month - 1) // 3 + step
        return f"{index // 4:04d}-Q{index % 4 + 1}", "DATE", f"{which} quarter"
    if lower in SEASONS:
        return _season(ref, SEASONS[lower], {-1: "last", 0: "this", 1: "next"}[step]), "DATE", f"{which} {lower}"
    if lower in WEEKDAY_NUMBERS:
        target = WEEKDAY_NUMBERS[lower]
        if step < 0:
            day = ref - dt.timedelta(days=(ref.weekday() - target - 1) % 7 + 1)
        elif step > 0:
            day = ref + dt.timedelta(days=(target - ref.weekday() - 1) % 7 + 1)
        else:
            day = ref + dt.timedelta(days=target - ref.weekday())
        return day.isoformat(), "DATE", f"{which} {what}"
    month = MONTHS[lower]
    year = ref.year + (step if (step < 0 and month >= ref.month) or (step > 0 and month <= ref.month) else 0)
    return f"{year:04d}-{month:02d}", "DATE", f"{which} {what}"


def _season(ref: dt.date, code: str, which: str) -> str:
    """The season's year: 'this' is the reference year; 'last' the latest one begun before the
    reference date's season; 'next' the first one after it."""
    year = ref.year
    begins = dt.date(year, _SEASON_MONTH[code], 21)
    if which == "last" and begins > ref - dt.timedelta(days=90):
        year -= 1
    elif which == "next" and begins <= ref:
        year += 1
    return f"{year:04d}-{code}"


def _shifted(ref: dt.date, m: re.Match[str]):
    raw = m.group("count").lower()
    n = 1 if raw in ("a", "an") else (int(raw) if raw.isdigit() else words_value(raw))
    if not n:
        return None
    n = int(n)
    sign = -1 if m.group("dir").lower() in ("ago", "earlier", "before") else 1
    unit = m.group("unit").lower().rstrip("s")
    if unit == "day":
        return (ref + dt.timedelta(days=sign * n)).isoformat(), "DATE", f"{n} days {m.group('dir')}"
    if unit == "week":
        year, week, _ = (ref + dt.timedelta(weeks=sign * n)).isocalendar()
        return f"{year:04d}-W{week:02d}", "DATE", f"{n} weeks {m.group('dir')}"
    if unit == "month":
        index = ref.year * 12 + ref.month - 1 + sign * n
        return f"{index // 12:04d}-{index % 12 + 1:02d}", "DATE", f"{n} months {m.group('dir')}"
    years = n * (10 if unit == "decade" else 1)
    return f"{ref.year + sign * years:04d}", "DATE", f"{years} years {m.group('dir')}"


def _year_before(ctx: Context, m: re.Match[str], ref: dt.date, whole: bool = False):
    """"Profit rose in the third quarter from a year earlier", "net rose to $108.8 million from $90.5
    million a year ago": in a quarter's results, the same quarter a year before."""
    quarter = quarter_in_view(ctx, m.start(), whole)
    return (f"{ref.year - 1:04d}-Q{quarter[-1]}", "DATE", "the same quarter a year before") if quarter else None


def quarter_in_view(ctx: Context, pos: int, whole: bool = False) -> str | None:
    """The quarter ("1989-Q3") the sentence, or the one before, is about, if it names one; with `whole`,
    the last quarter named before `pos`, for a phrase that itself says it is a quarter or a period of results."""
    start = 0 if whole else ctx.sentence_start(max(0, ctx.sentence_start(pos) - 1))
    for claim in ctx.dates_before(start, pos, limit=LOOK_BACK if whole else 10):
        if _QUARTER_VALUE.fullmatch(claim.value):
            return claim.value
    return None


def _quarter(ctx: Context, m: re.Match[str], ref: dt.date):
    """"the third quarter": the latest third quarter begun by the reference date; "the quarter",
    "the latest quarter": the last one completed; "the current quarter": the one under way."""
    if m.group("qyear"):  # "this year's third quarter"
        year = ref.year + {"this": 0, "last": -1, "next": 1}[m.group("qyear").lower()]
        return (f"{year:04d}-Q{ORDINAL_QUARTERS[m.group('qnth').lower()]}", "DATE",
                f"the {m.group('qnth')} quarter of {m.group('qyear')} year")
    current = (ref.month - 1) // 3 + 1
    nth = m.group("nth") or m.group("qnum")
    if nth is None and "current" in m.group().lower():  # the one the reference date falls in
        return f"{ref.year:04d}-Q{current}", "DATE", "the current quarter"
    if nth is None:
        index = ref.year * 4 + current - 2
        return f"{index // 4:04d}-Q{index % 4 + 1}", "DATE", "the last quarter completed"
    q = int(nth) if nth.isdigit() else ORDINAL_QUARTERS[nth.lower()]
    # results are reported after the quarter ends: the latest such quarter begun by the reference date
    year = ref.year if q <= current else ref.year - 1
    return f"{year:04d}-Q{q}", "DATE", f"the {nth} quarter"
