"""time-zone: a time of day said again in another zone that the zones' offsets do not give."""
from __future__ import annotations

import re

from ..claims import ClaimSet
from ..facts import FactBase
from ..zones import utc_offset
from . import Hit, NoParameters, kind

_DAY = 24 * 60
_CLOCK = re.compile(r"T(\d\d):(\d\d)")


@kind("time-zone", fields=("source", "converted"), consumes=("time-conversion",))
def check(claims: ClaimSet, params: NoParameters, facts: FactBase):
    """"4 p.m. EDT (2000 GMT)" is right; "9:30 a.m. ET (1330 GMT)" in January is not (ET is EST then, five hours
    behind GMT: 1430 GMT). A zone named without standard or daylight time (ET, PT) is read on the time's own
    day; a day not known, or a zone not known, leaves it alone."""
    by_id = claims.by_id()
    for pair in claims.of_kind("time-conversion"):
        source, target = by_id[pair.source], by_id[pair.target]
        if not (_CLOCK.search(source.value) and _CLOCK.search(target.value)):
            continue  # a claim file may pair a date with no time of day
        day = source.value.partition("T")[0]
        offsets = utc_offset(source.zone, day), utc_offset(target.zone, day)
        if None in offsets:
            continue
        said, told = _minutes(source.value), _minutes(target.value)
        expected = (said - offsets[0] + offsets[1]) % _DAY
        if told % _DAY == expected:
            continue
        yield Hit(span=target.span, text=target.text,
                  fields={"source": source.text, "converted": _written(expected, target)},
                  related=[(source.span, source.text)])


def _minutes(value: str) -> int:
    clock = _CLOCK.search(value)
    return int(clock.group(1)) * 60 + int(clock.group(2))


def _written(minutes: int, like) -> str:
    """The time in the target's zone, on a 24-hour clock when the target is written on one ("2000 GMT")."""
    hour, minute = divmod(minutes, 60)
    if like.text[:4].isdigit():
        return f"{hour:02d}{minute:02d} {like.zone}"
    return f"{(hour - 1) % 12 + 1}:{minute:02d} {'a.m.' if hour < 12 else 'p.m.'} {like.zone}"
