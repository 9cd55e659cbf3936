"""Anniversaries, ages and numbers of years, tied to the dates they count from and to."""
from __future__ import annotations

import bisect
import re

from ..claims import Elapsed, Mention, Quantity, Temporal
from ..dates import DATE_VALUE, DAY_VALUE
from .context import Context
from .lexicon import ANNIVERSARY_WORDS, NOT_NAMES
from .told import RANGE_JOIN

_START = re.compile(
    r"\b(?:founded|formed|established|opened|launched|signed|signing|joined|created|began|started|set\s+up|"
    r"first\s+held|born|inaugurated|built|incorporated|completed|erected|unveiled|dedicated|elected|election|"
    r"appointed|appointment)\b[^.;]{0,40}?\s(?:in|on)\s+$",
    re.I)
_ANNIVERSARY = re.compile(r"\s+(?:anniversar(?:y|ies)|birthdays?)\b", re.I)
_OF_SUBJECT = re.compile(r"\s+(?:anniversar(?:y|ies)|birthdays?)\s+of\s+(?:the\s+)?", re.I)
# "the 100th anniversary of FIFA's first World Cup" is of something the entity did later
_OF_SOMETHING_ELSE = re.compile(r"['’]s\s+(?!(?:founding|foundation|creation|establishment|birth|opening|launch)\b)", re.I)
_BORN = re.compile(r"\bborn\b[^.;]{0,30}?\s(?:in|on)\s+$", re.I)
_AGE = re.compile(r"-year-old\b|(?P<said>\s+years?\s+old\b)|\s*,\s*(?=(?:who\s+was\s+|was\s+)?born\b)", re.I)
# "90 years old" is the age of what began only when said of it: "which opened in 1937, is now 90 years old",
# "Built in 1937, the bridge is 90 years old"; not "opened in 1990; its oldest teacher is 64 years old"
_SAID_OF_IT = re.compile(r",?\s+(?:and\s+|(?:the|its)\s+[\w-]+(?:\s+[\w-]+)?\s+)?(?:is|was|will\s+be)\s+"
                         r"(?:now\s+|nearly\s+|almost\s+|about\s+|more\s+than\s+|over\s+)?", re.I)
# a verb that is no copula, and the article of its object: "honours a", "hired the"
_OBJECT = re.compile(r"\b(?!(?:is|was|are|were|be|been|being|becomes?|became|remains?|remained|now|still|and|but|"
                     r"as|of|at|in|on|like)\b)[a-z]+\s+(?:a|an|the)\s+$")
_NAMED_AFTER = re.compile(r"-year-old\s+(?:[a-z][\w'’-]*\s+){0,3}")
# the name ends its phrase, so the age is its own ("the 30-year-old search giant Google said"), not that of
# someone it qualifies ("a 30-year-old Google engineer")
_ENDS_PHRASE = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:said|says|has|have|had|is|was|will|would|announced|reported|"
                          r"posted|met|plans|agreed|remains|became)\b")
_IT_BEGAN = re.compile(r"\s*It\s+(?:was\s+)?(?:founded|opened|built|established|created|launched|formed|set\s+up|started|"
                       r"incorporated|inaugurated)\s+(?:in|on)\s+")
_WHEN = re.compile(r",?\s+(?:in\s+|on\s+)?")
_TURNED = re.compile(r"\b(?:turned|turns|turning)\s+$", re.I)  # "who turned 60 last month", "which turns 75"
_YEARS_OF = re.compile(r"\s+of\s+(?:operation|existence|history|service|production|operations)\b", re.I)
_FOR_YEARS = re.compile(r"\b(?:has|have)\s+(?:been\s+)?[a-z]+\b[^.;]{0,60}?\bfor\s+(?:the\s+(?:past|last)\s+)?$", re.I)
_SPAN = re.compile(r"\b(?:(?P<from>from)|between)\s+$", re.I)
_SPAN_END = re.compile(r"\s+(?:until|to|through|till)\b[^.;]{0,50}?$")
_SPAN_AND = re.compile(r"\s+and\b[^.;]{0,50}?$")
_SPAN_AMOUNT = re.compile(r",\s+(?:a\s+(?:span|period)\s+of\s+)?")
_BESIDE = re.compile(r",\s*")
_LATER = re.compile(r"\s+(later|after|before)\b", re.I)
# between the word and the date it is after or before: "after the 1911 heat wave", "later, in 2018"
# or an event told in a few words and dated: "two weeks after his arrest on May 10", "12 years after construction
# began in 1931" (not after a comma: "two weeks after the vote, on Nov. 20" dates what came two weeks after)
_NEXT_DATE = re.compile(r"(?:\s+(?:the|its|their|his|her))?(?:\s+[a-z]+){0,3}?(?:\s+(?:in|on))?\s+|,?\s+(?:in|on)\s+", re.I)


