"""Harness: the language server's message handling, one JSON-RPC message per input, on a server that
stays up across inputs (an open document, edits, requests, unknown methods, malformed params).
A crash is an exception raised in one of factlint's handlers or in a check they schedule: pygls would
turn it into an error reply and keep serving, so the harness watches the handlers themselves. pygls's
own refusals (an edit to a document never opened, params of the wrong shape) are not crashes."""
import asyncio
import json
import sys

import atheris

with atheris.instrument_imports(include=["factlint"]):
    from factlint import lsp



class Sink:
    def __init__(self) -> None:
        self.data = bytearray()

    def write(self, data: bytes) -> None:
        self.data += data


SINK = Sink()
LOOP = asyncio.new_event_loop()
asyncio.set_event_loop(LOOP)
SERVER = lsp.server
SERVER.protocol.set_writer(SINK, include_headers=False)
FAILURES: list[BaseException] = []


def _watched(handler):
    if asyncio.iscoroutinefunction(handler):
        async def watched(*args, **kwargs):
            try:
                return await handler(*args, **kwargs)
            except Exception as exc:
                FAILURES.append(exc)
                raise
    else:
        def watched(*args, **kwargs):
            try:
                return handler(*args, **kwargs)
            except Exception as exc:
                FAILURES.append(exc)
                raise
    return watched


for _name, _handler in list(SERVER.protocol.fm.features.items()):
    SERVER.protocol.fm.features[_name] = _watched(_handler)
LOOP.set_exception_handler(lambda loop, context: FAILURES.append(context.get("exception") or context["message"]))


def handle(body: bytes) -> None:
    try:  # as pygls's reading loop does: what it cannot take it logs, and it reads the next message
        SERVER.protocol.handle_message(json.loads(body, object_hook=SERVER.protocol.structure_message))
    except Exception:
        pass
    LOOP.run_until_complete(asyncio.sleep(0))  # let a scheduled check run
    LOOP.run_until_complete(asyncio.sleep(0))


handle(json.dumps({"jsonrpc": "2.0", "id": 0, "method": "initialize",
                   "params": {"processId": None, "rootUri": None, "capabilities": {}}}).encode())
handle(b'{"jsonrpc": "2.0", "method": "initialized", "params": {}}')


def test_one_input(data: bytes) -> None:
    SINK.data.clear()
    handle(data)
    if FAILURES:
        raise FAILURES[0]


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
