"""The prose with each quantity replaced by a placeholder, so that the structure between quantities
can be read with plain patterns: Q(name) in a pattern matches one quantity and names its index."""
from __future__ import annotations

import bisect
import re

from ..claims import Quantity

_OPEN, _CLOSE = "\ue000", "\ue001"
_PLACEHOLDER = re.compile(f"{_OPEN}(\\d+){_CLOSE}")


def Q(name: str) -> str:
    return f"{_OPEN}(?P<{name}>\\d+){_CLOSE}"


ANY_Q = f"{_OPEN}\\d+{_CLOSE}"
NOT_Q = f"[^{_OPEN}{_CLOSE}]"  # any character that is not part of a placeholder


class Skeleton:
    def __init__(self, prose: str, quantities: list[Quantity]) -> None:
        self.quantities = quantities
        parts, self._skel_starts, self._prose_starts = [], [], []
        pos = length = 0
        for i, q in enumerate(quantities):
            gap = prose[pos:q.span.start]
            self._skel_starts.append(length)
            self._prose_starts.append(pos)
            parts.append(gap)
            length += len(gap)
            parts.append(f"{_OPEN}{i}{_CLOSE}")
            length += len(parts[-1])
            pos = q.span.end
        self._skel_starts.append(length)
        self._prose_starts.append(pos)
        parts.append(prose[pos:])
        self.text = "".join(parts)

    def at(self, m: re.Match[str], name: str) -> Quantity | None:
        index = m.group(name)
        return self.quantities[int(index)] if index is not None else None

    def all_in(self, text: str) -> list[Quantity]:
        return [self.quantities[int(i)] for i in _PLACEHOLDER.findall(text)]

    def index_of(self, q: Quantity) -> int:
        return self.quantities.index(q)

    def prose_offset(self, skel: int) -> int:
        """The prose offset of a skeleton offset that lies outside any placeholder."""
        i = bisect.bisect_right(self._skel_starts, skel) - 1
        return self._prose_starts[i] + (skel - self._skel_starts[i])
