"""The language server, driven by a real LSP client over stdio (pytest-lsp)."""
import sys
from pathlib import Path

import pytest_lsp
from lsprotocol import types as T
from pytest_lsp import ClientServerConfig, LanguageClient

WRONG = ("---\ndate: 2024-11-05\n---\n"
         "“Curly” quotes — dashes, café and 😀 first; the anti-ISIS coalition's campaign, an effort ongoing since 2003.\n")


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[sys.executable, "-m", "factlint", "lsp"]))
async def client(lsp_client: LanguageClient):
    await lsp_client.initialize_session(T.InitializeParams(capabilities=T.ClientCapabilities()))
    yield
    await lsp_client.shutdown_session()


def uri_for(tmp_path: Path, name: str = "draft.md") -> str:
    return (tmp_path / name).as_uri()


async def open_doc(client: LanguageClient, uri: str, text: str) -> list[T.Diagnostic]:
    client.text_document_did_open(T.DidOpenTextDocumentParams(
        text_document=T.TextDocumentItem(uri=uri, language_id="markdown", version=1, text=text)))
    await client.wait_for_notification(T.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    return list(client.diagnostics[uri])


def utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


async def test_diagnostics_on_open_in_utf16_with_related_information(client, tmp_path):
    uri = uri_for(tmp_path)
    [d] = await open_doc(client, uri, WRONG)
    line = WRONG.splitlines()[3]
    start = utf16(line[:line.index("since 2003")])
    assert (d.range.start.line, d.range.start.character) == (3, start)
    assert d.range.end.character == start + len("since 2003")
    assert d.code == "entity-date" and d.severity == T.DiagnosticSeverity.Error and d.source == "factlint"
    [related] = d.related_information
    assert related.message == "anti-ISIS coalition"
    assert related.location.range.start.character == utf16(line[:line.index("anti-ISIS")])


async def test_change_uses_the_buffer_not_the_file(client, tmp_path):
    uri = uri_for(tmp_path)
    (tmp_path / "draft.md").write_text("---\ndate: 2024-11-05\n---\nNothing wrong on disk.\n")
    await open_doc(client, uri, WRONG)
    fixed = WRONG.replace("since 2003", "since 2014")
    client.text_document_did_change(T.DidChangeTextDocumentParams(
        text_document=T.VersionedTextDocumentIdentifier(uri=uri, version=2),
        content_changes=[T.TextDocumentContentChangeWholeDocument(text=fixed)]))
    await client.wait_for_notification(T.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    assert list(client.diagnostics[uri]) == []


async def test_pull_diagnostics(client, tmp_path):
    uri = uri_for(tmp_path)
    await open_doc(client, uri, WRONG)
    report = await client.text_document_diagnostic_async(
        T.DocumentDiagnosticParams(text_document=T.TextDocumentIdentifier(uri=uri)))
    assert [d.code for d in report.items] == ["entity-date"]


async def test_hover_shows_how_a_claim_was_read(client, tmp_path):
    uri = uri_for(tmp_path)
    text = "---\ndate: 2024-11-05\n---\nAbout 2,500 troops left on Oct. 22.\n"
    await open_doc(client, uri, text)
    hover = await client.text_document_hover_async(T.HoverParams(
        text_document=T.TextDocumentIdentifier(uri=uri), position=T.Position(line=3, character=7)))
    assert hover.contents.value.splitlines() == [
        "**factlint** read `About 2,500` as a quantity", "- quantity 2,500", "- read as the interval [2,375, 2,625]",
        "- qualifier: about", "- counts: troops"]
    hover = await client.text_document_hover_async(T.HoverParams(
        text_document=T.TextDocumentIdentifier(uri=uri), position=T.Position(line=3, character=28)))
    assert hover.contents.value.splitlines()[:2] == ["**factlint** read `Oct. 22` as a date", "- date 2024-10-22"]
    assert "reference date 2024-11-05" in hover.contents.value


async def test_code_actions_fix_suppress_and_fix_all(client, tmp_path):
    uri = uri_for(tmp_path)
    [d] = await open_doc(client, uri, WRONG)
    actions = await client.text_document_code_action_async(T.CodeActionParams(
        text_document=T.TextDocumentIdentifier(uri=uri), range=d.range, context=T.CodeActionContext(diagnostics=[d])))
    titles = [a.title for a in actions]
    assert titles == ["Replace with '2014'", "Suppress entity-date on this line", "Apply every factlint fix"]
    [edit] = actions[0].edit.changes[uri]
    line = WRONG.splitlines()[3]
    assert edit.new_text == "2014" and edit.range.start.character == utf16(line[:line.index("2003")])
    [insert] = actions[1].edit.changes[uri]
    assert insert.new_text.startswith("<!-- factlint-disable-next-line entity-date") and insert.range.start.line == 3


async def test_an_unreadable_document_is_logged_not_fatal(client, tmp_path):
    uri = uri_for(tmp_path, "bad.md")
    assert await open_doc(client, uri, "---\ndate: someday\n---\nText.\n") == []
    assert any("is not a date" in m.message for m in client.log_messages)
    # the server still serves
    assert len(await open_doc(client, uri_for(tmp_path), WRONG)) == 1


async def test_configuration_change_reloads_the_rules(client, tmp_path):
    uri = uri_for(tmp_path)
    assert len(await open_doc(client, uri, WRONG)) == 1
    (tmp_path / "factlint.toml").write_text('disable = ["entity-date"]\n')
    client.workspace_did_change_watched_files(T.DidChangeWatchedFilesParams(changes=[
        T.FileEvent(uri=(tmp_path / "factlint.toml").as_uri(), type=T.FileChangeType.Created)]))
    await client.wait_for_notification(T.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    assert list(client.diagnostics[uri]) == []
