"""People named with an office they held: "U.N. Secretary-General Ban Ki-moon", "Ban Ki-moon, the U.N.
secretary-general". Only a title of the holder's own office ties the two."""
from __future__ import annotations

import functools
import re

from ..claims import OfficeHolder, Temporal
from ..facts import FactBase
from .context import Context

_FORMER = r"former|ex-|then-|late|outgoing|onetime|erstwhile"
# the holder in the past perfect tells of a time before the story's: "President Barack Obama had nominated
# Merrick Garland" in 2017
_HAD_DONE = re.compile(r"(?:\s*,[^,.]{1,60},)?,?\s+had\s+(?:(?:already|once|long|earlier|previously)\s+)?"
                       r"(?!to\b)[a-z]+(?:ed|en|wn|ne|t)\b")


@functools.lru_cache(maxsize=1024)
def _title_patterns(titles: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A title of the office written just before a name, and just after it; built once per office."""
    words = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in sorted(titles, key=len, reverse=True))
    return (re.compile(rf"(?:\b(?P<former>{_FORMER})\s*)?\b(?P<title>{words})\s+$", re.I),
            re.compile(rf",\s+(?:the\s+)?(?P<former>{_FORMER}\s*)?(?P<title>{words})\b", re.I))


def read_offices(ctx: Context, facts: FactBase) -> None:
    if not facts.offices:
        return
    prose = ctx.prose
    dates = [c for c in ctx.claims if isinstance(c, Temporal) and c.type == "DATE" and c.inferred is None]
    for start, end, holder_ids, _ in facts.holder_matcher.find(prose, ctx.name_tokens):
        for holder_id in holder_ids:  # a name some held in two offices: the title written beside it decides
            if _read(ctx, facts, holder_id, start, end, dates):
                break


def _read(ctx: Context, facts: FactBase, holder_id: str, start: int, end: int, dates: list[Temporal]) -> bool:
    """Record the name with its office if a title of that office stands right before or after it."""
    prose = ctx.prose
    office = facts.holder(holder_id)[0]
    title_before, title_after = _title_patterns((office.title, *office.titles))
    lead = prose[max(0, start - 80):start]
    before = title_before.search(lead)
    after = title_after.match(prose[end:end + 100])
    if before:
        span_start, span_end, former = start - len(lead) + before.start(), end, bool(before.group("former"))
    elif after:
        span_start, span_end, former = start, end + after.end(), bool(after.group("former"))
    else:
        return False
    sentence = (ctx.sentence_start(start), ctx.sentence_end(start))
    dated = any(sentence[0] <= d.span.start < sentence[1] for d in dates) or bool(_HAD_DONE.match(prose, span_end))
    ctx.add(OfficeHolder, span_start, span_end, office=office.id, holder=holder_id, name=ctx.span(start, end),
            former=former, dated=dated)
    return True
