"""Interval arithmetic over quantities, and how numbers are written back in messages.

Each quantity stands for the interval its wording allows (written precision and qualifier); a
check flags only when no values in those intervals reconcile the copy."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

from ..claims import Quantity
from ..extract.lexicon import QUALIFIERS
from ..extract.quantities import SCALE_WRITTEN

_TEMPERATURES = {"degree_Celsius", "degree_Fahrenheit"}
_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")
_CURRENCY_SIGNS = {"USD": "$", "EUR": "€", "GBP": "£", "INR": "₹"}
_INDIAN = re.compile(r"\b(?:lakhs?|crores?)\b", re.I)  # a figure written in lakhs and crores, as Indian copy does


@dataclass(frozen=True)
class Interval:
    lo: float
    hi: float

    @classmethod
    def of(cls, q: Quantity) -> Interval:
        floor = -math.inf if q.unit in _TEMPERATURES else 0.0
        return cls(q.low if q.low is not None else floor, q.high if q.high is not None else math.inf)

    @classmethod
    def plain(cls, q: Quantity, temperatures: bool = False) -> Interval:
        """The plain reading: the figure as written, its trailing zeros meant (1,200 is 1,200, $230 million
        is $230 million to the million), decimals still rounded. Hedged figures keep their hedge, and so do
        temperatures unless asked for ("40C" is mostly a rounded reading; "100 degrees Fahrenheit = 37.8
        degrees Celsius" converts the 100 as written)."""
        if q.qualifier or q.unit in _TEMPERATURES and not temperatures:
            return cls.of(q)
        digits = _DIGITS.search(q.text)
        if digits is None:
            return cls.of(q)
        written = digits.group().replace(",", "")
        scale = abs(q.value / float(written)) if float(written) else 1.0  # "minus 4": the sign is the value's
        half = 0.5 * 10.0 ** -len(written.split(".")[1]) * scale if "." in written else (
            0.0 if q.unit is None else 0.5 * scale)
        return cls(q.value - half, q.value + half)

    def __add__(self, other: Interval) -> Interval:
        return Interval(self.lo + other.lo, self.hi + other.hi)

    def overlaps(self, other: Interval, slack: float = 1e-9) -> bool:
        return self.lo <= other.hi + slack and other.lo <= self.hi + slack

    def map(self, fn) -> Interval:
        """Apply an increasing function to both ends."""
        return Interval(fn(self.lo), fn(self.hi))


def ratio(part: Interval, whole: Interval) -> Interval | None:
    """100 * part / whole, for a positive whole."""
    if whole.lo <= 0:
        return None
    return Interval(100 * part.lo / whole.hi, 100 * part.hi / whole.lo)


def relative_change(new: Interval, old: Interval) -> Interval | None:
    """100 * |new - old| / old."""
    if old.lo <= 0:
        return None
    diff = absolute_change(new, old)
    return Interval(100 * diff.lo / old.hi, 100 * diff.hi / old.lo)


def absolute_change(new: Interval, old: Interval) -> Interval:
    lo, hi = new.lo - old.hi, new.hi - old.lo
    if lo <= 0 <= hi:
        return Interval(0.0, max(-lo, hi))
    return Interval(min(abs(lo), abs(hi)), max(abs(lo), abs(hi)))


def approximate(*quantities: Quantity) -> bool:
    """Whether any of the quantities was hedged ('about', 'nearly'): then a verdict is a warning."""
    return any(QUALIFIERS.get(q.qualifier or "") in ("approx", "below") for q in quantities)


def written_decimals(q: Quantity) -> int:
    """The decimal places a figure was written with ('4,485.63': 2, '3.80 percent': 2), so that figures
    reckoned from it are written alike."""
    digits = _DIGITS.search(q.text)
    return len(digits.group().split(".")[1]) if digits and "." in digits.group() else 0




def number(value: float, like: Quantity | None = None, decimals: int | None = None) -> str:
    """A value written for a reader, in the style of the quantity it stands beside."""
    unit = like.unit.split("/")[0] if like and like.unit else None  # "USD/share": money, in dollars
    indian = bool(like and _INDIAN.search(like.text))
    if unit in _CURRENCY_SIGNS or (like and unit and unit.isupper()):
        return _money(value, unit, indian)
    if like and abs(value) >= (1e5 if indian else 1e6) and SCALE_WRITTEN.search(like.text):  # as it was written
        return _scaled(value, indian=indian)
    if decimals is None:
        decimals = 0 if abs(value - round(value)) < 1e-9 else (1 if abs(value) >= 10 else 2)
    text = f"{value:,.{decimals}f}"
    if unit == "percent":
        return text + "%"
    if unit == "percentage point":
        return text + " percentage points"
    return text


def _money(value: float, unit: str | None, indian: bool = False) -> str:
    sign = _CURRENCY_SIGNS.get(unit or "", "")
    suffix = "" if sign else f" {unit}"
    if abs(value) >= (1e5 if indian else 1e6):
        return _scaled(value, sign, suffix, indian)
    return f"{sign}{value:,.2f}".removesuffix(".00") + suffix


_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
_INDIAN_SCALES = ((1e12, "lakh crore"), (1e7, "crore"), (1e5, "lakh"))


def _scaled(value: float, sign: str = "", suffix: str = "", indian: bool = False) -> str:
    """A value of a million or more in the words news writes it with: "$1.2 billion", "281.4 million"; in
    lakhs and crores where the figure beside it was: "₹1,200 crore"."""
    scale, word = next((scale, word) for scale, word in (_INDIAN_SCALES if indian else _SCALES) if abs(value) >= scale)
    return f"{sign}{value / scale:,.2f}".rstrip("0").rstrip(".") + f" {word}{suffix}"
