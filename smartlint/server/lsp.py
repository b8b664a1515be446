"""``smartlint server``: the Language Server Protocol over stdio, with pygls.

What a client gets (``docs/editors.md``):

* diagnostics for open documents smartlint reads (by file suffix, or by language id
  for an unsaved buffer), on open and after each change (debounced: the last edit
  in :data:`DEBOUNCE_SECONDS` wins), linted with the document's own configuration;
* hover on a finding: its message, suggestion, and the rule's why and "write instead";
* code actions: apply a safe fix, disable the rule on this line (an inline
  directive in the document's format), explain the rule (``smartlint.explain``).

One thread lints, one document at a time, with linters (and the spaCy pipeline)
loaded once per configuration (:mod:`.pool`); the event loop stays free for hover
and code actions meanwhile.  Nothing a document or a config contains may stop the
server: a too-long text, a broken config or an internal error becomes a diagnostic
on the document's first line and a log message on stderr.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from lsprotocol import types as lsp
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from smartlint import __version__
from smartlint.api import Linter, LintFinding
from smartlint.config import CONFIG_NAMES
from smartlint.errors import SmartlintError
from smartlint.server.convert import (
    EXPLAIN_COMMAND, Positions, code_actions, diagnostic, document_kind, explanation, hover, problem_diagnostic,
)
from smartlint.server.pool import ConfigProblem, LinterPool

log = logging.getLogger("smartlint.server")

DEBOUNCE_SECONDS = 0.2
# A message is a few thousand characters; a text this long is a paste by mistake,
# and linting it on every keystroke would take seconds and hundreds of MB.
MAX_CHARS = 200_000
_CONFIG_FILES = (*CONFIG_NAMES, "pyproject.toml")


@dataclass
class Linted:
    """The last lint of a document: what hover and code actions answer from."""

    text: str
    kind: str
    linter: Linter
    findings: list[LintFinding]
    positions: Positions


class SmartlintServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("smartlint", __version__, text_document_sync_kind=lsp.TextDocumentSyncKind.Incremental)
        self.pool = LinterPool()
        self.linting = ThreadPoolExecutor(max_workers=1, thread_name_prefix="smartlint-lint")
        self.pending: dict[str, asyncio.Task] = {}
        self.linted: dict[str, Linted] = {}
        self.debounce = DEBOUNCE_SECONDS
        self._logged: set[str] = set()

    # --- helpers ---------------------------------------------------------------------

    def open_document(self, uri: str):
        return self.workspace.text_documents.get(unquote(uri))

    def default_folder(self) -> Path:
        """Where an unsaved document's configuration is looked for."""
        for folder in self.workspace.folders.values():
            path = to_fs_path(folder.uri)
            if path:
                return Path(path)
        root = self.workspace.root_path
        return Path(root) if root else Path.cwd()

    def folder_of(self, path: str) -> Path | None:
        """The workspace folder that holds ``path`` (the deepest), if any."""
        best: Path | None = None
        for folder in self.workspace.folders.values():
            root = to_fs_path(folder.uri)
            if root and Path(path).resolve().is_relative_to(Path(root).resolve()):
                if best is None or len(Path(root).parts) > len(best.parts):
                    best = Path(root)
        return best or (Path(self.workspace.root_path) if self.workspace.root_path else None)

    def log_once(self, message: str, level: int = logging.WARNING) -> None:
        """A problem on stderr and in the client's log, once per distinct message
        (a broken config would otherwise be logged on every keystroke)."""
        if message in self._logged:
            return
        if len(self._logged) >= 100:
            self._logged.clear()
        self._logged.add(message)
        log.log(level, message)
        self.window_log_message(lsp.LogMessageParams(type=lsp.MessageType.Warning, message=message))

    def schedule(self, uri: str, delay: float) -> None:
        """Lint ``uri`` after ``delay`` seconds, replacing a lint still waiting."""
        waiting = self.pending.pop(uri, None)
        if waiting is not None:
            waiting.cancel()
        self.pending[uri] = asyncio.ensure_future(self._lint_later(uri, delay))

    def relint_all(self) -> None:
        for document in list(self.workspace.text_documents.values()):
            self.schedule(document.uri, 0)  # the client's own spelling of the URI

    # --- linting ---------------------------------------------------------------------

    async def _lint_later(self, uri: str, delay: float) -> None:
        task = asyncio.current_task()
        try:
            if delay > 0:
                await asyncio.sleep(delay)
            document = self.open_document(uri)
            if document is None:
                return
            text, version = document.source, document.version
            loop = asyncio.get_running_loop()
            diagnostics, linted, problem = await loop.run_in_executor(
                self.linting, self.lint_document, document.path, document.language_id, text
            )
            if problem:  # logged here: only the loop thread writes to the client
                self.log_once(problem)
            current = self.open_document(uri)
            if current is None or current.version != version:
                return  # edited meanwhile: the lint of the newer text is scheduled
            if linted is None:
                self.linted.pop(uri, None)
            else:
                self.linted[uri] = linted
            self.text_document_publish_diagnostics(
                lsp.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics, version=version)
            )
        except asyncio.CancelledError:
            raise
        except Exception:  # noqa: BLE001 - never let one document stop the server
            log.exception("smartlint: could not lint %s", uri)
        finally:
            if self.pending.get(uri) is task:
                del self.pending[uri]

    def lint_document(self, path: str | None, language_id: str | None, text: str) -> tuple[list, Linted | None, str | None]:
        """(diagnostics, the lint to remember, a problem to log) of one document; runs
        in the lint thread, so it sends nothing to the client itself."""
        from smartlint.inputs import SUPPORTED_SUFFIXES

        kind = document_kind(path, language_id, SUPPORTED_SUFFIXES)
        if kind is None:
            return [], None, None
        if len(text) > MAX_CHARS:
            message = (f"smartlint: this document has {len(text):,} characters; smartlint lints up to "
                       f"{MAX_CHARS:,} as you type. Run 'smartlint check' on the file instead.")
            problem = f"{path or 'an unsaved document'}: longer than {MAX_CHARS:,} characters, not linted as you type"
            return [problem_diagnostic(message, lsp.DiagnosticSeverity.Warning)], None, problem
        linter = self.pool.get(Path(path).parent if path else self.default_folder())
        if isinstance(linter, ConfigProblem):
            return [problem_diagnostic(f"smartlint: {linter.message}")], None, f"smartlint: {linter.message}"
        if path and linter.excludes(path, self.folder_of(path)):
            return [], None, None  # `exclude`, or a hidden/tool file (.pre-commit-config.yaml)
        try:
            findings = linter.lint_text(text, kind=kind, path=path)
        except SmartlintError as err:  # the document cannot be read as its kind
            return [problem_diagnostic(f"smartlint: {err.message}", lsp.DiagnosticSeverity.Warning)], None, None
        except Exception as err:  # noqa: BLE001 - a bug: say so, keep serving
            log.exception("smartlint: internal error linting %s", path)
            message = f"smartlint: internal error: {type(err).__name__}: {err}"
            return [problem_diagnostic(message)], None, message
        positions = Positions(text, self.workspace.position_encoding)
        return [diagnostic(f, positions) for f in findings], Linted(text, kind, linter, findings, positions), None

    def warm_up(self) -> None:
        """Load the pipeline before the first document arrives (in the lint thread)."""
        try:
            linter = self.pool.get(self.default_folder())
            if isinstance(linter, Linter):
                linter.warm_up()
        except Exception:  # noqa: BLE001 - the first lint reports it properly
            log.debug("warm-up failed", exc_info=True)

    def current(self, uri: str) -> Linted | None:
        """The last lint of ``uri`` if it is of the document's current text."""
        linted = self.linted.get(uri)
        document = self.open_document(uri)
        if linted is None or document is None or document.source != linted.text:
            return None
        return linted


