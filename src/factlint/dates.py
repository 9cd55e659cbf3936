"""Dates at the precision they were written: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'."""
from __future__ import annotations

import datetime as dt
import re

DATE_VALUE = re.compile(r"(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?")
DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")  # a value to the day, its year known
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")


def year_of(ref: dt.date, on, way: str | None, first=None, last=None) -> int:
    """The year of a date written without one, `on(year)` being the day it falls on in a year: close to
    the reference date the nearest; else the last on or before it in a past clause, the next on or after
    it in a future one, else the nearest (ties go to the past, as news is). For a month, `first(year)`
    and `last(year)` are its first and last days, `on(year)` the day that stands for it."""
    first, last = first or on, last or on
    candidates = (ref.year - 1, ref.year, ref.year + 1)
    nearest = min(candidates, key=lambda y: (abs((on(y) - ref).days), y > ref.year))
    if abs((on(nearest) - ref).days) <= 45:
        return nearest  # close to the reference date there is no doubt which one is meant
    if way == "past":
        return max(y for y in candidates if first(y) <= ref)
    if way == "future":
        return min(y for y in candidates if last(y) >= ref)
    return nearest


def precision(value: str) -> int:
    """1 for a year, 2 for a month, 3 for a day."""
    return value.count("-") + 1


def truncate(value: str, parts: int) -> str:
    return "-".join(value.split("-")[:parts])


def compare(a: str, b: str) -> int:
    """-1, 0 or 1 comparing two date values at the coarser of their precisions."""
    parts = min(precision(a), precision(b))
    x, y = truncate(a, parts), truncate(b, parts)
    return (x > y) - (x < y)


_PARTS_OF_YEAR = {"SP": "spring", "SU": "summer", "FA": "fall", "WI": "winter", "H1": "the first half of",
                  "H2": "the second half of", "Q1": "the first quarter of", "Q2": "the second quarter of",
                  "Q3": "the third quarter of", "Q4": "the fourth quarter of"}


def spoken(value: str) -> str:
    """'2014' -> '2014', '2014-09' -> 'September 2014', '2014-09-10' -> 'September 10, 2014'; '2023-WI' ->
    'winter 2023', '2023-Q3' -> 'the third quarter of 2023'; any other value as it is."""
    parts = value.split("-")
    if len(parts) == 1:
        return value
    if not parts[1].isdigit():
        return f"{_PARTS_OF_YEAR[parts[1]]} {parts[0]}" if len(parts) == 2 and parts[1] in _PARTS_OF_YEAR else value
    month = MONTH_NAMES[int(parts[1]) - 1]
    return f"{month} {parts[0]}" if len(parts) == 2 else f"{month} {int(parts[2])}, {parts[0]}"


def when(value: str) -> str:
    """'in 2014', 'in September 2014', 'on September 10, 2014'."""
    return ("on " if precision(value) == 3 else "in ") + spoken(value)


def is_date(value: str) -> bool:
    m = DATE_VALUE.fullmatch(value)
    if not m:
        return False
    if m.group(3):
        try:
            dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return False
    return True


def difference(stated: str, actual: str) -> str:
    """How far `stated` lies from `actual`, at the coarser precision: '11 years earlier'."""
    parts = min(precision(stated), precision(actual))
    a, b = truncate(stated, parts), truncate(actual, parts)
    if parts == 1:
        n, unit = int(b) - int(a), "year"
    elif parts == 2:
        (ya, ma), (yb, mb) = map(int, a.split("-")), map(int, b.split("-"))
        n, unit = (yb * 12 + mb) - (ya * 12 + ma), "month"
    else:
        n, unit = (dt.date.fromisoformat(b) - dt.date.fromisoformat(a)).days, "day"
    if n == 0:
        return "the same"
    return f"{abs(n)} {unit}{'s' if abs(n) != 1 else ''} {'earlier' if n > 0 else 'later'}"


_WEEK = re.compile(r"(\d{4})-W(\d{2})")


def bounds(value: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day a date value covers: a day (with or without a time of day: '2024-11-04T22:00',
    '2024-11-04TEV'), an ISO week, a month or a year."""
    value = value.split("T", 1)[0]
    week = _WEEK.fullmatch(value)
    if week:
        monday = dt.date.fromisocalendar(int(week[1]), int(week[2]), 1)
        return monday, monday + dt.timedelta(days=6)
    if not is_date(value):
        return None
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        day = dt.date(*parts)
        return day, day
    if len(parts) == 2:
        first = dt.date(parts[0], parts[1], 1)
        following = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return first, following - dt.timedelta(days=1)
    return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)


def describe(value: str) -> str:
    """A date value for a reader: 'the week of October 14, 2024', 'January 2025', 'December 19, 2024'."""
    week = _WEEK.fullmatch(value)
    if week:
        monday = bounds(value)[0]
        return f"the week of {spoken(monday.isoformat())}"
    return spoken(value)


def readings(value: str, inferred: str | None) -> list[str]:
    """The values a date may have: a day or month whose year was taken from the reference date
    could be in the year either side too; everything else is what it says."""
    if inferred != "year" or len(value) < 7:
        return [value]
    year = int(value[:4])
    out = [f"{y:04d}{value[4:]}" for y in (year, year - 1, year + 1)]
    return [v for v in out if is_date(v)]
