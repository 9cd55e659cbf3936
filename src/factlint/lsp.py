"""`factlint lsp`: the Language Server Protocol on standard input and output (pygls).

Diagnostics on open, change (from the editor's buffer, not the file on disk) and save, and on
request (pull diagnostics); hover shows how a claim was read; code actions apply a suggested fix,
suppress a finding for one line, or fix all. Positions are UTF-16 code units, as LSP requires."""
from __future__ import annotations

import asyncio
import gc
import re
from dataclasses import dataclass
from pathlib import Path

from lsprotocol import types as T
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from . import __version__, document, engine, packs
from . import config as configuration
from .claims import ClaimSet
from .errors import UserError
from .extract import extract
from .facts import FactBase
from .positions import LineIndex
from .reading import READ, reading
from .report import Finding

# No fixed delay: a check waits only for the edits already queued behind it, which replace it, so a
# burst of typing is checked once with the latest buffer and a lone edit is checked at once.
DEBOUNCE_SECONDS = 0.0
_SEVERITY = {"error": T.DiagnosticSeverity.Error, "warning": T.DiagnosticSeverity.Warning,
             "info": T.DiagnosticSeverity.Information}
_RULE_ID = re.compile(r"[a-z0-9][a-z0-9-]*")


@dataclass
class Checked:
    text: str
    lines: LineIndex
    claims: ClaimSet
    findings: list[Finding]
    kind: str
    facts: FactBase


class FactlintServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("factlint", __version__)
        self.checked: dict[str, Checked] = {}
        self.rulesets: dict[str | None, engine.Ruleset] = {}
        self.pending: dict[str, asyncio.Task] = {}

    def ruleset(self, path: str) -> engine.Ruleset:
        found = configuration.find(path)
        config = configuration.load(found) if found else configuration.Config()
        if config.source not in self.rulesets:
            loaded = packs.load(config.folders(), defaults=config.default_rules)
            for error in loaded.errors:
                self.window_log_message(T.LogMessageParams(type=T.MessageType.Error, message=str(error)))
            self.rulesets[config.source] = engine.ruleset(loaded, config)[0]
        return self.rulesets[config.source]

    def check(self, uri: str) -> list[T.Diagnostic]:
        path = to_fs_path(uri) or uri
        try:
            # an editor's buffer; for a document never opened, pygls reads the file, which may not be there
            text = self.workspace.get_text_document(uri).source
        except (OSError, ValueError) as exc:
            self.window_log_message(T.LogMessageParams(type=T.MessageType.Warning,
                                                       message=f"factlint: {path}: cannot read it ({exc})"))
            self.checked.pop(uri, None)
            return []
        try:
            doc = document.from_text(text, path=path, kind=document.kind_for(path))
            rules = self.ruleset(path)
        except UserError as exc:
            self.window_log_message(T.LogMessageParams(type=T.MessageType.Warning, message=f"factlint: {exc}"))
            self.checked.pop(uri, None)
            return []
        claims = extract(doc, rules.facts)
        findings = engine.check(claims, rules).findings
        self.checked[uri] = Checked(text, doc.lines, claims, findings, doc.kind, rules.facts)
        return [self.diagnostic(uri, f) for f in findings]

    def publish(self, uri: str) -> None:
        self.text_document_publish_diagnostics(T.PublishDiagnosticsParams(uri=uri, diagnostics=self.check(uri)))

    def range(self, uri: str, start: int, end: int) -> T.Range:
        return T.Range(start=self.position(uri, start), end=self.position(uri, end))

    def position(self, uri: str, offset: int) -> T.Position:
        """A code-point offset as LSP's line and UTF-16 column."""
        checked = self.checked[uri]
        line, column = checked.lines.position(offset)
        line_start = offset - (column - 1)
        units = len(checked.text[line_start:offset].encode("utf-16-le")) // 2
        return T.Position(line=line - 1, character=units)

    def offset(self, uri: str, position: T.Position) -> int:
        checked = self.checked[uri]
        bounds = checked.lines.line_bounds(position.line, len(checked.text))
        if bounds is None:
            return len(checked.text)
        start, end = bounds
        units = 0
        for i, ch in enumerate(checked.text[start:end]):
            if units >= position.character:
                return start + i
            units += 2 if ord(ch) > 0xFFFF else 1
        return end

    def diagnostic(self, uri: str, f: Finding) -> T.Diagnostic:
        return T.Diagnostic(
            range=self.range(uri, f.span.start, f.span.end), severity=_SEVERITY[f.severity], code=f.rule,
            source="factlint", message=f.message,
            related_information=[T.DiagnosticRelatedInformation(
                location=T.Location(uri=uri, range=self.range(uri, r.span.start, r.span.end)), message=r.text)
                for r in f.related] or None,
            data={"fix": f.fix.model_dump() if f.fix else None, "rule": f.rule})


server = FactlintServer()


@server.feature(T.TEXT_DOCUMENT_DID_OPEN)
def did_open(ls: FactlintServer, params: T.DidOpenTextDocumentParams) -> None:
    ls.publish(params.text_document.uri)


@server.feature(T.TEXT_DOCUMENT_DID_SAVE)
def did_save(ls: FactlintServer, params: T.DidSaveTextDocumentParams) -> None:
    ls.publish(params.text_document.uri)


