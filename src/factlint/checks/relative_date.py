"""relative-date: a relative date ("last week", "next month") that the explicit date beside it contradicts."""
from __future__ import annotations

from .. import dates
from ..claims import ClaimSet
from ..facts import FactBase
from . import Hit, NoParameters, kind


@kind("relative-date", fields=("period", "explicit", "date"), consumes=("date-pair",))
def check(claims: ClaimSet, params: NoParameters, facts: FactBase):
    """"last week, on Sept. 30" in an article dated Oct. 24; "next month, on May 30" in one dated
    May 15. A day whose year the copy left out is tried in the years either side too."""
    by_id = claims.by_id()
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
