"""A total shared among a count and said again for each of them: "$12 million in bonuses to its 300
employees, an average of $60,000 each"; "400 murders ... in a city of 2 million, a rate of 20 per 100,000
residents". Read over the skeleton of the sentence (structure.py builds it)."""
from __future__ import annotations

import re

from ..claims import Average, Quantity
from .restatement import key
from .skeleton import APPROX, NOT_Q, Q, Skeleton, add_over

# "$12 million in bonuses to its 300 employees, an average of $60,000 each", "20,000 applications for 500
# places, or 40 per place", "$2.4 million split among 12 winners, or $200,000 apiece"
_SHARED = re.compile(
    rf"{Q('total')}(?:\s+[a-z-]+){{0,4}}?\s+(?:to|for|among|between|across|by|from|in|on|over|split\s+among|shared\s+by)\s+"
    rf"(?:(?:its|their|the|his|her|our|some|about|nearly|more\s+than|last|first|past|final|only|just)\s+){{0,2}}{Q('count')}(?P<gap>{NOT_Q}{{0,40}}?)"
    rf",?\s+(?:(?P<average>an\s+average\s+of|averaging|on\s+average)|or)\s+(?:{APPROX}\s+)?{Q('each')}"
    rf"(?:\s+(?P<apiece>each|apiece|a\s+head|per\s+(?:head|person|capita))\b|\s+(?:[a-z]+\s+)?(?:per|a|an|for\s+each|for\s+every)"
    rf"\s+(?P<per>[a-z]+))?", re.I)
# "400 murders last year, a rate of 20 per 100,000 residents", "3,600 cases, or 300 per 100,000 people"
_PER_BASE = re.compile(
    rf"{Q('total')}(?P<gap>{NOT_Q}{{0,60}}?),?\s+(?:(?:for|yielding|giving)\s+)?(?:(?:an?|its)\s+(?:[a-z]+\s+)?rate\s+of|or|"
    rf"which\s+is)\s+(?:{APPROX}\s+)?"
    rf"{Q('each')}(?:\s+[a-z]+)?\s+(?:per|for\s+every|for\s+each)\s+{Q('base')}", re.I)
_BASES = {1_000.0, 10_000.0, 100_000.0, 1_000_000.0}
_EVERYONE = {"people", "residents", "inhabitants", "population", "persons", "citizens"}
# the population the rate is of: "a city of 2 million", "home to 1.2 million people", "its 45,000 residents",
# "With 2.7 million people,"
_POPULATION = re.compile(
    rf"(?:home\s+to|population\s+of|(?:city|town|country|nation|state|county|province|region|island|district|"
    rf"borough|area)\s+of)\s+(?:{APPROX}\s+)?{Q('pop')}|{Q('pop2')}\s+(?:residents|inhabitants)\b|"
    rf"\bwith\s+(?:{APPROX}\s+)?{Q('pop3')}\s+people\b", re.I)
_POPULATION_REACH = 400  # characters before the count where its population may be told
# the sentence before the rate's own may tell the population when the rate's sentence goes on about the same
# place: "Jackson County has 700,000 residents. It recorded 350 overdose deaths, a rate of 50 per 100,000."
_SAME_PLACE = re.compile(r"\s*(?:It|The\s+(?:city|town|county|state|country|nation|province|region|island|district|"
                         r"borough|area))\b")
# a rate for a part of the people ("among nursing home residents", "of children") or for a time ("a day", "a
# month") is not the total over all of them
_PART_OF_THEM = re.compile(r"\bamong\b|\bof\s+(?:children|adults|women|men|those|people\s+aged|the\s+elderly|"
                           r"students|patients|workers)\b|\b(?:a|per|each|every)\s+(?:day|week|month|year)\b", re.I)
_PER_TIME = re.compile(r"\s+(?:a|an|per|each|every)\s+(?:hour|day|week|month|quarter|year|season)\b", re.I)


def read_averages(ctx, sk: Skeleton) -> None:
    for m in sk.find(_SHARED, "average", " or ", "averaging"):
        total, count, each = sk.at(m, "total"), sk.at(m, "count"), sk.at(m, "each")
        per = (m.group("per") or "").lower()
        said_each = m.group("average") or m.group("apiece") or per and count.noun and key(per) == key(count.noun)
        if (not said_each or total.unit != each.unit or count.unit is not None or not count.noun
                or _PART_OF_THEM.search(m.group("gap")) or _PER_TIME.match(sk.text, m.end("each") + 1)
                or any(q.ordinal for q in (total, count, each))):
            continue
        add_over(ctx, Average, [total, count, each], total=total.id, count=count.id, average=each.id, per=1.0)
    for m in sk.find(_PER_BASE, "per ", "for every", "for each"):
        total, each, base = sk.at(m, "total"), sk.at(m, "each"), sk.at(m, "base")
        if (base.value not in _BASES or base.qualifier or base.noun and base.noun.lower() not in _EVERYONE
                or total.unit is not None or each.unit is not None or _PART_OF_THEM.search(m.group("gap"))):
            continue
        population = _population(sk, sk.starts[total.id])
        if population is not None:
            add_over(ctx, Average, [total, population, each], total=total.id, count=population.id,
                         average=each.id, per=base.value)


def _population(sk: Skeleton, at: int) -> Quantity | None:
    """The one population told in the sentence of `at`, before it, or in the sentence before that when this one
    goes on about the same place."""
    k = sk.sentence(at)
    start = sk.sentences[k][0]
    if k > 0 and _SAME_PLACE.match(sk.text, start):
        start = sk.sentences[k - 1][0]
    start = max(start, at - _POPULATION_REACH)  # a run-on sentence stays linear
    found = [sk.at(m, "pop") or sk.at(m, "pop2") or sk.at(m, "pop3") for m in _POPULATION.finditer(sk.text, start, at)]
    return found[0] if len(found) == 1 and found[0].unit is None else None

