"""Stage 4, report: findings and the report that carries them, with the fixed fields of DESIGN.md.
Its JSON Schema (schemas/report.schema.json) is generated from these models and ships in the package."""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from . import __version__
from .positions import Span
from .rules import Severity

REPORT_SCHEMA_VERSION = "1"


class Related(BaseModel):
    model_config = ConfigDict(extra="forbid")

    span: Span
    text: str


class Fix(BaseModel):
    model_config = ConfigDict(extra="forbid")

    span: Span
    replacement: str


class Finding(BaseModel):
    model_config = ConfigDict(extra="forbid")

    rule: str
    severity: Severity
    message: str
    path: str
    span: Span
    text: str = Field(description="The text of the claim the finding is about.")
    related: list[Related] = Field(default_factory=list)
    fix: Fix | None = None


class FileError(BaseModel):
    model_config = ConfigDict(extra="forbid")

    path: str
    line: int | None = None
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}" if self.line else f"{self.path}: {self.message}"


class FileEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")

    path: str
    claims: int = 0
    findings: int = 0
    by_severity: dict[Severity, int] = Field(default_factory=dict)
    error: str | None = Field(None, description="Why the file could not be checked, if it could not.")


class Summary(BaseModel):
    model_config = ConfigDict(extra="forbid")

    files: int
    findings: int
    errors: int
    by_severity: dict[Severity, int]
    by_rule: dict[str, int]


class Tool(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: Literal["factlint"] = "factlint"
    version: str = __version__


class Report(BaseModel):
    model_config = ConfigDict(extra="forbid")

    schema_version: Literal["1"] = REPORT_SCHEMA_VERSION
    tool: Tool = Field(default_factory=Tool)
    findings: list[Finding] = Field(default_factory=list)
    files: list[FileEntry] = Field(default_factory=list)
    errors: list[FileError] = Field(default_factory=list)
    summary: Summary

    def to_json(self) -> str:
        return self.model_dump_json(indent=2) + "\n"
