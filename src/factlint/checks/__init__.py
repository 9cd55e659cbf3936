"""Stage 3, check kinds: each a small function registered under its name, configured by rules.

A kind reads a claim set and the reference facts and yields hits; the engine turns each hit into a
finding with the rule's id, severity and message."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from pydantic import BaseModel, ConfigDict

from ..claims import ClaimSet
from ..facts import FactBase
from ..positions import Span


class NoParameters(BaseModel):
    model_config = ConfigDict(extra="forbid")


@dataclass
class Fix:
    span: Span
    replacement: str


@dataclass
class Hit:
    span: Span
    text: str
    fields: dict[str, str]
    related: list[tuple[Span, str]] = field(default_factory=list)
    certain: bool = True       # False: the contradiction holds only under the plain reading
    fix: Fix | None = None


CheckFn = Callable[[ClaimSet, Any, FactBase], Iterable[Hit]]


@dataclass(frozen=True)
class Kind:
    name: str
    run: CheckFn
    params: type[BaseModel]
    fields: tuple[str, ...]    # what a rule's message may name in {braces}
    consumes: tuple[str, ...]  # the claim kinds it reads, for the report's coverage
    doc: str


KINDS: dict[str, Kind] = {}

# Marks a parameter whose values (or keys) name dated attributes of the reference facts ("founded"),
# so that a rule naming one no fact pack declares is an error when the packs load.
NAMES_ATTRIBUTES = {"names": "fact attributes"}


def attribute_names(params: BaseModel) -> dict[str, list[str]]:
    """The fact attributes a rule's parameters name, by parameter."""
    return {name: list(getattr(params, name)) for name, info in type(params).model_fields.items()
            if info.json_schema_extra == NAMES_ATTRIBUTES}


def kind(name: str, params: type[BaseModel] = NoParameters, fields: tuple[str, ...] = (),
         consumes: tuple[str, ...] = ()) -> Callable[[CheckFn], CheckFn]:
    def register(fn: CheckFn) -> CheckFn:
        KINDS[name] = Kind(name=name, run=fn, params=params, fields=("claim", *fields), consumes=consumes,
                           doc=(fn.__doc__ or "").strip())
        return fn
    return register


# importing the modules registers their kinds
from . import (  # noqa: E402,F401
    age_duration, after_publication, average, conversion, date_range, direction, entity_date, no_such_date, office_holder,
    order, percentage, reference_date, relative_date, restatement, tally, time_zone, totals, weekday_date)