@server.feature(T.TEXT_DOCUMENT_DID_CHANGE)
async def did_change(ls: FactlintServer, params: T.DidChangeTextDocumentParams) -> None:
    uri = params.text_document.uri
    if uri in ls.pending:
        ls.pending[uri].cancel()

    async def later() -> None:
        await asyncio.sleep(DEBOUNCE_SECONDS)
        ls.pending.pop(uri, None)
        ls.publish(uri)

    ls.pending[uri] = asyncio.ensure_future(later())


@server.feature(T.TEXT_DOCUMENT_DID_CLOSE)
def did_close(ls: FactlintServer, params: T.DidCloseTextDocumentParams) -> None:
    ls.checked.pop(params.text_document.uri, None)
    ls.text_document_publish_diagnostics(T.PublishDiagnosticsParams(uri=params.text_document.uri, diagnostics=[]))


@server.feature(T.TEXT_DOCUMENT_DIAGNOSTIC, T.DiagnosticOptions(inter_file_dependencies=False,
                                                                 workspace_diagnostics=False))
def pull_diagnostics(ls: FactlintServer, params: T.DocumentDiagnosticParams) -> T.FullDocumentDiagnosticReport:
    return T.FullDocumentDiagnosticReport(items=ls.check(params.text_document.uri))


@server.feature(T.WORKSPACE_DID_CHANGE_WATCHED_FILES)
def watched_files(ls: FactlintServer, params: T.DidChangeWatchedFilesParams) -> None:
    """A factlint.toml, pyproject.toml or rule pack changed: load the rules again and check every open buffer."""
    if any(c.uri.endswith((".toml", ".yaml", ".yml")) for c in params.changes):
        ls.rulesets.clear()
        for uri in list(ls.checked):
            ls.publish(uri)


@server.feature(T.TEXT_DOCUMENT_HOVER)
def hover(ls: FactlintServer, params: T.HoverParams) -> T.Hover | None:
    uri = params.text_document.uri
    if uri not in ls.checked:
        return None
    at = ls.offset(uri, params.position)
    checked = ls.checked[uri]
    claims = [c for c in checked.claims.claims if c.kind in READ and c.span.start <= at < c.span.end]
    if not claims:
        return None
    claim = min(claims, key=lambda c: c.span.end - c.span.start)
    text = describe(claim, checked.claims.by_id(), checked.facts)
    return T.Hover(contents=T.MarkupContent(kind=T.MarkupKind.Markdown, value=text),
                   range=ls.range(uri, claim.span.start, claim.span.end))


def describe(claim, by_id: dict, facts) -> str:
    """How factlint read a claim, for a hover: what the HTML view's tooltip says, as a list."""
    kind, parts = reading(claim, by_id, facts)
    return "\n".join([f"**factlint** read `{claim.text}` as a {kind}", *(f"- {part}" for part in parts)])


def _fix(fix, length: int) -> tuple[int, int, str] | None:
    """A diagnostic's fix as the client sends it back: ours, but a client may send anything."""
    try:
        start, end, replacement = fix["span"]["start"], fix["span"]["end"], fix["replacement"]
    except (TypeError, KeyError):
        return None
    if not (isinstance(start, int) and isinstance(end, int) and isinstance(replacement, str) and 0 <= start <= end <= length):
        return None
    return start, end, replacement


@server.feature(T.TEXT_DOCUMENT_CODE_ACTION,
                T.CodeActionOptions(code_action_kinds=[T.CodeActionKind.QuickFix, T.CodeActionKind.SourceFixAll]))
def code_actions(ls: FactlintServer, params: T.CodeActionParams) -> list[T.CodeAction]:
    uri = params.text_document.uri
    if uri not in ls.checked:
        return []
    checked = ls.checked[uri]
    actions = []
    for diagnostic in params.context.diagnostics:
        data = diagnostic.data if isinstance(diagnostic.data, dict) else {}
        fix = _fix(data.get("fix"), len(checked.text))
        if fix:
            start, end, replacement = fix
            edit = T.TextEdit(range=ls.range(uri, start, end), new_text=replacement)
            actions.append(T.CodeAction(title=f"Replace with '{replacement}'", kind=T.CodeActionKind.QuickFix,
                                        diagnostics=[diagnostic], is_preferred=True,
                                        edit=T.WorkspaceEdit(changes={uri: [edit]})))
        rule = data.get("rule")
        if isinstance(rule, str) and _RULE_ID.fullmatch(rule) and checked.kind in ("markdown", "html"):
            line = diagnostic.range.start.line
            directive = f"<!-- factlint-disable-next-line {rule} -- reason -->\n"
            insert = T.TextEdit(range=T.Range(start=T.Position(line=line, character=0),
                                              end=T.Position(line=line, character=0)), new_text=directive)
            actions.append(T.CodeAction(title=f"Suppress {rule} on this line", kind=T.CodeActionKind.QuickFix,
                                        diagnostics=[diagnostic], edit=T.WorkspaceEdit(changes={uri: [insert]})))
    fixes = [f.fix for f in checked.findings if f.fix]
    if fixes:
        edits = [T.TextEdit(range=ls.range(uri, x.span.start, x.span.end), new_text=x.replacement) for x in fixes]
        actions.append(T.CodeAction(title="Apply every factlint fix", kind=T.CodeActionKind.SourceFixAll,
                                    edit=T.WorkspaceEdit(changes={uri: edits})))
    return actions


def main() -> int:
    # load the rules the working folder uses before the first edit, then move everything loaded so far
    # out of the garbage collector's sight: its full sweeps were the slowest edits' extra 15 ms
    server.ruleset(str(Path.cwd()))
    gc.freeze()
    server.start_io()
    return 0
