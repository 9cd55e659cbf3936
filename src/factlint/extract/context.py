"""What the extraction components share while reading one document."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from ..claims import Unread
from ..document import Document
from ..positions import Span


@dataclass
class Context:
    doc: Document
    claims: list = field(default_factory=list)
    unread: list[Unread] = field(default_factory=list)
    taken: bytearray = field(init=False)
    ids: set[str] = field(default_factory=set)
    directives: list = field(default_factory=list)
    sentence_starts: list[int] = field(default_factory=list)
    quotes: list[tuple[int, int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        # characters already read as part of a date, so later components do not read them again
        self.taken = bytearray(len(self.doc.prose))

    @property
    def prose(self) -> str:
        return self.doc.prose

    def span(self, start: int, end: int) -> Span:
        return self.doc.lines.span(start, end)

    def text(self, start: int, end: int) -> str:
        return self.doc.text[start:end]

    def sentence_start(self, pos: int) -> int:
        i = bisect.bisect_right(self.sentence_starts, pos) - 1
        return self.sentence_starts[i] if i >= 0 else 0

    def sentence_end(self, pos: int) -> int:
        i = bisect.bisect_right(self.sentence_starts, pos)
        return self.sentence_starts[i] if i < len(self.sentence_starts) else len(self.doc.prose)

    def free(self, start: int, end: int) -> bool:
        return not any(self.taken[start:end])

    def take(self, start: int, end: int) -> None:
        self.taken[start:end] = b"\x01" * (end - start)

    def add(self, cls, start: int, end: int, **fields):
        # ids name the kind and the offset, so they read well and stay stable across runs
        kind = cls.model_fields["kind"].default
        claim_id = f"{kind}@{start}" if f"{kind}@{start}" not in self.ids else f"{kind}@{start}-{end}"
        self.ids.add(claim_id)
        claim = cls(id=claim_id, span=self.span(start, end), text=self.text(start, end), **fields)
        self.claims.append(claim)
        return claim

    def leave_unread(self, start: int, end: int, reason: str) -> None:
        self.unread.append(Unread(span=self.span(start, end), text=self.text(start, end), reason=reason))
