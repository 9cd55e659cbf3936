"""Stage 2, extract: a document in, a claim set out. The components run in a fixed order, dates
first, so a date's digits are never read again as a count."""
from __future__ import annotations

from collections.abc import Callable

from ..claims import ClaimSet
from ..document import Document
from ..facts import FactBase
from .accounting import account
from .clocks import read_time_conversions
from .context import Context
from .elapsed import read_elapsed
from .markup import read_markup
from .mentions import read_mentions
from .offices import read_offices
from .quantities import read_quantities
from .relations import read_relations
from .restatement import read_restatements
from .structure import read_structure
from .timeline import read_timeline
from .temporal import read_dates
from .told import read_ranges, read_told
from .votes import read_votes


# The readers in the order they run, by name, so that a profiler times the same pipeline (bench/stages.py).
STAGES: tuple[tuple[str, Callable[[Context, FactBase], None]], ...] = (
    ("dates", lambda ctx, facts: read_dates(ctx)),
    ("clocks", lambda ctx, facts: read_time_conversions(ctx)),
    ("quantities", lambda ctx, facts: read_quantities(ctx)),
    ("mentions", read_mentions),
    ("offices", read_offices),
    ("votes", read_votes),
    ("relations", lambda ctx, facts: read_relations(ctx)),
    ("structure", lambda ctx, facts: read_structure(ctx)),
    ("timeline", lambda ctx, facts: read_timeline(ctx)),
    ("told", lambda ctx, facts: read_told(ctx)),
    ("ranges", lambda ctx, facts: read_ranges(ctx)),
    ("elapsed", lambda ctx, facts: read_elapsed(ctx)),
    ("restatements", lambda ctx, facts: read_restatements(ctx)),
    ("markup", lambda ctx, facts: read_markup(ctx)),
    ("accounting", lambda ctx, facts: account(ctx)),
)


def extract(doc: Document, facts: FactBase) -> ClaimSet:
    ctx = Context(doc)
    for _, stage in STAGES:
        stage(ctx, facts)
    return claim_set(ctx)


def claim_set(ctx: Context) -> ClaimSet:
    """The claims read, in the order they stand in the text, with what was left unread."""
    doc = ctx.doc
    claims = sorted(ctx.claims, key=lambda c: (c.span.start, c.span.end, c.kind))
    unread = sorted(ctx.unread, key=lambda u: u.span.start)
    return ClaimSet(path=doc.path, reference_date=doc.date.isoformat() if doc.date else None,
                    reference_date_source=doc.date_source, claims=claims, unread=unread,
                    directives=ctx.directives, quotes=ctx.quotes)
