"""Dates at the precision they were written: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'."""
from __future__ import annotations

import datetime as dt
import re

DATE_VALUE = re.compile(r"(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?")
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")


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


def years_between(a: str, b: str) -> int:
    return int(b[:4]) - int(a[:4])


def spoken(value: str) -> str:
    """'2014' -> '2014', '2014-09' -> 'September 2014', '2014-09-10' -> 'September 10, 2014'."""
    parts = value.split("-")
    if len(parts) == 1:
        return value
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
