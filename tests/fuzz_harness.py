"""The fuzz harness: hostile inputs for every reader and the config and pack loaders.

Shared by the fast profile in the test run (``tests/test_fuzz.py``) and the long
profile run by hand (``python bench/fuzz.py --per-reader 10000``).  Inputs are random
token soups, raw bytes, one token repeated up to 3,000 times inside a seed, and
mutations of real-looking seeds (``examples/``, a small
generated library in every library format).  Each input runs under a time bound;
the checks:

* the only exceptions are InputError / ConfigError / PackError, each one line;
* every segment character maps to a source span inside the file, in reading order
  (ASCII letters and digits that map to one character map to themselves);
* the segments are not much larger than the input (a proxy for memory: nothing
  expands an input without bound).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from bounded import TookTooLong, time_bound
from hypothesis import strategies as st
from test_inputs_view import assert_map_is_sane

from smartlint.config import read_config, validate_config
from smartlint.errors import ConfigError, InputError, PackError
from smartlint.inputs import read_stdin
from smartlint.packs import load_pack_file
from smartlint.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
MAX_INPUT_CHARS = 10 * 1024
SECONDS_PER_INPUT = 2.0
# Segment text per input character, at most (HTML turns '<p>' into two line breaks).
MAX_GROWTH = 4

READERS = ("txt", "md", "html", "eml", "yaml", "json", "csv")
LOADERS = ("config", "pack")
TARGETS = READERS + LOADERS

_COMMON = [
    "Beste", " ", "klant", "We bellen u zo snel mogelijk.", "\n", "\r\n", "\r", "\t", "é", "€", "😀", "\u00a0",
    "\u2028", "\x85", "\ufeff", "\x07", "\\", '"', "'", ":", ",", ";", "{", "}", "[", "]", "(", ")", "<", ">",
    "&", "#", "-", "*", "_", "`", "|", "=", "  ", "\n\n", "smartlint-disable", "<!-- smartlint-disable x -->",
    "<!-- smartlint-disable-next-line vague-zsm -->", "smartlint-disable-file", "# smartlint: disable=x",
]  # fmt: skip
_PIECES = {
    "txt": [],
    "md": ["```", "~~~", "**", "- ", "1. ", "    ", "> ", "[a](b)", "![x](y)", "[", "](", "---", "# ", "<!--", "-->",
           "&amp;", "&#233;", "[ref]: http://x", "| a | b |\n|---|---|"],
    "html": ["<p>", "</p>", "<br>", "<script>", "</script>", "<style>", "<b>", "</b>", "<!--", "-->", "&amp;",
             "&#233;", "&nbsp;", "<blockquote>", "<pre>", "<![CDATA[", "]]>", "<div class='x'>", "&#x1F600;"],
    "eml": ["From: a@b.nl\n", "Subject: =?utf-8?q?caf=C3=A9?=\n", "Content-Type: text/plain; charset=utf-8\n",
            "Content-Type: multipart/alternative; boundary=XX\n", "--XX\n", "--XX--\n",
            "Content-Transfer-Encoding: quoted-printable\n", "Content-Transfer-Encoding: base64\n", "=C3=A9",
            "=\n", "-- \n", "> ", "Op ma 1 jan 2025 om 10:00 schreef a@b.nl:", "Content-Type: text/html\n",
            "V2UgYmVsbGVuIHU=", "Date: Mon, 1 Jan 2026 10:00:00 +0100\n"],
    "yaml": ["&x ", "*x", "!!str ", "!<tag:yaml.org,2002:str> ", "<<: *x", "|", ">-", "|+", "|2", "- ", "? ",
             "key: ", "---\n", "...\n", '"\\u00e9"', "'it''s'", "%YAML 1.1\n", "  ", "{a: b}", "[a, b]",
             "# smartlint: disable-file"],
    "json": ['{"a": ', '"b"', "}", "[", "]", ",", '"\\u00e9"', '"\\ud83d\\ude00"', '"\\n"', "null", "1e999",
             "true", '{"body": "We bellen u."}'],
    "csv": ["message,id\n", '"', '""', ",", "\n", ";", "\t", '"We bellen\nu morgen."', "sep=;\n", "bericht;id\n"],
    "config": ["fail-on: ", "warning", "rules:\n", "  vague-zsm: off\n", "include: [", "exclude:\n  - x\n",
               "today: 2026-11-22\n", "context: incident\n", "jobs: 2\n", "pack: [a.yaml]\n", "severity:\n"],
    "pack": ["rules:\n", "- id: x\n", "  category: vague-word\n", "  severity: warning\n", "  message: m\n",
             "  match:\n", "    phrases: [zo snel mogelijk]\n", "    lemmas: [kijken]\n", "  kinds: [message]\n",
             "pack: p\n", "  why: w\n", "  suggestion: s\n", "    pattern: [{LOWER: x}]\n"],
}  # fmt: skip


def _library_messages() -> list[str]:
    import random
    import sys

    sys.path.insert(0, str(ROOT / "bench"))
    try:
        from generate_library import message
    finally:
        sys.path.pop(0)
    rng = random.Random(7)
    return [message(rng) for _ in range(6)]


def _seeds() -> dict[str, list[str]]:
    import csv
    import io
    import json

    examples = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    messages = _library_messages()
    yaml_lib = "responses:\n" + "".join(
        f"  m{i}:\n    subject: Uw vraag {i}\n    body: |\n" + "".join(f"      {line}\n" for line in m.splitlines())
        for i, m in enumerate(messages)
    ) + "alias: &a \"We kijken er even naar.\"\nkopie: *a\n"
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["id", "message"])
    writer.writerows([[i, m] for i, m in enumerate(messages)])
    html = "<html><body>" + "".join(f"<p>{m.replace(chr(10), '<br>')}</p>" for m in messages[:3]) + "</body></html>"
    eml = ("From: sanne@winkel.nl\nTo: klant@example.nl\nSubject: Uw vraag\n"
           "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
           + messages[0].replace("é", "=C3=A9") + "\n\nOp ma 1 jan 2026 om 10:00 schreef klant@example.nl:\n> Waar blijft mijn pakket?\n")
    markdown = "# Antwoord\n\n" + messages[1] + "\n\n- We bellen u **morgen**.\n- [link](https://x.nl)\n\n```\ncode\n```\n"
    config = (ROOT / "smartlint" / "templates" / "smartlint.yaml").read_text(encoding="utf-8")
    packs = [_small_pack(p) for p in sorted((ROOT / "rules").glob("*.yaml"))[:3]]
    return {
        "txt": examples + messages[:2],
        "md": [markdown, *examples[:1]],
        "html": [html],
        "eml": [eml],
        "yaml": [yaml_lib],
        "json": [json.dumps({"responses": {f"m{i}": {"body": m} for i, m in enumerate(messages)}}, ensure_ascii=False, indent=2)],
        "csv": [buffer.getvalue()],
        "config": [config],
        "pack": packs,
    }


def _small_pack(path: Path) -> str:
    """The first rules of a built-in pack, as a pack file well under the input size."""
    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if isinstance(data, dict) and isinstance(data.get("rules"), list):
        data = {**data, "rules": data["rules"][:2]}
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)[:MAX_INPUT_CHARS]


def mutate(seed: str, edits: list[tuple[int, int, int, str]]) -> str:
    """Apply edits (kind, position, length, piece) to ``seed``: insert, delete, duplicate, replace."""
    text = seed
    for kind, pos, length, piece in edits:
        pos = pos % (len(text) + 1)
        end = min(len(text), pos + length)
        if kind == 0:
            text = text[:pos] + piece + text[pos:]
        elif kind == 1:
            text = text[:pos] + text[end:]
        elif kind == 2:
            text = text[:end] + text[pos:end] * 3 + text[end:]
        else:
            text = text[:pos] + piece + text[end:]
    return text[:MAX_INPUT_CHARS]


SEEDS = _seeds()
PIECES_FOR = {target: _COMMON + _PIECES[target] for target in TARGETS}


def _encode(text: str, how: int) -> bytes:
    if how == 1:
        return text.encode("cp1252", "replace")
    if how == 2:  # a stray byte in UTF-8
        raw = text.encode("utf-8", "surrogatepass")
        return raw[: len(raw) // 2] + b"\xe9" + raw[len(raw) // 2 :]
    return text.encode("utf-8", "surrogatepass")


def inputs(target: str) -> st.SearchStrategy[bytes]:
    """Random and mutated inputs of ``target``'s format, as bytes of at most ~10 KB."""
    pieces = PIECES_FOR[target]
    soup = st.lists(st.sampled_from(pieces), max_size=80).map("".join)
    edits = st.lists(
        st.tuples(st.integers(0, 3), st.integers(0, MAX_INPUT_CHARS), st.integers(0, 200), st.sampled_from(pieces)),
        min_size=1, max_size=10,
    )
    mutated = st.builds(mutate, st.sampled_from(SEEDS[target]), edits)
    # One piece many times over, inside a seed: the classic shape of backtracking and
    # quadratic scans ('a\u2028' * 800 made the alignment fallback take a minute).
    repeated = st.builds(
        lambda seed, piece, times, at: mutate(seed, [(0, at, 0, piece * times)]),
        st.sampled_from(SEEDS[target]), st.sampled_from(pieces), st.integers(1, 3000), st.integers(0, MAX_INPUT_CHARS),
    )
    text = st.one_of(soup, mutated, repeated, st.text(max_size=300))
    encoded = st.builds(_encode, text, st.sampled_from([0, 0, 0, 1, 2]))
    return st.one_of(encoded, st.binary(max_size=300))


