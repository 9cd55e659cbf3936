"""reference-date: an article with relative dates but no date to read them against."""
from __future__ import annotations

from ..claims import NO_REFERENCE_DATE, ClaimSet
from ..facts import FactBase
from . import Hit, NoParameters, kind


@kind("reference-date", fields=("count", "examples"))
def check(claims: ClaimSet, params: NoParameters, facts: FactBase):
    """One note per article whose relative dates went unread for want of a reference date."""
    unread = [u for u in claims.unread if u.reason == NO_REFERENCE_DATE]
    if not unread:
        return
    first = unread[0]
    yield Hit(span=first.span, text=first.text,
              fields={"count": str(len(unread)), "examples": ", ".join(f"'{u.text}'" for u in unread[:3])},
              related=[(u.span, u.text) for u in unread[1:]])
