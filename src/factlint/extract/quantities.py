"""Quantities: digits and number words, with the interval their wording allows and what they measure.

The interval honours both the qualifier ("about", "more than") and the precision of the digits:
"1.2 million" is 1.15-1.25 million, "13,100 feet" is 13,050-13,150, "412,806" is exact to the unit.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..claims import Quantity
from .context import DIGITS, Context
from .lexicon import ANNIVERSARY_WORDS, NUMBER_WORDS, ORDINAL_WORDS, QUALIFIER, QUALIFIERS, SCALES, TENS, UNITS, words_value
from .tense import PAST_FORMS
from .units import ATTACHED, unit_after

# A currency written before the figure, as a sign or a code: "$5", "US$5", "A$5", "USD1,700", "RM23.50"
_CURRENCIES = {"$": "USD", "us$": "USD", "$us": "USD", "usd": "USD", "€": "EUR", "eur": "EUR", "£": "GBP",
               "gbp": "GBP", "¥": "JPY", "jpy": "JPY", "a$": "AUD", "$a": "AUD", "aud": "AUD", "c$": "CAD",
               "cad": "CAD", "hk$": "HKD", "hkd": "HKD", "nz$": "NZD", "s$": "SGD", "chf": "CHF", "₹": "INR",
               "rs": "INR", "rs.": "INR", "rm": "MYR", "r$": "BRL", "ps": "GBP", "y=": "JPY"}
# codes are upper case only ("rm" and "rs" are words too); longest first. Wire copy sent as ASCII writes
# "£" as "PS" and "¥" as "Y=" ("PS2.7m", "Y=590 billion"); "PS5" is a console, so "PS" needs two digits.
_CURRENCY = (r"(?:(?-i:US|HK|NZ)[ \t]?\$|(?-i:[ACSR])\$|\$(?-i:US|A)|[$€£¥₹]|(?-i:PS|Y=)"
             r"|(?-i:USD|EUR|GBP|JPY|CHF|AUD|CAD|HKD|RM|Rs\.?)[ \t]?)")
_CURRENCY_BEFORE = re.compile(_CURRENCY + "$")
# "a million dollar house": the singular qualifies a noun
_CURRENCY_WORDS = {"dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "pounds sterling": "GBP",
                   "crowns": "SEK", "kronor": "SEK", "yen": "JPY", "yuan": "CNY", "rupees": "INR", "shekels": "ILS",
                   "roubles": "RUB", "rubles": "RUB", "rand": "ZAR", "naira": "NGN", "ringgit": "MYR", "baht": "THB",
                   "cents": "USD", "cent": "USD"}
_HUNDREDTHS = frozenset(["cents", "cent"])  # "rose 19 cents to $58.24": money, in hundredths of the dollar
CURRENCY_CODES = frozenset(_CURRENCIES.values()) | frozenset(_CURRENCY_WORDS.values()) | {"GBX"}
SHARES = ("percent", "percentage point", "fraction", "times")  # units of a share or a change, not of a thing
NON_PHYSICAL = CURRENCY_CODES | frozenset(SHARES)
# a figure written with its scale as a word or onto its digits: "281.4 million", "$1.5bn", "300m"
SCALE_WRITTEN = re.compile(r"(?<![a-z])(?:thousand|million|billion|trillion|lakhs?|crores?|mn|bn|tn|m|b|k)\b", re.I)
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "k": 1e3, "m": 1e6, "mn": 1e6,
          "bn": 1e9, "tn": 1e12, "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7, "lakh crore": 1e12,
          "lakh crores": 1e12}

# A quantity is read from where its number (or currency sign) starts; the qualifier before it is read
# from the text just before, so the pattern is tried only at those places, not at every character.
_QUALIFIER_BEFORE = re.compile(rf"(?P<qual>(?<![\w~])~|\b(?:{QUALIFIER})(?=\s))\s*$", re.I)  # "~45g": about
_QUANTITY = re.compile(
    rf"(?P<cur>{_CURRENCY})?"
    # digits joined to a letter are a code ("G7", "F-16"), unless the letters are a currency ("USD1,700")
    r"(?P<num>(?(cur)|(?<![\w.,-]))\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]\d)"
    # (or a decimal without its 0: ".001 per cent", "a .45-caliber handgun", "batting .300")
    r"|(?(cur)|(?:(?<![\w.,])(?<![A-Za-z]-)|(?<=minus-)|(?<=\d-for-)|(?<=\d-of-)|(?<=\d-to-)))(?:\d+(?:\.\d+)?|\.\d+)(?![\d])(?!,\d{3})"
    rf"|\b(?:a\s+dozen|(?:{NUMBER_WORDS})\s+dozen|{NUMBER_WORDS})\b)"
    # after the digits: a rank's ending, a scale written onto them ("$1.5bn", "£300m"), a unit written
    # onto them ("278kg", read after), or the end of the word
    rf"(?:(?P<ord>st|nd|rd|th)\b|(?P<abbr>bn|mn|tn|m|k)\b|(?=(?:{ATTACHED}|pc|(?-i:[CFgpW]))(?![A-Za-z0-9]))|\b)"
    # (and India's: a lakh is 100,000, a crore ten million, "₹1.5 lakh crore" 1.5 trillion)
    r"(?:\s+(?P<scale>thousand|million|billion|trillion|lakh\s+crores?|lakhs?|crores?)\b)?"
    r"(?P<pct>\s*%|\s+percent\b|\s+per\s*cent\b|pc\b|\s+percentage\s+points?\b)?",
    re.I,
)
_VAGUE = re.compile(r"\b(?:(?P<times>tens|hundreds)\s+of\s+)?"
                    r"(?P<word>dozens|scores|hundreds|thousands|millions|billions)\s+of\b", re.I)
_VAGUE_STARTS = frozenset("dozens scores hundreds thousands millions billions tens".split())
_VAGUE_RANGE = {"dozens": (12, 120), "scores": (40, 400), "hundreds": (100, 1_000), "thousands": (1_000, 10_000),
                "millions": (1e6, 1e7), "billions": (1e9, 1e10)}
_VAGUE_TIMES = {"tens": 10, "hundreds": 100}  # "tens of thousands", "hundreds of millions"
# "several hundred", "a few thousand": at least two of the scale, fewer than ten
_FEW = re.compile(r"(?:several|few)\s+(?P<scale>hundred|thousand|million|billion)\b", re.I)
_FEW_STARTS = frozenset(["several", "few"])
# Shares written in words, read as a fraction of one (unit "fraction"): "a third of", "two-thirds of the",
# "half the", "one in five", "three out of 10"; and "half a million", a count. A part word is a
# fraction only before what it is a part of, or after a qualifier: "a third term" is a rank.
_PART_WORDS = {"half": 2, "third": 3, "quarter": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
               "ninth": 9, "tenth": 10}
_ONE_TO_TEN = [w for w, n in UNITS.items() if 1 <= n <= 10]
_SMALL_WORDS = "|".join(_ONE_TO_TEN)
_WHOSE = r"(?:of|the|its|their|his|her|our|your|those|these|all)\b"
_FRACTION = re.compile(
    rf"(?P<num>an?|{_SMALL_WORDS})[-\s]+(?P<den>{'|'.join(_PART_WORDS)})(?:s|ves)?\b(?P<whose>(?=\s+{_WHOSE}))?"
    rf"|(?P<half>half)(?:\s+(?P<scale>an?\s+(?:dozen|hundred|thousand|million|billion))\b|(?=\s+{_WHOSE}))"
    # (not the end of a longer number: "Twenty-seven out of 50 states" counts 27 of them)
    rf"|(?<![\w-])(?P<n>{_SMALL_WORDS}|\d{{1,2}})\s+(?:in|out\s+of)\s+(?P<d>{_SMALL_WORDS}|\d{{1,3}})\b"
    r"(?=\s+[a-z])(?!\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b)", re.I)
_FRACTION_STARTS = frozenset(["a", "an", "half", "0", "00", *_ONE_TO_TEN])
# in digits, only before "of" ("9/11" is a date, "24/7" always): "1/16 of a pint", "1⁄32 of a quart"
_DIGIT_FRACTION = re.compile(r"(?<![\w/⁄.,])(?P<n>\d{1,2})[/⁄](?P<d>\d{1,3})(?![\w/⁄])(?=\s+of\b)")
# every share holds a part word, or "in" or "out", a few characters from its start ("seven-eighths", "three out")
_FRACTION_WORDS = (frozenset(["in", "out", "halves", *_PART_WORDS, *(w + "s" for w in _PART_WORDS)]), 8)
_OF_A = re.compile(r"[ \t]+of[ \t]+an?(?:[ \t]+(?:US|U\.S\.|imperial))?(?=[ \t])")
_WHOLE_OF = re.compile(r"(?:\s+of\b)?(?:\s+(?:the|its|their|his|her|our|your|those|these|all)\b)?", re.I)  # always matches
_NOT_A_SHARE = re.compile(r"\b(?:first|second|last|latter|other|better|the)\s+$", re.I)  # "the second half of"
_UP_WORDS = ("up rose rise risen rises rising gained gain gains gaining increased increase increases increasing "
             "climbed climb climbs climbing jumped jump jumps jumping surged surge surges surging soared soar soars "
             "soaring grew grow grows growing added adds higher advanced rallied upward upwards").split()
_DOWN_WORDS = ("down fell fall falls falling fallen dropped drop drops dropping declined decline declines declining "
               "lost loses slipped slips slid sank tumbled tumbling plunged plunge plunging plummeted plummeting "
               "decreased decrease decreasing lower shed sheds dipped eased retreated downward downwards").split() + [
    "closed off", "ended off", "finished off", "was off", "were off"]  # "The Dow closed off 26.92 points"
_BY = r"\s+(?:by\s+)?(?:about\s+|some\s+|nearly\s+)?$"
_UP = re.compile(rf"\b(?:{'|'.join(_UP_WORDS)}){_BY}", re.I)
# "gave up 517 yards", "made up 20%": "up" ending a phrasal verb says no rise
_PHRASAL_UP = frozenset("gave give gives giving made make makes making took take takes picked pick picks ended end "
                        "set signed".split())
_DOWN = re.compile(rf"\b(?:{'|'.join(_DOWN_WORDS)}){_BY}", re.I)
# The words those patterns, and the qualifiers, can end on just before a figure: looked for first, as
# most figures follow none of them and a pattern anchored at its end is tried at every character.
_CHANGE_LAST = tuple({*_UP_WORDS, *_DOWN_WORDS, "by", "about", "some", "nearly"})
# A change named by a noun, before its amount or after it: "an increase of $35 billion", "a 7 percent
# drop". Only for money, shares and counts: "a 30-foot drop", "a fall of 3 metres" are heights.
# ("the fall of 300 soldiers" is no change)
NOUN_UP = "increase|rise|gain|jump|climb|surge|hike|boost"
NOUN_DOWN = "decrease|drop|decline|cut|reduction|slide|slump|plunge|dip"
_CHANGE_OF = re.compile(rf"\b(?:(?P<up>{NOUN_UP})|{NOUN_DOWN})s?\s+of\s+(?:about\s+|some\s+|nearly\s+)?$", re.I)
_CHANGE_NOUN_AFTER = re.compile(rf"[\s-]+(?:(?P<up>{NOUN_UP})|{NOUN_DOWN}|fall)\b", re.I)
# a change done to something, by an amount: "expected to grow sales by 35 per cent", "cut its forecast by $2bn"
_ACTED_BY = re.compile(
    r"\b(?:(?P<up>grow|grows|grew|grown|growing|rais(?:e|es|ed|ing)|boost(?:s|ed|ing)?|increas(?:e|es|ed|ing)|"
    r"lift(?:s|ed|ing)?|hik(?:e|es|ed|ing)|expand(?:s|ed|ing)?)|cut|cuts|cutting|reduc(?:e|es|ed|ing)|"
    r"lower(?:s|ed|ing)?|trim(?:s|med|ming)?|slash(?:es|ed|ing)?|shr(?:ink|inks|ank|unk|inking))"
    r"(?:[ \t]+[\w'’-]+){1,3}?[ \t]+by[ \t]+(?:about[ \t]+|some[ \t]+|nearly[ \t]+)?$", re.I)
_BY_LAST = ("by", "about", "some", "nearly")
# a second change in a list, its verb left out: ", Burlington by 2.6%"
_GAPPED = re.compile(r",[ \t]+(?:and[ \t]+)?(?:[A-Z][\w&.'’-]*[ \t]+){1,3}by[ \t]+$")
# a rate of change compared with what it changed from: "$228 billion (or almost 8 percent) more than receipts in 2014"
_COMPARED_AFTER = re.compile(r"[\s,)]*\s(?:(?P<up>more|higher)|less|lower)\s+than\b", re.I)
_QUALIFIER_LAST = tuple({q.split()[-1] for q in QUALIFIERS})
_PER = re.compile(r"(?:\s+(?:per|a|an)\s+|-an?-)(?P<per>(?:square|sq)\s+[a-z]+|[a-z]+)\b(?!\s+(?:earlier|ago|later|before|after|old|from)\b)", re.I)
_PER_WORDS = {"year", "month", "week", "day", "hour", "minute", "second", "night", "share", "person", "head",
              "barrel", "gallon", "litre", "liter", "tonne", "ton", "pound", "ounce", "kilogram", "kg", "gram",
              "mile", "kilometre", "kilometer", "km", "unit", "capita", "euro", "dollar", "decade", "century",
              "square foot", "square feet", "square metre", "square meter", "square mile", "sq ft", "sq m"}
_ORDINAL = re.compile(r"\b(?P<word>" + "|".join([*ORDINAL_WORDS, *ANNIVERSARY_WORDS]).replace(" ", r"\s+") + r")\b", re.I)
_ORDINAL_STARTS = frozenset([*ORDINAL_WORDS, *(w.split()[0] for w in ANNIVERSARY_WORDS)])
_RESOLUTIONS = frozenset("480 576 720 1080 1440 2160 4320".split())  # "1080p" is a video's lines, not pence
_SIGN_AFTER = re.compile(r"[ \t]?(?P<sign>[€£])")  # "1,200€", "15 €": the sign after the figure, as much of Europe writes it
_CURRENCY_WORD = re.compile(r"\s+(?P<word>" + "|".join(_CURRENCY_WORDS) + r")\b", re.I)
_RANGE_JOIN = re.compile(r"\s*(?:to|-to-|-|–|—|and|or)\s*")
_OR = re.compile(r"\s+or\s+")
_DASHES = ("-", "–", "—")
_NOUN_WORD = re.compile(r"[ \t]+([A-Za-z](?:[\w'’-]|\.(?=\w))*\.?)")
# Past forms after a counted noun are its verb, not part of it: "2,500 troops left", "three people said".
_VERBS = PAST_FORMS | {"left", "found"}
# Words that end the counted noun phrase rather than belong to it.
_STOP = frozenset(
    "a an the of in on at to for from by with and or but than as was were is are be been has have had will would "
    "do does did not can could may might must shall should "
    "that which who whom whose this these those it its their there here then when where while said says "
    "more less fewer over under about per each since until before after during into across between among "
    "up down out off against toward towards without within through via including like than so "
    "he she they we i you him her them us whilst whereas although though because below above behind beyond "
    "near last next worldwide alone overall apiece respectively".split())
# Words that end a counted noun after it, but may stand before it too ("800,000 remaining shares")
_AFTER_NOUN = frozenset("available remaining".split())


@dataclass
class _Read:
    start: int
    end: int
    value: float
    step: float            # the precision of the digits: a written value v stands for v ± step / 2
    qualifier: str | None
    unit: str | None
    ordinal: bool = False
    scaled: float = 1.0
    upper: float | None = None
    counted: int | None = None  # where the counted noun starts, when not right after the number


# A number between two capitalised words is part of a name, not a count ("163 ISIS members" is a count:
# a name goes on in lower case). A weekday, month or title before it does not start a name.
_NAME_BEFORE = re.compile(r"(?<![\w'’])(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
                          r"March|April|May|June|July|August|September|October|November|December|No|Nos|Number)\b)"
                          r"[a-z]?[A-Z][\w-]*(?:['’]s)?[ \t]+$")
_NAME_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")

# Ages: "a 52-year-old", "aged 52", "Smith, 52, said"
_AGE_AFTER = re.compile(r"[-\s]years?-old\b|\s+years?\s+old\b", re.I)
_AGED = re.compile(r"\b(?:aged|age)\s+$", re.I)
_NAME_COMMA = re.compile(r"\b[A-Z][a-z]+,\s+$")


def _is_age(prose: str, start: int, end: int) -> bool:
    if _AGE_AFTER.match(prose, end) or _AGED.search(prose, max(0, start - 10), start):
        return True
    # "Smith, 52, said": a name, then the age between commas
    return prose[end:end + 1] == "," and end - start <= 3 and bool(_NAME_COMMA.search(prose, max(0, start - 30), start))


# A number after a capitalised word within a sentence, followed by no counted noun, names something:
# "the S&P 500 rose", "the FTSE 100 in particular", "in the Big 12.", "Game 7 at", "Lang 20 on loan".
_LABEL_BEFORE = re.compile(r"(?<=[\w,;:] )(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|"
                           r"February|March|April|May|June|July|August|September|October|November|December)\b)"
                           r"[a-z]?[A-Z][\w&-]*[ \t]+$")
# "the iPhone 14's", "S&P 500 +0.3%"
_LABEL_AFTER = re.compile(r"[ \t]*(?:[.,;:!?)\]]|$)|['’]s\b|[ \t]+[+−]\d|[ \t]+(?P<word>[a-z]+)\b")
_LABEL_FOLLOWERS = frozenset("in on at to for from with and or but as that which who is was has".split()) | _VERBS


# A number after a word that names by number is a label: "a category 4 hurricane", "No. 3", "Article 50".
_LABEL_WORDS = frozenset("category level stage phase grade tier type class chapter section article number flight "
                         "route highway interstate gate platform terminal no.".split())
# "one" after these is a pronoun, not a count: "each one", "the same one", "no one"
_PRONOUN_ONE = frozenset("each every no any this that which same another only".split())


def _word_before(prose: str, start: int) -> str:
    """The word written just before `start`, without an opening quote or bracket ("" when none is)."""
    words = prose[max(0, start - 30):start].split()
    return words[-1].lstrip("\"'`‘’“”([") if words and prose[start - 1:start].isspace() else ""


def is_label(prose: str, start: int) -> bool:
    return prose[start - 1:start] == "#" or _word_before(prose, start).lower() in _LABEL_WORDS


def in_name(prose: str, start: int, end: int) -> bool:
    """Whether the number at prose[start:end] is part of a model or a name: "iPhone 11 Pro", "Boeing's
    787 Dreamliner", "the S&P 500 rose"."""
    if _NAME_AFTER.match(prose, end):
        return bool(_NAME_BEFORE.search(prose, max(0, start - 30), start))
    after = _LABEL_AFTER.match(prose, end)
    follower = after.group("word") if after else None
    return bool(after and (not follower or follower in _LABEL_FOLLOWERS or follower.endswith("ed"))
                and _capitalised(_word_before(prose, start)) and _LABEL_BEFORE.search(prose, max(0, start - 30), start))


