"""Editor latency: didChange to publishDiagnostics over stdio, and a cold `factlint check`.

    python bench/lsp_latency.py [--edits 200] [--cold 10]

Starts `factlint lsp`, opens a 2,000-word article built from the development corpus, then makes
--edits edits (each changes one figure, so each needs a new check) and times from sending each
didChange to receiving its publishDiagnostics; prints the median and 95th percentile. Then times
--cold runs of `factlint check` on one article, beside `python -c pass` in the same run.
"""
from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "articles"


class Client:
    def __init__(self) -> None:
        self.proc = subprocess.Popen([sys.executable, "-m", "factlint", "lsp"], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.next_id = 0

    def send(self, method: str, params: dict, request: bool = False) -> None:
        message = {"jsonrpc": "2.0", "method": method, "params": params}
        if request:
            self.next_id += 1
            message["id"] = self.next_id
        body = json.dumps(message).encode()
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def receive(self) -> dict:
        length = 0
        while True:
            line = self.proc.stdout.readline()
            if line in (b"\r\n", b""):
                break
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":")[1])
        return json.loads(self.proc.stdout.read(length))

    def wait_for(self, method: str) -> dict:
        while True:
            message = self.receive()
            if message.get("method") == method:
                return message
            if "id" in message and "method" in message:  # a request from the server: answer it
                body = json.dumps({"jsonrpc": "2.0", "id": message["id"], "result": None}).encode()
                self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
                self.proc.stdin.flush()


def article(words: int) -> str:
    bodies = [p.read_text("utf-8").split("---", 2)[-1] for p in sorted(CORPUS.glob("*.md"))]
    text = " ".join(" ".join(bodies).split()[:words])
    return "---\ndate: 2024-11-05\n---\n" + re.sub(r"(.{1,300}[.!?]) ", r"\1\n\n", text)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--edits", type=int, default=200)
    ap.add_argument("--cold", type=int, default=10)
    args = ap.parse_args(argv)
    text = article(2000)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "draft.md"
        path.write_text(text)
        uri = path.as_uri()
        client = Client()
        client.send("initialize", {"processId": None, "rootUri": None, "capabilities": {}}, request=True)
        client.receive()
        client.send("initialized", {})
        client.send("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1,
                                                               "text": text}})
        client.wait_for("textDocument/publishDiagnostics")
        times = []
        for version in range(2, args.edits + 2):
            edited = text.replace("412,806", f"{412806 + version:,}", 1)
            start = time.perf_counter()
            client.send("textDocument/didChange", {"textDocument": {"uri": uri, "version": version},
                                                   "contentChanges": [{"text": edited}]})
            client.wait_for("textDocument/publishDiagnostics")
            times.append((time.perf_counter() - start) * 1000)
        client.send("shutdown", {}, request=True)
        client.send("exit", {})
        client.proc.wait(timeout=10)
        p95 = statistics.quantiles(times, n=100)[94]
        print(f"LSP didChange -> publishDiagnostics, {len(text.split())}-word article, {args.edits} edits: "
              f"median {statistics.median(times):.1f} ms, p95 {p95:.1f} ms")

        def wall(cmd: list[str]) -> float:
            runs = []
            for _ in range(args.cold):
                start = time.perf_counter()
                subprocess.run(cmd, capture_output=True)
                runs.append(time.perf_counter() - start)
            return statistics.median(runs)

        one = CORPUS / "00-centcom-isis-operations.md"
        check = wall([sys.executable, "-m", "factlint", "check", str(one)])
        bare = wall([sys.executable, "-c", "pass"])
        print(f"cold `factlint check` of one article: median {check:.3f} s over {args.cold} runs; "
              f"`python -c pass`: {bare:.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
