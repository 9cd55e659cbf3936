"""A bounded hypothesis suite over the fuzz harnesses' entry points: the same inputs (the project's
fixtures, mutated) and the same verdict of what a crash is, as the harnesses themselves decide it."""
from __future__ import annotations

import importlib
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import ROOT

sys.path.insert(0, str(ROOT / "fuzz"))
import seeds  # noqa: E402
from run import HARNESSES  # noqa: E402


@st.composite
def mutated(draw, harness: str) -> bytes:
    """A seed of the harness with a few bytes replaced, inserted or cut, or sometimes plain noise."""
    if draw(st.integers(0, 9)) == 0:
        return draw(st.binary(max_size=2000))
    data = bytearray(draw(st.sampled_from(seeds.seeds(harness)))[:20_000])
    for _ in range(draw(st.integers(1, 8))):
        at = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(["replace", "insert", "cut"]))
        chunk = draw(st.binary(min_size=1, max_size=8) | st.sampled_from(
            [b"\x00", b"\xff", b"\x7f", b"[", b"{", b"}", b"&a", b"*a", b"!!python/object:os.system", b"\r",
             b"\n---\n", b"1e999", b"9" * 400, b'"', b"\\u0000", b"-1", b"null"]))
        if action == "replace":
            data[at:at + len(chunk)] = chunk
        elif action == "insert":
            data[at:at] = chunk
        else:
            del data[at:at + len(chunk)]
    return bytes(data)


@pytest.fixture(scope="module")
def harnesses():
    return {name: importlib.import_module(name).test_one_input for name in HARNESSES}


@pytest.mark.parametrize("harness", HARNESSES)
def test_entry_point_never_crashes(harnesses, harness):
    @settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(data=mutated(harness))
    def property(data: bytes) -> None:
        harnesses[harness](data)

    property()
