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
    path: str | None = Field(None, description="The file it is in, when not the finding's own (--corpus, --against).")


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
    in_quote: bool = Field(False, description="The claim lies inside a direct quotation.")
    in_baseline: bool = Field(False, description="The baseline (--baseline) has it: reported, but it fails no run.")


class Suppressed(Finding):
    reason: str | None = Field(None, description="The reason the directive gives.")
    directive: Related = Field(description="The directive that suppressed the finding.")


class Coverage(BaseModel):
    model_config = ConfigDict(extra="forbid")

    claims: int = Field(0, description="Quantities, dates, weekdays and entity mentions found.")
    examined: int = Field(0, description="Of those, the claims some enabled rule examined.")
    unused: int = Field(0, description="Of those, the claims no enabled rule could use.")

    def __add__(self, other: Coverage) -> Coverage:
        return Coverage(claims=self.claims + other.claims, examined=self.examined + other.examined,
                        unused=self.unused + other.unused)


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
    suppressed: int = 0
    by_severity: dict[Severity, int] = Field(default_factory=dict)
    coverage: Coverage = Field(default_factory=Coverage)
    error: str | None = Field(None, description="Why the file could not be checked, if it could not.")


class Summary(BaseModel):
    model_config = ConfigDict(extra="forbid")

    files: int
    findings: int
    suppressed: int
    errors: int
    by_severity: dict[Severity, int]
    by_rule: dict[str, int]
    coverage: Coverage


class Tool(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: Literal["factlint"] = "factlint"
    version: str = __version__


class Report(BaseModel):
    model_config = ConfigDict(extra="forbid")

    schema_version: Literal["1"] = REPORT_SCHEMA_VERSION
    tool: Tool = Field(default_factory=Tool)
    findings: list[Finding] = Field(default_factory=list)
    suppressed: list[Suppressed] = Field(default_factory=list)
    files: list[FileEntry] = Field(default_factory=list)
    errors: list[FileError] = Field(default_factory=list)
    summary: Summary

    def to_json(self) -> str:
        return self.model_dump_json(indent=2) + "\n"
