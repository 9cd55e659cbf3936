"""Rules: a check kind configured by data, with a message, a severity and examples that must fire
and must stay quiet (the way Vale and Semgrep rules are written)."""
from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator

Severity = Literal["error", "warning", "info"]
SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}
_FIELD = re.compile(r"\{(\w+)\}")
_MARK = re.compile(r"\[\[(.+?)\]\]", re.S)


class Example(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str
    date: str | None = None

    def plain(self) -> tuple[str, list[tuple[int, int]]]:
        """The text without its [[ ]] marks, and the ranges the marks enclosed."""
        out, marks, pos = [], [], 0
        for m in _MARK.finditer(self.text):
            out.append(self.text[pos:m.start()])
            start = sum(len(part) for part in out)
            out.append(m.group(1))
            marks.append((start, start + len(m.group(1))))
            pos = m.end()
        out.append(self.text[pos:])
        return "".join(out), marks


class Examples(BaseModel):
    model_config = ConfigDict(extra="forbid")

    fire: list[Example] = Field(default_factory=list)
    quiet: list[Example] = Field(default_factory=list)

    @field_validator("fire", "quiet", mode="before")
    @classmethod
    def _strings(cls, value: object) -> object:
        if isinstance(value, list):
            return [{"text": v} if isinstance(v, str) else v for v in value]
        return value


class Rule(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    kind: str
    severity: Severity
    message: str
    description: str
    enabled: bool = True
    parameters: dict[str, Any] = Field(default_factory=dict)
    examples: Examples = Field(default_factory=Examples)
    origin: str = Field("", exclude=True)
    line: int = Field(0, exclude=True)
    _params: Any = PrivateAttr(None)

    @property
    def params(self) -> Any:
        """The parameters as the check kind's own model, set when the rule is loaded."""
        return self._params

    def where(self) -> str:
        return f"{self.origin}:{self.line}"

    def render(self, fields: dict[str, str]) -> str:
        return _FIELD.sub(lambda m: str(fields.get(m.group(1), m.group())), self.message)

    def placeholders(self) -> list[str]:
        return _FIELD.findall(self.message)
