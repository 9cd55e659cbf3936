"""Mentions of reference entities, found by their names and aliases (the way spaCy's EntityRuler
reads patterns from data). An alias may require context words elsewhere in the article, so that
"U.S.-led coalition" names the coalition against ISIS only in a story about ISIS."""
from __future__ import annotations

from ..claims import Mention
from ..facts import FactBase
from .context import Context


def read_mentions(ctx: Context, facts: FactBase) -> None:
    prose = ctx.prose
    known: dict[tuple[str, ...], bool] = {}  # context words found or not, once per article
    for start, end, entity_id, context in facts.matcher.find(prose, ctx.name_tokens):
        if context and context not in known:
            known[context] = facts.matcher.has_context(prose, context)
        if context and not known[context]:
            continue
        ctx.add(Mention, start, end, entity=entity_id)
