"""tally: a vote's tally that no vote of its body could have: more votes than the body has seats, parties'
members said to have voted one way who outnumber either side, a majority told that is not the difference of
its figures, the votes needed told in a way neither figure gives, or a measure said to pass with fewer votes
for it than against."""
from __future__ import annotations

from ..claims import ClaimSet
from ..facts import FactBase
from . import Hit, NoParameters, kind


@kind("tally", fields=("why",), consumes=("tally",))
def check(claims: ClaimSet, params: NoParameters, facts: FactBase):
    """"The Senate voted 62-41" (103 votes; the Senate has 100 seats, and a tie broken by the vice-president
    makes 101 only as 51-50); "The House passed the bill 212-220". The seats are the body's on the article's
    date."""
    for tally in claims.of_kind("tally"):
        cast = tally.yeas + tally.nays
        body = facts.bodies.get(tally.body) if tally.body else None
        seats = body.seats_on(claims.reference_date) if body else None
        # a tie broken by one who is not a member adds one vote to a tally that differs by one
        most = seats.count + (1 if body.tie_breaker and abs(tally.yeas - tally.nays) == 1 else 0) if seats else None
        if most is not None and cast > most:
            why = (f"{tally.yeas} + {tally.nays} = {cast} votes, but the {body.name} has {seats.count} seats "
                   f"(source: {seats.source})")
            yield Hit(span=tally.span, text=tally.text, fields={"why": why},
                      related=[(tally.body_span, tally.body_text)])
        elif (side := _group_beyond(tally)) is not None:
            groups = [g for g in tally.groups if g.side == side]
            yield Hit(span=tally.span, text=tally.text,
                      fields={"why": f"{_listed([g.text for g in groups])} voted {side} it, "
                                     f"{sum(g.count for g in groups)} votes, more than either side has"},
                      related=[(g.span, g.text) for g in groups])
        elif tally.majority and tally.majority.votes != abs(tally.yeas - tally.nays):
            told = tally.majority
            yield Hit(span=told.span, text=told.text,
                      fields={"why": f"the tally {tally.text} gives a majority of {abs(tally.yeas - tally.nays)}, "
                                     f"not {told.votes}"},
                      related=[(tally.span, tally.text)])
        elif (why := _threshold_missed(tally)) is not None:
            yield Hit(span=tally.span, text=tally.text, fields={"why": why},
                      related=[(tally.threshold.span, tally.threshold.text)])
        elif tally.passed and tally.yeas < tally.nays:
            yield Hit(span=tally.span, text=tally.text,
                      fields={"why": f"it is said to have passed, with fewer votes for ({tally.yeas}) than "
                                     f"against ({tally.nays})"})


def _group_beyond(tally) -> str | None:
    """The side whose parties' members told come to more than the larger side of the tally: which side is
    the votes for is left open ("rejected 230-205" gives the votes against first), so only more than
    either side could be is flagged."""
    for side in ("for", "against"):
        if sum(g.count for g in tally.groups if g.side == side) > max(tally.yeas, tally.nays):
            return side
    return None


def _threshold_missed(tally) -> str | None:
    """What the votes needed, told with the tally, say that neither of its figures gives: "one vote short of the
    60 needed" is 59; "clearing the 60-vote threshold" needs one side of 60 or more. Either figure may be the
    votes for, as either order is written."""
    told = tally.threshold
    sides = (tally.yeas, tally.nays)
    if told is None:
        return None
    if told.by is not None:
        expected = told.needed + (told.by if told.reached else -told.by)
        if expected in sides:
            return None
        return f"'{told.text}' is {expected} votes, but the tally gives {tally.yeas} and {tally.nays}"
    if told.reached and max(sides) < told.needed:
        return f"'{told.text}', but neither {tally.yeas} nor {tally.nays} reaches {told.needed}"
    return None


def _listed(texts: list[str]) -> str:
    return texts[0] if len(texts) == 1 else ", ".join(texts[:-1]) + " and " + texts[-1]
