"""order: events dated in an order the copy itself rules out."""
from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, Field

from .. import dates
from ..claims import ClaimSet, Event
from ..facts import FactBase
from . import Hit, kind


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid")

    sequences: list[tuple[list[str], list[str]]] = Field(
        description="Pairs [verbs before, verbs after]: in one paragraph, an event told with a verb of the "
                    "first list cannot be dated after an event told with a verb of the second.")


@kind("order", Params, fields=("earlier_date", "later", "later_date", "why"), consumes=("event",))
def check(claims: ClaimSet, params: Params, facts: FactBase):
    """A case dismissed before it was filed; a past-perfect event ('had left ... on March 13')
    dated after the event told just before it (March 12)."""
    by_id = claims.by_id()
    events = sorted(claims.of_kind("event"), key=lambda e: e.span.start)
    flagged: set[str] = set()
    for later in events:
        for earlier in events:
            if earlier is later or earlier.paragraph != later.paragraph or earlier.id in flagged:
                continue
            if not (earlier.sentence == later.sentence or _refers_back(later)):
                continue  # in another sentence, only "dismissed the case" is known to be about the same case
            if any(earlier.verb in before and later.verb in after for before, after in params.sequences):
                hit = _out_of_order(by_id, earlier, later, f"'{earlier.verb}' comes before '{later.verb}'")
                if hit:
                    flagged.add(earlier.id)
                    yield hit
    for i, event in enumerate(events):
        if not event.perfect or event.id in flagged:
            continue
        told = next((e for e in reversed(events[:i]) if not e.perfect and event.sentence - e.sentence in (1, 2)), None)
        if told is not None:
            hit = _out_of_order(by_id, event, told, "the past perfect puts it before the events told around it")
            if hit:
                hit.certain = False
                yield hit


def _refers_back(event: Event) -> bool:
    return bool(_DEFINITE.search(event.text))


_DEFINITE = re.compile(r"\b(?:the|it|its|them|their|this|that)\b", re.I)


def _out_of_order(by_id, earlier: Event, later: Event, why: str) -> Hit | None:
    first, second = by_id[earlier.date], by_id[later.date]
    if dates.compare(first.value, second.value) <= 0:
        return None
    return Hit(span=earlier.span, text=earlier.text,
               fields={"earlier_date": dates.describe(first.value), "later": later.text,
                       "later_date": dates.describe(second.value), "why": why},
               related=[(later.span, later.text)], certain=not (first.inferred or second.inferred))
