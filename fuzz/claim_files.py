"""Harness: loading a claim set (JSON) and checking it."""
import sys

import atheris

import scratch

with atheris.instrument_imports(include=["factlint"]):
    from factlint import claimfile, engine, packs
    from factlint.errors import UserError

RULES, _ = engine.ruleset(packs.load())


def test_one_input(data: bytes) -> None:
    path = scratch.write("claims.json", data)
    try:
        claims = claimfile.read(path)
    except UserError as error:
        assert "\n" not in str(error), str(error)
        return
    engine.check(claims, RULES)


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
