"""Which way a clause points in time, for dates the copy leaves open ("on Friday", "March 28"):
news is told in the past unless the clause says otherwise, as HeidelTime reads it."""
from __future__ import annotations

import re
from collections.abc import Iterator

_FUTURE = frozenset("will shall would due scheduled next".split())
_FUTURE_PAIRS = {"is": "to", "are": "to", "plan": "to", "plans": "to", "going": "to", "later": "this"}
# Past forms that do not end in -ed, the commonest in news first ("said" above all); only those that
# cannot be read as the present or as a noun ("set", "put", "left" and "found" are left out).
_PAST = frozenset((
    "was were had did ago earlier last said told met went came took gave made began held won lost fell rose saw "
    "got brought bought thought sought fought taught caught kept sent spent built struck stood spoke wrote drove "
    "flew knew grew threw drew became ran fled paid sold heard meant broke chose stole swore shot sank withdrew "
    "understood overtook undertook forgot arose awoke ate slid shrank sprang swam wept").split())
_WORD = re.compile(r"\w+")
# a clause ends at these; a marker before them speaks of another clause
_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:and|but|while|whereas)\b|\.\s")


def tense(prose: str, sentence_start: int, pos: int, after: int | None = None) -> str | None:
    """'future', 'past' or None, from the nearest tense marker before `pos` in its clause (or, failing
    that, the first after it up to `after`)."""
    window_start = sentence_start
    for brk in _CLAUSE_BREAK.finditer(prose, sentence_start, pos):
        window_start = brk.end()
    last = None
    for last in _markers(prose, window_start, pos):
        pass
    if last is None and after is not None:
        last = next(_markers(prose, pos, after), None)
    return last


def _markers(prose: str, start: int, end: int) -> Iterator[str]:
    """The way each tense marker in prose[start:end] points, in order. Word by word: one pattern of
    every marker, tried at every character, cost more than all the rest of reading dates."""
    words = _WORD.finditer(prose, start, end)
    word = next(words, None)
    while word is not None:
        following = next(words, None)
        text = word.group().lower()
        if (following is not None and _FUTURE_PAIRS.get(text) == following.group().lower()
                and prose[word.end():following.start()].isspace()):  # "is to", "plans to", "later this"
            yield "future"
            word = next(words, None)
            continue
        if text in _FUTURE or text == "ll" and prose[word.start() - 1:word.start()] == "'" and _is_word(prose, word.start() - 2):
            yield "future"  # "will", "we'll"
        elif text in _PAST or len(text) > 3 and text.endswith("ed") and text[-3] != "e" and text != "hundred":
            yield "past"
        word = following


def _is_word(prose: str, at: int) -> bool:
    return at >= 0 and (prose[at].isalnum() or prose[at] == "_")
