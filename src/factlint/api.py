"""The library interface: check a string as the CLI checks a file."""
from __future__ import annotations

import datetime as dt

from . import document, engine, packs
from .claims import ClaimSet
from .extract import extract
from .report import Report


def _date(value: str | dt.date | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    parsed = document.parse_date(value)
    if parsed is None:
        raise ValueError(f"date {value!r} is not YYYY-MM-DD")
    return parsed


def extract_text(text: str, date: str | dt.date | None = None, path: str = "<text>", kind: str = "markdown",
                 rules: packs.Packs | None = None) -> ClaimSet:
    """The claim set of `text`; `date` overrides any date the text carries."""
    loaded = rules or _shipped()
    return extract(document.from_text(text, path=path, date=_date(date), kind=kind), loaded.facts)


def check_text(text: str, date: str | dt.date | None = None, path: str = "<text>", kind: str = "markdown",
               rules: packs.Packs | None = None) -> Report:
    """Check one article given as a string. `kind` is "markdown", "html" or "text"; `rules` defaults to
    the shipped packs (load others with factlint.packs.load). Raises factlint.errors.UserError for
    bad front matter, as the CLI reports it."""
    loaded = rules or _shipped()
    claims = extract_text(text, date=date, path=path, kind=kind, rules=loaded)
    run = engine.Run()
    run.add(claims, engine.check(claims, engine.ruleset(loaded)[0]))
    return run.report()


_SHIPPED: packs.Packs | None = None


def _shipped() -> packs.Packs:
    global _SHIPPED
    if _SHIPPED is None:
        _SHIPPED = packs.load()
    return _SHIPPED
