"""Harness: claim extraction and the checks, from any text."""
import datetime as dt
import sys

import atheris

with atheris.instrument_imports(include=["factlint"]):
    from factlint import engine, packs
    from factlint.document import from_text
    from factlint.errors import UserError
    from factlint.extract import extract

RULES, _ = engine.ruleset(packs.load())


def test_one_input(data: bytes) -> None:
    text = data.decode("utf-8", errors="replace")
    try:
        doc = from_text(text, "fuzz.md", date=dt.date(2024, 11, 5))
    except UserError:
        return
    claims = extract(doc, RULES.facts)
    for claim in claims.claims:
        assert doc.text[claim.span.start:claim.span.end] == claim.text, claim
    engine.check(claims, RULES)


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
