"""Harness: `factlint facts import`, turning a Wikidata SPARQL JSON result into a fact pack that loads."""
import sys

import atheris

import scratch

with atheris.instrument_imports(include=["factlint"]):
    from factlint import packs, wikidata
    from factlint.errors import UserError


def test_one_input(data: bytes) -> None:
    path = scratch.write("result.json", data)
    try:
        pack = wikidata.convert(path)
    except UserError as error:
        assert "\n" not in str(error), str(error)
        return
    scratch.write("pack.yaml", pack.encode("utf-8"))
    loaded = packs.load([str(scratch.FOLDER / "pack.yaml")], defaults=False)
    assert not loaded.errors, [str(e) for e in loaded.errors]  # what the import writes must load


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
