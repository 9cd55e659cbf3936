"""office-holder: a person named with an office they did not hold on the article's date."""
from __future__ import annotations

from .. import dates
from ..claims import ClaimSet
from ..facts import FactBase
from . import Hit, NoParameters, kind


@kind("office-holder", fields=("name", "title", "term", "source", "date"), consumes=("office",))
def check(claims: ClaimSet, params: NoParameters, facts: FactBase):
    """"U.N. Secretary-General Ban Ki-moon said on Monday" in 2024: Ban left office at the end of 2016.
    Quiet for 'former', 'then-' and 'ex-', and for a sentence that gives its own date (it may tell of
    the past). Compared at the precision of the holder's dates."""
    today = claims.reference_date
    for claim in claims.of_kind("office"):
        found = facts.holder(claim.holder)
        if found is None or today is None or claim.former or claim.dated:
            continue
        office, terms = found
        if any(dates.compare(today, t.start) >= 0 and (t.until is None or dates.compare(today, t.until) <= 0)
               for t in terms):
            continue
        served = " and ".join(f"from {dates.spoken(t.start)} " + (f"to {dates.spoken(t.until)}" if t.until else "on")
                              for t in terms)
        yield Hit(span=claim.span, text=claim.text,
                  fields={"name": terms[0].name, "title": office.title, "term": served, "source": terms[0].source,
                          "date": today},
                  certain=False)