class Violation(AssertionError):
    """An input broke a promise (crash, hang, bad offset, multi-line error)."""


def check(target: str, data: bytes, workdir: Path | None = None) -> str:
    """Run one input; returns "ok" or the error kind; raises Violation on a broken promise."""
    try:
        with time_bound(SECONDS_PER_INPUT):
            if target in READERS:
                return _check_reader(target, data)
            return _check_loader(target, data, workdir)
    except (InputError, ConfigError, PackError) as err:
        if "\n" in str(err) or "\r" in str(err):
            raise Violation(f"{target}: error message is more than one line: {str(err)!r}") from err
        return type(err).__name__
    except (Violation, TookTooLong):
        raise
    except Exception as err:  # noqa: BLE001 - anything else is what we look for
        raise Violation(f"{target}: {type(err).__name__}: {err}") from err


def _check_reader(target: str, data: bytes) -> str:
    doc = read_stdin(data, name=f"fuzz.{target}", settings=Settings())
    total = 0
    for seg in doc.segments:
        assert_map_is_sane(doc, seg)
        total += len(seg.text)
    if total > MAX_GROWTH * len(doc.source_text) + 100:
        raise Violation(f"{target}: {total} segment characters from {len(doc.source_text)}")
    return "ok"


def _check_loader(target: str, data: bytes, workdir: Path | None) -> str:
    folder = workdir or Path(tempfile.mkdtemp(prefix="smartlint-fuzz-"))
    path = folder / ("smartlint.yaml" if target == "config" else "pack.yaml")
    path.write_bytes(data)
    if target == "config":
        validate_config(read_config(path, cwd=folder))
    else:
        load_pack_file(path)
    return "ok"
