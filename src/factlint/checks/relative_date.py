"""relative-date: a relative date ("last week", "next month") that the explicit date beside it contradicts."""
from __future__ import annotations

import datetime as dt
import re

from .. import dates
from ..claims import ClaimSet
from ..facts import FactBase
from ..positions import sub_span
from . import Hit, NoParameters, kind

_LAST_OR_NEXT = re.compile(r"(last|next)\s", re.I)
_WITHIN = 13  # days: "last Sunday" said on a Monday may be the day before or the Sunday before that


@kind("relative-date", fields=("period", "explicit", "date"), consumes=("date-pair", "weekday"))
def check(claims: ClaimSet, params: NoParameters, facts: FactBase):
    """"last week, on Sept. 30" in an article dated Oct. 24; "next month, on May 30" in one dated
    May 15; "last Sunday, May 19" in one dated May 15. A day whose year the copy left out is tried in the
    years either side too."""
    by_id = claims.by_id()
    for weekday in claims.of_kind("weekday"):
        date = by_id.get(weekday.date) if weekday.date else None
        if date is not None and claims.reference_date:
            yield from _last_or_next(weekday, date, dt.date.fromisoformat(claims.reference_date))
    for pair in claims.of_kind("date-pair"):
        relative, explicit = by_id[pair.relative], by_id[pair.explicit]
        period = dates.bounds(relative.value)
        values = dates.readings(explicit.value, explicit.inferred)
        if pair.relation == "not-after" and claims.reference_date:
            # "a ballot that closed on Dec. 19": told in the past, so not a date after the article's
            values = [v for v in values if v <= claims.reference_date]
        days = [d for d in (dates.bounds(v) for v in values) if d]
        if period is None or not days:
            continue
        if pair.relation == "same":
            fits = any(period[0] <= first and last <= period[1] for first, last in days)
        else:
            fits = any(period[0] <= last for _, last in days)
        if fits:
            continue
        yield Hit(span=relative.span, text=relative.text,
                  fields={"period": dates.describe(relative.value), "explicit": explicit.text,
                          "date": dates.describe(explicit.value)},
                  related=[(explicit.span, explicit.text)])


def _last_or_next(weekday, date, reference: dt.date):
    """"last Sunday, May 19" in copy of May 15: a day said to be past (or to come) that the date beside it,
    counted from the article's date, puts on the other side of it, or more than a week and a half away."""
    word = _LAST_OR_NEXT.match(date.text)
    if word is None or not dates.DAY_VALUE.fullmatch(date.value):
        return
    days = (dt.date.fromisoformat(date.value) - reference).days
    last = word.group(1).lower() == "last"
    if (-_WITHIN <= days <= -1) if last else (1 <= days <= _WITHIN):
        return
    step = -1 if last else 1  # the nearest such weekday on that side of the article's date
    nearest = next(reference + dt.timedelta(days=step * n) for n in range(1, 8)
                   if (reference + dt.timedelta(days=step * n)).strftime("%A") == weekday.day)
    end = weekday.span.end - date.span.start
    explicit = date.text[end:].lstrip(" ,")
    yield Hit(span=sub_span(date.span, date.text, 0, end), text=date.text[:end],
              fields={"period": dates.spoken(nearest.isoformat()), "explicit": explicit,
                      "date": dates.spoken(date.value)},
              related=[(date.span, date.text)], certain=date.inferred is None)