# A number before a street's name is part of an address: "49 Zorro Ranch Road", "9 E 71st St", "22 Ave Foch"
# ("St" and "Dr" before a name are a saint and a doctor: "2 St Louis teams")
_ADDRESS = re.compile(r"(?:[-–]\d+)?(?:[ \t]+(?:[A-Z][\w'’.]*|\d+(?:st|nd|rd|th))){0,3}?[ \t]+"
                      r"(?:Street|Road|Rd|Avenue|Ave|Boulevard|Blvd|Lane|Drive|Way|Place|Terrace|Crescent|Parkway"
                      r"|(?:St|Dr)(?!\.?[ \t]+[A-Z]))\b")


def in_address(prose: str, end: int) -> bool:
    return bool(_ADDRESS.match(prose, end))


def _capitalised(word: str) -> bool:
    """"Big", "S&P", "iPhone": a word a name can end with."""
    return word[:1].isupper() or word[1:2].isupper()


_CLOCK_AFTER = re.compile(r":\d")
_CLOCK_BEFORE = re.compile(r"\d:$")
_NEGATIVE = re.compile(r"(?:\b(?:minus|negative)[\s-]+|(?:^|(?<=[\s(\[]))[-−])$", re.I)
_LONGEST = 40  # characters of digits and separators
_NUMBER_STARTS = frozenset([*UNITS, *TENS, *SCALES, "dozen"]) | DIGITS  # the words a number begins with


