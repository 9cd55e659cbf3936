"""unit-conversion: a value in parentheses, or said after "or" or "that is", that is not the conversion of the
value it follows."""
from __future__ import annotations

import datetime as dt
import math
import re
from functools import lru_cache

from .. import dates
from ..claims import ClaimSet, Quantity, Rate, Temporal
from ..facts import FactBase
from ..positions import sub_span
from . import Fix, Hit, NoParameters, kind
from .arithmetic import Interval, approximate, number, written_decimals

_SPAN_PARTS = re.compile(r"PT(?:(?P<h>\d+)H)?(?:(?P<m>\d+)M)?(?:(?P<s>\d+(?:\.\d+)?)S)?")
_DIGITS = re.compile(r"[-−]?\d[\d,]*(?:\.\d+)?")  # with its sign: "(-5C)"
_DELTA = {"degree_Celsius": "delta_degree_Celsius", "degree_Fahrenheit": "delta_degree_Fahrenheit"}
_PINT = {"fraction": "dimensionless"}  # "three in four" is 0.75 of one, 75 percent
# British copy measures in imperial gallons and pints, American copy in US ones: either reading will do
_IMPERIAL = {"gallon": "imperial_gallon", "quart": "imperial_quart", "pint": "imperial_pint",
             "fluid_ounce": "imperial_fluid_ounce"}


@lru_cache(maxsize=1)
def registry():
    import pint  # building the registry takes a while: only when a conversion is checked

    ureg = pint.UnitRegistry()
    # pint's acre is the US survey acre; since the survey foot was retired (NIST, 2023) an acre is 43,560
    # international square feet, and the copy converts with it: "324,917 acres (131,489 hectares)"
    ureg.define("acre = 43560 * foot ** 2")
    return ureg


def convert(value: float, source: str, target: str) -> float | None:
    line = _line(source, target)
    return None if line is None else line[0] + line[1] * value


@lru_cache(maxsize=1024)
def _line(source: str, target: str) -> tuple[float, float] | None:
    """(offset, scale) of the conversion from `source` to `target`, asked of pint once per pair: every
    unit copy uses converts along a line (temperatures with an offset), and pint takes tens of
    microseconds a value. None when the units do not convert into each other."""
    import pint

    ureg = registry()
    try:
        zero, one = (float(ureg.Quantity(v, _PINT.get(source, source)).to(target).magnitude) for v in (0.0, 1.0))
    except (pint.errors.DimensionalityError, pint.errors.UndefinedUnitError, OverflowError):
        return None
    return zero, one - zero


@kind("unit-conversion", fields=("source", "converted", "stated"), consumes=("conversion", "rate"))
def check(claims: ClaimSet, params: NoParameters, facts: FactBase):
    """The quantity in parentheses (or after "or", "that is") is not the stated quantity in other units,
    at any value either could have been rounded from. Temperatures are also read as differences ("8 to 10 degrees
    Celsius (14 to 18 degrees Fahrenheit) above normal")."""
    by_id = claims.by_id()
    for rate in claims.of_kind("rate"):
        yield from _rate(rate, by_id[rate.total], by_id[rate.period], by_id[rate.rate], claims.reference_date)
    for conversion in claims.of_kind("conversion"):
        if by_id[conversion.target[0]].kind == "temporal":
            yield from _clock([by_id[s] for s in conversion.source], by_id[conversion.target[0]])
            continue
        pairs = [(by_id[s], by_id[t]) for s, t in zip(conversion.source, conversion.target)]
        verdicts = [_agrees(s, t) for s, t in pairs]
        if None in verdicts:
            continue
        # a round figure may stand for any value it rounds from ("100 miles" for 50 to 150); converted as
        # written, into the other figure rounded as a conversion is (to its last digit, or to a five: "500
        # pounds (225 kg)", "700 km (450 miles)"), it must still agree, or the finding is a warning: "100 miles
        # (190 km)", "100 degrees Fahrenheit = 39.8 degrees Celsius"
        plain = all(verdicts)
        if plain:
            verdicts = [_agrees(s, t, _rounded(s) if _speeds(s, t) else Interval.plain(s, temperatures=True), _rounded(t))
                        for s, t in pairs]
            if all(verdicts):
                continue
        source, target = next(pair for pair, ok in zip(pairs, verdicts) if not ok)
        converted = convert(source.value, source.unit, target.unit)
        # a range may write its unit once, at its end: "30-35C (76-95F)", "10 to 12 miles (30 to 40 km)"
        source_end, target_end = pairs[-1]
        yield Hit(
            span=target.span, text=target.text,
            fields={"source": _with_unit(source, source_end),
                    "converted": f"{number(converted, decimals=_decimals(converted, target))} {_unit_name(target, target_end)}",
                    "stated": target.text},
            related=[(source.span, source.text)], certain=not plain and not approximate(source, target),
            fix=_fix(target, converted))


