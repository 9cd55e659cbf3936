"""What the extraction components share while reading one document."""
from __future__ import annotations

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

    def free(self, start: int, end: int) -> bool:
        return not any(self.taken[start:end])

    def take(self, start: int, end: int) -> None:
        self.taken[start:end] = b"\x01" * (end - start)

    def add(self, cls, start: int, end: int, **fields):
        claim = cls(id=f"{cls.model_fields['kind'].default}@{start}", span=self.span(start, end),
                    text=self.text(start, end), **fields)
        self.claims.append(claim)
        return claim

    def leave_unread(self, start: int, end: int, reason: str) -> None:
        self.unread.append(Unread(span=self.span(start, end), text=self.text(start, end), reason=reason))
