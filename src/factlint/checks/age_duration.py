"""age-duration: an anniversary, an age, or a number of years, months or days that the dates it spans do
not give."""
from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field

from .. import dates
from ..claims import ClaimSet, Elapsed
from ..facts import FactBase
from . import NAMES_ATTRIBUTES, Hit, kind


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid")

    began: list[str] = Field(
        description="Reference-fact attributes that say when an entity began, in order of preference, for an "
                    "anniversary whose start the copy does not give ('ESA, which marks its 50th anniversary').",
        json_schema_extra=NAMES_ATTRIBUTES)


@kind("age-duration", Params, fields=("start", "end", "expected"), consumes=("elapsed",))
def check(claims: ClaimSet, params: Params, facts: FactBase):
    """A '30th anniversary' this year for an airline founded in 1985 (40 years); a '21-year-old'
    born in 2003 in 2025 (21 or 22 is right); '26 years of operation' for a mine opened in 1999; '14 months in
    prison, from January 2019 to March 2021' (26 months)."""
    by_id = claims.by_id()
    for elapsed in claims.of_kind("elapsed"):
        amount = by_id[elapsed.amount]
        if elapsed.age_now:
            yield from _ages_apart(amount, by_id[elapsed.age_now], by_id[elapsed.until], claims.reference_date)
            continue
        start = _start(by_id, elapsed, facts, params.began)
        end = by_id[elapsed.until].value if elapsed.until else claims.reference_date
        if start is None or end is None:
            continue
        if elapsed.measure == "days":
            yield from _days(amount, by_id[elapsed.since], by_id[elapsed.until])
            continue
        if elapsed.measure == "months":
            yield from _months(amount, by_id[elapsed.since], by_id[elapsed.until])
            continue
        years = int(end[:4]) - int(start[0][:4])
        stated = int(amount.value) if amount.kind == "quantity" else _years(amount.value)
        allowed = {"anniversary": _anniversaries(start[0], end), "age": [years - 1, years],
                   "years": [years - 1, years, years + 1]}
        if stated in allowed[elapsed.measure]:
            continue
        if elapsed.measure == "years" and elapsed.subject and stated <= years + 1:
            continue  # "has kept the peace for 60 years": it may have begun later than the entity did
        expected = (" or ".join(map(str, allowed["age"])) if elapsed.measure == "age" else str(years)) + " years"
        yield Hit(span=amount.span, text=amount.text,
                  fields={"start": start[2], "expected": expected,
                          "end": dates.describe(end) if elapsed.until else f"{end[:4]} (the article's date)"},
                  related=[(start[1].span, start[1].text)])


def _years(value: str) -> int:
    """A span's years: "P26Y" -> 26, "P1DE" (a decade) -> 10."""
    return int(value[1:-2]) * 10 if value.endswith("DE") else int(value[1:-1])


def _days(amount, since, until):
    """"Oct. 20, 16 days before the Nov. 5 election": the days between the two dates, one either way for
    counting both ends; a week is seven days, give or take three. A year the copy left out may be the
    one before or after the year given it ("Dec. 20, 16 days before the Jan. 5 vote")."""
    first, last = dt.date.fromisoformat(since.value), dt.date.fromisoformat(until.value)
    years = [0] if since.inferred is None and until.inferred is None else [-1, 0, 1]
    weeks = amount.value.endswith("W")
    stated = int(amount.value[1:-1]) * (7 if weeks else 1)
    gaps = [(last - _shifted(first, n)).days for n in years]
    if since.inferred == until.inferred == "weekday":
        gaps = [(last - first).days % 7]  # "five days, from Monday to Friday": forward, within a week
    return _counted(amount, since, until, gaps, stated, 3 if weeks else 1, "days")


def _months(amount, since, until):
    """"14 months in prison, from January 2019 to March 2020": the months from one to the other, one either
    way for counting both ends or for days within the months. A year the copy left out may be the one
    before or after the year given it ("from November to February")."""
    first, last = (dates.DATE_VALUE.fullmatch(d.value) for d in (since, until))
    gap = 12 * (int(last.group(1)) - int(first.group(1))) + int(last.group(2)) - int(first.group(2))
    gaps = [gap] if since.inferred is None and until.inferred is None else [gap - 12, gap, gap + 12]
    return _counted(amount, since, until, gaps, int(amount.value[1:-1]), 1, "months")


def _ages_apart(amount, now, until, reference: str | None):
    """"Johnson, 45, was elected in 2001 at the age of 29": born in 1978 or 1979 by his age today, he was 21,
    22 or 23 in 2001."""
    if reference is None:
        return
    born = int(reference[:4]) - int(now.value)  # or the year before, his birthday this year still to come
    middle = int(until.value[:4]) - born
    if middle - 1 <= int(amount.value) <= middle + 1:
        return
    yield Hit(span=amount.span, text=amount.text,
              fields={"start": f"a birth in {born - 1} or {born} ('{now.text}' on the article's date)",
                      "end": dates.describe(until.value), "expected": f"{middle - 1}, {middle} or {middle + 1} years"},
              related=[(now.span, now.text), (until.span, until.text)])


def _counted(amount, since, until, gaps: list[int], stated: int, slack: int, unit: str):
    """A hit when none of the gaps the dates may give comes within `slack` of the stated count."""
    if any(abs(gap - stated) <= slack for gap in gaps):
        return
    gap = min(gaps, key=lambda g: abs(g - stated))
    # "sentenced on May 3, two weeks after his arrest on May 10": the order is wrong, not only the count
    expected = f"{gap} {unit}" if gap >= 0 else f"{-gap} {unit} back, not forward"
    yield Hit(span=amount.span, text=amount.text,
              fields={"start": f"'{since.text}'", "end": f"'{until.text}'", "expected": expected},
              related=[(since.span, since.text), (until.span, until.text)])


def _shifted(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # February 29
        return day.replace(year=day.year + years, day=28)


def _anniversaries(start: str, end: str) -> list[int]:
    """The anniversaries copy dated `end` may speak of: the one within six months of the date, either side
    ("will join in April, marking NATO's 50th anniversary" in December 1998), when both months are known;
    else the one of the year or the next."""
    years = int(end[:4]) - int(start[:4])
    first, last = (dates.DATE_VALUE.fullmatch(value) for value in (start, end))
    if not (first and first.group(2) and last and last.group(2)):  # a year, or a season, quarter or week
        return [years, years + 1]
    gap = int(last.group(2)) - int(first.group(2))  # months from the anniversary in the end's year to the end
    return [n for n in (years - 1, years, years + 1) if abs(gap - 12 * (n - years)) <= 6]


def _start(by_id, elapsed: Elapsed, facts: FactBase, began: list[str]):
    """(start value, the claim that gives it, how a message names it), or None."""
    if elapsed.since:
        date = by_id[elapsed.since]
        return date.value, date, f"'{date.text}'"
    mention = by_id.get(elapsed.subject) if elapsed.subject else None
    entity = facts.entities.get(mention.entity) if mention else None
    for attribute in began if entity else []:
        if attribute in entity.dates:
            fact = entity.dates[attribute]
            return fact.value, mention, (f"{entity.name} ({fact.wording or attribute} {dates.when(fact.value)}; "
                                         f"source: {fact.source})")
    return None
