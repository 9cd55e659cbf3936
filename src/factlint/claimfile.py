"""Reading a claim set from JSON: checked against the published claim schema, then the models."""
from __future__ import annotations


from pydantic import ValidationError

from . import datafile, schemas
from .claims import REFERENCES, ClaimSet
from .errors import UserError


def read(path: str) -> ClaimSet:
    doc = datafile.load_json_text(path, datafile.read_text(path))
    doc.validate(schemas.validator("claims"))
    try:
        claims = ClaimSet.model_validate(doc.data)
    except ValidationError as exc:
        first = exc.errors()[0]
        raise doc.error(tuple(first["loc"]), f"{'/'.join(map(str, first['loc']))}: {first['msg']}") from None
    ids = claims.by_id()
    if len(ids) != len(claims.claims):
        raise UserError(path, "two claims share an id")
    for i, claim in enumerate(claims.claims):
        for name, kinds in REFERENCES.get(claim.kind, {}).items():
            value = getattr(claim, name)
            for ref in value if isinstance(value, list) else [value]:
                if ref is None:
                    continue
                if ref not in ids:
                    raise doc.error(("claims", i, name), f"claims/{i}/{name}: no claim has the id '{ref}'")
                if ids[ref].kind not in kinds:
                    raise doc.error(("claims", i, name), f"claims/{i}/{name}: '{ref}' is a {ids[ref].kind}, "
                                                         f"not a {' or '.join(kinds)}")
    return claims


def write(claims: ClaimSet) -> str:
    return claims.model_dump_json(indent=2) + "\n"
