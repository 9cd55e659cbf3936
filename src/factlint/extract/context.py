"""What the extraction components share while reading one document."""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property

from .. import facts
from ..claims import Unread
from ..document import Document
from ..positions import Span
from .sentences import sentences as split_sentences

_WORD = re.compile(r"[A-Za-z]+|\d+")
_LETTERS = re.compile(r"[^\W\d_]+")
_OPENING_QUOTES = frozenset("\"'“‘")
_DIGIT_KEYS = ["", "0", "00", "000", "0000", "00000"]
DIGITS = frozenset(_DIGIT_KEYS[1:])


def _start(claim) -> int:
    return claim.span.start


@dataclass
class Context:
    doc: Document
    claims: list = field(default_factory=list)
    unread: list[Unread] = field(default_factory=list)
    taken: bytearray = field(init=False)
    ids: set[str] = field(default_factory=set)
    directives: list = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(init=False)
    sentence_starts: list[int] = field(init=False)
    quotes: list[tuple[int, int]] = field(default_factory=list)
    # the temporal claims in order of where they start, for readers that look back to the last date
    temporals: list = field(default_factory=list)
    _position: dict[int, int] = field(default_factory=dict)  # id() of a claim -> its index in claims

    def __post_init__(self) -> None:
        # characters already read as part of a date, so later components do not read them again
        self.taken = bytearray(len(self.doc.prose))
        self.sentences = split_sentences(self.doc.prose)
        self.sentence_starts = [s for s, _ in self.sentences]

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

    @cached_property
    def name_tokens(self) -> list[tuple[int, int, str, str]]:
        """The prose's tokens as names are written, shared by every reader of names."""
        return facts.name_tokens(self.doc.prose)

    @cached_property
    def word_index(self) -> dict[str, list[tuple[int, int]]]:
        """Where each word (in lower case) stands; a run of digits under "0" written as long as it is, up
        to "00000" for five digits or more, so that a pattern can ask for the lengths it reads (DIGITS: any)."""
        index: dict[str, list[tuple[int, int]]] = {}
        for m in _WORD.finditer(self.doc.prose):
            start, end = m.span()
            word = m.group()
            key = _DIGIT_KEYS[min(end - start, 5)] if word[0].isdigit() else word.lower()
            index.setdefault(key, []).append((start, end))
        return index

    def _reaches(self, words: frozenset[str], reach: int) -> list[tuple[int, int]]:
        """From `reach` characters before each of the words to its end, merged, in order."""
        index = self.word_index
        out: list[tuple[int, int]] = []
        for start, end in sorted(p for word in words & index.keys() for p in index[word]):
            start = max(0, start - reach)
            if out and start <= out[-1][1]:
                out[-1] = (out[-1][0], max(out[-1][1], end))
            else:
                out.append((start, end))
        return out

    def at_words(self, pattern: re.Pattern[str], starts: frozenset[str],
                 near: tuple[frozenset[str], int] | None = None) -> Iterator[re.Match[str]]:
        """The matches of `pattern`, left to right and apart, for a pattern whose every match begins a
        word in `starts` (lower case; digit runs as word_index keys them): it is tried only there, not at
        every character. With `near` (words, reach), for a pattern whose every match holds one of those
        words, only where one begins within `reach` characters."""
        index = self.word_index
        found = [index[word] for word in starts & index.keys()]
        if near:
            # the few reaches are walked, not every place: a start word ("the", a digit) stands everywhere
            places = []
            for low, high in self._reaches(*near):
                for positions in found:
                    i = bisect.bisect_left(positions, (low,))
                    while i < len(positions) and positions[i][0] < high:
                        places.append(positions[i][0])
                        i += 1
            places.sort()
        else:
            places = sorted(p for positions in found for p, _ in positions)
        end = 0
        for start in places:
            if start < end:
                continue
            m = pattern.match(self.doc.prose, start)
            if m:
                end = m.end()
                yield m

    def quoted_title(self, start: int, end: int) -> bool:
        """Whether prose[start:end] opens a quotation with every word capitalised, the first word not
        alone: a title ("This Week", ''60 Minutes''), not a time. A quotation that opens on a time ("Last
        week, we ...", "Now we see") capitalises only its first word."""
        prose = self.doc.prose
        if start == 0 or prose[start - 1] not in _OPENING_QUOTES:
            return False
        words = list(_LETTERS.finditer(prose, start, end))
        return any(w.start() > start for w in words) and all(w.group()[0].isupper() for w in words)

    def free(self, start: int, end: int) -> bool:
        return not any(self.taken[start:end])

    def take(self, start: int, end: int) -> None:
        self.taken[start:end] = b"\x01" * (end - start)

    def add(self, cls, start: int, end: int, **fields):
        claim = self._claim(cls, start, end, fields)
        self._position[id(claim)] = len(self.claims)
        self.claims.append(claim)
        if claim.kind == "temporal":
            bisect.insort(self.temporals, claim, key=_start)
        return claim

    def replace(self, old, cls, start: int, end: int, **fields):
        """A claim made as `add` makes it, in the place of `old` (a date widened to take in its weekday):
        no list is searched, so replacing stays cheap however many claims there are."""
        claim = self._claim(cls, start, end, fields)
        position = self._position.pop(id(old))
        self.claims[position] = claim
        self._position[id(claim)] = position
        if old.kind == "temporal":
            i = bisect.bisect_left(self.temporals, old.span.start, key=_start)
            while self.temporals[i] is not old:
                i += 1
            del self.temporals[i]
        if claim.kind == "temporal":
            bisect.insort(self.temporals, claim, key=_start)
        return claim

    def update(self, old, **changes):
        """`old` (a quantity) with some fields changed, in its place and under its id: claims made already may
        name it. `old` may be a reading already updated, as a reader that holds it still has it."""
        position = self._position.pop(id(old), None)
        if position is None:  # updated before: the claim under its id now (rare, so looked for)
            position = next(i for i, c in enumerate(self.claims) if c.id == old.id)
            del self._position[id(self.claims[position])]
        claim = self.claims[position].model_copy(update=changes)
        self.claims[position] = claim
        self._position[id(claim)] = position
        return claim

    def _claim(self, cls, start: int, end: int, fields: dict):
        # ids name the kind and the offset, so they read well and stay stable across runs
        kind = cls.model_fields["kind"].default
        claim_id = f"{kind}@{start}" if f"{kind}@{start}" not in self.ids else f"{kind}@{start}-{end}"
        self.ids.add(claim_id)
        return cls(id=claim_id, span=self.span(start, end), text=self.text(start, end), **fields)

    def temporal_at(self, pos: int):
        """The temporal claim that starts at `pos`, if one does: looked up, not searched for."""
        i = bisect.bisect_left(self.temporals, pos, key=_start)
        return self.temporals[i] if i < len(self.temporals) and self.temporals[i].span.start == pos else None

    def dates_before(self, first: int, pos: int, limit: int = 10) -> Iterator:
        """The temporal claims that start from `first` up to `pos`, the nearest first, at most `limit` of
        them, one at a time: looking back stays a few steps however long a sentence runs on, and stops
        where the caller finds what it looks for."""
        i = bisect.bisect_left(self.temporals, pos, key=_start)
        for _ in range(limit):
            if i == 0 or self.temporals[i - 1].span.start < first:
                return
            i -= 1
            yield self.temporals[i]

    def leave_unread(self, start: int, end: int, reason: str) -> None:
        self.unread.append(Unread(span=self.span(start, end), text=self.text(start, end), reason=reason))
