"""`factlint facts import`: a Wikidata SPARQL JSON result turned into a fact pack.

The query (run at https://query.wikidata.org, download as JSON) must return one row per dated
statement, with these variables:

    SELECT ?item ?itemLabel ?alias ?prop ?time ?precision WHERE {
      VALUES ?item { wd:Q1065 wd:Q7817 }                      # the entities to import
      VALUES ?prop { "P571" "P576" "P1619" "P580" "P582" "P569" "P570" }
      BIND(IRI(CONCAT(STR(p:), ?prop)) AS ?p)
      BIND(IRI(CONCAT(STR(psv:), ?prop)) AS ?psv)
      ?item ?p ?statement . ?statement ?psv ?node .
      ?node wikibase:timeValue ?time ; wikibase:timePrecision ?precision .
      OPTIONAL { ?item skos:altLabel ?alias FILTER(LANG(?alias) = "en") }
      SERVICE wikibase:label { bd:serviceParam wikibase:language "en". }
    }

?alias is optional. Dates keep the precision Wikidata gives (9 year, 10 month, 11 day); coarser
ones (decades, centuries) are left out, and so are dates before year 1. Where a property has
several values, the most precise (then the earliest) is kept.
"""
from __future__ import annotations

import datetime as dt
import json
import re

from . import datafile

PROPERTIES = {"P571": "founded", "P576": "dissolved", "P1619": "opened", "P580": "started", "P582": "ended",
              "P569": "born", "P570": "died"}
_PRECISION = {9: 1, 10: 2, 11: 3}
# Characters a YAML stream may not contain as they are (YAML 1.1's printable set, inverted).
_UNPRINTABLE = re.compile("[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_TIME = re.compile(r"\+?(\d{4})-(\d{2})-(\d{2})T")
_QID = re.compile(r"Q\d+$")


def convert(path: str) -> str:
    doc = datafile.load_json_text(path, datafile.read_text(path))
    bindings = doc.data.get("results", {}).get("bindings") if isinstance(doc.data, dict) else None
    if not isinstance(bindings, list):
        raise doc.error(("results",), "not a SPARQL JSON result: no results/bindings list")
    entities: dict[str, dict] = {}
    for i, row in enumerate(bindings):
        where = ("results", "bindings", i)
        item = _value(row, "item")
        if not item or not _QID.search(item):
            raise doc.error(where, f"results/bindings/{i}: no ?item with a Wikidata entity")
        qid = _QID.search(item).group()
        entity = entities.setdefault(qid, {"name": _value(row, "itemLabel") or qid, "aliases": set(), "dates": {}})
        if _value(row, "alias"):
            entity["aliases"].add(_value(row, "alias"))
        prop, time, precision = _value(row, "prop"), _value(row, "time"), _value(row, "precision")
        if prop is None and time is None:
            continue
        prop = (prop or "").rsplit("/", 1)[-1]
        if prop not in PROPERTIES:
            raise doc.error(where, f"results/bindings/{i}: ?prop '{prop}' is not one of {', '.join(PROPERTIES)}")
        value = _date(time or "", precision)
        if value is None:
            continue
        attribute = PROPERTIES[prop]
        kept = entity["dates"].get(attribute)
        if kept is None or (-value.count("-"), value) < (-kept.count("-"), kept):
            entity["dates"][attribute] = value
    if not any(entity["dates"] for entity in entities.values()):
        raise doc.error(("results",), "no entity in the result has a date factlint can use")
    return _yaml(entities)


def _value(row: dict, name: str) -> str | None:
    cell = row.get(name)
    if not isinstance(cell, dict) or not isinstance(cell.get("value"), str):
        return None
    return cell["value"].encode("utf-8", "replace").decode("utf-8")  # a lone surrogate ("\\ud800") cannot be written


def _date(time: str, precision: str | None) -> str | None:
    m = _TIME.match(time)
    parts = _PRECISION.get(int(precision)) if precision and precision.isdigit() else None
    if not m or parts is None or m.group(1) == "0000":
        return None
    year, month, day = m.groups()
    try:  # the parts kept must make a real date: no month 13, no 31 April
        dt.date(int(year), int(month) if parts > 1 else 1, int(day) if parts > 2 else 1)
    except ValueError:
        return None
    return "-".join(m.groups()[:parts])


def _slug(name: str, qid: str) -> str:
    """'united-nations-q1065': readable, and never the id of a hand-written entity."""
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    prefix = slug if re.fullmatch(r"[a-z][a-z0-9]*(-[a-z0-9]+)*", slug) else "wikidata"
    return f"{prefix}-{qid.lower()}"


def _yaml(entities: dict[str, dict]) -> str:
    def q(text: str) -> str:  # a JSON string is a YAML double-quoted one; what YAML may not hold, escaped
        return _UNPRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(text, ensure_ascii=False))

    out = ["# Imported from a Wikidata query result by `factlint facts import`.", "entities:"]
    for qid, entity in sorted(entities.items(), key=lambda kv: int(kv[0][1:])):
        if not entity["dates"]:
            continue
        slug = _slug(entity["name"], qid)
        source = f"https://www.wikidata.org/wiki/{qid}"
        out.append(f"  - id: {slug}")
        out.append(f"    name: {q(entity['name'])}")
        aliases = sorted(a for a in entity["aliases"] if a != entity["name"])
        if aliases:
            out.append(f"    aliases: [{', '.join(q(a) for a in aliases)}]")
        out.append("    dates:")
        for attribute, value in sorted(entity["dates"].items()):
            out.append(f"      {attribute}: {{value: {q(value)}, source: {q(source)}}}")
    return "\n".join(out) + "\n"
