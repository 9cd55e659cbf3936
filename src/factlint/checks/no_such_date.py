"""no-such-date: a day its month does not have ("April 31", "Feb. 29, 2023"): a date mistyped, which no other
check can read."""
from __future__ import annotations

from ..claims import NO_SUCH_DAY, YEAR_FROM_REFERENCE, ClaimSet
from ..facts import FactBase
from . import Hit, NoParameters, kind


@kind("no-such-date", fields=("why",))
def check(claims: ClaimSet, params: NoParameters, facts: FactBase):
    """Each day extraction left unread because its month has no such day; a warning where the year was the
    article's ("Feb. 29" in copy of 2023: the copy may mean a leap year before)."""
    for unread in claims.unread:
        if unread.reason.startswith(NO_SUCH_DAY):
            why = unread.reason.removeprefix(f"{NO_SUCH_DAY}: ")
            yield Hit(span=unread.span, text=unread.text, fields={"why": why},
                      certain=YEAR_FROM_REFERENCE not in why)