# an event told in a few words before its date ("after launching from the Kennedy Space Center on"), and the
# clause after it, up to its own date ("Nov. 16, NASA's Orion spacecraft on Friday"), which is no date of
# its telling ("May 10, police said on Tuesday")
_EVENT_TOLD = re.compile(r"(?:\s+[\w'’.-]+){1,8}?\s+(?:in|on)\s+")
_MAIN_CLAUSE = re.compile(r",\s+(?![^,;.]*\b(?:said|says|told|announced|reported|added|confirmed)\b)[^,;.]{1,60}?\s(?:in|on)\s+")
# a capitalised word between the entity and the amount may name whoever the amount is about: "the FBI
# Laboratory ... James C. Kopp, a 44-year-old protester"
_OTHER_NAME = re.compile(r"\b[A-Z][a-z]")
# years (and decades); months, weeks and days only between two dates of their sentence
_COUNTED = re.compile(r"P\d+(?:[YMWD]|DE)")
_UNCOUNTED = re.compile(r"the\s+(?:fiscal\s+)?year", re.I)  # "for the year ended Sept. 30": a year's results
_REACH = 240  # characters either side of an amount where its dates and subject are looked for
_CANDIDATES = 30  # the nearest ages beside a name an age at a dated time is weighed against


def read_elapsed(ctx: Context) -> None:
    # counts of years are durations ("26 years"); anniversaries and ages are quantities ("10th", "21")
    quantities = [c for c in ctx.claims if isinstance(c, Quantity)
                  or isinstance(c, Temporal) and c.type == "DURATION" and _COUNTED.fullmatch(c.value)
                  and not _UNCOUNTED.fullmatch(c.text)]
    if not quantities:
        return
    dates = sorted((c for c in ctx.claims if isinstance(c, Temporal) and c.type == "DATE" and c.value[:4].isdigit()),
                   key=lambda c: c.span.start)
    date_starts = [d.span.start for d in dates]
    mentions = sorted((c for c in ctx.claims if isinstance(c, Mention)), key=lambda c: c.span.start)
    mention_starts = [m.span.start for m in mentions]
    prose = ctx.prose
    bounds = ctx.sentences
    # ages written beside a name ("Johnson, 45,"), which an age at a dated time may be read against
    aged = sorted((c for c in quantities if isinstance(c, Quantity) and c.unit == "year" and not c.ordinal
                   and prose.startswith(",", c.span.end) and _NAME_AGED.search(prose, max(0, c.span.start - 40), c.span.start)),
                  key=lambda c: c.span.start)
    aged_starts = [c.span.start for c in aged]

    def near(lo: int, hi: int) -> list[Temporal]:
        """The dates starting in [lo, hi): looked up, so a long run of claims stays linear."""
        return dates[bisect.bisect_left(date_starts, lo):bisect.bisect_left(date_starts, hi)]

    for q in quantities:
        if isinstance(q, Quantity) and (_age_then(ctx, q, near) or _ages_apart(ctx, q, near, aged, aged_starts)):
            continue
        if isinstance(q, Temporal) and _lasting(ctx, q, prose, near(q.span.end, q.span.end + 120)):
            continue
        k = max(0, bisect.bisect_right(ctx.sentence_starts, q.span.start) - 1)
        start, end = max(bounds[k][0], q.span.start - _REACH), min(bounds[k][1], q.span.end + _REACH)
        after = prose[q.span.end:q.span.end + 40]
        turned = isinstance(q, Quantity) and bool(_TURNED.search(prose, max(0, q.span.start - 8), q.span.start))
        if isinstance(q, Temporal) and q.value[-1] != "Y":
            if not _between(ctx, q, prose, near(start, q.span.start), near(q.span.end, end)):
                _span(ctx, q, prose, near(start, q.span.start))
            continue
        if isinstance(q, Temporal):
            if _FOR_YEARS.search(prose, max(start, q.span.start - 100), q.span.start):
                measure = "years"  # "NATO has kept the peace for 75 years": counted to today from its start
                in_sentence = near(start, end)
            elif _YEARS_OF.match(prose, q.span.end):
                measure = "years"
                # "Cerro Alto, which opened in 1999, ... Over its 26 years of operation" may be a sentence on
                in_sentence = near(max(bounds[max(0, k - 1)][0], q.span.start - 2 * _REACH), end)
            else:
                if not _between(ctx, q, prose, near(start, q.span.start), near(q.span.end, end)):
                    _span(ctx, q, prose, near(start, q.span.start))
                continue
        elif q.ordinal and (_ANNIVERSARY.match(after) or " ".join(q.text.lower().split()) in ANNIVERSARY_WORDS):
            measure, in_sentence = "anniversary", near(start, end)
        elif not q.ordinal and q.unit in (None, "year") and (
                (age := _AGE.match(prose, q.span.end)) or turned and not q.noun):
            measure, in_sentence = "age", near(start, end)
            if age and age.group("said"):
                in_sentence = [d for d in in_sentence if _SAID_OF_IT.fullmatch(prose, d.span.end, q.span.start)]
                if not in_sentence and k + 1 < len(bounds) and (it := _IT_BEGAN.match(prose, bounds[k + 1][0])):
                    # "The company is 30 years old today. It was founded in 1983.": the next sentence says when
                    in_sentence = near(it.end(), it.end() + 1)
        elif not q.ordinal and q.unit == "year":
            # any other age ("Born in 1970, Smith, 45,", "Smith, aged 45, was born in 1970") counts from a
            # birth only, not from whatever its sentence says was founded or opened
            measure = "age"
            in_sentence = [d for d in near(start, end) if _BORN.search(prose, max(0, d.span.start - 40), d.span.start)]
        else:
            continue
        # "which turns 100 next year", "marked its centenary last year": the age or the anniversary is reached
        # on the date written after it, not today
        after_end = _ANNIVERSARY.match(prose, q.span.end).end() if measure == "anniversary" and _ANNIVERSARY.match(
            prose, q.span.end) else q.span.end
        when = next((d for d in near(after_end, after_end + 12) if _WHEN.fullmatch(prose, after_end, d.span.start)),
                    None) if turned or measure == "anniversary" else None
        until = when.id if when else None
        measure = "anniversary" if when else measure  # reached on that date: no birthday still to come
        begun = [d for d in in_sentence if _begun(prose, d, q, in_sentence) and d is not when]
        if measure == "age" and _OBJECT.search(prose, max(0, q.span.start - 30), q.span.start):
            # "opened in 1990 to honour a 90-year-old veteran": the age of what a verb acts on, after the date,
            # is not the age of what began then
            begun = [d for d in begun if d.span.start > q.span.start]
        if begun:
            ctx.add(Elapsed, q.span.start, q.span.end, measure=measure, amount=q.id, since=begun[-1].id, until=until)
        elif measure == "anniversary" and (of := _OF_SUBJECT.match(prose, q.span.end)) and (
                (i := bisect.bisect_left(mention_starts, of.end())) < len(mentions) and mention_starts[i] == of.end()
                and not _OF_SOMETHING_ELSE.match(prose, mentions[i].span.end)):
            # "the 75th anniversary of the Golden Gate Bridge", "of NATO's founding": the entity's own start
            ctx.add(Elapsed, q.span.start, q.span.end, measure=measure, amount=q.id, subject=mentions[i].id, until=until)
        else:  # "ESA, which marks its 50th anniversary", "NATO, the 75-year-old alliance": the entity's own start
            subject = mentions[bisect.bisect_left(mention_starts, start):bisect.bisect_left(mention_starts, q.span.start)]
            named = _NAMED_AFTER.match(prose, q.span.end)
            if subject and not _OTHER_NAME.search(prose, subject[-1].span.end, q.span.start):
                ctx.add(Elapsed, q.span.start, q.span.end, measure=measure, amount=q.id, subject=subject[-1].id,
                        until=until)
            elif named and (i := bisect.bisect_left(mention_starts, named.end())) < len(mentions) and (
                    mention_starts[i] == named.end()) and _ENDS_PHRASE.match(prose, mentions[i].span.end):
                # "the 30-year-old search giant Google": the age of what the phrase goes on to name
                ctx.add(Elapsed, q.span.start, q.span.end, measure=measure, amount=q.id, subject=mentions[i].id,
                        until=until)


