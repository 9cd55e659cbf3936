"""The same counted thing stated twice: counts of the same noun, in clauses about the same event,
the later one referred back to with "the" ("the walkout by 4,300 nurses")."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..claims import Quantity, Restated, Temporal, Weekday
from .context import Context
from .lexicon import NOT_NAMES
from .quantities import CURRENCY_CODES, SCALE_WRITTEN
from .tense import LONGEST_CLAUSE

# Events a count is typically of; a count restated is a count in the same frame.
FRAMES = {
    "strike": r"strik(?:e|es|ing|ers?)|walk(?:ed|ing)?\s*(?:out|off)|walkouts?|stoppages?",
    "job cuts": r"cut(?:s|ting)?|lay\s*offs?|laid\s+off|eliminat\w+|redundanc\w+",
    "deaths": r"kill(?:ed|ing)?|died|dead|deaths?|fatalit\w+",
    "injuries": r"injur\w+|wounded",
    "evacuations": r"evacu(?:at\w+|ees?)",
    "arrests": r"arrest\w*",
    "attendance": r"attend(?:ed|ing|s|ees?|ance)|turnout",
    "rescues": r"rescu(?:e|ed|es|ing|ers?)|surviv(?:ors?|ed|ing)",
    "destruction": r"destroy(?:ed|ing|s)?|destruction|flattened|razed",
    "damage": r"damag(?:e|ed|es|ing)",
    "displacement": r"displac(?:ed|ing|ement)|homeless|evicted",
    "survey": r"survey(?:ed|s)?|poll(?:ed|s)?|respondents|interviewed",
    # the dead or the injured, whichever the count said before was of
    "victims": r"victims?",
    # a workforce is restated only as a whole: "employs 450 workers ... All 450 workers will lose their jobs"
    "employment": r"employ(?:s|ed|ing)?|workforce|(?:lose|lost|losing)\s+(?:their\s+)?jobs",
}
_WHOLE_ONLY = {"employment"}
FRAME_RX = {name: re.compile(rf"\b(?:{pattern})\b", re.I) for name, pattern in FRAMES.items()}
# every frame in one pattern, a group each, so a clause is read once for all of them
_GROUPS = {f"f{i}": name for i, name in enumerate(FRAMES)}
_ANY_FRAME = re.compile("|".join(rf"(?P<f{i}>\b(?:{FRAMES[name]})\b)" for i, name in enumerate(FRAMES)), re.I)
_CLAUSE_END = re.compile(r"[,;:.!?]\s|\n\s*\n|$")
# "the 241 destroyed homes"; "all 540 workers", and "its 540 employees" (all of them: a workforce said again)
_DEFINITE = re.compile(r"\b(?P<all>all\s+(?:of\s+)?)?the\s+(?:[\w-]+\s+){0,2}$|\b(?P<all2>all|its|their)\s+$", re.I)
# "resulted in the deaths of more than 69,000 people": "the" is of the deaths, and the toll is told, not told again
_TOLL_OF = re.compile(r"\bthe\s+(?:deaths?|killings?|evacuations?|arrests?|rescues?)\s+of\s+$", re.I)
_CANDIDATES = 30
_PLACED = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:in|at|from|outside)\s+(?:the\s+)?(?:[A-Z]|(?:north|south|east|west|centre|"
                     r"center)\w*\b)")
_WHOLE_OF_PART = re.compile(r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|all|most|some|many|half))"
                            r"\s+of\s+the\s+(?:[\w-]+\s+){0,2}$", re.I)
_OTHER = re.compile(r"\b(?:other|another|remaining|elsewhere|separate|second|third|fourth|next|previous)\b", re.I)
_NEGATION = re.compile(r"\b(?:not|never|no)\s+(?:[\w-]+\s+)?$|n['’]t\s+(?:[\w-]+\s+)?$", re.I)


# "2,641,043 (2.6 million) visitors", "$1,250,000 ($1.25 million)": a figure and, in brackets, the same figure
# rounded to a scale word
_BRACKET_OPEN = re.compile(r"\s*\(\s*(?:about|approximately|roughly|some|nearly|almost)?\s*$", re.I)
_BRACKET_CLOSE = re.compile(r"\s*\)")


def _rounded_in_brackets(ctx: Context, quantities: list[Quantity]) -> None:
    prose = ctx.prose
    for a, b in zip(quantities, quantities[1:]):
        if ("(" in prose[a.span.end:b.span.start] and a.unit == b.unit and not a.ordinal and not b.ordinal
                and (a.unit is None or a.unit in CURRENCY_CODES)
                and bool(SCALE_WRITTEN.search(a.text)) != bool(SCALE_WRITTEN.search(b.text))
                and _BRACKET_OPEN.fullmatch(prose, a.span.end, b.span.start) and _BRACKET_CLOSE.match(prose, b.span.end)):
            ctx.add(Restated, a.span.start, b.span.end, first=a.id, second=b.id, frame="the same figure, in brackets")


# a sum of money named by what it pays for: "a $4.2 billion budget", "the $1.2 trillion infrastructure bill"
_PRICED = re.compile(r"[ \t]+((?:[a-z][a-z-]*[ \t]+){0,2}?)(budget|bill|package|loan|settlement|contract|bailout|"
                     r"stimulus|fine|penalty|payout|verdict|grant|deficit|surplus|acquisition|takeover|merger|"
                     r"bond|levy|renovation|expansion)s?\b")
_THE = re.compile(r"\b(?:the|its|their|this)\s+$", re.I)
# a sentence that tells of another version of the sum ("the House version"), of a change to it, or of a sum of
# another year; a sum that is someone's ("the Senate's $1.7 trillion bill", "the mayor's $4.4 billion budget")
_VERSION = re.compile(r"\b(?:propos\w*|original(?:ly)?|revis\w*|initial(?:ly)?|final|earlier|amend\w*|new|counter\w*|"
                      r"competing|rival|version|previous|current|last|next|other|another|separate|second|smaller|"
                      r"larger|bigger|down|up|from|compared|cut|raised|increased|reduced|trimmed|slashed)\b", re.I)
_WHOSE = re.compile(r"['’]s\s+$")
# the chambers a bill may pass, each with its own version of it: "The House passed a $1.9 trillion bill. The
# Senate passed the $1.7 trillion bill."
_CHAMBER = re.compile(r"\b(?:Senate|House|Assembly|Commons|Lords|Bundestag|Parliament|Congress)\b")


def _around(ctx: Context, q: Quantity) -> tuple[int, int]:
    """The sentence of a figure, no more than LONGEST_CLAUSE either side of it: a run-on sentence stays linear."""
    return (max(ctx.sentence_start(q.span.start), q.span.start - LONGEST_CLAUSE),
            min(ctx.sentence_end(q.span.start), q.span.end + LONGEST_CLAUSE))


def _money_restated(ctx: Context, money: list[Quantity], dated: list, dated_starts: list[int]) -> None:
    """"The council approved a $4.2 billion budget on Tuesday. ... The $4.4 billion budget includes": a sum
    named by what it pays for, then "the" sum of the same name (read against the one named last), in sentences
    that tell of no other version of it (proposed, revised, the Senate's, passed by another chamber), of no
    change to it, and of no other year."""
    prose = ctx.prose
    named: dict[tuple[str, str], Quantity] = {}  # (currency, what it pays for): the sum so named last
    for q in money:
        priced = _PRICED.match(prose, q.span.end)
        if not priced or q.ordinal:
            continue
        name = (q.unit, priced.group(2))
        first = named.get(name)
        named[name] = q  # each sum is read against the one named before it
        if first is None or not _THE.search(prose, max(0, q.span.start - 6), q.span.start):
            continue
        sentences = [_around(ctx, c) for c in (first, q)]
        if sentences[0] == sentences[1] or any(_VERSION.search(prose, *bounds) for bounds in sentences) or any(
                _WHOSE.search(prose, max(0, c.span.start - 12), c.span.start) for c in (first, q)):
            continue
        chambers = [set(_CHAMBER.findall(prose, *bounds)) for bounds in sentences]
        if all(chambers) and chambers[0] != chambers[1]:
            continue
        kinds = {(_PRICED.match(prose, c.span.end).group(1) or "").strip() for c in (first, q)}
        if len(kinds - {""}) > 1:
            continue  # "a $2 billion capital budget ... the $1 billion operating budget": two budgets
        years = [_years(_dates(dated, dated_starts, *bounds)) for bounds in sentences]
        if all(years) and years[0] != years[1]:
            continue
        ctx.add(Restated, first.span.start, q.span.end, first=first.id, second=q.id, frame=f"the {name[1]}")


# a person's age, with the name it is given to: "John Smith, 45,", "Lee, who is 55,", "the 47-year-old Smith",
# "the 47-year-old actor Tom Hanks"
_NAME = r"[A-Z][a-z][\w'’-]*"
_NAMED_AGE = re.compile(rf"(?P<name>(?:{_NAME}\s+){{0,2}}{_NAME}),\s*(?P<said>who\s+is\s+|aged\s+)?$")
_AGE_OF_NAME = re.compile(rf"-year-old\s+(?:[a-z]+\s+){{0,2}}?(?P<name>(?:{_NAME}\s+)?{_NAME})\b(?![\w'’-])")
_TITLES = frozenset("Mr Mrs Ms Dr Mayor President Gov Governor Sen Senator Rep Judge Officer Chief Coach Captain "
                    "Sergeant Sgt Lt Prime Minister Secretary General Former Police Said Says".split())


def _named(prose: str, q: Quantity) -> tuple[str, str | None] | None:
    """(surname, full name or None) of the person an age is given to, when it is written beside a name."""
    before = _NAMED_AGE.search(prose, max(0, q.span.start - 50), q.span.start)
    # "Smith, 45," read as an age (not "Woods, 68," a golf score), or said to be one ("Lee, who is 55,")
    if before and prose.startswith(",", q.span.end) and (q.unit == "year" or before.group("said")):
        words = before.group("name").split()
    elif (after := _AGE_OF_NAME.match(prose, q.span.end)) is not None:
        words = after.group("name").split()
    else:
        return None
    words = [w for w in words if w not in _TITLES]
    if not words or words[-1] in NOT_NAMES or words[0] in NOT_NAMES:
        return None
    return words[-1], " ".join(words[-2:]) if len(words) > 1 else None


def _ages_restated(ctx: Context, quantities: list[Quantity], dated: list, dated_starts: list[int]) -> None:
    """"John Smith, 45, was arrested ... the 47-year-old Smith": one person given two ages. A surname alone
    stands for the full name it was given with, when the copy names one person of that surname; an age in a
    sentence that tells of another year ("In 1990, Smith, 45,") is of that year, and is left out."""
    prose = ctx.prose
    ages: list[tuple[Quantity, str, str | None]] = []
    for q in quantities:
        if q.ordinal or q.unit not in (None, "year") or q.qualifier or not 1 <= q.value < 120 or q.value != int(q.value):
            continue
        named = _named(prose, q)
        if named and not any(getattr(d, "value", "")[:4].isdigit() and not getattr(d, "inferred", None)
                             for d in _dates(dated, dated_starts, *_around(ctx, q))):
            ages.append((q, *named))
    full_names: dict[str, set[str]] = {}
    for _, surname, full in ages:
        if full:
            full_names.setdefault(surname, set()).add(full)
    last: dict[str, Quantity] = {}  # each person's age as last given: each is read against the one before
    for q, surname, full in ages:
        if len(full_names.get(surname, ())) > 1:
            continue  # "John Smith, 45, and his son, Mark Smith, 20": which Smith is "Smith"?
        a = last.get(surname)
        last[surname] = q
        if a is not None:
            ctx.add(Restated, a.span.start, q.span.end, first=a.id, second=q.id, frame=f"the age of {surname}")


def read_restatements(ctx: Context) -> None:
    prose = ctx.prose
    quantities = sorted((c for c in ctx.claims if isinstance(c, Quantity)), key=lambda q: q.span.start)
    _rounded_in_brackets(ctx, quantities)
    # dates read or left unread alike tell which occasion a count is of
    dated = sorted([c for c in ctx.claims if isinstance(c, (Temporal, Weekday))] + ctx.unread, key=lambda d: d.span.start)
    dated_starts = [d.span.start for d in dated]
    _money_restated(ctx, [q for q in quantities if q.unit in CURRENCY_CODES], dated, dated_starts)
    _ages_restated(ctx, quantities, dated, dated_starts)
    counts = [c for c in quantities if c.unit is None and not c.ordinal and c.noun]
    described = []
    for q in counts:
        start, end = clause(prose, q)
        frames = _frames(prose, start, end)
        if frames:
            when = _When(_dates(dated, dated_starts, start, end), True)
            if not when.dates:
                when = _When(_dates(dated, dated_starts, ctx.sentence_start(q.span.start), q.span.start), False)
            described.append((q, key(q.noun), frames, when))
    earlier: dict[str, list] = {}  # the counts described so far, by their key: only those of the same noun are weighed
    for b, key_b, frames_b, when_b in described:
        before = earlier.setdefault(key_b, [])
        before.append((b, frames_b, when_b))
        definite = _DEFINITE.search(prose, max(0, b.span.start - 40), b.span.start)
        if (not definite or _WHOLE_OF_PART.search(prose, max(0, b.span.start - 40), b.span.start)
                or _TOLL_OF.search(prose, max(0, b.span.start - 40), b.span.start)):
            continue  # "103 of the 107 passengers were killed": the 107 are all aboard, not a toll said again
        if _PLACED.match(prose, b.span.end):
            continue  # "Its 300 employees in Ohio", "the 80 destroyed homes in the north": some of them, by where
        whole = bool(definite.group("all") or definite.group("all2"))
        # "all 346 people on board" of another crash is no restatement: "all" alone refers back to a workforce only
        told_before = not definite.group("all2")
        if _OTHER.search(prose, *clause(prose, b)):
            continue  # "the 800 workers at the other plant": another group, not the same one again
        # the nearest few of them: a count is said again within the story, and a run of thousands stays linear
        for a, frames_a, when_a in reversed(before[-_CANDIDATES - 1:-1]):
            shared = frames_a & frames_b if whole else frames_a & frames_b - _WHOLE_ONLY
            shared = shared if told_before else shared & _WHOLE_ONLY
            if shared == {"victims"} or not shared and "victims" in frames_b and told_before:
                # "killed 40 people ... the 35 victims": of the one toll said before, not of "killed 14 and injured 30"
                toll = frames_a & {"deaths", "injuries"}
                shared = toll if len(toll) == 1 else set()
            if shared and not when_a.apart(when_b):
                ctx.add(Restated, a.span.start, b.span.end, first=a.id, second=b.id, frame=f"{key_b} ({min(shared)})")
                break


def _dates(dated: list, starts: list[int], start: int, end: int) -> list:
    """The dates (read or left unread) written from `start` to `end`."""
    return dated[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]


@dataclass(frozen=True)
class _When:
    """The dates that tell which occasion a count is of: its clause's, or where it has none those before it
    in its sentence ("a quake that struck in April 2010, killing nearly 3,000 people": the toll is of April
    2010; a date after the count is more often of something else: "the 1,500 job cuts ... would save $150
    million a year by 2027")."""
    dates: list
    in_clause: bool

    def apart(self, other: _When) -> bool:
        """Whether two counts are of different occasions: their clauses name different dates, or their
        sentences different years (an ongoing strike's "Monday" and "By Wednesday," are one occasion; two
        quakes' April 2010 and May 2008 are two)."""
        if not self.dates or not other.dates:
            return False
        if self.in_clause and other.in_clause:
            return {d.text for d in self.dates} != {d.text for d in other.dates}
        years, others = _years(self.dates), _years(other.dates)
        return bool(years and others) and years.isdisjoint(others)


def _years(dates: list) -> set[str]:
    return {d.value[:4] for d in dates if getattr(d, "value", "")[:4].isdigit()}


def _frames(prose: str, start: int, end: int) -> set[str]:
    """The frames the clause states, not their absence ("did not strike", "weren't killed")."""
    return {_GROUPS[m.lastgroup] for m in _ANY_FRAME.finditer(prose, start, end)
            if not _NEGATION.search(prose, max(start, m.start() - 20), m.start())}


def clause(prose: str, q: Quantity) -> tuple[int, int]:
    low = max(0, q.span.start - LONGEST_CLAUSE)
    start = max(low - 1, *(prose.rfind(mark, low, q.span.start) for mark in (",", ";", ":", ". ", "\n\n")))
    end = _CLAUSE_END.search(prose, q.span.end, q.span.end + LONGEST_CLAUSE)
    return start + 1, end.start()


def key(noun: str) -> str:
    """The head noun, singular, without frame words: "job cuts" and "jobs" are both "job"; a group of
    two is both heads ("passengers and crew members": "passenger+member"), neither one alone."""
    if " and " in noun:
        return "+".join(key(part) for part in noun.split(" and "))
    words = [w.lower() for w in noun.split() if not any(rx.fullmatch(w) for rx in FRAME_RX.values())]
    head = words[-1] if words else noun.split()[-1].lower()
    head = head[:-1] if head.endswith("s") and not head.endswith("ss") else head
    return _PEOPLE.get(head, head)


# people named by what befell them: "12,000 people were evacuated ... the 15,000 evacuees"
_PEOPLE = {"evacuee": "people", "striker": "worker", "attendee": "people", "victim": "people", "employee": "worker"}
