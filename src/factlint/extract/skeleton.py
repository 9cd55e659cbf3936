"""The prose with each quantity replaced by a placeholder, so that the structure between quantities
can be read with plain patterns: Q(name) in a pattern matches one quantity and names its index."""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import cached_property

from ..claims import Quantity
from .sentences import sentences as split_sentences

_OPEN, _CLOSE = "\ue000", "\ue001"
_PLACEHOLDER = re.compile(f"{_OPEN}(\\d+){_CLOSE}")


def Q(name: str) -> str:
    return f"{_OPEN}(?P<{name}>\\d+){_CLOSE}"


ANY_Q = f"{_OPEN}\\d+{_CLOSE}"
NOT_Q = f"[^{_OPEN}{_CLOSE}]"  # any character that is not part of a placeholder
# a qualifier before a figure, as patterns over the skeleton allow it: "or about 934", "a rate of nearly 20"
APPROX = r"(?:about|roughly|approximately|around|some|nearly|almost|just\s+over|just\s+under|more\s+than|over)"


def add_over(ctx, cls, members: list[Quantity], **fields) -> None:
    """Add a claim read over the skeleton, spanning its member quantities from the first to the last."""
    ctx.add(cls, min(q.span.start for q in members), max(q.span.end for q in members), **fields)


class Skeleton:
    def __init__(self, prose: str, quantities: list[Quantity]) -> None:
        self.quantities = quantities
        parts: list[str] = []
        self.starts: dict[str, int] = {}  # claim id -> where its placeholder stands in the skeleton
        pos = length = 0
        for i, q in enumerate(quantities):
            gap, mark = prose[pos:q.span.start], f"{_OPEN}{i}{_CLOSE}"
            self.starts[q.id] = length + len(gap)
            parts += [gap, mark]
            length += len(gap) + len(mark)
            pos = q.span.end
        parts.append(prose[pos:])
        # a full stop before a comma ends no clause ("LinkedIn Corp., a 50 per cent premium"): written as a
        # one-dot leader, of the same length, so that patterns reading up to a full stop read past it
        self.text = "".join(parts).replace(".,", "\u2024,")

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """(start, end) of each sentence of the skeleton."""
        return split_sentences(self.text)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s for s, _ in self.sentences]

    def sentence(self, at: int) -> int:
        """The index of the sentence `at` falls in, looked up, not walked to."""
        return max(0, bisect.bisect_right(self._sentence_starts, at) - 1)

    @cached_property
    def lower(self) -> str:
        return self.text.lower()

    def find(self, pattern: re.Pattern[str], *needs: str) -> Iterator[re.Match[str]]:
        """The pattern's matches over the skeleton; none, without trying it, when the skeleton holds
        none of `needs` (lower case), of which every match holds one."""
        if needs and not any(need in self.lower for need in needs):
            return iter(())
        return pattern.finditer(self.text)

    def at(self, m: re.Match[str], name: str) -> Quantity | None:
        index = m.group(name)
        return self.quantities[int(index)] if index is not None else None

    def placed(self, start: int, end: int) -> list[tuple[Quantity, int, int]]:
        """The quantities whose placeholders begin in [start, end), with where each stands."""
        out = []
        for m in _PLACEHOLDER.finditer(self.text, start):
            if m.start() >= end:
                break
            out.append((self.quantities[int(m.group(1))], m.start(), m.end()))
        return out

    def all_in(self, text: str) -> list[Quantity]:
        return [self.quantities[int(i)] for i in _PLACEHOLDER.findall(text)]
