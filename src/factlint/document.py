"""Stage 1, document: a file's text untouched, its reference date, and which parts are prose."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from . import datafile, prose
from .errors import UserError
from .positions import LineIndex

MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
TEXT_SUFFIXES = (".txt",)
ARTICLE_SUFFIXES = MARKDOWN_SUFFIXES + HTML_SUFFIXES + TEXT_SUFFIXES

_FRONT_MATTER = re.compile(r"\A(\ufeff?)---[ \t]*(\r\n|\r|\n)")
# a line of its own, whatever ends the lines (^ with re.M would not see a lone \r as a line end)
_FRONT_MATTER_END = re.compile(r"(?:(?<=\n)|(?<=\r))(?:---|\.\.\.)[ \t]*(?:\r\n|\r|\n|\Z)")
_HTML_DATE = [
    re.compile(r"<meta\b[^>]*?(?:name|property|itemprop)\s*=\s*[\"']?(?:date|dc\.date|dcterms\.date|article:published_time|datePublished|pubdate|publication_date)[\"']?[^>]*>", re.I),
    re.compile(r"<time\b[^>]*?(?:\bpubdate\b|itemprop\s*=\s*[\"']?datePublished)[^>]*>", re.I),
]
_ATTR = re.compile(r"\b(content|datetime)\s*=\s*[\"']?([^\"'\s>]+)", re.I)


@dataclass(frozen=True)
class Document:
    path: str
    text: str
    kind: str                        # "markdown", "html" or "text"
    prose: str                       # the text with every non-prose character blanked; same length
    date: dt.date | None             # the reference date for relative expressions
    date_source: str | None          # where the date came from: "front matter", "html", "--date"
    meta: dict = field(default_factory=dict)
    lines: LineIndex = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "lines", LineIndex(self.text))


def kind_for(path: str) -> str:
    suffix = Path(path).suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in TEXT_SUFFIXES:
        return "text"
    return "markdown"


def decode(path: str, data: bytes) -> str:
    """The file's text as written: a UTF-8 BOM stays as character 0 so offsets match the file;
    UTF-16 is read when it says so with its BOM; anything else must be UTF-8."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise UserError(path, f"invalid UTF-16 text ({exc.reason})") from None
    if b"\x00" in data[:8192]:
        raise UserError(path, "binary file, not an article")
    return datafile.utf8(path, data)


def read(path: str, date: dt.date | None = None) -> Document:
    p = Path(path)
    if p.is_dir():
        raise UserError(path, "is a folder, not an article")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise UserError(path, f"cannot read: {exc.strerror or exc}") from None
    return from_text(decode(path, data), path=path, date=date, kind=kind_for(path))


def from_text(text: str, path: str = "<text>", date: dt.date | None = None, kind: str = "markdown") -> Document:
    """Build a document from text. `date`, when given, overrides the date the text carries."""
    meta: dict = {}
    found: dt.date | None = None
    source: str | None = None
    if kind == "html":
        masked = prose.mask_html(text)
        found = _html_date(path, text)
        source = "html" if found else None
    else:
        meta, body_start, found = _front_matter(path, text)
        source = "front matter" if found else None
        masked = (prose.mask_markdown if kind == "markdown" else prose.mask_text)(text, body_start)
    if date is not None:
        found, source = date, "--date"
    return Document(path=path, text=text, kind=kind, prose=masked, date=found, date_source=source, meta=meta)


def _front_matter(path: str, text: str) -> tuple[dict, int, dt.date | None]:
    opening = _FRONT_MATTER.match(text)
    if not opening:
        return {}, 0, None
    closing = _FRONT_MATTER_END.search(text, opening.end())
    if not closing:
        raise UserError(path, "front matter opened with '---' is never closed", 1)
    block = text[opening.end():closing.start()]
    try:
        parsed = datafile.load_text(path, block)
    except UserError as exc:
        raise UserError(path, f"front matter: {exc.message}", (exc.line or 0) + 1) from None
    meta = parsed.data if parsed.data is not None else {}
    if not isinstance(meta, dict):
        raise UserError(path, "front matter is not a mapping of keys to values", 2)
    date = None
    if "date" in meta:
        date = parse_date(meta["date"])
        if date is None:
            raise UserError(path, f"front matter date {meta['date']!r} is not a date (YYYY-MM-DD)", (parsed.line(("date",)) or 0) + 1)
    return meta, closing.end(), date


def _html_date(path: str, text: str) -> dt.date | None:
    for pattern in _HTML_DATE:
        for tag in pattern.finditer(text):
            for _name, value in _ATTR.findall(tag.group()):
                date = parse_date(value)
                if date:
                    return date
    return None


def parse_date(value: object) -> dt.date | None:
    """A calendar date from 'YYYY-MM-DD' or an ISO date-time; None for anything else."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    m = re.fullmatch(r"\s*(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*", value)
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None