def read_quantities(ctx: Context) -> None:
    found = _fractions(ctx) + _digit_fractions(ctx) + _few(ctx) + _multiples(ctx)
    found += [q for q in (_read(ctx, m, qual) for m, qual in _matches(ctx)) if q is not None]
    found += _ordinal_words(ctx) + _vague(ctx)
    found.sort(key=lambda q: q.start)
    found = _without_scores(ctx.prose, found)
    for q in found:
        if q.unit == "fraction" and (of := _OF_A.match(ctx.prose, q.end)) and (unit := unit_after(ctx.prose, of.end())):
            q.unit, q.end = unit  # "1/16 of a US pint", "a quarter of a mile": a measure, not a share
    _share_units_in_ranges(ctx.prose, found)
    nouns = [None if (q.unit and q.unit != "fraction") or q.ordinal else _noun(ctx.prose, q.start, q.counted or q.end) or (
        _hyphen_noun(ctx.prose, q.end)) or _one_of(ctx.prose, q) for q in found]
    for i in range(len(found) - 2, -1, -1):
        joined = _SUSPENDED.match(ctx.prose, found[i].end)
        if nouns[i] is None and joined and joined.end() == found[i + 1].start and nouns[i + 1] and not found[i].unit:
            nouns[i] = nouns[i + 1]  # "four-, five- and six-cylinder engines": each counts cylinders
    gapped = None  # where the last figure with a change ended, and its change
    for i, q in enumerate(found):
        low, high = _interval(q)
        noun = nouns[i]
        if noun is None and q.upper is not None and q.unit is None and i + 1 < len(found) and found[i + 1].value == q.upper:
            noun = nouns[i + 1]  # "between 40 and 50 people": the range counts people
        before = ctx.prose[max(0, q.start - 30):q.start]
        change = "up" if before.endswith("+") else None  # "Dow +0.2%"
        if _ends_with(before, _CHANGE_LAST):
            up = _UP.search(before)
            if up and up.group().split()[0].lower() == "up" and _word_before(before, up.start()).lower() in _PHRASAL_UP:
                up = None
            change = "up" if up else "down" if _DOWN.search(before) else None
        by = _ends_with(before, _BY_LAST)  # both patterns end on "by", perhaps with a hedge: tried only then
        if change is None and by and (acted := _ACTED_BY.search(before)):
            change = "up" if acted.group("up") else "down"  # "grow sales by 35 per cent"
        if change is None and by and gapped and q.start - gapped[0] < 60 and _GAPPED.search(before):
            change = gapped[1]  # "were down 2.3%, Burlington by 2.6%": the verb left out is the last one's
        if change is None and (q.unit is None or q.unit in NON_PHYSICAL) and not q.ordinal:
            named = _CHANGE_OF.search(before) if before.endswith(" ") else None
            named = named or _CHANGE_NOUN_AFTER.match(ctx.prose, q.end)
            if named is None and q.unit == "percent":
                named = _COMPARED_AFTER.match(ctx.prose, q.end)
            change = ("up" if named.group("up") else "down") if named else None
        ctx.add(Quantity, q.start, q.end, value=q.value, low=low, high=high, qualifier=q.qualifier,
                unit=q.unit, noun=noun, ordinal=q.ordinal, change=change, upper=q.upper)
        gapped = (q.end, change) if change else gapped


