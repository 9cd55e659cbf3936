"""time-zone: a time of day said again in another zone that the zones' offsets do not give."""
from __future__ import annotations

from ..claims import ClaimSet
from ..facts import FactBase
from ..zones import utc_offset
from . import Hit, NoParameters, kind

_DAY = 24 * 60


@kind("time-zone", fields=("source", "converted"), consumes=("time-conversion",))
def check(claims: ClaimSet, params: NoParameters, facts: FactBase):
    """"4 p.m. EDT (2000 GMT)" is right; "9:30 a.m. ET (1330 GMT)" in July is not (ET is EDT then, four hours
    behind GMT, 1330 GMT is 9:30 a.m. EST). A zone named without standard or daylight time (ET, PT) is read
    on the time's own day; a day not known leaves it alone."""
    by_id = claims.by_id()
    for pair in claims.of_kind("time-conversion"):
        source, target = by_id[pair.source], by_id[pair.target]
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
    hour, minute = value.partition("T")[2][:5].split(":")
    return int(hour) * 60 + int(minute)


def _written(minutes: int, like) -> str:
    """The time in the target's zone, on a 24-hour clock when the target is written on one ("2000 GMT")."""
    hour, minute = divmod(minutes, 60)
    if like.text[:4].isdigit():
        return f"{hour:02d}{minute:02d} {like.zone}"
    return f"{(hour - 1) % 12 + 1}:{minute:02d} {'a.m.' if hour < 12 else 'p.m.'} {like.zone}"
