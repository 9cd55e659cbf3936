"""Words extraction reads: months, weekdays, number words, qualifiers."""
from __future__ import annotations

import re


MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
# Capitalised only: "may" and "march" in lower case are verbs. Abbreviations take an optional dot.
MONTH = (r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December"
         r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)")

WEEKDAY_NUMBERS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

# capitalised words that name no person: a sentence's first words, weekdays and months
NOT_NAMES = frozenset("The A An In On At He She It They This That His Her Their Its Our We I But And When After "
                      "Before By For As Then Later Now Today Monday Tuesday Wednesday Thursday Friday Saturday Sunday "
                      "January February March April May June July August September October November December".split())

# anniversaries said in one word: an ordinal of years ("the bridge marked its centenary": its 100th anniversary)
ANNIVERSARY_WORDS = {"centenary": 100, "centennial": 100, "bicentenary": 200, "bicentennial": 200,
                     "sesquicentennial": 150, "tercentenary": 300, "tricentennial": 300, "semicentennial": 50,
                     "silver jubilee": 25, "golden jubilee": 50, "diamond jubilee": 60, "platinum jubilee": 70}
ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                 "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
                 "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
                 "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "hundredth": 100}

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1_000_000_000_000}

_WORD = "|".join(sorted([*UNITS, *TENS, *SCALES], key=len, reverse=True))
# "twenty-six", "one hundred and five", "a hundred", "three million"
NUMBER_WORDS = rf"(?:(?:a|an)\s+(?=(?:hundred|thousand|million|billion)\b))?(?:{_WORD})(?:(?:-|\s+|\s+and\s+)(?:{_WORD}))*"
_NUMBER_WORDS_RE = re.compile(rf"\b{NUMBER_WORDS}\b", re.I)


_WORD_BREAK = re.compile(r"[\s-]+")


def words_value(phrase: str) -> float | None:
    """The value of a number-word phrase ("two hundred and forty" -> 240); None if it is not one."""
    total, current, seen = 0, 0, False
    for word in _WORD_BREAK.split(phrase.lower()):
        if word in ("and",):
            continue
        if word in ("a", "an"):
            current = max(current, 1)
            continue
        if word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in SCALES:
            total += max(current, 1) * SCALES[word]
            current = 0
        else:
            return None
        seen = True
    return float(total + current) if seen else None


# How a qualifier bounds the value it stands before: (low factor side, high factor side).
# "about" allows a tenth either way; the precision of the digits is the claim extraction issue's.
QUALIFIERS = {
    "about": "approx", "~": "approx", "approximately": "approx", "roughly": "approx", "around": "approx", "some": "approx",
    "barely": "approx",
    "nearly": "below", "almost": "below", "close to": "below", "just under": "below",
    "more than": "above", "over": "above", "upwards of": "above", "in excess of": "above",
    "at least": "min", "no fewer than": "min", "no less than": "min",
    "fewer than": "under", "less than": "under", "under": "under",
    "up to": "max", "as many as": "max", "at most": "max", "no more than": "max",
}
QUALIFIER = "|".join(sorted((re.escape(q).replace(r"\ ", r"\s+") for q in QUALIFIERS), key=len, reverse=True))
