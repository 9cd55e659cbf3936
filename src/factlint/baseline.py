"""Baselines: the findings an archive already has, by fingerprint (rule, claim, what it rests on and
the verdict; not line numbers), so that only new findings fail a run."""
from __future__ import annotations

import json

from . import datafile
from .report import Report
from .formats import fingerprint

BASELINE_VERSION = "1"


def write(report: Report) -> str:
    entries = {fingerprint(f): {"rule": f.rule, "path": f.path, "text": f.text} for f in report.findings}
    return json.dumps({"schema_version": BASELINE_VERSION, "fingerprints": dict(sorted(entries.items()))},
                      indent=2, ensure_ascii=False) + "\n"


def read(path: str) -> set[str]:
    doc = datafile.load_json_text(path, datafile.read_text(path))
    data = doc.data
    if not isinstance(data, dict) or not isinstance(data.get("fingerprints"), dict):
        raise doc.error((), "not a factlint baseline: no 'fingerprints' object (write one with factlint baseline)")
    return set(data["fingerprints"])