# an age at a time told in a clause: "He was 17 when he joined the army in 1942", and a birth in the sentence or
# the one either side of it ("he was born in 1921")
_WAS = re.compile(r"\b(?:was|were|aged)\s+$", re.I)
_FIRST_WORD = re.compile(r"\s*[\"“]?(\w+)")
_WHEN_CLAUSE = re.compile(r"(?:\s+years?\s+old)?,?\s+when\b[^.;:]{0,80}?\s(?:in|on)\s+", re.I)


def _age_then(ctx: Context, q: Quantity, near) -> bool:
    """Read an age at a dated time ("was 17 when he joined the army in 1942") against a birth told near it."""
    prose = ctx.prose
    if q.ordinal or q.unit not in (None, "year") or not _WAS.search(prose, max(0, q.span.start - 8), q.span.start):
        return False
    when = _WHEN_CLAUSE.match(prose, q.span.end)
    until = next(iter(near(when.end(), when.end() + 1)), None) if when else None
    if until is None:
        return False
    k = max(0, bisect.bisect_right(ctx.sentence_starts, q.span.start) - 1)
    # the sentence, and one either side told of the same subject ("She was 30 when ... She was born in 1960")
    subject = _FIRST_WORD.match(prose, ctx.sentences[k][0])
    told = [j for j in (k - 1, k, k + 1) if 0 <= j < len(ctx.sentences) and (j == k or subject and (
        other := _FIRST_WORD.match(prose, ctx.sentences[j][0])) and other.group(1).lower() == subject.group(1).lower())]
    born = [d for j in told for d in near(*ctx.sentences[j])
            if _BORN.search(prose, max(0, d.span.start - 40), d.span.start)]
    if len(born) != 1:
        return False  # no birth told, or two people's
    ctx.add(Elapsed, q.span.start, q.span.end, measure="age", amount=q.id, since=born[0].id, until=until.id)
    return True


