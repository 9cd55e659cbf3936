"""Sentence boundaries in prose, good enough to keep a relation inside its own sentence."""
from __future__ import annotations

import re

# Words whose trailing dot does not end a sentence.
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt", "prof", "rev",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "inc", "corp", "co", "ltd", "no", "vs", "approx", "est", "ft", "mt", "jr", "sr",
}
_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])|\n[ \t]*\n")
_LAST_WORD = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")


def sentences(prose: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; paragraph breaks always end one."""
    out: list[tuple[int, int]] = []
    start = 0
    for m in _END.finditer(prose):
        if m.group().startswith((".",)) and _abbreviation(prose, m.start()):
            continue
        out.append((start, m.end()))
        start = m.end()
    out.append((start, len(prose)))
    return [(s, e) for s, e in out if prose[s:e].strip()]


def _abbreviation(prose: str, dot: int) -> bool:
    word = _LAST_WORD.search(prose, max(0, dot - 20), dot + 1)
    if not word:
        return False
    token = word.group(1).lower()
    # "U.S." and "a.m.": a dot inside the word; "J." a lone initial
    return token in _ABBREVIATIONS or "." in token or len(token) == 1
