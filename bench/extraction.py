"""Extraction measured on benchmarks others annotated.

    python bench/extraction.py GOLD.jsonl --pred OUT.jsonl [--scorer score.py] [SCORER OPTIONS]

Runs factlint's extractor on every document of a gold file in the external format (the reference
date is the document's `dct`), writes predictions in the format the scorer reads, and runs the
scorer (by default the score.py beside the gold file) on them, printing its figures.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

from factlint import packs
from factlint.extract.lexicon import QUALIFIERS
from factlint.extract.units import PHYSICAL
from factlint.api import extract_text
from factlint.claims import ClaimSet

# NewsQuant's normalised unit names for factlint's units, so the scorer can compare them
_UNIT_NAMES = {
    "percent": "percentage", "percentage point": "percentage point", "USD": "dollar", "EUR": "euro",
    "GBP": "pound sterling", "SEK": "swedish krona", "JPY": "japanese yen", "CNY": "yuan", "INR": "rupee",
    "kilometer": "kilometre", "meter": "metre", "centimeter": "centimetre", "millimeter": "millimetre",
    "mile": "mile", "foot": "foot", "inch": "inch", "yard": "yard", "nautical_mile": "nautical mile",
    "hectare": "hectare", "acre": "acre", "kilogram": "kilogram", "gram": "gram", "pound": "pound-mass",
    "ounce": "ounce", "metric_ton": "tonne", "liter": "litre", "gallon": "gallon", "quart": "quart", "pint": "pint", "fluid_ounce": "fluid ounce", "oil_barrel": "barrel",
    "kilometer / hour": "kilometre per hour", "mile / hour": "mile per hour", "knot": "knot",
    "degree_Celsius": "celsius", "degree_Fahrenheit": "fahrenheit", "megawatt": "megawatt", "gigawatt": "gigawatt",
    "kilometer ** 2": "square kilometre", "mile ** 2": "square mile", "meter ** 2": "square metre",
    "foot ** 2": "square foot", "kilowatt_hour": "kilowatt hour", "year": "year of age",
    "AUD": "australian dollar", "HKD": "hong kong dollar", "CAD": "canadian dollar", "NZD": "new zealand dollar",
    "SGD": "singapore dollar", "MYR": "malaysian ringgit", "CHF": "swiss franc", "BRL": "real",
    "milligram": "milligram", "milliliter": "millilitre", "nanometer": "nanometre", "micrometer": "micrometre",
    "mile / gallon": "mile per gallon", "foot * force_pound": "foot pound-force", "GBX": "p",
    "watt": "watt", "kilowatt": "kilowatt", "megawatt_hour": "megawatt hour", "gigawatt_hour": "gigawatt hour",
    "terawatt_hour": "terawatt hour", "gigapascal": "gigapascal", "ILS": "shekel", "RUB": "rouble",
    "ZAR": "rand", "NGN": "naira", "THB": "baht",
}
_RANGE_JOIN = re.compile(r"\s*(?:to|-|–|—|and|or)\s*")
_FROM = re.compile(r"\bfrom\s+$", re.I)
_CENTS = re.compile(r"\bcents?\b", re.I)
_TO = re.compile(r"(?:\s+[\w.]+){0,4}?\s+to\s+")  # "from $75 U.S. per barrel to $45.88", "from $36,040 at 10.45pm last night to"
_BRACKETED = re.compile(r"(?:[ \t]+[A-Za-z][\w.-]*){0,3}[ \t]*\([ \t]*|[ \t]*/[ \t]*")
_AVERAGED = re.compile(r"\baverag(?:e|es|ed|ing)\s+$", re.I)
_WRITTEN = {"just under": "<"}  # a figure "just under" another is below it, where "nearly" is about it
_CHANGE = {"approx": "~", "below": "~", "above": ">", "min": ">", "under": "<", "max": "<"}
_DURATION = re.compile(r"P(T?)(\d+(?:\.\d+)?)(Y|M|W|D|H|S|DE|CE)")
# NewsQuant counts "three years", not "a century", "around a minute", "a five-year award" or "the year"
_NOT_A_COUNT = re.compile(r"(?:^|\s)an?\s|\w-(?:year|month|week|day|hour|minute)|^the\s+(?:fiscal\s+)?year$", re.I)
_DURATION_UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day", "DE": "decade", "CE": "century",
                   "TH": "hour", "TM": "minute", "TS": "second"}
_DURATION_MODS = {"APPROX": "~", "MORE_THAN": ">", "EQUAL_OR_MORE": ">", "LESS_THAN": "<", "EQUAL_OR_LESS": "<"}


def predict(doc: dict, rules: packs.Packs) -> dict:
    text = doc["text"]
    claims = extract_text(text, date=doc.get("dct"), path=doc["id"], kind="text", rules=rules)
    return {"id": doc["id"], "timexes": timexes(claims), "quantities": quantities(claims, text)}


def timexes(claims: ClaimSet) -> list[dict]:
    return [{"start": c.span.start, "end": c.span.end, "value": c.value, "type": c.type}
            for c in claims.claims if c.kind == "temporal"]


def quantities(claims: ClaimSet, text: str) -> list[dict]:
    """NewsQuant's quantities: every count and measure, durations too ("three years"), but no dates.
    A range ("1.8-2.7 degrees") is one quantity there: factlint's claim of its first number carries the
    range, and its second number, a claim of its own for the checks, is not listed again."""
    out = []
    counts = sorted((c for c in claims.claims if c.kind == "quantity"), key=lambda c: c.span.start)
    range_ends = {b.id for a, b in zip(counts, counts[1:])
                  if a.upper == b.value and _RANGE_JOIN.fullmatch(text[a.span.end:b.span.start])}
    # NewsQuant writes a change "from X to Y" as one range [X, Y], falling ones too
    changes = {a.id: b for a, b in zip(counts, counts[1:]) if a.upper is None and not a.ordinal and not b.ordinal
               and _FROM.search(text, max(0, a.span.start - 6), a.span.start) and _TO.fullmatch(text[a.span.end:b.span.start])}
    range_ends |= {b.id for b in changes.values()}
    # a figure in brackets after another restates it, qualified and changed as it was: "more than 7.5 million
    # crowns (US $1.1 million)", "just under 296 hp (224 kW / 300 PS)"
    restated, starts = {}, {}
    for a, b in zip(counts, counts[1:]):
        if a.upper == b.value and _RANGE_JOIN.fullmatch(text[a.span.end:b.span.start]):
            starts[b.id] = starts.get(a.id, a)  # "1 to 1.5 degrees Celsius (1.8 to 2.7 F)": the range restated
        if _BRACKETED.fullmatch(text, a.span.end, b.span.start):
            restated[b.id] = restated.get(a.id, starts.get(a.id, a))
    for c in claims.claims:
        # NewsQuant marks no multiple said in a word ("sales tripled")
        if c.kind == "quantity" and not c.ordinal and c.id not in range_ends and c.unit != "times":
            value = [c.value, changes[c.id].value] if c.id in changes else [c.value, c.upper] if c.upper is not None else c.value
            if _in_cents(c):  # NewsQuant counts "63 cents" in cents, factlint in dollars
                value = [v * 100 for v in value] if isinstance(value, list) else value * 100
            out.append({"start": c.span.start, "end": c.span.end, "value": value, "unit": unit_name(c),
                        "change": _change(c, text) if c.change or c.qualifier or c.id not in restated
                        else _change(restated[c.id], text)})
        elif c.kind == "temporal" and c.type == "DURATION" and not _NOT_A_COUNT.search(c.text):
            m = _DURATION.fullmatch(c.value)
            if m:
                out.append({"start": c.span.start, "end": c.span.end, "value": float(m.group(2)),
                            "unit": _DURATION_UNITS[m.group(3) if len(m.group(3)) == 2 or not m.group(1) else "T" + m.group(3)],
                            "change": _DURATION_MODS.get(c.mod, "=")})
    return out


def _change(c, text: str) -> str:
    """NewsQuant's change: up or down where one is stated, else what the qualifier written says. A range's
    bounds are its value, so the lower bound of "dozens" (12 to 120) is no qualifier there; "about 14-18"
    is about both, but in "from up to 252 miles to 287 miles" the qualifier is of the first figure only."""
    written = c.qualifier and c.text.lower().startswith(c.qualifier) and not (
        _FROM.search(text, max(0, c.span.start - 6), c.span.start) and _TO.match(text, c.span.end))
    qualifier = None if c.upper is not None and not written else c.qualifier or ""
    if not c.change and not qualifier and _AVERAGED.search(text, max(0, c.span.start - 12), c.span.start):
        return "~"  # "averaged 7.3 points": NewsQuant reads a figure averaged as about that figure
    return c.change or _WRITTEN.get(qualifier) or _CHANGE.get(QUALIFIERS.get(qualifier), "=")


def _in_cents(c) -> bool:
    return (c.unit or "").startswith("USD") and bool(_CENTS.search(c.text))


def unit_name(c) -> str:
    """NewsQuant names a count's unit by its whole noun phrase ("European countries"), and writes "-"
    for a number that counts nothing named."""
    if not c.unit:
        return c.noun or "-"
    if _in_cents(c):
        return "cent" + (" per " + c.unit.split("/")[1] if "/" in c.unit else "")
    if c.unit == "fraction":  # a share of a group: "% Germans"
        return f"% {c.noun}" if c.noun else "%"
    if c.unit in _UNIT_NAMES:
        return _UNIT_NAMES[c.unit]
    base, _, per = (part.strip() for part in c.unit.rpartition("/"))
    per = _UNIT_NAMES.get(PHYSICAL.get(per, ""), per)  # "$80 per sq m": dollar per square metre
    return f"{_UNIT_NAMES.get(base, base)} per {per}" if base else c.unit


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", help="gold JSONL in the external benchmark format")
    ap.add_argument("--pred", required=True, help="where to write the predictions (JSONL)")
    ap.add_argument("--scorer", help="score.py to run (default: the one beside the gold file)")
    args, scorer_args = ap.parse_known_args(argv)  # the rest (--by-type, --errors N) go to the scorer
    rules = packs.load()
    with open(args.gold, encoding="utf-8") as gold, open(args.pred, "w", encoding="utf-8") as out:
        for line in gold:
            if line.strip():
                out.write(json.dumps(predict(json.loads(line), rules), ensure_ascii=False) + "\n")
    scorer = args.scorer or str(Path(args.gold).with_name("score.py"))
    return subprocess.call([sys.executable, scorer, args.gold, args.pred, *scorer_args])


if __name__ == "__main__":
    sys.exit(main())
