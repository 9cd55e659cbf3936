"""Configuration: factlint.toml, or [tool.factlint] in pyproject.toml, found by walking up from each
checked file (--config names one for all). It enables and disables rules, overrides severities,
adds rule and fact folders, and sets the fail level and the severity of findings in quotations."""
from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from . import datafile
from .errors import UserError
from .rules import Severity

FailOn = Literal["error", "warning", "info", "never"]


class Config(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    rules: list[str] = Field(default_factory=list, description="Folders of rule and fact packs, relative to the file.")
    default_rules: bool = Field(True, alias="default-rules", description="Load the shipped packs.")
    enable: list[str] = Field(default_factory=list, description="Rules to turn on (those shipped disabled).")
    disable: list[str] = Field(default_factory=list, description="Rules to turn off.")
    severity: dict[str, Severity] = Field(default_factory=dict, description="Severity overrides by rule id.")
    fail_on: FailOn | None = Field(None, alias="fail-on")
    in_quote_severity: Severity | None = Field(
        None, alias="in-quote-severity", description="Severity for findings inside direct quotations, if lower.")
    source: str | None = Field(None, exclude=True, description="The file the configuration came from.")

    def folders(self) -> list[str]:
        base = Path(self.source).parent if self.source else Path.cwd()
        return [str(base / folder) for folder in self.rules]

    def line_of(self, key: str) -> int | None:
        return _line_of(self.source, key) if self.source else None


def find(start: str) -> Path | None:
    """The configuration file that governs `start`: the nearest factlint.toml, or pyproject.toml with
    a [tool.factlint] table, in its folder or any folder above."""
    here = Path(start).resolve()
    for folder in ([here] if here.is_dir() else []) + list(here.parents):
        candidate = folder / "factlint.toml"
        if candidate.is_file():
            return candidate
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and re.search(r"^\s*\[tool\.factlint[\].]", _text(pyproject), re.M):
            return pyproject
    return None


def load(path: str | Path) -> Config:
    path = Path(path)
    text = _text(path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = re.search(r"line (\d+)", str(exc))
        last = text.count("\n") + (0 if text.endswith("\n") else 1)
        raise UserError(str(path), f"invalid TOML: {exc}", int(line.group(1)) if line else last) from None
    except RecursionError:
        raise UserError(str(path), "invalid TOML: nested too deeply", 1) from None
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        data = tool.get("factlint", {}) if isinstance(tool, dict) else {}
        if not isinstance(data, dict):
            line = _line_of(str(path), "tool.factlint") or _line_of(str(path), "factlint")
            raise UserError(str(path), "[tool.factlint] must be a table", line)
    try:
        return Config.model_validate({**data, "source": str(path)})
    except ValidationError as exc:
        first = exc.errors()[0]
        key = str(first["loc"][0]) if first["loc"] else ""
        what = f"unknown key '{key}'" if first["type"] == "extra_forbidden" else f"{'.'.join(map(str, first['loc']))}: {first['msg']}"
        raise UserError(str(path), what, _line_of(str(path), key)) from None


def _text(path: Path) -> str:
    return datafile.read_text(str(path))


def _line_of(source: str, key: str) -> int | None:
    """The line where a key is set, for error messages (tomllib keeps no positions)."""
    try:
        lines = Path(source).read_text("utf-8").splitlines()
    except OSError:
        return None
    pattern = re.compile(rf"^\s*[\"']?{re.escape(key)}[\"']?\s*=|^\s*\[(?:tool\.)?factlint\.{re.escape(key)}\]")
    return next((i for i, line in enumerate(lines, 1) if pattern.search(line)), None)


def show(config: Config) -> str:
    """The effective configuration as TOML."""
    def value(v) -> str:
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, list):
            return "[" + ", ".join(value(x) for x in v) + "]"
        return '"' + str(v).replace("\\", "\\\\").replace('"', '\\"') + '"'

    lines = [f"# from {config.source}" if config.source else "# no configuration file: the defaults"]
    for name, field in Config.model_fields.items():
        if name in ("severity", "source"):
            continue
        v = getattr(config, name)
        if v is not None:
            lines.append(f"{field.alias or name} = {value(v)}")
    lines.append("")
    lines.append("[severity]")
    lines += [f"{rule} = {value(sev)}" for rule, sev in sorted(config.severity.items())]
    return "\n".join(lines) + "\n"
