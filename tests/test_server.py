"""`smartlint server`: a real LSP session with the server as a subprocess.

Timeouts are generous bounds that catch a hang (the first lint loads spaCy,
seconds on a busy machine); they are not speed targets (bench/lsp.py measures those).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from lsp_client import LspClient  # noqa: E402

pytest.importorskip("pygls")

FIRST = 180  # seconds: the first diagnostics include loading the pipeline
LATER = 60
TEXT = ("Beste Jan,\n\n😀 Martin is bij een klant. Sanne belt u dinsdag 2 december 2026 terug.\n"
        "We bellen u zo snel mogelijk.\n\nMet vriendelijke groet,\nSanne\n")


def utf16_column(line: str, index: int) -> int:
    return len(line[:index].encode("utf-16-le")) // 2


def open_doc(client: LspClient, uri: str, text: str, language: str = "plaintext", version: int = 1) -> None:
    client.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": language, "version": version,
                                                            "text": text}})


def diagnostics_for(client: LspClient, uri: str, timeout: float = LATER, version: int | None = None) -> list[dict]:
    params = client.wait_for(
        "textDocument/publishDiagnostics",
        lambda p: p["uri"] == uri and (version is None or p.get("version") == version), timeout,
    )
    return params["diagnostics"]


def change(client: LspClient, uri: str, text: str, version: int) -> None:
    client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version},
                                             "contentChanges": [{"text": text}]})


def apply_edit(text: str, edit: dict) -> str:
    lines = text.split("\n")

    def offset(pos):  # UTF-16 units -> code points
        line, units, column = lines[pos["line"]], 0, 0
        while units < pos["character"]:
            units += len(line[column].encode("utf-16-le")) // 2
            column += 1
        return sum(len(before) + 1 for before in lines[:pos["line"]]) + column

    return text[:offset(edit["range"]["start"])] + edit["newText"] + text[offset(edit["range"]["end"]):]


@pytest.fixture(scope="module")
def session(tmp_path_factory):
    root = tmp_path_factory.mktemp("workspace")
    (root / ".smartlint.yaml").write_text("clients: [Garage De Vries]\n", encoding="utf-8")
    client = LspClient(cwd=root)
    result = client.initialize(root, {"debounceMs": 100}, timeout=LATER)
    assert result["capabilities"]["hoverProvider"] and result["capabilities"]["codeActionProvider"]
    yield client, root
    assert client.close() == 0, b"".join(client.stderr).decode(errors="replace")


def test_diagnostics_hover_and_code_actions(session):
    client, root = session
    uri = (root / "draft.txt").as_uri()
    open_doc(client, uri, TEXT)
    found = diagnostics_for(client, uri, FIRST)
    by_code = {d["code"]: d for d in found}
    assert {"other-client-visit", "date-weekday", "vague-zsm"} <= set(by_code)
    line = TEXT.split("\n")[2]
    visit = by_code["other-client-visit"]
    assert visit["range"]["start"] == {"line": 2, "character": utf16_column(line, line.index("bij een klant"))}
    assert visit["severity"] == 2 and visit["source"] == "smartlint" and "codeDescription" not in visit
    assert by_code["date-weekday"]["severity"] == 1
    assert "Suggestie:" in by_code["vague-zsm"]["message"]

    hover = client.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": visit["range"]["start"]})
    value = hover["contents"]["value"]
    assert "**Why:**" in value and "**Write instead:**" in value and "buiten de deur" in value
    assert client.request("textDocument/hover", {"textDocument": {"uri": uri},
                                                 "position": {"line": 0, "character": 1}}) is None

    actions = client.request("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": visit["range"], "context": {"diagnostics": [visit]}})
    titles = [a["title"] for a in actions]
    assert titles == ["Replace 'bij een klant' with 'buiten de deur'", "Disable other-client-visit for this line",
                      "Explain other-client-visit"]
    fixed = apply_edit(TEXT, actions[0]["edit"]["changes"][uri][0])
    assert "Martin is buiten de deur." in fixed
    explained = client.request("workspace/executeCommand", {"command": actions[2]["command"]["command"],
                                                            "arguments": actions[2]["command"]["arguments"]})
    assert explained.startswith("other-client-visit") and "Why:" in explained
    assert client.wait_for("window/showMessage", lambda p: p["message"] == explained)

    # Apply the fix and the suppression the way an editor would: the findings go.
    suppress = next(a for a in client.request("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": by_code["vague-zsm"]["range"], "context": {"diagnostics": []}})
        if a["title"] == "Disable vague-zsm for this line")
    edited = apply_edit(fixed, suppress["edit"]["changes"][uri][0])
    change(client, uri, edited, 2)
    after = {d["code"] for d in diagnostics_for(client, uri, version=2)}
    assert "other-client-visit" not in after and "vague-zsm" not in after and "date-weekday" in after


def test_changes_are_debounced_and_configs_apply_per_folder(session):
    client, root = session
    uri = (root / "burst.md").as_uri()
    open_doc(client, uri, "# Vraag\n\nHallo.\n", "markdown")
    diagnostics_for(client, uri)
    for version in range(2, 7):
        change(client, uri, f"# Vraag\n\nWe komen bij Garage De Vries. Versie {version}.\n", version)
    found = diagnostics_for(client, uri)  # the first answer after the burst is for the last edit
    assert [d["code"] for d in found if d["code"] == "other-client-name"] == ["other-client-name"]
    assert not [n for n in client.notifications
                if n.get("method") == "textDocument/publishDiagnostics" and n["params"]["uri"] == uri]


def test_a_config_change_is_picked_up(session):
    client, root = session
    folder = root / "team"
    folder.mkdir()
    config = folder / ".smartlint.yaml"
    config.write_text("rules:\n  vague-zsm: hoog\n", encoding="utf-8")
    uri = (folder / "reply.txt").as_uri()
    open_doc(client, uri, "We bellen u zo snel mogelijk.\n")
    (problem,) = diagnostics_for(client, uri)
    assert "rules.vague-zsm: expected off, error, warning or info" in problem["message"]
    assert problem["range"]["start"] == {"line": 0, "character": 0}
    logged = client.wait_for("window/logMessage", lambda p: "rules.vague-zsm" in p["message"])
    assert logged["type"] == 2
    config.write_text("rules:\n  vague-zsm: info\nexclude: [archief]\n", encoding="utf-8")
    client.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": config.as_uri(), "type": 2}]})
    found = diagnostics_for(client, uri)
    assert [d["severity"] for d in found if d["code"] == "vague-zsm"] == [3]
    (folder / "archief").mkdir()
    archived = (folder / "archief" / "oud.txt").as_uri()
    open_doc(client, archived, "We bellen u zo snel mogelijk.\n")
    assert diagnostics_for(client, archived) == []


def test_bad_input_never_stops_the_server(session):
    client, root = session
    big = (root / "paste.txt").as_uri()
    open_doc(client, big, "We bellen u zo snel mogelijk. " * 170_000)  # ~5 MB
    (warning,) = diagnostics_for(client, big)
    assert "characters" in warning["message"] and warning["severity"] == 2
    odd = (root / "odd.txt").as_uri()
    open_doc(client, odd, "We bellen u \udcff zo snel mogelijk \ufffd terug.\x00\n")
    assert any(d["code"] == "vague-zsm" for d in diagnostics_for(client, odd))
    broken = root / "bytes"
    broken.mkdir()
    (broken / ".smartlint.yaml").write_bytes(b"clients: [Caf\xe9 \xff]\n")
    uri = (broken / "a.txt").as_uri()
    open_doc(client, uri, "Hallo.\n")
    (problem,) = diagnostics_for(client, uri)
    assert "not valid UTF-8" in problem["message"]
    yaml_uri = (root / "lib.yaml").as_uri()
    open_doc(client, yaml_uri, "a: [unclosed\n  b: zo snel mogelijk\n", "yaml")
    diagnostics_for(client, yaml_uri)
    hidden = (root / ".pre-commit-config.yaml").as_uri()
    open_doc(client, hidden, "repos:\n  - repo: local # we bellen u zo snel mogelijk\n    id: zo snel mogelijk\n", "yaml")
    assert diagnostics_for(client, hidden) == []
    code = (root / "script.py").as_uri()
    open_doc(client, code, "print('zo snel mogelijk')\n", "python")
    assert diagnostics_for(client, code) == []
    # Still serving, and the odd text's findings still answer hover.
    hover = client.request("textDocument/hover", {"textDocument": {"uri": odd}, "position": {"line": 0, "character": 0}})
    assert "Wie doet dit?" in hover["contents"]["value"]


def test_server_without_pygls_says_how_to_install_it():
    blocker = ("import sys\nclass Block:\n    def find_spec(self, name, path=None, target=None):\n"
               "        if name.split('.')[0] in ('pygls', 'lsprotocol'):\n            raise ImportError(name=name)\n"
               "sys.meta_path.insert(0, Block())\nsys.argv = ['smartlint', 'server']\n"
               "from smartlint.cli import main\nmain()\n")
    proc = subprocess.run([sys.executable, "-c", blocker], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and 'pip install "smartlint[server]"' in proc.stderr
    assert proc.stdout == ""


@pytest.mark.parametrize("encoding, column", [("utf-16", 5), ("utf-8", 8), ("utf-32", 4), (None, 5)])
def test_positions_count_in_the_negotiated_encoding(encoding, column):
    from lsprotocol import types as lsp

    from smartlint.server.convert import Positions

    text = "a\r\nb\rc\n😀 é zo"
    positions = Positions(text, lsp.PositionEncodingKind(encoding) if encoding else None)
    offset = text.index("zo")
    assert positions.position(offset) == lsp.Position(line=3, character=column)
    assert positions.offset(lsp.Position(line=3, character=column)) == offset
    assert positions.position(text.index("c")) == lsp.Position(line=2, character=0)
    assert positions.offset(lsp.Position(line=9, character=0)) == len(text)


@pytest.mark.parametrize("kind, text", [
    ("yaml", "responses:\n  refund:\n    body: |\n      Hallo,\n      We bellen u zo snel mogelijk terug.\n"),
    ("md", "# Vraag\n\n  We bellen u zo snel mogelijk terug.\n"),
    ("html", "<p>\nWe bellen u zo snel mogelijk terug.\n</p>\n"),
    ("eml", "From: a@b.nl\nSubject: Vraag\n\nWe bellen u zo snel mogelijk terug.\n"),
])
def test_the_disable_action_writes_a_directive_that_works(kind, text):
    import smartlint
    from smartlint.server.convert import Positions, code_actions

    linter = smartlint.Linter(config=False, today="2026-11-22")
    findings = linter.lint_text(text, kind=kind)
    zsm = next(f for f in findings if f.rule == "vague-zsm")
    positions = Positions(text)
    actions = code_actions("file:///x", kind, text, linter, findings, positions, zsm.start, zsm.end, [])
    (disable,) = [a for a in actions if a.title.startswith("Disable vague-zsm")]
    (edit,) = disable.edit.changes["file:///x"]
    at = positions.offset(edit.range.start)
    edited = text[:at] + edit.new_text + text[at:]
    assert "vague-zsm" not in [f.rule for f in linter.lint_text(edited, kind=kind)]
    if kind != "eml":  # the e-mail reader still reads a directive line as prose (a reader's matter)
        assert len(linter.lint_text(edited, kind=kind)) == len(findings) - 1


def test_no_disable_action_in_json_or_an_email_header():
    import smartlint
    from smartlint.server.convert import Positions, code_actions

    linter = smartlint.Linter(config=False, today="2026-11-22")
    for kind, text in (("json", '{"a": "We bellen u zo snel mogelijk terug."}'),
                       ("eml", "From: a@b.nl\nSubject: We bellen u zo snel mogelijk\n\nHallo.\n")):
        findings = [f for f in linter.lint_text(text, kind=kind) if f.rule == "vague-zsm"]
        assert findings, kind
        actions = code_actions("file:///x", kind, text, linter, findings, Positions(text), 0, len(text), [])
        assert [a.title for a in actions] == ["Explain vague-zsm"]


PACK = """pack: {name: huis}
rules:
  - id: huis-spreektaal
    category: vague-word
    severity: warning
    message: "'{text}' is spreektaal."
    why: Spreektaal klinkt slordig in een brief.
    match: {phrases: [%s]}
"""


def test_saving_a_rule_pack_relints_open_documents(session):
    client, root = session
    folder = root / "huis"
    folder.mkdir()
    (folder / ".smartlint.yaml").write_text("packs: [huis.yaml]\n", encoding="utf-8")
    pack = folder / "huis.yaml"
    pack.write_text(PACK % "effe", encoding="utf-8")
    uri = (folder / "reply.txt").as_uri()
    text = "Ik kijk ff voor u en bel u effe terug.\n"
    open_doc(client, uri, text)
    assert [d["code"] for d in diagnostics_for(client, uri) if d["code"] == "huis-spreektaal"] == ["huis-spreektaal"]
    pack.write_text(PACK % "effe, ff", encoding="utf-8")
    client.notify("textDocument/didSave", {"textDocument": {"uri": pack.as_uri()}})
    found = [d for d in diagnostics_for(client, uri) if d["code"] == "huis-spreektaal"]
    assert [d["range"]["start"]["character"] for d in found] == [text.index(" ff ") + 1, text.index("effe")]
