"""Which way a clause points in time, for dates the copy leaves open ("on Friday", "March 28"):
news is told in the past unless the clause says otherwise, as HeidelTime reads it."""
from __future__ import annotations

import re

_FUTURE = frozenset("will shall would due scheduled next payable".split())  # "payable Dec. 15": a dividend to come
# two words that look ahead: "is to", "plans to", "later this"; "as soon as Tuesday", "as early as Tuesday"; what is put off
# ("postponed until Tuesday") is put off to a day to come
_FUTURE_PAIRS = frozenset(
    [(w, "to") for w in "is are plan plans going expected expects set planned planning".split()]
    + [("later", "this"), ("soon", "as"), ("early", "as")]
    + [(w, p) for w in "postponed delayed adjourned deferred extended".split() for p in ("until", "till", "to")])
# Past forms that do not end in -ed, the commonest in news first ("said" above all); only those that
# cannot be read as the present or as a noun ("set", "put", "left" and "found" are left out).
PAST_FORMS = frozenset((
    "said told met went came took gave made began held won lost fell rose saw got brought bought thought sought "
    "fought taught caught kept sent spent built struck stood spoke wrote drove flew knew grew threw drew became "
    "ran fled paid sold heard meant broke chose stole swore shot sank withdrew understood overtook undertook "
    "forgot arose awoke ate slid shrank sprang swam wept").split())
_PAST = frozenset("was were had did ago earlier last since".split()) | PAST_FORMS
# a past form after these is a passive ("will be paid") or an adjective ("the increased dividend"), no tense
_NOT_TENSE_AFTER = frozenset("be been being the a an its their his her our".split())
_WORD_GAP = re.compile(r"(\w+)(\W*)")
# Words in un- and -ed are mostly adjectives ("an undisclosed sum", "a still unspecified date"), no tense,
# but for these verbs
_UN_VERBS = frozenset("unveiled unleashed uncovered unearthed unfolded unlocked unraveled unravelled unsealed united "
                      "unloaded unpacked unified untied unblocked unplugged unwrapped".split())
# ", which had been expected,": a clause set off in commas speaks of something else than its sentence's verb
_ASIDE = re.compile(r",\s+(?:which|who|whom|whose)\b[^,;:]*,(?=\s*\w)", re.I)  # closed, and words after it
# a clause ends at these; a marker before them speaks of another clause
_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:and|but|while|whereas)\b|(?<!\b[ap]\.m)\.\s")  # not "4 a.m. EDT"


# a deadline: "until" or "till" a few words before the date, with no tense marker in its clause
_UNTIL = re.compile(r"\b(?:(?:until|till)\s+(?:[\w.:]+\s+){0,2}|by\s+)$", re.I)  # "until 9 a.m. Tuesday", "by February"
# what may stand before a deadline's "until" or "by" that opens its clause ("But by Monday"): nothing else
_CLAUSE_OPENERS = frozenset(["", *"and but yet so then or".split()])
# what is put off, with its object between: "extended its deadline until", "postponed the vote to"
_PUT_OFF = re.compile(r"\b(?:postponed|delayed|adjourned|deferred|extended|put\s+off|pushed\s+back)\b(?:\s+[\w'’]+){1,3}?"
                      r"\s+(?:until|till|to)\s+(?:[\w.:]+\s+){0,3}$", re.I)
_EFFECTIVE = re.compile(r"\beffective\s+(?:on\s+|from\s+|as\s+of\s+)?$", re.I)
# characters looked at either side of a word for its clause: a run-on "sentence" with no stop is no one
# clause, and reading all of it for each of its dates would take time growing with its square
LONGEST_CLAUSE = 300


def tense(prose: str, sentence_start: int, pos: int, after: int | None = None) -> str | None:
    """'future', 'past' or None, from the nearest tense marker before `pos` in its clause (or, failing
    that, the first after it up to `after`)."""
    if _EFFECTIVE.search(prose, max(sentence_start, pos - 16), pos):
        return None  # "created an office, effective Feb. 1": the verb tells when it was decided, not when it holds
    window_start = max(sentence_start, pos - LONGEST_CLAUSE)
    if _PUT_OFF.search(prose, max(sentence_start, pos - 60), pos):
        return "future"  # "INS extended its deadline until 9 a.m. EST Tuesday": put off to a day to come
    for brk in _CLAUSE_BREAK.finditer(prose, window_start, pos):
        window_start = brk.end()
    before, aside = _markers(prose, window_start, pos)
    if before:
        return before[-1]
    if (until := _UNTIL.search(prose, max(window_start, pos - 24), pos)) and (
            prose[window_start:until.start()].strip().lower() not in _CLAUSE_OPENERS):
        return "future"  # "has given them until 9 a.m. Tuesday": a deadline (not "Until Monday, it was", "But by Monday")
    if aside:
        return aside[-1]  # the clause says nothing: "He succeeds Taylor, who stepped down as chairman, president and chief executive in March"
    if after is not None:
        return next(iter(_markers(prose, pos, min(after, pos + LONGEST_CLAUSE))[0]), None)
    return None


def _markers(prose: str, start: int, end: int) -> tuple[list[str], list[str]]:
    """The way each tense marker in prose[start:end] points, in order: those of the clause, and apart those
    of a clause set off in commas and closed before `end` (", which had been expected,"), which mostly
    speaks of something else."""
    out, asides = [], []
    for aside in _ASIDE.finditer(prose, start, end):
        out += _word_markers(prose, start, aside.start())
        asides += _word_markers(prose, aside.start(), aside.end())
        start = aside.end()
    return [way for way, _ in out + _word_markers(prose, start, end)], [way for way, _ in asides]


def first_marker(prose: str, start: int, end: int) -> tuple[str, str] | None:
    """The first tense marker of prose[start:end], the way it points and the word: ('past', 'killed')."""
    return next(iter(_word_markers(prose, start, end)), None)


def _word_markers(prose: str, start: int, end: int) -> list[tuple[str, str]]:
    """Word by word, the words split off in one call (one pattern of every marker, tried at each
    character, cost more than all the rest of reading dates): each marker's way and word."""
    out = []
    words = _WORD_GAP.findall(prose, start, end)
    gap_before = ""  # what stands between the word before and this one
    i = 0
    while i < len(words):
        word, gap = words[i]
        word = word.lower()
        if i + 1 < len(words) and gap.isspace() and (word, words[i + 1][0].lower()) in _FUTURE_PAIRS:
            if not _had_been(words, i):
                out.append(("future", word))  # "is to", "plans to", "later this"
            gap_before = words[i + 1][1]
            i += 2
            continue
        if word in _FUTURE or word == "ll" and gap_before == "'":
            if not _had_been(words, i):
                out.append(("future", word))  # "will", "we'll"
        elif (word in _PAST or len(word) > 3 and word.endswith("ed") and word[-3] != "e" and word != "hundred"
              and not (word.startswith("un") and not word.startswith("under") and word not in _UN_VERBS)) and not (
                i and gap_before.isspace() and words[i - 1][0].lower() in _NOT_TENSE_AFTER):
            out.append(("past", word))
        gap_before = gap
        i += 1
    return out


def _had_been(words: list[tuple[str, str]], i: int) -> bool:
    """"had been scheduled to expire Friday", "had been due": a plan of the past, past with "had"."""
    return i >= 2 and words[i - 1][0].lower() == "been" and words[i - 2][0].lower() == "had"