def _matches(ctx: Context):
    """Each number (digits, or number words) where it starts, with the qualifier written before it."""
    prose, index = ctx.prose, ctx.word_index
    end = 0
    for start, word in sorted((p, key) for key in _NUMBER_STARTS & index.keys() for p, _ in index[key]):
        if start < end:
            continue
        if word in ("dozen", "hundred", "thousand", "million", "billion") and prose[max(0, start - 2):start].lower() == "a ":
            start -= 2  # "a dozen", "a hundred"
        else:
            if start and prose[start - 1] == ".":
                start -= 1  # ".001": the pattern's look behind says whether the dot is a decimal point
            if cur := _CURRENCY_BEFORE.search(prose, max(0, start - 4), start):
                start = cur.start()
        m = _QUANTITY.match(prose, start)
        if m is None:
            continue
        sign = _NEGATIVE.search(prose, max(0, start - 10), start)
        before = sign.start() if sign else start  # "about minus 387 Fahrenheit": the qualifier is before the sign
        lead = prose[max(0, before - 25):before]
        qual = _QUALIFIER_BEFORE.search(prose, max(0, before - 25), before) if _qualified(lead) else None
        end = m.end()
        yield m, qual


def _qualified(lead: str) -> bool:
    """Whether the text before a figure can end in a qualifier: a cheap test before the pattern."""
    return _ends_with(lead, _QUALIFIER_LAST) or "~" in lead[-3:]


