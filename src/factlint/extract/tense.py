"""Which way a clause points in time, for dates the copy leaves open ("on Friday", "March 28"):
news is told in the past unless the clause says otherwise, as HeidelTime reads it."""
from __future__ import annotations

import re

# Past forms that do not end in -ed, the commonest in news first ("said" above all); only those that
# cannot be read as the present or as a noun ("set", "put", "left" and "found" are left out).
_IRREGULAR = ("said|told|met|went|came|took|gave|made|began|held|won|lost|fell|rose|saw|got|brought|bought|"
              "thought|sought|fought|taught|caught|kept|sent|spent|built|struck|stood|spoke|wrote|drove|flew|"
              "knew|grew|threw|drew|became|ran|fled|paid|sold|heard|meant|broke|chose|stole|swore|shot|sank|"
              "withdrew|understood|overtook|undertook|forgot|arose|awoke|ate|slid|shrank|sprang|swam|wept")
_MARKER = re.compile(
    r"(?P<future>\b(?:will|'ll|shall|would|is\s+to|are\s+to|due|scheduled|plans?\s+to|going\s+to|next|"
    r"later\s+this)\b)"
    rf"|(?P<past>\b(?:was|were|had|did|ago|earlier|last|{_IRREGULAR}|(?!hundred\b)\w+[^e\W]ed)\b)", re.I)
# a clause ends at these; a marker before them speaks of another clause
_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:and|but|while|whereas)\b|\.\s")


def tense(prose: str, sentence_start: int, pos: int, after: int | None = None) -> str | None:
    """'future', 'past' or None, from the nearest tense marker before `pos` in its clause (or, failing
    that, the first after it up to `after`)."""
    window_start = sentence_start
    for brk in _CLAUSE_BREAK.finditer(prose, sentence_start, pos):
        window_start = brk.end()
    last = None
    for m in _MARKER.finditer(prose, window_start, pos):
        last = m
    if last is None and after is not None:
        last = _MARKER.search(prose, pos, after)
    if last is None:
        return None
    return "future" if last.group("future") else "past"
