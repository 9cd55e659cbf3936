"""Reference facts: entities with names, aliases and dated attributes, each with a public source."""
from __future__ import annotations

import re
from functools import cached_property

from pydantic import BaseModel, ConfigDict, Field, field_validator

from .dates import is_date

# Attributes every pack may use; a pack may declare more under `attributes:`.
BUILTIN_ATTRIBUTES = ("founded", "established", "opened", "launched", "started", "ended",
                      "dissolved", "closed", "born", "died")


class DatedFact(BaseModel):
    model_config = ConfigDict(extra="forbid")

    value: str = Field(description="YYYY, YYYY-MM or YYYY-MM-DD: the precision the source gives.")
    source: str = Field(description="A public URL the date can be checked against.")
    wording: str | None = Field(None, description="How the source puts it, when not the attribute's name: 'formed'.")
    note: str | None = None

    @field_validator("value", mode="before")
    @classmethod
    def _value(cls, value: object) -> str:
        text = str(value) if isinstance(value, int) else value
        if not isinstance(text, str) or not is_date(text):
            raise ValueError("must be a date written YYYY, YYYY-MM or YYYY-MM-DD")
        return text

    @field_validator("source")
    @classmethod
    def _source(cls, value: str) -> str:
        if not value.startswith(("https://", "http://")):
            raise ValueError("must be an http(s) URL")
        return value


class Alias(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    context: list[str] = Field(default_factory=list,
                               description="The alias names this entity only if one of these words is in the article.")


class Entity(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    name: str
    aliases: list[Alias] = Field(default_factory=list)
    dates: dict[str, DatedFact] = Field(default_factory=dict)
    origin: str = Field("", exclude=True, description="The file that defined the entity.")

    @field_validator("aliases", mode="before")
    @classmethod
    def _aliases(cls, value: object) -> object:
        if isinstance(value, list):
            return [{"name": a} if isinstance(a, str) else a for a in value]
        return value


class FactBase:
    def __init__(self, entities: list[Entity], attributes: set[str]) -> None:
        self.entities = {e.id: e for e in entities}
        self.attributes = attributes

    @cached_property
    def matcher(self) -> AliasMatcher:
        return AliasMatcher(self.entities.values())


# Tokens as names are written: "U.S.-led" is "U.S." and "led"; "coalition's" is "coalition".
_TOKEN = re.compile(r"\w+(?:[.&]\w+)*\.?")


def _is_acronym(name: str) -> bool:
    return not any(ch.islower() for ch in name)


def _exact_case(name: str) -> bool:
    """Names in capitals ("WHO") and one-word names ("Apple", "Shell") match only as written; longer
    names ("Suez Canal", "the suez canal") in any case."""
    return _is_acronym(name) or len(_TOKEN.findall(name)) == 1


class AliasMatcher:
    """Finds entity names in prose by looking token sequences up in a table: linear in the text.

    Names in capitals ("WHO", "UN") and one-word names ("Apple") match only as written; longer names
    match in any case. Spaces and hyphens between words are alike; a possessive 's after a name is allowed."""

    def __init__(self, entities) -> None:
        self._exact: dict[tuple[str, ...], list[tuple[str, tuple[str, ...]]]] = {}
        self._folded: dict[tuple[str, ...], list[tuple[str, tuple[str, ...]]]] = {}
        self.longest = 1
        for entity in entities:
            for alias in [Alias(name=entity.name), *entity.aliases]:
                tokens = tuple(_TOKEN.findall(alias.name))
                if not tokens:
                    continue
                table, key = (self._exact, tokens) if _exact_case(alias.name) else (self._folded, tuple(t.lower() for t in tokens))
                table.setdefault(key, []).append((entity.id, tuple(alias.context)))
                self.longest = max(self.longest, len(tokens))

    def find(self, prose: str):
        """(start, end, entity id, context words) for each name found, longest first, left to right."""
        tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(prose)]
        i = 0
        while i < len(tokens):
            for n in range(min(self.longest, len(tokens) - i), 0, -1):
                hit = self._lookup(prose, tokens[i:i + n])
                if hit:
                    start, end, entity_id, context = hit
                    yield start, end, entity_id, context
                    i += n
                    break
            else:
                i += 1

    def _lookup(self, prose: str, window):
        # the words of a name are separated by spaces or hyphens only, not by punctuation or a paragraph
        for (_, a_end, _), (b_start, _, _) in zip(window, window[1:]):
            if not re.fullmatch(r"[ \t]*[-‐‑]?[ \t\r\n]?[ \t]*", prose[a_end:b_start]):
                return None
        words = [w for _, _, w in window]
        for trimmed in (False, True):
            if trimmed:
                if not words[-1].endswith(".") or len(words[-1]) == 1:
                    return None
                words = words[:-1] + [words[-1][:-1]]  # a sentence's full stop is not part of the name
            for key, table in ((tuple(words), self._exact), (tuple(w.lower() for w in words), self._folded)):
                candidates = table.get(key)
                if candidates and len({c[0] for c in candidates}) == 1:
                    entity_id, context = candidates[0]
                    end = window[-1][1] - (1 if trimmed else 0)
                    return window[0][0], end, entity_id, context
        return None

    @staticmethod
    def has_context(prose: str, words: tuple[str, ...]) -> bool:
        for word in words:
            flags = 0 if _is_acronym(word) else re.I
            if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", prose, flags):
                return True
        return False
