"""Quantities: digits and number words, with the qualifier that bounds them and what they count."""
from __future__ import annotations

import re

from ..claims import Quantity
from .context import Context
from .lexicon import NUMBER_WORDS, QUALIFIER, QUALIFIERS, words_value

_CURRENCIES = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP"}
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "k": 1e3, "m": 1e6, "bn": 1e9}

_QUANTITY = re.compile(
    rf"(?:\b(?P<qual>{QUALIFIER})\s+)?"
    r"(?P<cur>US\$|\$|€|£)?"
    rf"(?P<num>(?<![\w.,-])\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?(?![\d,]\d)|(?<![\w.,-])\d+(?:\.\d+)?(?![\d])|\b{NUMBER_WORDS}\b)"
    r"(?:\s+(?P<scale>thousand|million|billion|trillion)\b|(?P<abbr>bn|m|k)\b)?"
    r"(?P<pct>\s*%|\s+percent\b|\s+per\s+cent\b)?",
    re.I,
)
_NOUN_WORD = re.compile(r"\s+([A-Za-z](?:[\w'’-]|\.(?=\w))*\.?)")
# Words that end the counted noun phrase rather than belong to it.
_STOP = frozenset(
    "a an the of in on at to for from by with and or but than as was were is are be been has have had "
    "that which who whom whose this these those it its their there here then when where while said says "
    "more less fewer over under about per each".split())


def read_quantities(ctx: Context) -> None:
    for m in _QUANTITY.finditer(ctx.prose):
        num_start, num_end = m.span("num")
        if not ctx.free(num_start, num_end):
            continue
        raw = m.group("num")
        if raw[0].isdigit():
            value = float(raw.replace(",", ""))
        else:
            value = words_value(raw)
            if value is None:
                continue
        scale = (m.group("scale") or m.group("abbr") or "").lower()
        value *= _SCALE.get(scale, 1)
        unit = None
        if m.group("pct"):
            unit = "percent"
        elif m.group("cur"):
            unit = _CURRENCIES[m.group("cur")]
        qualifier = " ".join(m.group("qual").lower().split()) if m.group("qual") else None
        low, high = _interval(value, qualifier)
        noun = None if unit else _noun(ctx.prose, m.end())
        ctx.add(Quantity, m.start(), m.end(), value=value, low=low, high=high,
                qualifier=qualifier, unit=unit, noun=noun)


def _interval(value: float, qualifier: str | None) -> tuple[float | None, float | None]:
    """The values the wording allows. 'about' is read as within a tenth either way."""
    match QUALIFIERS.get(qualifier or ""):
        case "approx":
            return round(value * 0.9, 9), round(value * 1.1, 9)
        case "below":
            return round(value * 0.9, 9), value
        case "above" | "min":
            return value, None
        case "under" | "max":
            return None, value
    return value, value


def _noun(prose: str, end: int) -> str | None:
    """The counted noun phrase after a number: up to three words, stopping at a function word."""
    words: list[str] = []
    pos = end
    while len(words) < 3:
        m = _NOUN_WORD.match(prose, pos)
        if not m or m.group(1).lower() in _STOP or "\n\n" in prose[pos:m.start(1)]:
            break
        word = m.group(1)
        words.append(word if "." in word[:-1] else word.rstrip("."))  # "U.S." keeps its dots
        pos = m.end()
    return " ".join(words) or None
