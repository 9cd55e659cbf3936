"""The published JSON Schemas. pack.schema.json is written by hand for rule authors; the claim-set
and report schemas are generated from the pydantic models (`python -m factlint.schemas --write`)
and a test keeps the committed files equal to what the models generate."""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

import jsonschema

GENERATED = ("claims", "report")


def generate(name: str) -> dict:
    if name == "claims":
        from ..claims import ClaimSet as model
        title = "factlint claim set"
    else:
        from ..report import Report as model
        title = "factlint report"
    schema = model.model_json_schema(mode="serialization")
    return {"$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": f"https://factlint.invalid/schemas/{name}.schema.json", **schema, "title": title}


def dumps(schema: dict) -> str:
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def text(name: str) -> str:
    return (resources.files(__package__) / f"{name}.schema.json").read_text("utf-8")


@lru_cache(maxsize=None)
def validator(name: str) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(json.loads(text(name)))
