"""order: events dated in an order the copy itself rules out."""
from __future__ import annotations

import bisect

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
    # the verbs that come before each verb, and each paragraph's events by verb: a later event is set
    # only against the events that could come before it, not against every event of its paragraph
    befores: dict[str, set[str]] = {}
    for before, after in params.sequences:
        for verb in after:
            befores.setdefault(verb, set()).update(before)
    by_verb: dict[tuple[int, str], list] = {}
    for event in events:
        by_verb.setdefault((event.paragraph, event.verb), []).append(event)
    sentences = {key: [e.sentence for e in same] for key, same in by_verb.items()}
    starts = {key: [e.span.start for e in same] for key, same in by_verb.items()}
    for later in events:
        # in another sentence, only "dismissed the case" is known to be about the same case, and only
        # within a few sentences of it
        reach = _SENTENCES if later.refers_back else 0
        candidates = []
        for verb in befores.get(later.verb, ()):
            key = (later.paragraph, verb)
            if key in by_verb:
                lo = bisect.bisect_left(sentences[key], later.sentence - reach)
                hi = bisect.bisect_right(sentences[key], later.sentence + reach)
                # the nearest few either side: a run-on list of events is not set against itself whole
                at = bisect.bisect_left(starts[key], later.span.start, lo, hi)
                candidates += by_verb[key][max(lo, at - _NEAREST):min(hi, at + _NEAREST)]
        for earlier in sorted(candidates, key=lambda e: e.span.start):
            if earlier is later or earlier.id in flagged:
                continue
            hit = _out_of_order(by_id, earlier, later, f"'{earlier.verb}' comes before '{later.verb}'")
            if hit:
                flagged.add(earlier.id)
                yield hit
    for i, event in enumerate(events):
        if not event.perfect or event.id in flagged:
            continue
        told = next((e for e in _back(events, i, event.sentence - 2) if not e.perfect and e.sentence < event.sentence), None)
        if told is not None:
            hit = _out_of_order(by_id, event, told, "the past perfect puts it before the events told around it")
            if hit:
                hit.certain = False
                yield hit


def _back(events: list[Event], i: int, sentence: int):
    """The events before events[i], nearest first, back to those of `sentence`."""
    for j in range(i - 1, -1, -1):
        if events[j].sentence < sentence:
            return
        yield events[j]


_NEAREST = 5  # events of one verb set against a later one, either side of it
_SENTENCES = 10  # how far apart in a paragraph two events told with "the case" can be set against each other




def _out_of_order(by_id, earlier: Event, later: Event, why: str) -> Hit | None:
    first, second = by_id[earlier.date], by_id[later.date]
    if dates.compare(first.value, second.value) <= 0:
        return None
    return Hit(span=earlier.span, text=earlier.text,
               fields={"earlier_date": dates.describe(first.value), "later": later.text,
                       "later_date": dates.describe(second.value), "why": why},
               related=[(later.span, later.text)], certain=not (first.inferred or second.inferred))
