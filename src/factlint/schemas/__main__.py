"""python -m factlint.schemas [--write]: print, or write, the schemas generated from the models."""
from __future__ import annotations

import sys
from pathlib import Path

from . import GENERATED, dumps, generate

here = Path(__file__).parent
for name in GENERATED:
    content = dumps(generate(name))
    if "--write" in sys.argv[1:]:
        (here / f"{name}.schema.json").write_text(content, "utf-8")
        print(f"wrote {here / f'{name}.schema.json'}")
    else:
        sys.stdout.write(content)