server = SmartlintServer()


@server.feature(lsp.INITIALIZE)
def _initialize(ls: SmartlintServer, params: lsp.InitializeParams) -> None:
    options = params.initialization_options if isinstance(params.initialization_options, dict) else {}
    debounce = options.get("debounceMs")
    if isinstance(debounce, (int, float)) and 0 <= debounce <= 10_000:
        ls.debounce = debounce / 1000


@server.feature(lsp.INITIALIZED)
def _initialized(ls: SmartlintServer, params: lsp.InitializedParams) -> None:
    watch = ls.client_capabilities.workspace and ls.client_capabilities.workspace.did_change_watched_files
    if watch and watch.dynamic_registration:
        watchers = [lsp.FileSystemWatcher(glob_pattern=f"**/{name}") for name in _CONFIG_FILES]
        ls.client_register_capability(lsp.RegistrationParams(registrations=[lsp.Registration(
            id="smartlint-config", method=lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES,
            register_options=lsp.DidChangeWatchedFilesRegistrationOptions(watchers=watchers),
        )]))
    ls.linting.submit(ls.warm_up)


@server.feature(lsp.TEXT_DOCUMENT_DID_OPEN)
async def _did_open(ls: SmartlintServer, params: lsp.DidOpenTextDocumentParams) -> None:
    ls.schedule(params.text_document.uri, 0)


