"""A time of day said again in another zone: "4 p.m. EDT (2000 GMT)", "9:30 a.m. ET, or 1430 GMT". Both
zones must be written: "10 a.m. (0800 GMT)" gives no zone to convert from."""
from __future__ import annotations

import re

from ..claims import TimeConversion
from .context import Context

_BETWEEN = re.compile(r"\s*\(\s*|\s*,\s*or\s+|\s*/\s*")
_CLOSE = re.compile(r"\s*\)")


def read_time_conversions(ctx: Context) -> None:
    zoned = [c for c in ctx.temporals if c.type == "TIME" and c.zone]
    for source, target in zip(zoned, zoned[1:]):
        between = _BETWEEN.fullmatch(ctx.prose, source.span.end, target.span.start)
        if between is None or source.zone == target.zone:
            continue
        if "(" in between.group() and not _CLOSE.match(ctx.prose, target.span.end):
            continue
        ctx.add(TimeConversion, source.span.start, target.span.end, source=source.id, target=target.id)
