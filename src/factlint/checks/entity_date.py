"""entity-date: a date the copy gives an entity ("since 2003", "founded in 1998", "since it opened in
1991") against the entity's dated fact, compared at the coarser of the two precisions."""
from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from .. import dates
from ..claims import ClaimSet, EntityDate, Mention
from ..facts import DatedFact, Entity, FactBase
from . import NAMES_ATTRIBUTES, Fix, Hit, kind


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid")

    attributes: dict[str, list[str]] = Field(
        description="For each dated attribute, the words in copy that state it: founded: [founded, formed, founding].",
        json_schema_extra=NAMES_ATTRIBUTES)
    began: list[str] = Field(
        description="Attributes that say when an entity began, in order of preference; 'since' is read against the first it has.",
        json_schema_extra=NAMES_ATTRIBUTES)
    ended: list[str] = Field(
        default_factory=list,
        description="Attributes that say when an entity ceased: nothing it does can be dated after them.",
        json_schema_extra=NAMES_ATTRIBUTES)


@kind("entity-date", Params, fields=("entity", "verb", "actual", "source", "stated", "difference"),
      consumes=("entity-date", "event"))
def check(claims: ClaimSet, params: Params, facts: FactBase):
    """A date stated for a known entity contradicts its reference fact. Stated before the entity
    began, a 'since' is certain to be wrong; a later 'ongoing since' or a different founding date
    is wrong under the plain reading (pronoun links and 'since' after the start are warnings)."""
    by_id = claims.by_id()
    mentions = claims.of_kind("mention")
    for relation in claims.of_kind("entity-date"):
        date = by_id.get(relation.date)
        found = _subject(relation, mentions, facts)
        if date is None or found is None or not dates.is_date(date.value):
            continue
        entity, mention = found
        if relation.relation == "since":
            wanted = params.began
        else:
            wanted = [a for a, words in params.attributes.items() if relation.relation in words]
        attribute, fact = _first_fact(entity, wanted)
        if fact is None:
            continue
        order = dates.compare(date.value, fact.value)
        if order == 0 or (relation.relation == "since" and order > 0 and not relation.existence):
            continue
        reckoned = date.inferred == "anaphora"  # "since that year": a warning that says which year was read
        certain = not reckoned and (relation.relation == "since" and order < 0 or (
            relation.relation != "since" and relation.subject.role != "pronoun"))
        replacement = dates.spoken(dates.truncate(fact.value, dates.precision(date.value)))
        yield Hit(
            span=relation.span, text=relation.text,
            fields={"entity": entity.name, "verb": fact.wording or attribute, "actual": dates.when(fact.value),
                    "source": fact.source, "stated": f"{date.text} ({date.value})" if reckoned else date.text,
                    "difference": dates.difference(date.value, fact.value)},
            related=[(mention.span, mention.text)], certain=certain,
            fix=Fix(span=date.span, replacement=replacement) if date.inferred is None else None)
    yield from _events(claims, params, facts)


def _events(claims: ClaimSet, params: Params, facts: FactBase):
    """"The Soviet Union signed the accord in 1995": the subject, named alone before the verb, did
    something after it ceased to exist, or before it began."""
    by_id = claims.by_id()
    mentions = claims.of_kind("mention")
    for event in claims.of_kind("event"):
        region = event.subject.span if event.subject else None
        alone = [m for m in mentions if region and m.span.end == region.end
                 and m.span.start - region.start in (0, 4)]  # the subject is the name, or "the" and the name
        if not alone or alone[0].entity not in facts.entities:
            continue
        mention = alone[0]
        entity, date = facts.entities[mention.entity], by_id[event.date]
        for attributes, after in ((params.ended, True), (params.began, False)):
            attribute, fact = _first_fact(entity, attributes)
            if fact is None or event.verb in params.attributes.get(attribute, []):
                continue  # "was founded in": the entity-date relation itself, judged above
            order = dates.compare(date.value, fact.value)
            if (order > 0) if after else (order < 0):
                yield Hit(span=event.span, text=event.text,
                          fields={"entity": entity.name, "verb": fact.wording or attribute,
                                  "actual": dates.when(fact.value), "source": fact.source, "stated": date.text,
                                  "difference": dates.difference(date.value, fact.value)},
                          related=[(mention.span, mention.text)], certain=False)
                break


def _subject(relation: EntityDate, mentions: list[Mention], facts: FactBase) -> tuple[Entity, Mention] | None:
    region = relation.subject.span
    inside = [m for m in mentions if region.start <= m.span.start and m.span.end <= region.end
              and m.entity in facts.entities]
    if not inside:
        return None
    chosen = inside[0] if relation.subject.role == "clause" else inside[-1]
    return facts.entities[chosen.entity], chosen


def _first_fact(entity: Entity, attributes: list[str]) -> tuple[str, DatedFact | None]:
    for attribute in attributes:
        if attribute in entity.dates:
            return attribute, entity.dates[attribute]
    return "", None
