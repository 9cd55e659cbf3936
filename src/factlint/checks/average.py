"""average: a total shared among a count, said again for each of them, that the division does not give."""
from __future__ import annotations

from ..claims import ClaimSet
from ..facts import FactBase
from . import Hit, NoParameters, kind
from .arithmetic import Interval, approximate, number, written_decimals


@kind("average", fields=("total", "count", "expected", "per"), consumes=("average",))
def check(claims: ClaimSet, params: NoParameters, facts: FactBase):
    """"$12 million in bonuses to its 300 employees, an average of $60,000 each" ($40,000); "400 murders in a
    city of 2 million, a rate of 40 per 100,000 residents" (20). Every figure is read with the rounding it was
    written with, so only a share that no reading gives is flagged."""
    by_id = claims.by_id()
    for average in claims.of_kind("average"):
        total, count, each = by_id[average.total], by_id[average.count], by_id[average.average]
        shared, among = Interval.of(total), Interval.of(count)
        if among.lo <= 0:
            continue
        expected = Interval(shared.lo / among.hi * average.per, shared.hi / among.lo * average.per)
        if expected.overlaps(Interval.of(each)):
            continue
        middle = total.value / count.value * average.per
        per = "each" if average.per == 1 else f"per {average.per:,.0f}"
        yield Hit(span=each.span, text=each.text,
                  fields={"total": total.text, "count": count.text, "per": per,
                          "expected": number(round(middle, written_decimals(each)), each,
                                             decimals=written_decimals(each))},
                  related=[(total.span, total.text), (count.span, count.text)],
                  certain=not approximate(total, count, each))
