"""after-publication: something told as done on a date after the article's own ("The bridge opened in 2031" in
copy of 2024): most often a year mistyped ("in 2104" for 2014)."""
from __future__ import annotations

import datetime as dt

from .. import dates
from ..claims import ClaimSet
from ..facts import FactBase
from . import Hit, NoParameters, kind


@kind("after-publication", fields=("date", "reference"), consumes=("past-date",))
def check(claims: ClaimSet, params: NoParameters, facts: FactBase):
    """A date of a past tense ("opened in 2031", "In 2970, a quake killed") that begins after the reference date."""
    if not claims.reference_date:
        return
    reference = dt.date.fromisoformat(claims.reference_date)
    by_id = claims.by_id()
    for told in claims.of_kind("past-date"):
        date = by_id[told.date]
        period = dates.bounds(date.value)
        if period and period[0] > reference:
            yield Hit(span=date.span, text=date.text,
                      fields={"date": dates.describe(date.value), "reference": dates.describe(claims.reference_date)})
