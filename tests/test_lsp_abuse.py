"""The language server under abuse: it answers or logs, and keeps serving."""
import sys

import pytest
import pytest_lsp
from lsprotocol import types as T
from pytest_lsp import ClientServerConfig, LanguageClient

from test_lsp import WRONG, open_doc, uri_for


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[sys.executable, "-m", "factlint", "lsp"]))
async def client(lsp_client: LanguageClient):
    await lsp_client.initialize_session(T.InitializeParams(capabilities=T.ClientCapabilities()))
    yield
    await lsp_client.shutdown_session()


async def still_serving(client, tmp_path):
    assert len(await open_doc(client, uri_for(tmp_path, "alive.md"), WRONG)) == 1


async def test_unknown_method_gets_an_error(client, tmp_path):
    with pytest.raises(Exception):
        await client.protocol.send_request_async("factlint/nonsense", {})
    await still_serving(client, tmp_path)


async def test_positions_out_of_range(client, tmp_path):
    uri = uri_for(tmp_path)
    await open_doc(client, uri, WRONG)
    for position in (T.Position(line=999, character=0), T.Position(line=3, character=10_000)):
        hover = await client.text_document_hover_async(
            T.HoverParams(text_document=T.TextDocumentIdentifier(uri=uri), position=position))
        assert hover is None
    far = T.Range(start=T.Position(line=500, character=0), end=T.Position(line=600, character=0))
    actions = await client.text_document_code_action_async(T.CodeActionParams(
        text_document=T.TextDocumentIdentifier(uri=uri), range=far, context=T.CodeActionContext(diagnostics=[])))
    assert [a.title for a in actions] == ["Apply every factlint fix"]
    await still_serving(client, tmp_path)


async def test_requests_about_unopened_documents(client, tmp_path):
    uri = uri_for(tmp_path, "never-opened.md")
    hover = await client.text_document_hover_async(
        T.HoverParams(text_document=T.TextDocumentIdentifier(uri=uri), position=T.Position(line=0, character=0)))
    assert hover is None
    client.text_document_did_change(T.DidChangeTextDocumentParams(
        text_document=T.VersionedTextDocumentIdentifier(uri=uri, version=2),
        content_changes=[T.TextDocumentContentChangeWholeDocument(text=WRONG)]))
    await still_serving(client, tmp_path)


async def test_saved_or_pulled_documents_that_are_not_on_disk(client, tmp_path):
    """Found by fuzz/lsp_messages.py: pygls reads an unopened document from disk, which may not be there."""
    uri = uri_for(tmp_path, "nowhere.md")
    client.text_document_did_save(T.DidSaveTextDocumentParams(text_document=T.TextDocumentIdentifier(uri=uri)))
    report = await client.text_document_diagnostic_async(
        T.DocumentDiagnosticParams(text_document=T.TextDocumentIdentifier(uri=uri)))
    assert list(report.items) == []
    await still_serving(client, tmp_path)


async def test_code_actions_for_diagnostics_with_malformed_data(client, tmp_path):
    """Found by fuzz/lsp_messages.py: a diagnostic's data comes back from the client, and may be anything."""
    uri = uri_for(tmp_path)
    await open_doc(client, uri, WRONG)
    at = T.Range(start=T.Position(line=0, character=0), end=T.Position(line=0, character=1))
    junk = [{"rule": "entity-date", "fix": {"span": {"start": 1, "end": 2}, "re,lacement": "x"}},
            {"fix": {"span": {"start": -5, "end": 10**9}, "replacement": "x"}}, {"fix": "x", "rule": 7},
            {"rule": "x --> <script>"}, ["not", "a", "mapping"]]
    actions = await client.text_document_code_action_async(T.CodeActionParams(
        text_document=T.TextDocumentIdentifier(uri=uri), range=at, context=T.CodeActionContext(
            diagnostics=[T.Diagnostic(range=at, message="m", data=d) for d in junk])))
    assert [a.title for a in actions] == ["Suppress entity-date on this line", "Apply every factlint fix"]
    await still_serving(client, tmp_path)


async def test_a_large_buffer_and_a_burst_of_edits(client, tmp_path):
    uri = uri_for(tmp_path)
    big = WRONG + ("Nothing to see here, no numbers at all in this line of filler text.\n" * 75_000)  # about 5 MB
    assert len(await open_doc(client, uri, big)) == 1
    small = uri_for(tmp_path, "burst.md")
    await open_doc(client, small, WRONG)
    for version in range(2, 1002):
        client.text_document_did_change(T.DidChangeTextDocumentParams(
            text_document=T.VersionedTextDocumentIdentifier(uri=small, version=version),
            content_changes=[T.TextDocumentContentChangeWholeDocument(text=WRONG.replace("2003", str(1000 + version)))]))
    report = await client.text_document_diagnostic_async(
        T.DocumentDiagnosticParams(text_document=T.TextDocumentIdentifier(uri=small)))
    assert [d.code for d in report.items] == ["entity-date"]
    assert report.items[0].message.startswith("'since 2001'")  # the last edit's buffer, none lost or reordered
