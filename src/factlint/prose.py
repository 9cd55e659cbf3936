"""Which characters of a document are prose.

Each function returns the text with every non-prose character replaced by a space (line breaks
kept), so the result has the same length as the file and an offset into it is an offset into the
file. Extraction reads only this masked text: code, URLs, tags and link targets cannot yield claims.
"""
from __future__ import annotations

import html
import re

_URL = re.compile(r"\b(?:https?://|ftp://|www\.)[^\s<>()\[\]]*[^\s<>()\[\].,;:!?'\"]")
# the local part starts where a run of its characters starts, so a long run is scanned once, not once per character
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")


_NOT_BREAK = re.compile(r"[^\r\n]")


def _spaces(text: str) -> str:
    """The same length of text, every character but a line break a space."""
    return _NOT_BREAK.sub(" ", text)


def _blank(text: str, ranges: list[tuple[int, int]]) -> str:
    """Blank the given (sorted, separate) ranges of the text."""
    out, pos = [], 0
    for start, end in ranges:
        out += [text[pos:start], _spaces(text[start:end])]
        pos = end
    out.append(text[pos:])
    return "".join(out)


def _blank_pattern(text: str, pattern: re.Pattern[str]) -> str:
    return pattern.sub(lambda m: _spaces(m.group()), text)


# --- plain text -----------------------------------------------------------------------------

def mask_text(text: str, body_start: int = 0) -> str:
    masked = _blank(text, [(0, body_start)])
    for pattern, needs in ((_URL, ("://", "www.")), (_EMAIL, ("@",))):
        if any(s in masked for s in needs):
            masked = _blank_pattern(masked, pattern)
    return masked


# --- Markdown -------------------------------------------------------------------------------

_FENCE = re.compile(r"^( {0,3})(`{3,}|~{3,})")
_LIST_ITEM = re.compile(r"^ {0,3}(?:[-+*]|\d{1,9}[.)])\s")
# The passes in order, each reading what earlier passes left (so a URL inside code is not read twice),
# each with the strings it cannot match without: a pass the article gives no hold is skipped, as most
# news copy has no code, tags, links or addresses. Markers that stand at the start of a line are tried
# only there (a lone \r ends a line too, which re.M's ^ would not see).
_LINE_START, _ANYWHERE = True, False
_PASSES = [
    (re.compile(r"<!--.*?-->", re.S), ("<",), _ANYWHERE),                          # HTML comments
    (re.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)", re.S), ("`",), _ANYWHERE),           # inline code
    (re.compile(r"<(?:https?|ftp|mailto):[^>\s]*>"), ("<",), _ANYWHERE),           # autolinks
    (re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>"), ("<",), _ANYWHERE),  # inline HTML tags
    (re.compile(r"(?<=\])\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)"), ("](",), _ANYWHERE),  # [text](url "title")
    (re.compile(r"(?<=\])\[[^\]\n]*\]"), ("][",), _ANYWHERE),                       # reference links: [text][id]
    (re.compile(r" {0,3}\[[^\]\r\n]+\]:\s*\S[^\r\n]*"), ("]:",), _LINE_START),      # reference definitions
    (_URL, ("://", "www."), _ANYWHERE),
    (_EMAIL, ("@",), _ANYWHERE),
    (re.compile(r" {0,3}#{1,6}(?=\s)"), ("#",), _LINE_START),                       # heading markers
    (re.compile(r" {0,3}(?:>[ \t]?)+"), (">",), _LINE_START),                        # block quote markers
    (re.compile(r" {0,3}(?:[-+*]|\d{1,9}[.)])(?=\s)"), ("",), _LINE_START),          # list bullets
    (re.compile(r" {0,3}(?:[-*_][ \t]*){3,}(?=[\r\n]|\Z)"), ("-", "*", "_"), _LINE_START),  # thematic breaks
    (re.compile(r"!?\[|\]"), ("[", "]"), _ANYWHERE),                                 # link and image brackets
    (re.compile(r"\*+|(?<!\w)_+|_+(?!\w)"), ("*", "_"), _ANYWHERE),                  # emphasis
]
_LINE_END = re.compile(r"[\r\n]")


def mask_markdown(text: str, body_start: int = 0) -> str:
    masked = _blank(text, [(0, body_start), *_code_blocks(text, body_start)])
    for pattern, needs, line_start in _PASSES:
        if not any(s in masked for s in needs):
            continue
        masked = _blank_line_starts(masked, pattern) if line_start else _blank_pattern(masked, pattern)
    return masked


def _blank_line_starts(text: str, pattern: re.Pattern[str]) -> str:
    ranges: list[tuple[int, int]] = []
    for pos in [0, *(m.end() for m in _LINE_END.finditer(text))]:
        if ranges and pos < ranges[-1][1]:
            continue  # inside the last match (a definition may run onto the next line)
        m = pattern.match(text, pos)
        if m:
            ranges.append(m.span())
    return _blank(text, ranges)


def _code_blocks(text: str, body_start: int) -> list[tuple[int, int]]:
    """Fenced code and indented code (four spaces after a blank line, outside a list)."""
    blocks: list[tuple[int, int]] = []
    offset = body_start
    fence: str | None = None
    fence_start = 0
    previous_blank = True
    in_list = False
    for line in text[body_start:].splitlines(keepends=True):
        content = line.rstrip("\r\n")
        if fence is not None:
            if content.lstrip(" ").startswith(fence) and content.strip(" `~") == "":
                blocks.append((fence_start, offset + len(line)))
                fence = None
        else:
            m = _FENCE.match(content)
            if m:
                fence, fence_start = m.group(2), offset
            elif content.strip() and (content.startswith("    ") or content.startswith("\t")) and previous_blank and not in_list:
                blocks.append((offset, offset + len(line)))
                offset += len(line)
                continue  # an indented block goes on while its lines stay indented
            elif content.strip():
                in_list = bool(_LIST_ITEM.match(content)) or (in_list and content[:1] in " \t")
        previous_blank = not content.strip() or (previous_blank and content[:1] in " \t" and not in_list)
        offset += len(line)
    if fence is not None:
        blocks.append((fence_start, len(text)))  # an unclosed fence runs to the end, as CommonMark says
    return blocks


# --- HTML -----------------------------------------------------------------------------------

_HTML_SKIP = re.compile(
    r"<!--.*?-->|<!\[CDATA\[.*?\]\]>|<(script|style|template|noscript|code|pre|head)\b.*?</\1\s*>|<[!?/]?[A-Za-z][^<>]*>",
    re.S | re.I,
)
_BODY = re.compile(r"<body\b[^>]*>", re.I)
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def mask_html(text: str) -> str:
    """The text of the body: tags, comments, scripts, styles, code and the head are not prose.

    An entity such as &amp; or &#8217; stands as its character followed by spaces, so the offsets
    still match the file."""
    body = _BODY.search(text)
    masked = _blank(text, [(0, body.end())] if body else [])
    masked = _blank_pattern(masked, _HTML_SKIP)
    masked = _ENTITY.sub(_entity, masked)
    return _blank_pattern(masked, _URL)


def _entity(m: re.Match[str]) -> str:
    decoded = html.unescape(m.group())
    if len(decoded) != 1:
        return m.group()
    return (" " if decoded == "\xa0" else decoded) + " " * (len(m.group()) - 1)
