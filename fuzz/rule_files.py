"""Harness: loading a rule or fact pack (YAML): every problem is a one-line error, never an exception."""
import sys

import atheris

import scratch

with atheris.instrument_imports(include=["factlint"]):
    from factlint import engine, packs


def test_one_input(data: bytes) -> None:
    scratch.write("pack.yaml", data)
    loaded = packs.load([str(scratch.FOLDER)], defaults=False)
    for error in loaded.errors:
        assert "\n" not in str(error), str(error)
    engine.ruleset(loaded)


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
