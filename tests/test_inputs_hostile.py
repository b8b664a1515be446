"""Hostile inputs from issue 10: each returns within a generous bound and maps exactly.

The bounds catch a hang or a quadratic scan (the old code took 25 s to minutes on
these); the speed itself is measured by ``bench/``, not here.
"""

from __future__ import annotations

import pytest
from bounded import time_bound
from test_inputs_view import assert_map_is_sane

from smartlint.inputs.markdown import read_markdown
from smartlint.inputs.yaml_library import read_yaml_library
from smartlint.segments import SourceDocument


def _read(reader, name: str, text: str, seconds: float) -> SourceDocument:
    doc = SourceDocument(path=name, source_text=text)
    with time_bound(seconds):
        reader(doc)
    return doc


def test_twenty_thousand_yaml_directives_are_read_in_linear_time():
    text = "".join(f"# smartlint: disable=vague-zsm\nk{i}: We bellen u zo snel mogelijk terug.\n" for i in range(20000))
    doc = _read(read_yaml_library, "veel.yaml", text, 30)  # was 39 s (quadratic)
    assert len(doc.segments) == 20000
    assert all(seg.disabled == frozenset({"vague-zsm"}) for seg in doc.segments)


def test_a_long_run_of_spaces_in_markdown():
    text = "Beste klant, we bellen u.\n" + " " * 50000 + "x\n"
    doc = _read(read_markdown, "r.md", text, 10)  # was 25 s
    assert doc.segments[0].text.split() == ["Beste", "klant,", "we", "bellen", "u.", "x"]


@pytest.mark.parametrize(
    "text",
    [
        "".join("  " * (i % 40) + "- We bellen u morgen.\n" for i in range(30000)),  # 9 MB took > 120 s
        "".join("  " * i + "- punt\n" for i in range(1000)),
        "- " * 200000 + "We bellen u.\n",
        "> " * 200000 + "We bellen u.\n",
        "[" * 100000 + "x\n",
        "[a](" * 25000 + "x\n",
        "[" * 5000 + "x" + "](y)" * 5000 + "\n",
        "".join("`" * k + "a" for k in range(1, 440)) + "\n",
        "# Titel" + " " * 100000 + "x #\n",
        "|" + " " * 100000 + "x\n",
        " " * 100000 + "-\n",
    ],
    ids=["nested-2MB", "nested-deep", "markers-one-line", "quotes-one-line", "open-brackets", "open-links",
         "nested-links", "backtick-runs", "heading-spaces", "table-spaces", "rule-spaces"],
)
def test_markdown_shapes_that_backtracked(text):
    doc = _read(read_markdown, "x.md", text, 20)
    for seg in doc.segments:
        start, end = seg.offsets.to_source(0, len(seg.text))
        assert 0 <= start <= end <= len(text)
        if len(seg.text) < 20000:
            assert_map_is_sane(doc, seg)


def test_a_long_scalar_mapped_by_alignment_is_fast_and_exact():
    # U+2028 sends a YAML scalar to the alignment fallback, which was cubic on
    # repetitive text (1,600 characters: 69 s).
    text = 'a: "' + "We bellen u\u2028" * 800 + '"\n'
    doc = _read(read_yaml_library, "lang.yaml", text, 10)
    (seg,) = doc.segments
    assert_map_is_sane(doc, seg)
    last = seg.text.rindex("bellen")
    start, end = seg.offsets.to_source(last, last + 6)
    assert text[start:end] == "bellen"


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("r.json", '{"a": "We bellen u \\ud800 snel terug."}'),
        ("r.json", '{"\\udc00 sleutel": "We bellen u snel terug."}'),
        ("r.yaml", 'a: "We bellen u \\ud800 snel terug."\n'),
    ],
)
def test_a_lone_surrogate_escape_is_linted_not_an_internal_error(name, text):
    # the tokenizer and every output encoding refuse a lone surrogate: it becomes U+FFFD
    from smartlint.api import Linter

    result = Linter(today="2026-12-03").check_text(text, path=name)
    found = [f for f in result.findings if f.rule == "vague-snel"]
    assert len(found) == 1 and text[found[0].start:found[0].end] == "snel"
    assert all("\ud800" not in (s.key or "") + s.text for d in result.documents.values() for s in d.segments)