# an age at a dated time, the date beside it ("was elected in 2001 at the age of 29", "In 1990, aged 30,"), against
# the age the sentence gives its subject now ("Johnson, 45, was elected in 2001 at the age of 29")
_AT_AGE = re.compile(r"\b(?:at\s+(?:the\s+)?age\s+(?:of\s+)?|aged\s+)$", re.I)
_DATE_AT_AGE = re.compile(r",?\s+(?:at\s+(?:the\s+)?age\s+(?:of\s+)?)|,\s+aged\s+", re.I)
_AGE_DATE = re.compile(r",?\s+in\s+")
_NAME_AGED = re.compile(r"[A-Z][\w'’.-]*,\s*$")
_SUBJECT = re.compile(r"\s*(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?([A-Z][a-z][\w'’-]*)\s+[a-z]")
# someone else the sentence may speak of between the two ages: "Johnson, 45, said his father ...", "said Smith
# was", "and Smith were" (a place is no one: "moved to Paris in 1990, aged 30")
_SOMEONE_ELSE = re.compile(r"\b(?:his|her|their|whose|my|our|said|says|told|recalled|according|were)\b|"
                           r"\b(?:and|with)\s+[A-Z]|\b(?:a|an|the)\s+(?:[a-z]+\s+)?(?:wom[ae]n|m[ae]n|boys?|girls?|"
                           r"sons?|daughters?|wife|husband|mother|father|child(?:ren)?|friends?|players?|students?|"
                           r"teenagers?|persons?|people|patients?|workers?)\b")