def _ends_with(text: str, words: tuple[str, ...]) -> bool:
    """Whether `text` ends with one of the (lower-case) words and then white space: what a pattern that
    ends in white space and the end of the text needs before it can match."""
    return text[-1:].isspace() and text.rstrip().lower().endswith(words)


def _read(ctx: Context, m: re.Match[str], qual: re.Match[str] | None) -> _Read | None:
    num_start, num_end = m.span("num")
    if not ctx.free(num_start, num_end):
        return None
    raw = m.group("num")
    raw = "0" + raw if raw[0] == "." else raw
    if raw[0].isdigit():
        if len(raw) > _LONGEST:
            return None  # no figure in copy has this many digits; left for the account as unread
        value = float(raw.replace(",", ""))
        step = _step(raw)
    else:
        words = raw.lower().split()
        if words[-1] == "dozen":
            value = 12 * (1 if words[0] == "a" else words_value(" ".join(words[:-1])) or 0)
        else:
            value = words_value(raw)
        if not value and value != 0:
            return None
        step = 0.0  # a number in words is a count, exact
    if m.group("ord") and not raw[0].isdigit():
        return None
    if m.group("cur") == "PS" and len(raw) < 2:
        return None  # "PS5": a console, left for the account
    if raw[0].isdigit() and (_CLOCK_AFTER.match(ctx.prose, num_end) or _CLOCK_BEFORE.search(ctx.prose, max(0, num_start - 2), num_start)):
        return None  # "29:21", "a 3:1 ratio": a running time or a reading, no count; left for the account
    if raw[0].isdigit() and not m.group("cur") and not m.group("pct") and (
            in_name(ctx.prose, num_start, m.end()) or is_label(ctx.prose, num_start) or in_address(ctx.prose, num_end)):
        return None  # left for the account; a share is no name ("beat McCain 53 percent to 46 percent")
    if not raw[0].isdigit() and (raw[0].isupper() and _LABEL_BEFORE.search(ctx.prose, max(0, num_start - 30), num_start)
                                 or raw.lower() == "one" and _word_before(ctx.prose, num_start).lower() in _PRONOUN_ONE):
        return None  # "BBC One", "Formula One": a name; "each one": a pronoun
    negative = _NEGATIVE.search(ctx.prose, max(0, num_start - 10), num_start)
    if negative:
        value = -value  # "minus 4°C", "-4°C": the sign is part of the quantity, "(-5C)" a conversion
    metres = None if m.group("cur") or m.group("scale") or m.group("pct") else _metres(ctx.prose, num_start, num_end)
    scale_word = "" if metres else " ".join((m.group("scale") or m.group("abbr") or "").lower().split())
    if m.group("abbr") in ("m", "k") and not m.group("cur") and not metres:
        return None  # "300m" with no currency may be metres, "5k" a race; "$300m" is money, "4.3M" millions
    scale = _SCALE.get(scale_word, 1.0)
    end = m.end()
    unit = None
    if m.group("pct"):
        unit = "percentage point" if "point" in m.group("pct").lower() else "percent"
    elif m.group("cur"):
        unit = _CURRENCIES["".join(m.group("cur").split()).lower()]
    else:
        physical = metres or _primes(ctx.prose, m.end()) or unit_after(ctx.prose, m.end())
        currency = _currency_word(ctx.prose, m.end())
        if physical and not m.group("ord"):
            unit, end = physical
            if unit == "foot" and (inches := _inches(ctx.prose, m.end(), end)):
                ctx.take(end, inches[2])  # "5 feet 11 inches" is one height: its inches are no quantity of their own
                value, step, end = value + inches[0] / 12, inches[1] / 12, inches[2]
        elif currency:
            unit, end, factor = currency
            scale *= factor
        elif sign := _SIGN_AFTER.match(ctx.prose, end):
            unit, end = _CURRENCIES[sign.group("sign")], sign.end()
        elif ctx.prose[end:end + 1] == "p" and raw[-1].isdigit() and not m.group("ord"):
            if raw in _RESOLUTIONS:
                return None  # left for the account: a code
            unit, end = "GBX", end + 1  # "118.5p": pence, as London prices shares (GBX, the market's code)
        elif not m.group("ord") and scale == 1.0 and _is_age(ctx.prose, m.start(), m.end()):
            unit = "year"  # an age: the number stays the claim, "-year-old" is read by the age checks
    per = _PER.match(ctx.prose, end)
    if unit and unit not in ("percent", "percentage point") and per and per.group("per").lower() in _PER_WORDS:
        unit, end = f"{unit}/{' '.join(per.group('per').lower().split())}", per.end()  # "$58.24 per barrel", "$3,500 a month"
    qualifier = " ".join(qual.group("qual").lower().split()) if qual else None
    start = m.start() if not negative or m.group("cur") else negative.start()
    return _Read(start=qual.start() if qual else start, end=end, value=_r(value * scale), step=step * scale, qualifier=qualifier,
                 unit=unit, ordinal=bool(m.group("ord")), scaled=scale)


# Heights are written in feet and inches together: "5 feet 11 inches", "6ft 7in", "the 6-foot-7 forward",
# "6'7\"": one length, in feet, as precise as its inches.
_INCHES = re.compile(r"(?:,?\s+(?:and\s+)?|-)?(?P<n>\d{1,2}(?:\.\d+)?)"
                     r"(?:\s*(?:inches|inch|in(?![\w-])(?!\s+(?:the|a|an)\b))|\s?[\"”″])", re.I)
