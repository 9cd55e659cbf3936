"""date-range: a period written from one date to another that ends before it begins ("from November 5, 1972 to
January 7, 1972")."""
from __future__ import annotations

from .. import dates
from ..claims import ClaimSet
from ..facts import FactBase
from . import Hit, NoParameters, kind


@kind("date-range", fields=("start", "end"), consumes=("date-range",))
def check(claims: ClaimSet, params: NoParameters, facts: FactBase):
    """The whole of the end date lies before the start date: both written with their years."""
    by_id = claims.by_id()
    for period in claims.of_kind("date-range"):
        start, end = by_id[period.begins], by_id[period.ends]
        first, last = dates.bounds(start.value), dates.bounds(end.value)
        if first and last and last[1] < first[0]:
            yield Hit(span=period.span, text=period.text,
                      fields={"start": dates.describe(start.value), "end": dates.describe(end.value)},
                      related=[(start.span, start.text), (end.span, end.text)])
