"""How factlint read a claim, in words: the HTML view's tooltips and the language server's hovers say
the same thing."""
from __future__ import annotations

from .facts import FactBase

# The claims read from the text itself, which a reader can point at; the rest relate them.
READ = ("quantity", "temporal", "weekday", "mention", "entity-date")


def reading(claim, by_id: dict, facts: FactBase) -> tuple[str, list[str]]:
    """The claim's class ("quantity", "date", "duration" or "entity") and what was read, part by part."""
    if claim.kind == "quantity":
        parts = [f"quantity {number(claim.value)}"]
        if claim.upper is not None:
            parts.append(f"range {number(claim.value)} to {number(claim.upper)}")
        if (claim.low, claim.high) != (claim.value, claim.value):
            parts.append(f"read as the interval [{number(claim.low)}, {number(claim.high)}]")
        parts += [f"{label}: {value}" for label, value in
                  (("qualifier", claim.qualifier), ("unit", claim.unit), ("counts", claim.noun),
                   ("change", claim.change)) if value]
        if claim.ordinal:
            parts.append("a rank (ordinal), not a count")
        return "quantity", parts
    if claim.kind == "temporal":
        kind = "duration" if claim.type == "DURATION" else "date"
        parts = [f"{kind} {claim.value}" + (f" ({claim.type.lower()})" if claim.type not in ("DATE", "DURATION") else "")]
        if claim.mod:
            parts.append(f"modifier {claim.mod.lower().replace('_', ' ')}")
        if claim.anchor:
            parts.append(claim.anchor)
        return kind, parts
    if claim.kind == "weekday":
        date = by_id.get(claim.date) if claim.date else None
        return "date", [f"weekday {claim.day}" + (f", naming the date {date.value}" if date else "")]
    if claim.kind == "mention":
        entity = facts.entities.get(claim.entity)
        if entity is None:
            return "entity", [f"entity {claim.entity}"]
        known = [f"{fact.wording or name} {fact.value} (source: {fact.source})" for name, fact in entity.dates.items()]
        return "entity", [f"entity {entity.name}", *known]
    date = by_id.get(claim.date)
    return "entity", [f"entity fact: '{claim.relation}' dates its subject" + (f" to {date.value}" if date else ""),
                      f"subject: {claim.subject.role}"]


def number(x: float | None) -> str:
    if x is None:
        return "unbounded"
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.6g}"
