"""What the markup around the prose says to factlint: suppression directives in comments, and the
direct quotations findings may fall in."""
from __future__ import annotations

import re

from ..claims import Directive
from .context import Context

_COMMENT = re.compile(r"<!--(?P<body>.*?)-->", re.S)
_DIRECTIVE = re.compile(
    r"\s*factlint-(?P<action>disable-next-line|disable|enable)\s+(?P<rules>[a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)"
    r"(?:\s+--\s+(?P<reason>\S.*?))?\s*", re.S)
_LOOSE = re.compile(r"^\s*factlint-")
# “curly” and "straight" double quotes, within one paragraph
_QUOTE = re.compile(r"“[^”\n]*(?:\n(?!\s*\n)[^”\n]*)*”|\"[^\"\n]*(?:\n(?!\s*\n)[^\"\n]*)*\"")


def read_markup(ctx: Context) -> None:
    if ctx.doc.kind in ("markdown", "html"):
        for m in _COMMENT.finditer(ctx.doc.text):
            _directive(ctx, m)
    for m in _QUOTE.finditer(ctx.prose):
        ctx.quotes.append((m.start(), m.end()))


def _directive(ctx: Context, m: re.Match[str]) -> None:
    body = m.group("body")
    if not _LOOSE.match(body):
        return
    parsed = _DIRECTIVE.fullmatch(body)
    span = ctx.span(m.start(), m.end())
    if parsed is None:
        ctx.directives.append(Directive(span=span, text=m.group(), action="invalid", rules=[], reason=None))
        return
    rules = [r.strip() for r in parsed.group("rules").split(",")]
    ctx.directives.append(Directive(span=span, text=m.group(), action=parsed.group("action"), rules=rules,
                                    reason=parsed.group("reason")))