def _clock(said: list[Temporal], time: Temporal):
    """"2 hours, 23 minutes 15 seconds (2:25:15)": the time on the clock is not the one said in words."""
    seconds = sum(_seconds(part.value) for part in said)
    if seconds == _seconds(time.value):
        return
    hours, rest = divmod(seconds, 3600)
    clock = f"{hours:.0f}:{rest // 60:02.0f}:{rest % 60:02.0f}"
    yield Hit(span=time.span, text=time.text,
              fields={"source": " ".join(part.text for part in said), "converted": clock, "stated": time.text},
              related=[(part.span, part.text) for part in said],
              fix=Fix(span=time.span, replacement=clock) if ":" in time.text and float(seconds).is_integer() else None)


# the days in a unit of time, least and most
_DAYS = {"H": (1 / 24, 1 / 24), "D": (1, 1), "W": (7, 7), "M": (28, 31), "Y": (365, 366),
         "hour": (1 / 24, 1 / 24), "day": (1, 1), "week": (7, 7), "month": (28, 31), "year": (365, 366)}
_DURATION = re.compile(r"P(?P<n>\d+)(?P<unit>[DWMY])|PT(?P<hours>\d+)H")


def _rate(claim: Rate, total: Quantity, period: Temporal, rate: Quantity, reference: str | None):
    """"about 5,800 last week, or about 934 per day": the count over the period, for each day of it, is not the
    rate said."""
    per = claim.per
    days = _period_days(period, reference)
    if days is None:
        return
    given = Interval.of(total)
    expected = Interval(given.lo * _DAYS[per][0] / days[1], given.hi * _DAYS[per][1] / days[0])
    if expected.overlaps(Interval.of(rate)):
        return
    middle = round(total.value * sum(_DAYS[per]) / sum(days), written_decimals(rate))
    yield Hit(span=rate.span, text=rate.text,
              fields={"source": claim.text.rsplit(" or ", 1)[0].rstrip(", "),  # "1,200 deaths in March"
                      "converted": f"{number(middle, rate, decimals=written_decimals(rate))} a {per}",
                      "stated": rate.text},
              related=[(total.span, total.text), (period.span, period.text)], certain=not approximate(total, rate),
              fix=_fix(rate, middle) if total.unit is None else None)


def _period_days(period: Temporal, reference: str | None) -> tuple[float, float] | None:
    """The least and most days of a period: a date that is over by the reference date ("last week": 7, "in
    March": 31), or a duration ("the past seven days"); none for a period still running ("this year": so
    far, of a length the copy does not give)."""
    if period.type == "DURATION":
        m = _DURATION.fullmatch(period.value)
        if m is None:
            return None
        if m.group("hours"):
            return int(m.group("hours")) / 24, int(m.group("hours")) / 24
        n = int(m.group("n"))
        low, high = _DAYS[m.group("unit")]
        return n * low, n * high
    bounds = dates.bounds(period.value)
    if bounds is None or reference is None or bounds[1] >= dt.date.fromisoformat(reference):
        return None
    days = (bounds[1] - bounds[0]).days + 1
    return days, days


def _seconds(value: str) -> float:
    """The seconds of a time span in ISO 8601 ("PT2H25M15S")."""
    parts = _SPAN_PARTS.fullmatch(value)
    return sum(float(parts.group(unit) or 0) * size for unit, size in (("h", 3600), ("m", 60), ("s", 1)))


