"""Reference facts: entities with names, aliases and dated attributes, each with a public source."""
from __future__ import annotations

import re
from functools import cached_property, lru_cache
from typing import Annotated

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, field_validator

from .dates import is_date

# Attributes every pack may use; a pack may declare more under `attributes:`.
BUILTIN_ATTRIBUTES = ("founded", "established", "opened", "launched", "started", "ended",
                      "dissolved", "closed", "born", "died")


def _http_url(value: str) -> str:
    if not value.startswith(("https://", "http://")):
        raise ValueError("must be an http(s) URL")
    return value


SourceURL = Annotated[str, AfterValidator(_http_url)]


def _as_date(value: object) -> str:
    text = str(value) if isinstance(value, int) else value
    if not isinstance(text, str) or not is_date(text):
        raise ValueError("must be a date written YYYY, YYYY-MM or YYYY-MM-DD")
    return text


FactDate = Annotated[str, BeforeValidator(_as_date)]  # YYYY, YYYY-MM or YYYY-MM-DD; a YAML year may be a number


class DatedFact(BaseModel):
    model_config = ConfigDict(extra="forbid")

    value: FactDate = Field(description="YYYY, YYYY-MM or YYYY-MM-DD: the precision the source gives.")
    source: SourceURL = Field(description="A public URL the date can be checked against.")
    wording: str | None = Field(None, description="How the source puts it, when not the attribute's name: 'formed'.")
    note: str | None = None


