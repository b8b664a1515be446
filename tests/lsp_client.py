"""A small synchronous LSP client over a subprocess's stdio (JSON-RPC with
Content-Length framing), for the language-server tests and bench/lsp.py."""

from __future__ import annotations

import json
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path


class LspError(AssertionError):
    pass


class LspClient:
    def __init__(self, args: list[str] | None = None, cwd: str | Path | None = None, env: dict | None = None):
        self.proc = subprocess.Popen(
            args or [sys.executable, "-m", "smartlint", "server"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=cwd, env=env,
        )
        self.messages: queue.Queue = queue.Queue()
        self.notifications: list[dict] = []
        self.responses: dict[int, dict] = {}
        self.stderr: list[bytes] = []
        self._next_id = 0
        threading.Thread(target=self._read, daemon=True).start()
        threading.Thread(target=self._read_stderr, daemon=True).start()

    # --- wire ---------------------------------------------------------------------------

    def _read(self) -> None:
        stream = self.proc.stdout
        while True:
            headers = {}
            while True:
                line = stream.readline()
                if not line:
                    self.messages.put(None)
                    return
                line = line.strip()
                if not line:
                    break
                name, _, value = line.decode("ascii").partition(":")
                headers[name.strip().lower()] = value.strip()
            body = stream.read(int(headers["content-length"]))
            self.messages.put(json.loads(body))

    def _read_stderr(self) -> None:
        for line in self.proc.stderr:
            self.stderr.append(line)

    def send(self, message: dict) -> None:
        body = json.dumps(message).encode("utf-8")
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def _pump(self, deadline: float) -> None:
        """Take one message off the wire (or fail at the deadline); answer server requests."""
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise LspError("timed out waiting for the server; stderr:\n" + b"".join(self.stderr).decode(errors="replace"))
        try:
            message = self.messages.get(timeout=remaining)
        except queue.Empty:
            return
        if message is None:
            raise LspError("the server closed its output; stderr:\n" + b"".join(self.stderr).decode(errors="replace"))
        if "id" in message and "method" in message:  # a request from the server
            self.send({"jsonrpc": "2.0", "id": message["id"], "result": None})
            self.notifications.append(message)
        elif "id" in message:
            self.responses[message["id"]] = message
        else:
            self.notifications.append(message)

    # --- API ----------------------------------------------------------------------------

    def request(self, method: str, params, timeout: float = 60) -> object:
        self._next_id += 1
        request_id = self._next_id
        self.send({"jsonrpc": "2.0", "id": request_id, "method": method, "params": params})
        deadline = time.monotonic() + timeout
        while request_id not in self.responses:
            self._pump(deadline)
        response = self.responses.pop(request_id)
        if "error" in response:
            raise LspError(f"{method}: {response['error']}")
        return response.get("result")

    def notify(self, method: str, params) -> None:
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def wait_for(self, method: str, predicate=lambda params: True, timeout: float = 60) -> dict:
        """The first notification (seen from now on, or unclaimed before) of ``method``
        whose params satisfy ``predicate``; it is removed from the list."""
        deadline = time.monotonic() + timeout
        while True:
            for i, message in enumerate(self.notifications):
                if message.get("method") == method and predicate(message.get("params")):
                    del self.notifications[i]
                    return message["params"]
            self._pump(deadline)

    def initialize(self, root: Path, options: dict | None = None, timeout: float = 60) -> dict:
        result = self.request("initialize", {
            "processId": None,
            "rootUri": root.as_uri(),
            "workspaceFolders": [{"uri": root.as_uri(), "name": root.name}],
            "capabilities": {
                "workspace": {"didChangeWatchedFiles": {"dynamicRegistration": True}},
                "textDocument": {"hover": {"contentFormat": ["markdown", "plaintext"]},
                                 "publishDiagnostics": {"versionSupport": True}},
            },
            "initializationOptions": options or {},
        }, timeout)
        self.notify("initialized", {})
        return result

    def close(self, timeout: float = 30) -> int:
        """shutdown + exit; the server's exit code."""
        try:
            self.request("shutdown", None, timeout)
            self.notify("exit", None)
            return self.proc.wait(timeout)
        finally:
            if self.proc.poll() is None:
                self.proc.kill()
                self.proc.wait()
