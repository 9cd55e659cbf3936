"""Stage 2, claims: typed, span-carrying facts read from the prose, and the claim set that carries
them to the checks. A claim set serialises to JSON under a published schema
(schemas/claims.schema.json), so any extractor, a person or another program, can feed the checker.
"""
from __future__ import annotations

from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .positions import Span

CLAIMS_SCHEMA_VERSION = "1"
NO_REFERENCE_DATE = "no reference date: the article has no date: and --date was not given"
# why a day written with its month is left unread when its month has no such day ("April 31", "Feb. 29, 2023")
NO_SUCH_DAY = "no such day"
YEAR_FROM_REFERENCE = "the year taken from the article's date"
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


class _Claim(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(description="Unique within the claim set; other claims refer to it by this id.")
    span: Span
    text: str = Field(description="The exact source text of the span.")


class Quantity(_Claim):
    kind: Literal["quantity"] = "quantity"
    value: float = Field(description="The number as written.")
    low: float | None = Field(None, description="Least value the wording allows; null when unbounded.")
    high: float | None = Field(None, description="Greatest value the wording allows; null when unbounded.")
    qualifier: str | None = Field(None, description="'about', 'more than', 'at least', ... as written.")
    unit: str | None = Field(None, description="'percent', 'percentage point', 'fraction' (a share in words, "
                                              "value 0 to 1: 'a third', 'one in five'), a currency code (USD), "
                                              "or a pint unit ('year' for an age: 'a 52-year-old', 'aged 52', "
                                              "'Smith, 52,').")
    noun: str | None = Field(None, description="The counted noun phrase ('members', 'troops').")
    ordinal: bool = Field(False, description="'10th', 'third': a rank, not a count.")
    change: Literal["up", "down"] | None = Field(None, description="'rose 20%', 'down 3 points': a change stated.")
    upper: float | None = Field(None, description="The other end of a range written with it: '40 to 50', "
                                                  "'dozens' (12 to 120).")


class Temporal(_Claim):
    kind: Literal["temporal"] = "temporal"
    type: Literal["DATE", "TIME", "DURATION", "SET"] = "DATE"
    value: str = Field(description="TimeML value at the precision written: '2014', '2024-11', '2024-11-04', "
                                   "'2024-W45', '2024-Q3', 'P3Y', 'PRESENT_REF'.")
    mod: Literal["START", "MID", "END", "APPROX", "BEFORE", "AFTER", "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS",
                 "EQUAL_OR_MORE", "ON_OR_BEFORE", "ON_OR_AFTER"] | None = None
    inferred: Literal["year", "relative", "weekday", "anaphora"] | None = Field(
        None, description="What the reference date supplied: the year of a day or month written without one, "
                          "the whole of a relative date ('last week'), or the date of a lone weekday ('on Friday'); "
                          "anaphora: what an earlier date in the copy supplied ('that year', 'the following month').")
    anchor: str | None = Field(None, description="How the value was resolved, in words, when the text did not give it all.")
    zone: str | None = Field(None, description="The time zone written with a time of day, in capitals: 'EDT', 'GMT'.")


class Weekday(_Claim):
    kind: Literal["weekday"] = "weekday"
    day: Literal[WEEKDAYS]  # type: ignore[valid-type]
    date: str | None = Field(None, description="Id of the temporal claim the weekday names, when written beside it.")


class Mention(_Claim):
    kind: Literal["mention"] = "mention"
    entity: str = Field(description="Id of the reference entity the mention names.")


class Subject(BaseModel):
    """Where the text names what a dated relation is about, and how to pick the entity within it."""

    model_config = ConfigDict(extra="forbid")

    span: Span
    role: Literal["appositive", "clause", "pronoun"] = Field(
        description="appositive and pronoun: the mention nearest the relation; clause: the first mention.")


class EntityDate(_Claim):
    kind: Literal["entity-date"] = "entity-date"
    relation: str = Field(description="'since', or the dating word as written: 'founded', 'opened', 'founding'.")
    existence: bool = Field(False, description="For 'since': the phrase says when the subject began ('ongoing since').")
    date: str = Field(description="Id of the temporal claim giving the date.")
    subject: Subject


class Conversion(_Claim):
    """"120 km (75 miles)": the quantities in parentheses restate the ones before them in other units; "2 hours,
    23 minutes 15 seconds (2:23:15)": a time said on the clock restates the parts of one said in words."""
    kind: Literal["conversion"] = "conversion"
    source: list[str] = Field(description="Ids of the quantities converted, in order; or of the temporal parts of "
                                          "a time said in words.")
    target: list[str] = Field(description="Ids of their conversions, in the same order; or of the one time on the "
                                          "clock.")


class Rate(_Claim):
    """A count over a period said again for each day, week, month or year of it: "5,800 last week, or about 834
    per day"."""
    kind: Literal["rate"] = "rate"
    total: str = Field(description="Id of the quantity counted over the period.")
    period: str = Field(description="Id of the temporal claim of the period: a date ('last week', 'in March') or a "
                                    "duration ('the past seven days').")
    rate: str = Field(description="Id of the quantity for each unit of time.")
    per: Literal["hour", "day", "week", "month", "year"]


class Average(_Claim):
    """A total shared among a count, said again for each of them or for so many of them: "$12 million in bonuses
    to its 300 employees, an average of $60,000 each"; "400 murders ... in a city of 2 million, a rate of 20 per
    100,000 residents"."""
    kind: Literal["average"] = "average"
    total: str = Field(description="Id of the quantity shared.")
    count: str = Field(description="Id of the quantity it is shared among: the people or things, or the population.")
    average: str = Field(description="Id of the quantity said for each of them, or for each `per` of them.")
    per: float = Field(description="How many of the count the average is for: 1 ('each', 'per place'), 100000 "
                                   "('per 100,000 residents').")


class _Told(BaseModel):
    """Words told with a tally, where they stand."""
    model_config = ConfigDict(extra="forbid")

    span: Span
    text: str


class VoteGroup(_Told):
    """Members of a party said to have voted one way: "all 50 Democrats", "19 Republicans"."""
    count: int
    side: Literal["for", "against"]


class Threshold(_Told):
    """The votes a measure needed, told with its tally: "two votes short of the 60 needed", "clearing the
    60-vote threshold"."""
    needed: int
    reached: bool = Field(description="Told as reached ('clearing', 'more than') or not ('short of').")
    by: int | None = Field(None, description="By how many votes it was reached or missed, when told.")


class Majority(_Told):
    """The difference between a tally's two figures, told with it: "a majority of 124", "a 29-vote margin"."""
    votes: int


class Tally(_Claim):
    """A vote's tally, yeas first as news writes it: "The Senate voted 62-41", "by a vote of 61 to 36", "a 5-4
    decision"."""
    kind: Literal["tally"] = "tally"
    yeas: int = Field(description="Votes for: the first figure.")
    nays: int = Field(description="Votes against: the second figure.")
    body: str | None = Field(None, description="Id of the body that voted (a `bodies:` entry of the reference "
                                               "facts), when the sentence names one.")
    body_span: Span | None = Field(None, description="Where the body is named.")
    body_text: str | None = Field(None, description="The body's name as written there.")
    passed: bool = Field(False, description="The clause says the measure passed: 'passed', 'approved', "
                                            "'confirmed'.")
    groups: list[VoteGroup] = Field(default_factory=list, description="Parties' members said, in the tally's "
                                    "sentence or the next, to have voted one way: 'supported by all 50 Democrats "
                                    "and 19 Republicans'.")
    threshold: Threshold | None = Field(None, description="The votes needed, told after the tally in its sentence.")
    majority: Majority | None = Field(None, description="The difference of its figures, told after the tally in its "
                                                        "sentence: 'a majority of 124'.")


class TimeConversion(_Claim):
    """A time of day said again in another zone: "4 p.m. EDT (2000 GMT)"."""
    kind: Literal["time-conversion"] = "time-conversion"
    source: str = Field(description="Id of the time said first.")
    target: str = Field(description="Id of the time it is said again as.")


class Total(_Claim):
    """Parts and the total they make: "214 structures: 131 homes, 58 outbuildings and 19 ..."."""
    kind: Literal["total"] = "total"
    parts: list[str]
    total: str
    complete: bool = Field(description="True: the parts make up the whole total; false ('including'): they are some of it.")


class Subset(_Claim):
    """A part of a whole: "21,300 of them", "the doses ... include 468,000"."""
    kind: Literal["subset"] = "subset"
    part: str
    whole: str


class Share(_Claim):
    """"151,330 votes, or 38.7% of the 412,806 cast": a part, its percentage, and the whole."""
    kind: Literal["share"] = "share"
    part: str | None = Field(None, description="Id of the part; null for 'P% of N' with no part stated, which a "
                                               "whole count must still be able to give (GRIM).")
    percent: str
    whole: str


class Split(_Claim):
    """Shares said to divide one whole between them: "61% of possession to Dunmore's 39%"; or a poll's
    answers, which leave room for those who gave none: "48% backed it, 41% opposed it and 11% were unsure";
    or candidates' shares of one vote ("won 68.26 percent of the vote, while Peterle took 31.74 percent")."""
    kind: Literal["split"] = "split"
    percents: list[str]
    exhaustive: bool = Field(True, description="The shares make the whole; false where they may fall short "
                                               "of it but not exceed it (a poll's answers).")
    gap: str | None = Field(None, description="Id of the gap stated between two shares, in points: 'won 52% to 45%, "
                                              "a seven-point margin'.")
    parts: list[str] | None = Field(None, description="Ids of the counts the shares are of, in the same order, where "
                                                      "each is given ('1,202,942 votes (62.5 percent) to 628,834 (32.7 "
                                                      "percent)'): each count and its share imply the one whole.")


class Change(_Claim):
    """"fell 18% to $310 million from $342 million": a rate of change between two values; "fell $1.20,
    or 3.5%, to $33.10": a rate, the amount of the change and the value it reached; "has fallen $32, or 29
    percent, since its high of $109.77": a rate, the amount and the value before."""
    kind: Literal["change"] = "change"
    rate: str = Field(description="Id of the percentage (or percentage points) of change.")
    new: str | None = Field(None, description="Id of the value reached; null when the value before and the "
                                              "amount are given.")
    old: str | None = Field(None, description="Id of the value before the change.")
    amount: str | None = Field(None, description="Id of the amount of the change, whose direction it carries "
                                                 "('rose $1.20').")

    @model_validator(mode="after")
    def _two_of_three(self) -> Change:
        if sum(x is not None for x in (self.new, self.old, self.amount)) != 2:
            raise ValueError("a change names two of the value reached ('new'), the value before it ('old') and its "
                             "amount ('amount')")
        return self


class Comparison(_Claim):
    """Two values and which way the copy says they stand: "rose to $40 million from $50 million" (the first more
    than the second), "10,815 cases, less than the record 39,791"."""
    kind: Literal["comparison"] = "comparison"
    first: str = Field(description="Id of the value said to be more or less: the value reached.")
    second: str = Field(description="Id of the value it is set against: the value before.")
    relation: Literal["more", "less"]
    word: str = Field(description="The words that say which way, as written: 'rose', 'down', 'less than'.")


class OfficeHolder(_Claim):
    """A person named with an office: "U.N. Secretary-General Ban Ki-moon", "Powell, the Fed chair"."""
    kind: Literal["office"] = "office"
    office: str = Field(description="Id of the office in the reference facts.")
    holder: str = Field(description="Id of the holder: the office id, '#', and the holder's index.")
    name: Span = Field(description="Where the name is written.")
    former: bool = Field(False, description="'former', 'then-', 'ex-' or 'late' stands before the title.")
    dated: bool = Field(False, description="The sentence gives a date of its own, or tells in the past perfect "
                                           "what the holder had done ('had nominated'), so it may tell of the past.")


class DatePair(_Claim):
    """A relative date written beside an explicit one: "last week, on Sept. 30"."""
    kind: Literal["date-pair"] = "date-pair"
    relative: str = Field(description="Id of the temporal claim resolved against the reference date.")
    explicit: str = Field(description="Id of the explicit temporal claim.")
    relation: Literal["same", "not-after"] = Field(
        description="same: the explicit date lies in the relative period; not-after: the relative period "
                    "does not begin after it ('voted last month, in a ballot that closed on Dec. 19').")


class PastDate(_Claim):
    """A date the copy tells something as done on: "The bridge opened in 2031", "In 1970, a quake killed"."""
    kind: Literal["past-date"] = "past-date"
    date: str = Field(description="Id of the temporal claim.")
    verb: str = Field(description="The verb in the past tense the date is of, in lower case.")


class DateRange(_Claim):
    """A period written from one date to another: "from November 5, 1971 to January 7, 1972"."""
    kind: Literal["date-range"] = "date-range"
    begins: str = Field(description="Id of the temporal claim the period begins on.")
    ends: str = Field(description="Id of the temporal claim it ends on.")


class Elapsed(_Claim):
    """An anniversary, an age, a number of years or of days, and the dates it spans."""
    kind: Literal["elapsed"] = "elapsed"
    measure: Literal["anniversary", "age", "years", "months", "days"]
    amount: str = Field(description="Id of the quantity ('10th', '21') or the duration ('26 years', '16 days').")
    since: str | None = Field(None, description="Id of the temporal claim it counts from.")
    subject: str | None = Field(None, description="Id of the mention whose reference fact gives the start, when no date does.")
    until: str | None = Field(None, description="Id of the temporal claim it counts to; null: the reference date.")
    age_now: str | None = Field(None, description="Id of the age the copy gives the same person at the reference "
                                                   "date ('Johnson, 45,'), the birth reckoned from it, when no "
                                                   "date or subject gives the start.")


class Event(_Claim):
    """Something that happened on a date: "filed suit in August 2021", "had left ... on March 13"."""
    kind: Literal["event"] = "event"
    verb: str = Field(description="The verb as written, in lower case.")
    date: str = Field(description="Id of the temporal claim.")
    perfect: bool = Field(description="Past perfect ('had left'): before the events told around it.")
    sentence: int = Field(description="Index of the sentence in the document, from 0.")
    paragraph: int = Field(description="Index of the paragraph in the document, from 0.")
    subject: Subject | None = Field(None, description="The clause before the verb, where its subject is named.")
    refers_back: bool = Field(False, description="Told of something named before: 'dismissed the case', 'He was "
                                                 "charged': it may be set against an event of an earlier sentence.")


class Restated(_Claim):
    """The same counted thing given twice: "About 4,800 nurses ... walked off" and "the walkout by 4,300 nurses"."""
    kind: Literal["restated"] = "restated"
    first: str
    second: str
    frame: str = Field(description="What both counts are of: the noun and the event they share.")


# Which fields of each kind name other claims, and the kinds they may name: a claim set read from a
# file must hold together before any check follows its references.
_Q, _T = ("quantity",), ("temporal",)
REFERENCES: dict[str, dict[str, tuple[str, ...]]] = {
    "weekday": {"date": _T}, "entity-date": {"date": _T}, "event": {"date": _T}, "past-date": {"date": _T},
    "date-range": {"begins": _T, "ends": _T},
    "conversion": {"source": _Q, "target": _Q}, "total": {"parts": _Q, "total": _Q},
    "rate": {"total": _Q, "period": _T, "rate": _Q}, "comparison": {"first": _Q, "second": _Q},
    "average": {"total": _Q, "count": _Q, "average": _Q},
    "subset": {"part": _Q, "whole": _Q}, "share": {"part": _Q, "percent": _Q, "whole": _Q},
    "split": {"percents": _Q}, "change": {"rate": _Q, "new": _Q, "old": _Q, "amount": _Q},
    "date-pair": {"relative": _T, "explicit": _T}, "time-conversion": {"source": _T, "target": _T}, "restated": {"first": _Q, "second": _Q},
    "elapsed": {"amount": ("quantity", "temporal"), "since": _T, "subject": ("mention",), "until": _T},
}

Claim = Annotated[Union[Quantity, Temporal, Weekday, Mention, EntityDate, Conversion, Rate, Average, Tally,
                        TimeConversion, Total, Subset, Share, Change, Comparison, DatePair, DateRange, Elapsed, Event, PastDate, Restated,
                        OfficeHolder, Split],
                  Field(discriminator="kind")]


class Unread(BaseModel):
    """A number or date in the prose that extraction saw but could not read, and why."""

    model_config = ConfigDict(extra="forbid")

    span: Span
    text: str
    reason: str


class Directive(BaseModel):
    """A suppression comment: <!-- factlint-disable-next-line RULE -- reason -->."""

    model_config = ConfigDict(extra="forbid")

    span: Span
    text: str
    action: Literal["disable-next-line", "disable", "enable", "invalid"]
    rules: list[str]
    reason: str | None = None


class ClaimSet(BaseModel):
    model_config = ConfigDict(extra="forbid")

    schema_version: Literal["1"] = CLAIMS_SCHEMA_VERSION
    path: str
    reference_date: str | None = Field(None, description="YYYY-MM-DD against which relative dates were resolved.")
    reference_date_source: str | None = None
    claims: list[Claim] = Field(default_factory=list)
    unread: list[Unread] = Field(default_factory=list)
    directives: list[Directive] = Field(default_factory=list)
    quotes: list[tuple[int, int]] = Field(default_factory=list, description="Offsets of direct quotations.")

    def by_id(self) -> dict[str, Claim]:
        return {claim.id: claim for claim in self.claims}

    def of_kind(self, kind: str) -> list:
        return [claim for claim in self.claims if claim.kind == kind]