def _rounded(q: Quantity) -> Interval:
    """The values a converted figure may have been rounded from: to its last digit ("2,071", "37.8"), or to a
    five of it where that digit is a 5 ("225", "450", "1,500"); a hedged figure keeps its hedge."""
    digits = _DIGITS.search(q.text)
    if q.qualifier or digits is None:
        return Interval.of(q)
    written = digits.group().replace(",", "").lstrip("-−")
    if not float(written):
        return Interval.of(q)
    scale = abs(q.value / float(written))
    whole, _, decimals = written.partition(".")
    step = 10.0 ** -len(decimals) if decimals else 10.0 ** (len(whole) - len(whole.rstrip("0")))
    last = (decimals or whole.rstrip("0"))[-1:]
    half = (2.5 if last == "5" else 0.5) * step * scale
    return Interval(q.value - half, q.value + half)


_SPEEDS = frozenset(["mile / hour", "kilometer / hour", "knot"])


def _speeds(source: Quantity, target: Quantity) -> bool:
    """Wind speeds, which copy takes from the National Hurricane Center as it gives them: each figure rounded to
    a five from knots ("130 mph (215 km/h)" for 115 knots), so either may be the rounded one."""
    return source.unit in _SPEEDS and target.unit in _SPEEDS


def _agrees(source: Quantity, target: Quantity, given: Interval | None = None,
            into: Interval | None = None) -> bool | None:
    """True if some reading of the source (`given`, or its interval) converts into the target's interval
    (`into`, or its own); None if the units do not convert into each other at all (then it is no conversion
    the check can judge)."""
    readings = [(source.unit, target.unit)]
    if source.unit in _DELTA and target.unit in _DELTA:
        readings.append((_DELTA[source.unit], _DELTA[target.unit]))
    if source.unit in _IMPERIAL or target.unit in _IMPERIAL:
        readings.append((_IMPERIAL.get(source.unit, source.unit), _IMPERIAL.get(target.unit, target.unit)))
    given = given or Interval.of(source)
    judged = False
    for a, b in readings:
        lo, hi = convert(given.lo, a, b), convert(given.hi, a, b)
        if lo is None or hi is None:
            continue
        judged = True
        if Interval(lo, hi).overlaps(into or Interval.of(target)):
            return True
    return False if judged else None


def _decimals(converted: float, target: Quantity) -> int:
    """The decimals the target was written with, or as many as two significant digits need when those
    would show nothing ("0.8mm (0.3in)": 0.031 in, not 0.0)."""
    decimals = written_decimals(target)
    if converted and round(converted, decimals) == 0:
        return 1 - math.floor(math.log10(abs(converted)))
    return decimals


def _unit_name(q: Quantity, end: Quantity) -> str:
    """The unit as the copy wrote it after the digits: 'acres', 'feet', '°F'; where it wrote it once,
    after the end of a range ("(0.3 to 0.5in)"), as written there; else the unit's name."""
    return _written_unit(q) or _written_unit(end) or q.unit.replace("_", " ")


def _with_unit(q: Quantity, end: Quantity) -> str:
    """The figure as written, with the unit of its range's end when the copy wrote it only there: "30 C"."""
    return q.text if _written_unit(q) or not _written_unit(end) else f"{q.text} {_written_unit(end)}"


def _written_unit(q: Quantity) -> str:
    """The unit written after the digits, but for "in", which a message would read as a word."""
    digits = _DIGITS.search(q.text)
    written = q.text[digits.end():].strip(" -") if digits else ""
    return "" if written == "in" else written


def _fix(target: Quantity, converted: float) -> Fix | None:
    """Replace the digits in the parentheses by the conversion, rounded as the copy rounded them."""
    digits = _DIGITS.search(target.text)
    if not digits:
        return None
    written = digits.group()
    plain = written.replace(",", "").lstrip("-−")
    decimals = len(plain.split(".")[1]) if "." in plain else 0
    zeros = len(plain) - len(plain.rstrip("0")) if not decimals and len(plain) >= 3 else 0
    value = round(converted, decimals if decimals else -zeros)
    if converted and not value:
        return None  # too small for the digits the copy wrote: the message gives the figure
    if target.value < 0 and written[0].isdigit():
        if value >= 0:
            return None  # "minus 4": the word would have to go too
        value = -value
    replacement = f"{value:,.{decimals}f}" if "," in written or abs(value) < 1000 else f"{value:.{decimals}f}"
    return Fix(span=sub_span(target.span, target.text, digits.start(), digits.end()), replacement=replacement)