def _ages_apart(ctx: Context, q: Quantity, near, aged: list[Quantity], aged_starts: list[int]) -> bool:
    """Read an age at a dated time against the age its sentence gives the same person now, when the sentence
    has that one date near it: the years between the two ages are the years between the date and the
    article's. `aged` are the ages written beside a name ("Johnson, 45,"), in order."""
    prose = ctx.prose
    if q.ordinal or q.unit not in (None, "year") or not _AT_AGE.search(prose, max(0, q.span.start - 20), q.span.start):
        return False
    k = max(0, bisect.bisect_right(ctx.sentence_starts, q.span.start) - 1)
    first, last = ctx.sentences[k]
    low, high = max(first, q.span.start - _REACH), min(last, q.span.end + _REACH)  # a run-on sentence stays linear
    told = near(low, high)
    if len(told) != 1 or told[0].inferred:
        return False
    date = told[0]
    if not (_DATE_AT_AGE.fullmatch(prose, date.span.end, q.span.start)
            or _AGE_DATE.fullmatch(prose, q.span.end, date.span.start)):
        return False
    i = bisect.bisect_left(aged_starts, q.span.start)
    nearest = aged[max(0, i - _CANDIDATES):i]
    now = [c for c in nearest if c.span.start >= low]
    if not now and low == first and (subject := _SUBJECT.match(prose, first)) and subject.group(1) not in NOT_NAMES:
        # "Paul Allen, 65, got his start ... Allen co-founded Microsoft in 1975 at the age of 22": the sentence
        # opens on the name given the age before, the last time it was given one
        now = [c for c in nearest if prose.endswith(f"{subject.group(1)}, ", 0, c.span.start)][-1:]
        if now:
            j = bisect.bisect_right(ctx.sentence_starts, now[0].span.start) - 1
            around = max(ctx.sentences[j][0], now[0].span.start - _REACH), min(ctx.sentences[j][1], now[0].span.end + _REACH)
            if any(not d.inferred for d in near(*around)):
                return False  # "In 1990, Allen, 37, bought the team": an age in a sentence of its own year
    if len(now) != 1 or _SOMEONE_ELSE.search(prose, max(low, now[0].span.end), q.span.start):
        return False
    ctx.add(Elapsed, q.span.start, q.span.end, measure="age", amount=q.id, age_now=now[0].id, until=date.id)
    return True


def _begun(prose: str, date: Temporal, amount: Quantity | Temporal, others: list[Temporal]) -> bool:
    """Whether a start verb governs the date: "opened in 1937"; not "opened in 1937, marked its 76th
    anniversary on Sunday", where the amount and another date stand between the verb and the date."""
    low = max(0, date.span.start - 60)
    verb = _START.search(prose, low, date.span.start)
    if verb is None:
        return False
    return not any(verb.start() <= c.span.start < date.span.start for c in (amount, *others) if c is not date)


def _between(ctx: Context, q: Temporal, prose: str, before: list[Temporal], after: list[Temporal]) -> bool:
    """"in 1990, 69 years after the 1911 heat wave", "closed in 2018, 78 years later", "in 1911, 79 years
    before the 1990 one": a number of years, as written (no "more than"), between two dates near it in
    its sentence. A "later" with more than one date before its end names no one start, and is left alone."""
    word = _LATER.match(prose, q.span.end)
    if not word or q.mod:
        return False
    follows = after[0] if after and _NEXT_DATE.fullmatch(prose[word.end():after[0].span.start]) else None
    # the date the amount is set beside, which it is the time of: "closed in 2018, 78 years later" (not
    # "married in 1955 and, 20 years later, divorced")
    beside = before[-1] if before and _BESIDE.fullmatch(prose[before[-1].span.end:q.span.start]) else None
    since = until = None
    match word.group(1).lower():
        case "after":
            since, until = follows, beside
            if beside is None and not before and after and not prose[ctx.sentence_start(q.span.start):q.span.start].strip():
                since, until = _leading(prose, word.end(), after)
        case "before":
            since, until = beside, follows
        case _:  # "later": the end is the date beside it, or one right after ("78 years later, in 2018")
            until = follows or beside
            starts = [d for d in before if until and d.span.end <= until.span.start]
            since = starts[0] if len(starts) == 1 else None
    if since is None or until is None or since.value[:4] > until.value[:4]:
        return False
    if since.inferred == until.inferred == "relative":
        return False  # "free for the winter ... still free today, 100 years later": both read from today's date
    return _counted(ctx, q, since, until)