@server.feature(lsp.TEXT_DOCUMENT_DID_CHANGE)
async def _did_change(ls: SmartlintServer, params: lsp.DidChangeTextDocumentParams) -> None:
    ls.schedule(params.text_document.uri, ls.debounce)


@server.feature(lsp.TEXT_DOCUMENT_DID_SAVE)
async def _did_save(ls: SmartlintServer, params: lsp.DidSaveTextDocumentParams) -> None:
    path = to_fs_path(params.text_document.uri)
    # A config or a rule pack edited in the editor: every open document again.
    if path and (Path(path).name in _CONFIG_FILES or ls.pool.depends_on(Path(path))):
        ls.pool.forget()
        ls.relint_all()


@server.feature(lsp.TEXT_DOCUMENT_DID_CLOSE)
async def _did_close(ls: SmartlintServer, params: lsp.DidCloseTextDocumentParams) -> None:
    uri = params.text_document.uri
    waiting = ls.pending.pop(uri, None)
    if waiting is not None:
        waiting.cancel()
    ls.linted.pop(uri, None)
    ls.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(uri=uri, diagnostics=[]))


@server.feature(lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES)
async def _watched_files(ls: SmartlintServer, params: lsp.DidChangeWatchedFilesParams) -> None:
    ls.pool.forget()
    ls.relint_all()


@server.feature(lsp.TEXT_DOCUMENT_HOVER)
def _hover(ls: SmartlintServer, params: lsp.HoverParams) -> lsp.Hover | None:
    linted = ls.current(params.text_document.uri)
    if linted is None:
        return None
    offset = linted.positions.offset(params.position)
    return hover(linted.linter, linted.findings, linted.positions, offset)


@server.feature(
    lsp.TEXT_DOCUMENT_CODE_ACTION,
    lsp.CodeActionOptions(code_action_kinds=[lsp.CodeActionKind.QuickFix], resolve_provider=False),
)
def _code_action(ls: SmartlintServer, params: lsp.CodeActionParams) -> list[lsp.CodeAction] | None:
    uri = params.text_document.uri
    linted = ls.current(uri)
    if linted is None:
        return None
    start = linted.positions.offset(params.range.start)
    end = linted.positions.offset(params.range.end)
    return code_actions(uri, linted.kind, linted.text, linted.linter, linted.findings, linted.positions,
                        start, end, list(params.context.diagnostics or []))


@server.command(EXPLAIN_COMMAND)
def _explain(ls: SmartlintServer, *arguments) -> str | None:
    """Arguments: the document's URI and a rule id; shows and returns the explanation."""
    uri, rule = (str(a) for a in (list(arguments) + ["", ""])[:2])
    linted = ls.linted.get(uri)
    linter = linted.linter if linted else ls.pool.get(ls.default_folder())
    if isinstance(linter, ConfigProblem):
        text = f"smartlint: {linter.message}"
    else:
        text = explanation(linter, rule, markdown=False) or f"smartlint: unknown rule '{rule}'"
    ls.window_show_message(lsp.ShowMessageParams(type=lsp.MessageType.Info, message=text))
    return text


@server.feature(lsp.SHUTDOWN)
def _shutdown(ls: SmartlintServer, *args) -> None:
    for task in ls.pending.values():
        task.cancel()
    ls.linting.shutdown(wait=False, cancel_futures=True)


def serve(debug: bool = False) -> int:
    """Serve one client over stdin/stdout until it exits."""
    logging.basicConfig(level=logging.DEBUG if debug else logging.WARNING, stream=sys.stderr,
                        format="smartlint server: %(levelname)s: %(message)s")
    # The LSP owns stdout: anything else printed (a library's warning) goes to stderr.
    out = sys.stdout.buffer
    sys.stdout = sys.stderr
    server.start_io(sys.stdin.buffer, out)
    return 0
