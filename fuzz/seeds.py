"""Seed corpora for the fuzz harnesses, taken from the project's own fixtures."""
from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = [*sorted((ROOT / "tests" / "articles").rglob("*.md")), *sorted((ROOT / "examples").glob("*.md")),
            *sorted((ROOT.parent / "shared" / "corpus" / "articles").glob("*.md"))]
CONFIGS = [
    b'disable = ["weekday-date"]\n\n[severity]\nentity-date = "info"\n',
    b'[project]\nname = "x"\n\n[tool.factlint]\nfail-on = "never"\n',
    b'rules = ["house"]\nenable = ["entity-date"]\nin-quote-severity = "info"\ndefault-rules = false\n',
]


def _lsp_messages() -> list[bytes]:
    text = (ROOT / "examples" / "coalition-briefing.md").read_text(encoding="utf-8")
    doc = {"uri": "file:///tmp/fuzz/draft.md"}
    at = {"line": 8, "character": 95}
    messages = [
        {"method": "textDocument/didOpen", "params": {"textDocument": {**doc, "languageId": "markdown", "version": 1,
                                                                       "text": text}}},
        {"method": "textDocument/didChange", "params": {"textDocument": {**doc, "version": 2}, "contentChanges": [
            {"range": {"start": at, "end": {"line": 8, "character": 99}}, "text": "2014"}]}},
        {"method": "textDocument/didChange", "params": {"textDocument": {**doc, "version": 3},
                                                        "contentChanges": [{"text": "On Monday, Nov. 5, 2024 ..."}]}},
        {"id": 1, "method": "textDocument/hover", "params": {"textDocument": doc, "position": at}},
        {"id": 2, "method": "textDocument/diagnostic", "params": {"textDocument": doc}},
        {"id": 3, "method": "textDocument/codeAction", "params": {
            "textDocument": doc, "range": {"start": at, "end": at},
            "context": {"diagnostics": [{"range": {"start": at, "end": at}, "message": "m",
                                         "data": {"rule": "entity-date", "fix": {"span": {"start": 1, "end": 2},
                                                                                 "replacement": "x"}}}]}}},
        {"method": "textDocument/didSave", "params": {"textDocument": doc}},
        {"method": "workspace/didChangeWatchedFiles", "params": {"changes": [{"uri": "file:///tmp/x.yaml", "type": 2}]}},
        {"method": "textDocument/didClose", "params": {"textDocument": doc}},
        {"id": 4, "method": "no/such/method", "params": {}},
    ]
    return [json.dumps({"jsonrpc": "2.0", **m}).encode() for m in messages]


def seeds(harness: str) -> list[bytes]:
    files = {
        "document": ARTICLES,
        "extraction": ARTICLES,
        "rule_files": sorted((ROOT / "rules").rglob("*.yaml")),
        "claim_files": sorted((ROOT / "claims").glob("*.json")),
        "facts_import": [ROOT / "tests" / "data" / "wikidata.json"],
    }.get(harness)
    if files is not None:
        return [p.read_bytes() for p in files]
    return {"config_files": CONFIGS, "lsp_messages": _lsp_messages()}[harness]
