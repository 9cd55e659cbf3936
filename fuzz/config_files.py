"""Harness: loading a configuration (factlint.toml, or pyproject.toml's [tool.factlint])."""
import sys

import atheris

import scratch

with atheris.instrument_imports(include=["factlint"]):
    from factlint import config, engine, packs
    from factlint.errors import UserError

PACKS = packs.load()


def test_one_input(data: bytes) -> None:
    for name in ("factlint.toml", "pyproject.toml"):
        path = scratch.write(name, data)
        try:
            loaded = config.load(path)
        except UserError as error:
            assert "\n" not in str(error), str(error)
            continue
        config.show(loaded)
        engine.ruleset(PACKS, loaded)


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
