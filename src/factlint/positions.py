"""Character offsets to 1-based lines and columns, and the span model every stage shares."""
from __future__ import annotations

import bisect
import re

from pydantic import BaseModel, ConfigDict

# \r\n, a lone \r and \n each end a line, so CRLF and old Mac files get the lines an editor shows.
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


class Span(BaseModel):
    """A range of the whole file text: offsets in code points, end exclusive; lines and columns 1-based."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int


class LineIndex:
    def __init__(self, text: str) -> None:
        self._starts = [0] + [m.end() for m in _LINE_BREAK.finditer(text)]

    def position(self, offset: int) -> tuple[int, int]:
        row = bisect.bisect_right(self._starts, offset) - 1
        return row + 1, offset - self._starts[row] + 1

    def span(self, start: int, end: int) -> Span:
        line, column = self.position(start)
        end_line, end_column = self.position(end)
        return Span(start=start, end=end, line=line, column=column, end_line=end_line, end_column=end_column)

    def line_bounds(self, line: int, text_length: int) -> tuple[int, int] | None:
        """(start, end) offsets of a 0-based line, its line break included; None past the last line."""
        if line >= len(self._starts):
            return None
        end = self._starts[line + 1] if line + 1 < len(self._starts) else text_length
        return self._starts[line], end


def sub_span(span: Span, text: str, start: int, end: int) -> Span:
    """The span of text[start:end], for `text` the exact text of `span` (lines counted within it)."""
    def at(offset: int) -> tuple[int, int]:
        before = text[:offset]
        breaks = list(_LINE_BREAK.finditer(before))
        if not breaks:
            return span.line, span.column + offset
        return span.line + len(breaks), offset - breaks[-1].end() + 1
    line, column = at(start)
    end_line, end_column = at(end)
    return Span(start=span.start + start, end=span.start + end, line=line, column=column,
                end_line=end_line, end_column=end_column)
