"""sum and part-whole: parts that do not add up to their total, and a part larger than its whole."""
from __future__ import annotations

from ..claims import ClaimSet
from ..facts import FactBase
from . import Hit, NoParameters, kind
from .arithmetic import Interval, approximate, number


@kind("sum", fields=("parts", "sum", "total"), consumes=("total",))
def check_sum(claims: ClaimSet, params: NoParameters, facts: FactBase):
    """Stated parts do not add up to their stated total: for a complete breakdown, no values the
    wording allows make the sum equal the total; for parts 'including' only some, they exceed it."""
    by_id = claims.by_id()
    for total_claim in claims.of_kind("total"):
        parts = [by_id[p] for p in total_claim.parts]
        total = by_id[total_claim.total]
        verdicts = [_contradicts(read, total, parts, total_claim.complete) for read in (Interval.of, Interval.plain)]
        if not any(verdicts):
            continue
        yield Hit(
            span=total.span, text=total.text,
            fields={"parts": " + ".join(number(p.value, p) for p in parts),
                    "sum": number(sum(p.value for p in parts), total), "total": total.text},
            related=[(p.span, p.text) for p in parts], certain=verdicts[0] and not approximate(total, *parts))


def _contradicts(read, total, parts, complete: bool) -> bool:
    added = sum((read(p) for p in parts), Interval(0.0, 0.0))
    given = read(total)
    return not added.overlaps(given) if complete else added.lo > given.hi + 1e-9


@kind("part-whole", fields=("part", "whole"), consumes=("subset",))
def check_part_whole(claims: ClaimSet, params: NoParameters, facts: FactBase):
    """A part is larger than the whole it is a part of ("21,300 of them" after "18,640 arrivals")."""
    by_id = claims.by_id()
    for subset in claims.of_kind("subset"):
        part, whole = by_id[subset.part], by_id[subset.whole]
        verdicts = [read(part).lo > read(whole).hi + 1e-9 for read in (Interval.of, Interval.plain)]
        if not any(verdicts):
            continue
        yield Hit(span=part.span, text=part.text, fields={"part": part.text, "whole": whole.text},
                  related=[(whole.span, whole.text)], certain=verdicts[0] and not approximate(part, whole))