_INCHES_JOINED = re.compile(r"-(?P<n>\d{1,2})(?:-inch\b)?(?![\w-]|[.,]\d)")  # "6-foot-7"
_PRIMES = re.compile(r"\s?['’′]\s?(?=\d{1,2}(?:\.\d+)?\s?[\"”″])")  # "6'7\"", "5' 11\""


def _primes(prose: str, pos: int) -> tuple[str, int] | None:
    """The feet of a height written with primes ("6'7\""): (foot, where its mark ends)."""
    m = _PRIMES.match(prose, pos)
    return ("foot", m.end()) if m else None


def _inches(prose: str, number_end: int, feet_end: int) -> tuple[float, float, int] | None:
    """The inches written after a number of feet: (inches, their precision, where they end)."""
    m = _INCHES.match(prose, feet_end)
    if m is None and prose[number_end:feet_end].startswith("-"):
        m = _INCHES_JOINED.match(prose, feet_end)
    if m is None or float(m.group("n")) >= 12:
        return None
    return float(m.group("n")), _step(m.group("n")), m.end()


# A figure in metres where a length in feet or inches stands beside it in brackets: "6ft 7in (2.01m)",
# "37m (121ft)", "5 feet 11 inches (1.80 m)". Elsewhere an "m" after a figure may be millions.
_IMPERIAL = r"(?:ft|feet|foot|in|inch|inches|yards?|miles?|[\"”″′])"
_METRE = re.compile(r"[ \t]?m(?![\w-])")
_IMPERIAL_BEFORE = re.compile(rf"(?:{_IMPERIAL}|-(?:foot|ft)-\d{{1,2}})\.?\s*\(\s*$", re.I)
_IMPERIAL_AFTER = re.compile(rf"\s*\(\s*(?:about\s+|around\s+)?\d[\d,.]*\s*{_IMPERIAL}(?![A-Za-z])", re.I)


def _metres(prose: str, start: int, end: int) -> tuple[str, int] | None:
    unit = _METRE.match(prose, end)
    if unit and (_IMPERIAL_BEFORE.search(prose, max(0, start - 12), start) or _IMPERIAL_AFTER.match(prose, unit.end())):
        return "meter", unit.end()
    return None


def _currency_word(prose: str, pos: int) -> tuple[str, int, float] | None:
    """A currency written as a word after a figure: (its code, where the word ends, the factor to the
    currency's unit: "cents" are hundredths of the dollar)."""
    m = _CURRENCY_WORD.match(prose, pos)
    if not m:
        return None
    word = m.group("word").lower()
    return _CURRENCY_WORDS[word], m.end(), 0.01 if word in _HUNDREDTHS else 1.0


def _step(raw: str) -> float:
    """How finely a number was written: '38.7' -> 0.1, '412,806' -> 1, '13,100' -> 100, '2,500' -> 100.
    Trailing zeros of a whole number of three or more digits are read as rounding."""
    digits = raw.replace(",", "")
    if "." in digits:
        return 10.0 ** -len(digits.split(".")[1])
    zeros = len(digits) - len(digits.rstrip("0"))
    if digits.strip("0") == "" or len(digits) < 3:
        return 1.0
    return 10.0 ** zeros


def _fractions(ctx: Context) -> list[_Read]:
    """Shares in words, read first: their number words and part words are not counts or ranks."""
    out = []
    prose = ctx.prose
    for m in ctx.at_words(_FRACTION, _FRACTION_STARTS, near=_FRACTION_WORDS):
        start, end = m.span()
        if not ctx.free(start, end) or (m.group("half") and _NOT_A_SHARE.search(prose, max(0, start - 8), start)):
            continue
        unit = "fraction"
        if m.group("scale"):  # "half a million": a count
            value, unit = 0.5 * (words_value(m.group("scale")) or 0), None
        elif m.group("half"):
            value = 0.5
        elif m.group("den"):
            value = (words_value(m.group("num")) or 1) / _PART_WORDS[m.group("den").lower()]
        else:
            n, d = (float(x) if x.isdigit() else words_value(x) for x in (m.group("n"), m.group("d")))
            if not n or not d or n >= d:
                continue  # "two in one", "5 in 5": not a share
            value = n / d
        lead = prose[max(0, start - 25):start]
        qual = _QUALIFIER_BEFORE.search(prose, max(0, start - 25), start) if _qualified(lead) else None
        if m.group("den") and m.group("whose") is None and qual is None:
            continue  # "a third term" is a rank; "about a third" or "a third of" a share
        ctx.take(start, end)
        out.append(_Read(qual.start() if qual else start, end, value, 0.0,
                         " ".join(qual.group("qual").lower().split()) if qual else None, unit,
                         counted=_WHOLE_OF.match(prose, end).end()))
    return out


def _digit_fractions(ctx: Context) -> list[_Read]:
    """"1/16 of a pint": a share in digits, read before the digits are read as counts."""
    out = []
    for m in ctx.at_words(_DIGIT_FRACTION, frozenset(["0", "00"])):
        n, d = int(m.group("n")), int(m.group("d"))
        if 0 < n < d and ctx.free(m.start(), m.end()):
            ctx.take(m.start(), m.end())
            whole = _WHOLE_OF.match(ctx.prose, m.end()).end()
            out.append(_Read(m.start(), m.end(), n / d, 0.0, None, "fraction", counted=whole))
    return out


def _ordinal_words(ctx: Context) -> list[_Read]:
    out = []
    for m in ctx.at_words(_ORDINAL, _ORDINAL_STARTS):
        if ctx.free(m.start(), m.end()):
            word = " ".join(m.group("word").lower().split())
            out.append(_Read(m.start(), m.end(), float(ORDINAL_WORDS.get(word) or ANNIVERSARY_WORDS[word]), 0.0, None,
                             None, True))
    return out


def _few(ctx: Context) -> list[_Read]:
    """"several hundred people", "a few thousand metres": read before the numbers, whose scale word they hold."""
    out = []
    for m in ctx.at_words(_FEW, _FEW_STARTS):
        start = m.start() - 2 if ctx.prose[max(0, m.start() - 2):m.start()].lower() == "a " else m.start()
        if not ctx.free(start, m.end()):
            continue
        physical = unit_after(ctx.prose, m.end())
        unit, end, factor = (*physical, 1.0) if physical else _currency_word(ctx.prose, m.end()) or (None, m.end(), 1.0)
        scale = (words_value(m.group("scale").lower()) or 1.0) * factor
        ctx.take(start, end)
        out.append(_Read(start, end, 2 * scale, 0.0, "at least", unit, upper=10 * scale))
    return out


