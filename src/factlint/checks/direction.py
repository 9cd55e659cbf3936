"""direction: a value said to have risen (or fallen, or to be more or less than another) that the figures say went
the other way: "rose to $40 million from $50 million", "10,815 cases, less than the record 9,791"."""
from __future__ import annotations

from ..claims import ClaimSet
from ..facts import FactBase
from . import Hit, NoParameters, kind
from .arithmetic import Interval


@kind("direction", fields=("word", "first", "second", "actual"), consumes=("comparison",))
def check(claims: ClaimSet, params: NoParameters, facts: FactBase):
    """The first value lies on the other side of the second from the way the words say, at every value both
    could have been rounded from; a warning where only their plain reading does ("rose to 100 from 120")."""
    by_id = claims.by_id()
    for comparison in claims.of_kind("comparison"):
        first, second = by_id[comparison.first], by_id[comparison.second]
        wrong = [_against(comparison.relation, reading(first), reading(second))
                 for reading in (Interval.of, Interval.plain)]
        if any(wrong):
            yield Hit(span=comparison.span, text=comparison.text,
                      fields={"word": comparison.word, "first": first.text, "second": second.text,
                              "actual": "less" if comparison.relation == "more" else "more"},
                      related=[(first.span, first.text), (second.span, second.text)], certain=wrong[0])


def _against(relation: str, first: Interval, second: Interval) -> bool:
    """Whether the first lies wholly on the other side of the second from `relation`."""
    return first.hi < second.lo if relation == "more" else first.lo > second.hi
