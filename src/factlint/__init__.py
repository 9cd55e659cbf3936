"""factlint: a linter for the numbers and dates in news copy.

    >>> import factlint
    >>> report = factlint.check_text("NATO, founded in 1952, met in Rome.", date="2024-07-10")
    >>> [(f.rule, f.text) for f in report.findings]
    [('entity-date', 'founded in 1952')]
"""
from __future__ import annotations

__version__ = "0.1.0"

from .api import check_text, extract_text  # noqa: E402

__all__ = ["check_text", "extract_text", "__version__"]