class Alias(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    context: list[str | list[str]] = Field(
        default_factory=list, description="The alias names this entity only if one of these is in the article: "
                                          "a word, or a list of words that must all be.")


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
        return _as_aliases(value)


def _as_aliases(value: object) -> object:
    """Aliases may be written as plain names or as {name, context}."""
    if isinstance(value, list):
        return [{"name": a} if isinstance(a, str) else a for a in value]
    return value


class Holder(BaseModel):
    """Who held an office, from when until when (until: null while in office), and the source."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    name: str
    aliases: list[Alias] = Field(default_factory=list)
    start: FactDate = Field(alias="from")
    until: FactDate | None = None
    source: SourceURL

    @field_validator("aliases", mode="before")
    @classmethod
    def _aliases(cls, value: object) -> object:
        return _as_aliases(value)


class Office(BaseModel):
    """A post held by one person at a time: "Secretary-General of the United Nations"."""

    model_config = ConfigDict(extra="forbid")

    id: str
    title: str
    titles: list[str] = Field(default_factory=list, description="How copy writes the title before or after a name.")
    holders: list[Holder]
    origin: str = Field("", exclude=True)

    def holder_id(self, name: str) -> str:
        return f"{self.id}#{name}"

    def terms(self, name: str) -> list[Holder]:
        return [h for h in self.holders if h.name == name]


class Seats(BaseModel):
    """How many members a body has had since a date."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    count: int = Field(ge=1)
    start: FactDate = Field(alias="from")
    source: SourceURL


class Body(BaseModel):
    """A body that votes, with the seats it has had: "United States Senate", 100 since 21 August 1959."""

    model_config = ConfigDict(extra="forbid")

    id: str
    name: str
    aliases: list[Alias] = Field(default_factory=list)
    seats: list[Seats] = Field(min_length=1)
    tie_breaker: bool = Field(False, description="One who is not a member may break a tie (a vice-president): "
                                                 "a tie broken counts one vote more than the seats.")
    origin: str = Field("", exclude=True)

    @field_validator("aliases", mode="before")
    @classmethod
    def _aliases(cls, value: object) -> object:
        return _as_aliases(value)

    def seats_on(self, date: str | None) -> Seats | None:
        """The seats on a date (YYYY-MM-DD), or today's when no date is given; None before the first."""
        if date is None:
            return max(self.seats, key=lambda s: s.start)
        earlier = [s for s in self.seats if s.start <= date]  # ISO text: a year stands before its days
        return max(earlier, key=lambda s: s.start) if earlier else None


class _Named:
    """A holder seen as a name for the matcher: an id, a name and aliases."""

    def __init__(self, id: str, holder: Holder) -> None:
        self.id, self.name, self.aliases = id, holder.name, holder.aliases


class FactBase:
    def __init__(self, entities: list[Entity], attributes: set[str], offices: list[Office] = (),
                 bodies: list[Body] = ()) -> None:
        self.entities = {e.id: e for e in entities}
        self.attributes = attributes
        self.offices = {o.id: o for o in offices}
        self.bodies = {b.id: b for b in bodies}

    @cached_property
    def matcher(self) -> AliasMatcher:
        return AliasMatcher(self.entities.values())

    @cached_property
    def holder_matcher(self) -> AliasMatcher:
        return AliasMatcher((_Named(o.holder_id(h.name), h) for o in self.offices.values() for h in o.holders),
                            shared=True)

    @cached_property
    def body_matcher(self) -> AliasMatcher:
        return AliasMatcher(self.bodies.values())

    def holder(self, holder_id: str) -> tuple[Office, list[Holder]] | None:
        """The office and the terms its holder served, from a holder id ("un-secretary-general#Ban Ki-moon")."""
        office_id, _, name = holder_id.partition("#")
        office = self.offices.get(office_id)
        terms = office.terms(name) if office else []
        return (office, terms) if terms else None


# Tokens as names are written: "U.S.-led" is "U.S." and "led"; "coalition's" is "coalition".
_TOKEN = re.compile(r"\w+(?:[.&]\w+)*\.?")


def _is_acronym(name: str) -> bool:
    return not any(ch.islower() for ch in name)


def _exact_case(name: str) -> bool:
    """Names in capitals ("WHO") and one-word names ("Apple", "Shell") match only as written; longer
    names ("Suez Canal", "the suez canal") in any case."""
    return _is_acronym(name) or len(_TOKEN.findall(name)) == 1


def name_tokens(prose: str) -> list[tuple[int, int, str, str]]:
    """(start, end, token, key) of every token of the prose, as names are written; the key is the token
    in lower case without a full stop, as the words a name begins with are kept."""
    return [(m.start(), m.end(), token := m.group(), token.lower().rstrip(".")) for m in _TOKEN.finditer(prose)]


@lru_cache(maxsize=4096)
def _word_pattern(word: str) -> re.Pattern[str]:
    """The word on its own, in any case unless it is written in capitals."""
    return re.compile(rf"(?<!\w){re.escape(word)}(?!\w)", 0 if _is_acronym(word) else re.I)


_GAP = re.compile(r"[ \t]*[-‐‑]?[ \t\r\n]?[ \t]*")


class AliasMatcher:
    """Finds entity names in prose by walking a table of name prefixes token by token: linear in the text.

    Names in capitals ("WHO", "UN") and one-word names ("Apple") match only as written; longer names
    match in any case. Spaces and hyphens between words are alike; a possessive 's after a name is allowed."""

    def __init__(self, entities, shared: bool = False) -> None:
        # shared: a name may stand for several ids (a person who held two offices); find gives them all
        self.shared = shared
        # key: (exact?, tokens) -> [(entity id, context words)]; prefixes of every key, to stop early
        self._names: dict[tuple[bool, tuple[str, ...]], list[tuple[str, tuple[str, ...]]]] = {}
        self._prefixes: set[tuple[bool, tuple[str, ...]]] = set()
        for entity in entities:
            for alias in [Alias(name=entity.name), *entity.aliases]:
                tokens = tuple(_TOKEN.findall(alias.name))
                if not tokens:
                    continue
                exact = _exact_case(alias.name)
                key = tokens if exact else tuple(t.lower() for t in tokens)
                context = tuple(tuple(c) if isinstance(c, list) else c for c in alias.context)
                self._names.setdefault((exact, key), []).append((entity.id, context))
                for n in range(1, len(key) + 1):
                    self._prefixes.add((exact, key[:n]))
        # words a name can begin with, in lower case without a full stop: one look-up per word of prose
        self._firsts = {key[0].lower().rstrip(".") for _, key in self._prefixes if len(key) == 1}
        # a word that begins only longer names ("the" of "The Hague") needs one of their second words next
        self._whole = {key[0].lower().rstrip(".") for _, key in self._names if len(key) == 1}
        self._seconds: dict[str, set[str]] = {}
        for _, key in self._prefixes:
            if len(key) == 2:
                self._seconds.setdefault(key[0].lower().rstrip("."), set()).add(key[1].lower().rstrip("."))

    def find(self, prose: str, tokens: list[tuple[int, int, str, str]] | None = None):
        """(start, end, entity id, context words) for each name found, longest first, left to right.
        `tokens` are name_tokens(prose), when the caller has them already."""
        tokens = tokens if tokens is not None else name_tokens(prose)
        firsts, whole, seconds = self._firsts, self._whole, self._seconds
        last = len(tokens) - 1
        after = 0  # the token after the last name found: names do not overlap
        # only the tokens a name can begin with are looked at, picked out in one pass
        for i in [i for i, token in enumerate(tokens) if token[3] in firsts]:
            first = tokens[i][3]
            if i < after or first not in whole and (i == last or tokens[i + 1][3] not in seconds.get(first, ())):
                continue
            hit = self._longest(prose, tokens, i)
            if hit:
                yield hit[:4]
                after = i + hit[4]

    def _longest(self, prose: str, tokens, i: int):
        best = None
        for exact in (True, False):
            words: list[str] = []
            for j in range(i, len(tokens)):
                if j > i and not _GAP.fullmatch(prose, tokens[j - 1][1], tokens[j][0]):
                    break  # the words of a name are separated by spaces or hyphens only
                word = tokens[j][2] if exact else tokens[j][2].lower()
                for candidate, trimmed in ((word, False), (word[:-1], True)):
                    if trimmed and (not word.endswith(".") or len(word) == 1):
                        continue  # a sentence's full stop is not part of the name
                    key = (exact, tuple(words) + (candidate,))
                    hit = self._names.get(key)
                    ids = sorted({c[0] for c in hit}) if hit else []
                    if ids and (len(ids) == 1 or self.shared) and (best is None or j - i + 1 > best[4]):
                        end = tokens[j][1] - (1 if trimmed else 0)
                        best = (tokens[i][0], end, tuple(ids) if self.shared else ids[0], hit[0][1], j - i + 1)
                if (exact, tuple(words) + (word,)) not in self._prefixes:
                    break
                words.append(word)
        return best

    def find_in_context(self, prose: str, tokens: list[tuple[int, int, str, str]] | None = None):
        """(start, end, entity id) for each name `find` gives whose alias's context words stand in the prose
        (each context looked up once an article)."""
        known: dict[tuple, bool] = {}
        for start, end, entity_id, context in self.find(prose, tokens):
            if context and context not in known:
                known[context] = self.has_context(prose, context)
            if not context or known[context]:
                yield start, end, entity_id

    @staticmethod
    def has_context(prose: str, context: tuple[str | tuple[str, ...], ...]) -> bool:
        """Whether one of the context's words, or all the words of one of its tuples, is in the prose."""
        return any(all(_word_pattern(word).search(prose) for word in ((c,) if isinstance(c, str) else c))
                   for c in context)
