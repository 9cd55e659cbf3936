"""Time zones as news copy writes them beside a time of day ("4 p.m. EDT", "2000 GMT"), with their offsets
from UTC, so a time said again in another zone can be checked. Offsets are those of the IANA time zone
database's abbreviations (https://www.iana.org/time-zones). An abbreviation that names two zones in English
copy is left out: CST (U.S. Central or China), IST (India, Ireland or Israel)."""
from __future__ import annotations

import datetime as dt

# fixed offsets, in minutes east of UTC
_FIXED = {
    "GMT": 0, "UTC": 0, "BST": 60, "CET": 60, "CEST": 120, "EET": 120, "EEST": 180, "MSK": 180,
    "SGT": 480, "HKT": 480, "JST": 540, "KST": 540, "AEST": 600, "AEDT": 660,
    "EST": -300, "EDT": -240, "CDT": -300, "MST": -420, "MDT": -360, "PST": -480, "PDT": -420,
    "AKST": -540, "AKDT": -480, "HST": -600,
}
# U.S. zones named without saying standard or daylight time ("ET"): their standard offsets, an hour more
# while daylight saving time is in force
_GENERIC = {"ET": -300, "CT": -360, "MT": -420, "PT": -480}

# longest first, so that "EDT" is not read as "ET" and the rest left over
ZONE = "|".join(sorted([*_FIXED, *_GENERIC], key=len, reverse=True))


def utc_offset(zone: str | None, day: str) -> int | None:
    """Minutes east of UTC of `zone` on `day` (YYYY-MM-DD); None for a zone not known, or when the day is
    needed and unknown or falls before U.S. daylight saving time took its rules of 1987."""
    if zone in _FIXED:
        return _FIXED[zone]
    if zone not in _GENERIC:
        return None  # a zone this table does not know (a claim file may name any)
    try:
        date = dt.date.fromisoformat(day)
    except ValueError:
        return None
    if date.year < 1987:
        return None
    return _GENERIC[zone] + (60 if _us_daylight_saving(date) else 0)


def _us_daylight_saving(date: dt.date) -> bool:
    """From the second Sunday of March to the first Sunday of November since 2007; from the first Sunday
    of April to the last Sunday of October from 1987 to 2006 (the Energy Policy Act of 2005). The hour of
    the change is not weighed: a day of change counts as the new time."""
    if date.year >= 2007:
        return _sunday(date.year, 3, 2) <= date < _sunday(date.year, 11, 1)
    return _sunday(date.year, 4, 1) <= date < _last_sunday(date.year, 10)


def _sunday(year: int, month: int, nth: int) -> dt.date:
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(6 - first.weekday()) % 7 + 7 * (nth - 1))


def _last_sunday(year: int, month: int) -> dt.date:
    last = dt.date(year, month + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - 6) % 7)