def _counted(ctx: Context, q: Temporal, since: Temporal, until: Temporal) -> bool:
    """Record the duration as counted from one date to the other, when both are written as finely as it
    counts: years between any two dates, months between months ("from March 2020 to June 2022"), weeks and
    days between days ("Oct. 20, 16 days before the Nov. 5 election")."""
    unit = q.value[-1]
    if unit in "WD" and not (DAY_VALUE.fullmatch(since.value) and DAY_VALUE.fullmatch(until.value)):
        return False
    if unit == "M" and not all((m := DATE_VALUE.fullmatch(d.value)) and m.group(2) for d in (since, until)):
        return False
    measure = {"W": "days", "D": "days", "M": "months"}.get(unit, "years")
    ctx.add(Elapsed, q.span.start, q.span.end, measure=measure, amount=q.id, since=since.id, until=until.id)
    return True


def _leading(prose: str, pos: int, after: list[Temporal]) -> tuple[Temporal | None, Temporal | None]:
    """"Twelve days after launching from the Kennedy Space Center on Nov. 16, Orion on Friday entered
    orbit": a sentence that opens on the span counts from the date of the event it names to the date of
    the clause after the comma."""
    first = after[0]
    if not _EVENT_TOLD.fullmatch(prose, pos, first.span.start) or len(after) < 2:
        return None, None
    then = after[1]
    return (first, then) if _MAIN_CLAUSE.fullmatch(prose, first.span.end, then.span.start) else (None, None)


def _span(ctx: Context, q: Temporal, prose: str, earlier: list[Temporal]) -> None:
    """"from 1976 until the plant closed in 2018, a span of 42 years": the date right before the
    duration ends the span, an earlier one after "from" begins it."""
    if len(earlier) < 2 or not _SPAN_AMOUNT.fullmatch(prose[earlier[-1].span.end:q.span.start]):
        return
    last = earlier[-1]
    for first in reversed(earlier[:-1]):
        opens = _SPAN.search(prose, max(0, first.span.start - 10), first.span.start)
        # "from 1976 until ...", "between 2010 and 2020"
        if opens and (_SPAN_END if opens.group("from") else _SPAN_AND).search(prose, first.span.end, last.span.start):
            _counted(ctx, q, first, last)
            return


# a duration and the period it lasted, told beside it: "for 12 years, from 1998 to 2010", "14 months in prison,
# from January 2019 to March 2020" (a few words, then a comma), "for 12 years from 1998"; or a length told
# as an adjective of what ran then, with a verb of lasting or a noun of time: "The 10-day festival runs from
# Aug. 4 to Aug. 13", "the 12-month period from July 2022 to June 2023"
# (not "the 10-year yield from 2019 to 2020" or "the 10-year note, from 2020 to 2022": a bond's term)
_LASTING = re.compile(r"(?:\s+[A-Za-z][\w'’-]*){0,4}?,\s+(?:from|between)\s+|\s+(?:from|between)\s+")
_LASTING_NAMED = re.compile(
    r"(?:\s+[A-Za-z][\w'’-]*){1,3}?(?:,\s+(?:(?:which|that)\s+)?|\s+(?:(?:which|that)\s+)?)(?:runs?|ran|lasts?|lasted|"
    r"spans?|spanned|stretch(?:es|ed)|(?:is\s+|was\s+|will\s+be\s+)?held|(?:is|was|will\s+be)\s+open|takes\s+place|"
    r"took\s+place)\s+(?:(?:from|between)\s+)?|\s+(?:period|span|stretch|spell|stint|term)\s+(?:from|between)\s+")
_ADJECTIVE = re.compile(r"-[a-z]+$")  # "10-day", not "twenty-five years"


def _lasting(ctx: Context, q: Temporal, prose: str, after: list[Temporal]) -> bool:
    """A duration ("12 years", "10-day") and the period right after it, from one date to another."""
    if q.mod or len(after) < 2:
        return False
    first, last = after[0], after[1]
    opener = _LASTING_NAMED if _ADJECTIVE.search(q.text) else _LASTING
    if not (opener.fullmatch(prose, q.span.end, first.span.start)
            and RANGE_JOIN.fullmatch(prose, first.span.end, last.span.start)):
        return False
    if "relative" in (first.inferred, last.inferred) or (first.inferred == "weekday") != (last.inferred == "weekday"):
        return False  # "today", "next month"; a weekday to a date: no period to count
    return _counted(ctx, q, first, last)