# a multiple said in a word: "sales tripled", "double the 500 it received"; the copy's "doubled" allows a tenth
_MULTIPLE = re.compile(r"\b(?:doubled|tripled|trebled|quadrupled|halved|(?:double|triple|treble|quadruple|twice)"
                       r"(?=\s+(?:the|its|their|his|her)\b))\b", re.I)
_MULTIPLE_VALUES = {"doubled": 2, "double": 2, "twice": 2, "tripled": 3, "trebled": 3, "triple": 3, "treble": 3,
                    "quadrupled": 4, "quadruple": 4, "halved": 0.5}
_MULTIPLE_STARTS = frozenset(_MULTIPLE_VALUES)


def _multiples(ctx: Context) -> list[_Read]:
    out = []
    for m in ctx.at_words(_MULTIPLE, _MULTIPLE_STARTS):
        if not ctx.free(m.start(), m.end()):
            continue
        value = float(_MULTIPLE_VALUES[m.group().lower()])
        qual = _QUALIFIER_BEFORE.search(ctx.prose, max(0, m.start() - 25), m.start())
        ctx.take(m.start(), m.end())
        out.append(_Read(qual.start() if qual else m.start(), m.end(), value, value / 10,
                         " ".join(qual.group("qual").lower().split()) if qual else None, "times"))
    return out


def _vague(ctx: Context) -> list[_Read]:
    """"dozens of people", "thousands of homes": counts known only by their order of magnitude."""
    out = []
    for m in ctx.at_words(_VAGUE, _VAGUE_STARTS):
        if ctx.free(m.start(), m.end("word")):
            times = _VAGUE_TIMES.get((m.group("times") or "").lower(), 1)
            low, high = (times * bound for bound in _VAGUE_RANGE[m.group("word").lower()])
            out.append(_Read(m.start(), m.end("word"), float(low), 0.0, "at least", None, upper=float(high),
                             counted=m.end()))  # "millions of Americans" counts Americans
    return out


def _without_scores(prose: str, found: list[_Read]) -> list[_Read]:
    """"won 2-0", "a 5-4 vote", "tied at 89-89": a score or a tally, not a range (a range runs upward);
    both numbers are left for the account."""
    scores: set[int] = set()
    for a, b in zip(found, found[1:]):
        if (prose[a.end:b.start] in ("-", "–") and prose[a.start:a.end].isdigit() and prose[b.start:b.end].isdigit()
                and b.value <= a.value):
            scores |= {a.start, b.start}
    return [q for q in found if q.start not in scores]


def _share_units_in_ranges(prose: str, found: list[_Read]) -> None:
    """In "8 to 10 degrees Celsius", "40-50 million" and "$89 to $93 billion", the first number takes the
    second's unit and scale, in "from 208 pounds to 193" the second the first's; a range ("between 40 and 50", "1 to 1.5") records its upper end on its first number."""
    for i, (a, b) in enumerate(zip(found, found[1:])):
        join = prose[a.end:b.start]
        # the range that `a` ends, if it ends one: "from about 14-18 mpg to 24" goes from its start; a
        # hyphen binds closer than "to", so in "from 24.2 to 33-35 billion" 33 starts a range of its own
        first = found[i - 1] if i and found[i - 1].upper == a.value and _RANGE_JOIN.fullmatch(
            prose[found[i - 1].end:a.start]) and join.strip() not in _DASHES else a
        if _OR.fullmatch(join) and not _guess(a, b):
            continue  # "$525.8 million or $1.65 a share": two figures, no range
        if not a.ordinal and not b.ordinal and _RANGE_JOIN.fullmatch(join):
            if a.unit == "year" and b.unit is None and a.value < b.value < 130 and b.scaled == 1.0:
                b.unit = "year"  # "aged 18 to 34": both ends are ages
            if (a.unit in (None, b.unit) and a.scaled == 1.0 and b.scaled != 1.0 and a.value < 1000
                    and a.value * b.scaled <= 10 * b.value):  # "from $200 to $4 million": dollars
                # "$89 to $93 billion", "1 to 2 thousand", "5 to 10 cents": the first is in the second's scale
                a.value, a.step, a.scaled = a.value * b.scaled, a.step * b.scaled, b.scaled
            shared = a.unit is None  # "by 1 to 1.5 degrees": one amount, a range; "by $43.6 billion to ..." two
            if a.unit is None or (b.unit or "").startswith(a.unit + "/"):
                a.unit = b.unit  # "$62 to $68 per share"
            before = prose[max(0, first.start - 10):first.start]
            if (b.unit is None and a.unit not in (None, "year") and re.search(r"\bfrom\s+$", before, re.I)
                    and not _noun(prose, b.start, b.end)):
                b.unit = a.unit  # "from 208 pounds to 193": the second figure is in the first's unit
            if first is not a:
                continue  # a range's end is not the start of another
            if re.search(r"\bbetween\s+$", before, re.I) or _OR.fullmatch(join) or (
                    a.unit == b.unit and a.value < b.value and re.search(r"to|-|–|—", prose[a.end:b.start])
                    and (shared or not re.search(r"\bby\s+$", before))  # "increased by $43.6 billion to $419.2 billion"
                    and (a.scaled < 1) == (b.scaled < 1)):  # "up 10.4 cents to $2.24": an amount, then a level
                a.upper = b.value


def _guess(a: _Read, b: _Read) -> bool:
    """"five or six people", "1 or 2 million": a guess between two near figures, in one unit."""
    low = a.value * (b.scaled if a.scaled == 1.0 else 1.0)
    return a.unit in (None, b.unit) and low < b.value <= 2 * low + b.scaled


def _interval(q: _Read) -> tuple[float | None, float | None]:
    """The values the wording allows: the written precision, widened or bounded by the qualifier.
    'about' allows 5% either way beyond the rounding."""
    if q.ordinal or q.unit is None and q.step <= 1 and q.value == int(q.value):
        half = 0.0  # a count written to the unit is exact: "31" people are not 30.5; a rank always: "100th"
    else:
        half = q.step / 2 if q.unit != "percent" or q.step < 1 else 0.5
    low, high = q.value - half, q.value + half
    match QUALIFIERS.get(q.qualifier or ""):
        case "approx":
            return _r(min(low, q.value * 0.95)), _r(max(high, q.value * 1.05))
        case "below":
            return _r(min(low, q.value * 0.95)), _r(q.value)
        case "above" | "min":
            return _r(q.value), None
        case "under" | "max":
            return None, _r(q.value)
    return _r(low), _r(high)


