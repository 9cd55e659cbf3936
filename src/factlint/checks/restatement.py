"""restatement: the same count given twice with values that no rounding or hedge reconciles."""
from __future__ import annotations

from ..claims import ClaimSet
from ..facts import FactBase
from . import Hit, NoParameters, kind
from .arithmetic import Interval, approximate


@kind("restatement", fields=("first", "frame"), consumes=("restated",))
def check(claims: ClaimSet, params: NoParameters, facts: FactBase):
    """"About 4,800 nurses" walked out, then "the walkout by 4,300 nurses"; "cut about 1,200 jobs",
    then "the 1,500 job cuts"."""
    by_id = claims.by_id()
    for restated in claims.of_kind("restated"):
        first, second = by_id[restated.first], by_id[restated.second]
        if Interval.of(first).overlaps(Interval.of(second)):
            continue
        yield Hit(span=second.span, text=second.text, fields={"first": first.text, "frame": restated.frame},
                  related=[(first.span, first.text)], certain=not approximate(first, second))
