"""Every number and date name in the prose accounts for itself: read into a claim, or listed as
unread with the reason. Nothing is dropped silently (`factlint extract --stats` shows the tally)."""
from __future__ import annotations

import re

from .context import DIGITS, Context
from .quantities import in_address, in_name, is_label
from .lexicon import MONTH, MONTHS, WEEKDAY, WEEKDAY_NUMBERS

_TOKEN = re.compile(rf"\d+(?:[.,]\d+)*|{MONTH}(?![a-z])|\b{WEEKDAY}\b")
_TOKEN_STARTS = DIGITS | frozenset(MONTHS) | frozenset(WEEKDAY_NUMBERS)
_REASONS = [
    (re.compile(r"[A-Za-z]-?$"), "part of a name, code or model number ('F-16', 'G7', 'COVID-19')"),
    (re.compile(r"^[:.]\d"), "a time of day or a clock reading"),
    (re.compile(r"\d:$"), "a time of day or a clock reading"),
    (re.compile(r"^\s*(?:-|–)\s*\d"), "a score, tally or vote ('3-1', '9-4')"),
    (re.compile(r"\d[-–]$"), "a score, tally or vote ('3-1', '9-4')"),
]


def account(ctx: Context) -> None:
    covered = bytearray(len(ctx.prose))
    for item in [*ctx.claims, *ctx.unread]:
        covered[item.span.start:item.span.end] = b"\x01" * (item.span.end - item.span.start)
    for m in ctx.at_words(_TOKEN, _TOKEN_STARTS):
        if any(covered[m.start():m.end()]):
            continue
        ctx.leave_unread(m.start(), m.end(), _reason(ctx.prose, m))


def _reason(prose: str, m: re.Match[str]) -> str:
    if not m.group()[0].isdigit():
        return "a month or day name used as a word, with no date beside it"
    if len(m.group()) > 40:
        return "a run of digits too long to be a figure"
    before, after = prose[max(0, m.start() - 6):m.start()], prose[m.end():m.end() + 6]
    if in_address(prose, m.end()):
        return "part of a street address ('49 Zorro Ranch Road', '9 E 71st St')"
    for pattern, reason in _REASONS:
        if pattern.search(after if pattern.pattern.startswith("^") else before):
            return reason
    if is_label(prose, m.start()):
        return "a number used as a label ('No. 3', 'category 4')"
    if in_name(prose, m.start(), m.end()):
        return "part of a model or a name ('iPhone 11 Pro', 'Boeing 787 Dreamliner', 'the S&P 500')"
    if re.match(r"[A-Za-z]", after):
        return "part of a name, code or model number ('F-16', 'G7', 'COVID-19')"
    return "a number no component reads yet"