def _r(x: float) -> float:
    return round(x, 9)


_HYPHEN_NOUN = re.compile(r"-([a-z]{3,})\b(?!-)")
# joined to a number but no thing counted: "a one-time charge", "50-strong", "a two-thirds majority", "20-odd"
_NOT_JOINED_NOUNS = frozenset("time times strong odd plus something fold way".split()) | frozenset(
    [*_PART_WORDS, *(w + "s" for w in _PART_WORDS), "halves"])


# a hyphen left hanging for the noun a later number is joined to: "four-, five- and six-cylinder"
_SUSPENDED = re.compile(r"-(?:,?[ \t]+(?:and|or|to)[ \t]+|,[ \t]+)")
# "one of the best screens", "one of the most spectacular catches": one of those things
_ONE_OF = re.compile(r"[ \t]+of[ \t]+the(?:[ \t]+(?:most|least))?(?=[ \t]+[a-z])")


def _one_of(prose: str, q: _Read) -> str | None:
    m = _ONE_OF.match(prose, q.end) if q.value == 1 and prose[q.start:q.end].lower() == "one" else None
    noun = _noun(prose, q.end, m.end()) if m else None
    words = noun.split() if noun else []
    # a plural that ends the phrase, not a possessive ("one of the family's") nor a number ("the two men")
    if not words or not _plural(words[-1]) or "'" in noun or "’" in noun or {w.lower() for w in words} & _NUMBER_STARTS:
        return None
    return noun


def _hyphen_noun(prose: str, end: int) -> str | None:
    """"a six-cylinder engine", "a 12-member panel": the noun joined to the number counts."""
    m = _HYPHEN_NOUN.match(prose, end)
    word = m.group(1) if m else ""
    if not word or word in _STOP or word in _NOT_JOINED_NOUNS or word.endswith(("ed", "ing", "ly")):
        return None
    return word


def _noun(prose: str, start: int, end: int) -> str | None:
    """The counted noun phrase after a number: up to three words, stopping at a function word, or after
    a plural ("19 fouls proves"). After "a", the number and its noun qualify another: "a 30 degree
    homer", "a 60 basis point improvement" count degrees and basis points."""
    words: list[str] = []
    pos = end
    compound = _word_before(prose, start).lower() in ("a", "an")
    one = prose[start:end].lower() in ("one", "1")
    while len(words) < 3:
        m = _NOUN_WORD.match(prose, pos)
        bare = m.group(1).rstrip(".").lower() if m else ""
        if not m or bare in _STOP or (words and (bare.endswith(("ed", "ing", "ly")) or bare in _VERBS or bare in _AFTER_NOUN)):
            break  # a function word, or a verb or adverb after the noun ("30 members voted", "59 users mostly")
        if words and (one and _plural(bare) or not one and not _plural(words[-1]) and not _plural(bare)
                      and words[-1].islower() and bare.islower() and _UNIT_WORD.fullmatch(words[-1].lower())):
            # after one thing, a word in -s is its verb ("One proposal asks"); a unit word, singular after
            # more than one, qualifies what follows ("the 1.5 to 2 degree range" counts degrees)
            break
        if not words and bare.endswith("ing") and _DETERMINER_NEXT.match(prose, m.end()):
            return None  # a verb with its object: "around 73, raising the prospect"
        word = m.group(1)
        words.append(word if "." in word[:-1] else word.rstrip("."))  # "U.S." keeps its dots
        if bare == "times" and len(words) == 1:
            break  # "6.5 times earnings": a multiple
        if word.endswith(".") and "." not in word[:-1]:
            break  # the end of the sentence
        joined = _AND_NOUN.match(prose, m.end()) if _plural(word) else None
        also = joined.group(1).split() if joined else []
        if also and _plural(also[-1]) and not {w.lower() for w in also} & (_STOP | _NUMBER_STARTS | _DETERMINERS):
            words += ["and", *also]  # "157 passengers and crew members": one group of both
            break
        if _plural(word) or compound and bare != "basis":
            break
        pos = m.end()
    if len(words) == 1 and words[0].lower() not in _PARTICIPLE_NOUNS and (
            words[0].lower() in _VERBS or words[0].islower() and words[0].endswith("ed")):
        return None  # a verb: "37 remained hospitalized", "12 fled" ("300 recorded songs" goes on)
    return " ".join(words) or None


# words that measure rather than name what is counted, and qualify a noun after them in the singular
_UNIT_WORD = re.compile(r"degree|point|percent|star|mile|yard|foot|meter|metre|inch|hour|minute|second|day|week|month")
_DETERMINER_NEXT = re.compile(r"[ \t]+(?:the|a|an|its|their|his|her|our)\b")


# participles that stand alone for the people they describe: "200 injured", "12 killed"
_PARTICIPLE_NOUNS = frozenset("injured wounded killed dead displaced detained arrested evacuated infected "
                              "hospitalized hospitalised affected unemployed employed insured vaccinated "
                              "confirmed registered enrolled surveyed".split())
_DETERMINERS = frozenset("his my your some all many other others several few most no any each both such".split())
# a plural noun after "and", perhaps qualified by one word: "and crew members", "and Hyundai vehicles"
_AND_NOUN = re.compile(r"[ \t]+and[ \t]+((?:[A-Za-z][\w-]*[ \t]+)?[a-z][\w-]*s)\b(?![ \t]*\d)")


# nouns that end in "s" but are not plurals, or are plurals that go on to qualify another noun
_NOT_PLURAL = frozenset("news sales sports arms savings series species means goods headquarters measles mumps rabies "
                        "diabetes herpes".split())


def _plural(word: str) -> bool:
    """A common noun in the plural, which ends its phrase: the head ("300 recorded songs were")."""
    return (len(word) > 3 and word.islower() and word.endswith("s") and not word.endswith(("ss", "us", "is"))
            and word not in _NOT_PLURAL)
