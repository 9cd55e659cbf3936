"""Safe loading of YAML and JSON data files, keeping the line of every key and item.

Only plain data comes out: PyYAML's SafeLoader builds no Python objects from tags, and dates stay
strings (a rule author's "2014-09" and "2014-09-10" mean what they say, not a datetime). Duplicate
keys, which YAML would silently collapse, are an error; so is an alias expansion or nesting beyond
what any hand-written file needs.
"""
from __future__ import annotations

import json
import pathlib
from typing import Any

import jsonschema
import yaml

from .errors import UserError

Path = tuple[Any, ...]
MAX_NODES = 200_000
MAX_DEPTH = 64


class _Loader(yaml.SafeLoader):
    """SafeLoader without the timestamp resolver: dates in data files stay the strings written."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

# libyaml's parser, where PyYAML was built with it, reads the shipped packs several times faster than
# the pure-Python one (a cold run spends most of its time there); it resolves scalars the same way.
if getattr(yaml, "__with_libyaml__", False):
    class _Parser(yaml.CSafeLoader):
        yaml_implicit_resolvers = _Loader.yaml_implicit_resolvers
else:
    _Parser = _Loader


class DataFile:
    """A parsed data file: its content and the line of each path into it (keys and list items)."""

    def __init__(self, path: str, data: Any, lines: dict[Path, int]) -> None:
        self.path = path
        self.data = data
        self.lines = lines

    def line(self, path: Path) -> int | None:
        """The line of the deepest part of `path` the file has (1-based), for error messages."""
        path = tuple(path)
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get((), None)

    def error(self, path: Path, message: str) -> UserError:
        return UserError(self.path, message, self.line(path))

    def validate(self, validator: jsonschema.protocols.Validator) -> None:
        """Raise the first schema violation, in file order, as a one-line error at its line."""
        errors = sorted(validator.iter_errors(self.data), key=lambda e: [str(p) for p in e.absolute_path])
        if not errors:
            return
        error = errors[0]
        path = tuple(error.absolute_path)
        where = "/".join(map(str, path)) or "top level"
        if error.validator == "additionalProperties":
            allowed = sorted(error.schema.get("properties", {}))
            extra = sorted(str(k) for k in error.instance if k not in allowed)
            if extra:
                hint = f" (expected one of: {', '.join(allowed)})" if allowed else ""
                raise self.error(path + (extra[0],), f"unknown key '{extra[0]}' in {where}{hint}")
        if error.validator == "required":
            raise self.error(path, f"{where}: {error.message.replace('is a required property', 'is required')}")
        if error.validator == "oneOf":
            raise self.error(path, f"{where}: {_short(error.instance)} is not a valid entry here")
        raise self.error(path, f"{where}: {error.message}")


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 60 else text[:57] + "..."


def read_text(path: str) -> str:
    """The text of a rule, fact, claim, baseline or configuration file, or a one-line error saying why not."""
    try:
        data = pathlib.Path(path).read_bytes()
    except OSError as exc:
        raise UserError(path, f"cannot read: {exc.strerror or exc}") from None
    return utf8(path, data)


def utf8(path: str, data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise UserError(path, f"not UTF-8 text: byte 0x{data[exc.start]:02x} at byte {exc.start} cannot be decoded",
                        line) from None


def load_text(path: str, text: str) -> DataFile:
    """Parse YAML (JSON is a subset of it) into plain data with a line for every key and item."""
    if _Parser is not _Loader:
        try:
            node = _compose(_Parser, text)
        except yaml.YAMLError:
            pass  # the pure-Python parser below says what is wrong and where, in the words it always has
        else:
            return _data(path, node)
    try:
        node = _compose(_Loader, text)
    except yaml.reader.ReaderError as exc:  # the reader refuses control characters before parsing starts
        line = text.count("\n", 0, exc.position) + 1
        raise UserError(path, f"invalid YAML: character U+{exc.character:04X} is not allowed", line) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise UserError(path, f"invalid YAML: {exc.problem or exc.context}", line) from None
    except yaml.YAMLError as exc:
        raise UserError(path, f"invalid YAML: {exc}") from None
    return _data(path, node)


def _compose(parser: type, text: str) -> yaml.Node | None:
    loader = parser(text)
    try:
        return loader.get_single_node()
    finally:
        loader.dispose()


def _data(path: str, node: yaml.Node | None) -> DataFile:
    if node is None:
        return DataFile(path, None, {})
    lines: dict[Path, int] = {}
    data = _build(node, (), lines, [0], path, 0)
    return DataFile(path, data, lines)


def load_json_text(path: str, text: str) -> DataFile:
    """Parse JSON strictly; the YAML reading of the same text supplies the lines when it can."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UserError(path, f"invalid JSON: {exc.msg}", exc.lineno) from None
    except RecursionError:
        raise UserError(path, "invalid JSON: nested too deeply") from None
    try:
        lines = load_text(path, text).lines
    except UserError:
        lines = {}
    return DataFile(path, data, lines)


def _build(node: yaml.Node, path: Path, lines: dict[Path, int], budget: list[int], file: str, depth: int) -> Any:
    budget[0] += 1
    if budget[0] > MAX_NODES:
        raise UserError(file, f"too large: more than {MAX_NODES} values (an alias expansion?)", node.start_mark.line + 1)
    if depth > MAX_DEPTH:
        raise UserError(file, f"nested more than {MAX_DEPTH} levels deep", node.start_mark.line + 1)
    lines.setdefault(path, node.start_mark.line + 1)
    if not isinstance(node, yaml.ScalarNode) and node.tag not in _COLLECTIONS:
        raise UserError(file, f"tag {node.tag} is not plain data", node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise UserError(file, "a key must be a plain value", key_node.start_mark.line + 1)
            key = _scalar(key_node, file)
            if key in out:
                raise UserError(file, f"duplicate key '{key}'", key_node.start_mark.line + 1)
            lines[path + (key,)] = key_node.start_mark.line + 1
            out[key] = _build(value_node, path + (key,), lines, budget, file, depth + 1)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_build(item, path + (i,), lines, budget, file, depth + 1) for i, item in enumerate(node.value)]
    return _scalar(node, file)


def _scalar(node: yaml.ScalarNode, file: str) -> Any:
    constructor = _SCALARS.get(node.tag)
    if constructor is None:
        raise UserError(file, f"tag {node.tag} is not plain data", node.start_mark.line + 1)
    return constructor(_CONSTRUCTOR, node)


_COLLECTIONS = ("tag:yaml.org,2002:map", "tag:yaml.org,2002:seq")
# Only the plain scalar types: a tag asking for any other object is refused, not constructed.
_CONSTRUCTOR = _Loader("")
_SCALARS = {
    "tag:yaml.org,2002:null": _Loader.construct_yaml_null,
    "tag:yaml.org,2002:bool": _Loader.construct_yaml_bool,
    "tag:yaml.org,2002:int": _Loader.construct_yaml_int,
    "tag:yaml.org,2002:float": _Loader.construct_yaml_float,
    "tag:yaml.org,2002:str": _Loader.construct_yaml_str,
}
