"""Mentions of reference entities, found by their names and aliases (the way spaCy's EntityRuler
reads patterns from data). An alias may require context words elsewhere in the article, so that
"U.S.-led coalition" names the coalition against ISIS only in a story about ISIS."""
from __future__ import annotations

from ..claims import Mention
from ..facts import FactBase
from .context import Context


def read_mentions(ctx: Context, facts: FactBase) -> None:
    for start, end, entity_id in facts.matcher.find_in_context(ctx.prose, ctx.name_tokens):
        ctx.add(Mention, start, end, entity=entity_id)
