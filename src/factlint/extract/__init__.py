"""Stage 2, extract: a document in, a claim set out. The components run in a fixed order, dates
first, so a date's digits are never read again as a count."""
from __future__ import annotations

from ..claims import ClaimSet
from ..document import Document
from ..facts import FactBase
from .accounting import account
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


def extract(doc: Document, facts: FactBase) -> ClaimSet:
    ctx = Context(doc)
    read_dates(ctx)
    read_quantities(ctx)
    read_mentions(ctx, facts)
    read_offices(ctx, facts)
    read_relations(ctx)
    read_structure(ctx)
    read_timeline(ctx)
    read_elapsed(ctx)
    read_restatements(ctx)
    read_markup(ctx)
    account(ctx)
    claims = sorted(ctx.claims, key=lambda c: (c.span.start, c.span.end, c.kind))
    unread = sorted(ctx.unread, key=lambda u: u.span.start)
    return ClaimSet(path=doc.path, reference_date=doc.date.isoformat() if doc.date else None,
                    reference_date_source=doc.date_source, claims=claims, unread=unread,
                    directives=ctx.directives, quotes=ctx.quotes)
