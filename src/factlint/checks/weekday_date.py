"""weekday-date: a weekday written beside a date ("Monday, Nov. 4, 2024") that is not that date's day."""
from __future__ import annotations

from .. import dates
from ..claims import ClaimSet
from ..extract.temporal import weekday_of
from ..facts import FactBase
from . import Hit, NoParameters, kind


@kind("weekday-date", fields=("date", "actual", "stated", "year_note"), consumes=("weekday",))
def check(claims: ClaimSet, params: NoParameters, facts: FactBase):
    """The named weekday is not the calendar day of the date beside it. Certain when the copy gives
    the year; when the year comes from the reference date, a warning (another year could fit)."""
    by_id = claims.by_id()
    for weekday in claims.of_kind("weekday"):
        date = by_id.get(weekday.date) if weekday.date else None
        if date is None or dates.precision(date.value) != 3 or not dates.is_date(date.value):
            continue
        actual = weekday_of(date.value)
        if actual == weekday.day:
            continue
        inferred = date.inferred is not None
        if date.inferred == "relative":  # "today, Wednesday": the day counted from the article's date
            note = f" ('{date.text}' counted from the reference date)"
        else:
            note = f" (year {date.value[:4]} taken from the reference date)" if inferred else ""
        yield Hit(
            span=weekday.span, text=weekday.text,
            fields={"date": dates.spoken(date.value), "actual": actual, "stated": weekday.day, "year_note": note},
            # no fix: the weekday or the date may be the one that is wrong
            related=[(date.span, date.text)], certain=not inferred)
