"""Loading rule and fact packs: YAML files validated against schemas/pack.schema.json, then read
into pydantic models. A bad file is reported (file, line, what) and the other files still load."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path

from pydantic import ValidationError

from . import datafile, schemas
from .checks import KINDS, attribute_names
from .errors import UserError
from .facts import BUILTIN_ATTRIBUTES, Body, Entity, FactBase, Office
from .rules import Rule

PACK_SUFFIXES = (".yaml", ".yml")


@dataclass
class Packs:
    rules: list[Rule] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    offices: list[Office] = field(default_factory=list)
    bodies: list[Body] = field(default_factory=list)
    attributes: set[str] = field(default_factory=lambda: set(BUILTIN_ATTRIBUTES))
    errors: list[UserError] = field(default_factory=list)

    @cached_property
    def facts(self) -> FactBase:
        """Built once, after loading: its name matcher is what extraction reads every article with."""
        return FactBase(self.entities, self.attributes, self.offices, self.bodies)

    def rule(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id == rule_id), None)


def default_rules_dir() -> Path:
    """The shipped packs: inside the installed package, or the top-level rules/ of a checkout."""
    packaged = resources.files("factlint") / "rules"
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2] / "rules"


def load(dirs: list[str] | None = None, defaults: bool = True) -> Packs:
    packs = Packs()
    sources = ([str(default_rules_dir())] if defaults else []) + list(dirs or [])
    for source in sources:
        root = Path(source)
        if root.is_file():
            files = [root]
        elif root.is_dir():
            files = sorted(p for p in root.rglob("*") if p.suffix in PACK_SUFFIXES and p.is_file())
        else:
            packs.errors.append(UserError(source, "no such rules folder or file"))
            continue
        for path in files:
            try:
                _load_file(packs, str(path))
            except UserError as exc:
                packs.errors.append(exc)
    _check_duplicates(packs)
    _check_attributes(packs)
    return packs


def _check_attributes(packs: Packs) -> None:
    """A rule that names a fact attribute no pack declares could never fire: say so, and leave it out."""
    kept = []
    for rule in packs.rules:
        unknown = [(param, name) for param, names in attribute_names(rule._params).items()
                   for name in names if name not in packs.attributes]
        if unknown:
            param, name = unknown[0]
            packs.errors.append(UserError(rule.origin, f"rule '{rule.id}': parameters/{param} names the fact "
                                                       f"attribute '{name}', which no fact pack declares "
                                                       f"(declare it under attributes:)", rule.line or None))
        else:
            kept.append(rule)
    packs.rules = kept


def _load_file(packs: Packs, path: str) -> None:
    doc = datafile.load_text(path, datafile.read_text(path))
    if doc.data is None:
        return
    doc.validate(schemas.validator("pack"))
    packs.attributes.update(doc.data.get("attributes", []))
    for i, raw in enumerate(doc.data.get("rules", [])):
        try:
            packs.rules.append(_rule(doc, i, raw))
        except UserError as exc:
            packs.errors.append(exc)
    for i, raw in enumerate(doc.data.get("entities", [])):
        try:
            entity = Entity.model_validate({**raw, "origin": f"{path}:{doc.line(('entities', i))}"})
        except ValidationError as exc:
            raise _model_error(doc, ("entities", i), exc) from None
        unknown = sorted(set(entity.dates) - packs.attributes)
        if unknown:
            packs.errors.append(doc.error(("entities", i, "dates", unknown[0]),
                                          f"entity '{entity.id}': unknown dated attribute '{unknown[0]}' "
                                          "(declare it under attributes:)"))
            continue
        packs.entities.append(entity)
    for section, model, found in (("offices", Office, packs.offices), ("bodies", Body, packs.bodies)):
        for i, raw in enumerate(doc.data.get(section, [])):
            try:
                found.append(model.model_validate({**raw, "origin": f"{path}:{doc.line((section, i))}"}))
            except ValidationError as exc:
                raise _model_error(doc, (section, i), exc) from None


def _rule(doc: datafile.DataFile, i: int, raw: dict) -> Rule:
    path = ("rules", i)
    try:
        rule = Rule.model_validate({**raw, "origin": doc.path, "line": doc.line(path) or 0})
    except ValidationError as exc:
        raise _model_error(doc, path, exc) from None
    check = KINDS.get(rule.kind)
    if check is None:
        raise doc.error(path + ("kind",), f"rule '{rule.id}': unknown check kind '{rule.kind}' "
                                          f"(known: {', '.join(sorted(KINDS))})")
    try:
        rule._params = check.params.model_validate(rule.parameters)
    except ValidationError as exc:
        raise _model_error(doc, path + ("parameters",), exc, f"rule '{rule.id}': ") from None
    unknown = [f for f in rule.placeholders() if f not in check.fields]
    if unknown:
        raise doc.error(path + ("message",), f"rule '{rule.id}': message names {{{unknown[0]}}}, which kind "
                                             f"'{rule.kind}' does not fill (it fills: {', '.join(check.fields)})")
    return rule


def _model_error(doc: datafile.DataFile, base: tuple, exc: ValidationError, prefix: str = "") -> UserError:
    first = exc.errors()[0]
    loc = tuple(first["loc"])
    where = "/".join(map(str, base + loc))
    message = f"unknown key '{loc[-1]}'" if first["type"] == "extra_forbidden" else first["msg"]
    return doc.error(base + loc, f"{prefix}{where}: {message}")


def _check_duplicates(packs: Packs) -> None:
    seen: dict[str, Rule] = {}
    kept = []
    for rule in packs.rules:
        if rule.id in seen:
            packs.errors.append(UserError(rule.origin, f"rule id '{rule.id}' is defined twice: here and at "
                                                       f"{seen[rule.id].where()}", rule.line))
            continue
        seen[rule.id] = rule
        kept.append(rule)
    packs.rules = kept
    entities: dict[str, Entity] = {}
    kept_entities = []
    for entity in packs.entities:
        if entity.id in entities:
            path, _, line = entity.origin.rpartition(":")
            packs.errors.append(UserError(path, f"entity id '{entity.id}' is defined twice: here and at "
                                                f"{entities[entity.id].origin}", int(line) if line.isdigit() else None))
            continue
        entities[entity.id] = entity
        kept_entities.append(entity)
    packs.entities = kept_entities
