"""A lone CR (old Mac files) ends a line, as in editors and SARIF (issue 10 item 8)."""

from __future__ import annotations

import pytest
from cli_fakes import document, finding_at

from smartlint.report.text import excerpt
from smartlint.segments import SourceDocument, line_starts, split_lines
from smartlint.suppression import apply_suppressions, parse_directives

TEXTS = {
    "lf": "Beste klant,\nWe bellen u zo snel mogelijk.\n",
    "crlf": "Beste klant,\r\nWe bellen u zo snel mogelijk.\r\n",
    "cr": "Beste klant,\rWe bellen u zo snel mogelijk.\r",
    "mixed": "Beste klant,\r\rWe bellen u zo snel mogelijk.\n",
}


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_line_and_column_count_every_break(name):
    text = TEXTS[name]
    doc = SourceDocument("x.txt", text)
    line, column = doc.line_col(text.index("zo snel"))
    assert (line, column) == (3 if name == "mixed" else 2, 13)
    assert len(line_starts(text)) == len(split_lines(text))
    assert split_lines(text)[line - 1].startswith("We bellen")


def test_a_break_pair_is_one_line_end_and_its_lf_belongs_to_the_line():
    doc = SourceDocument("x.txt", "ab\r\ncd")
    assert [doc.line_col(i) for i in range(6)] == [(1, 1), (1, 2), (1, 3), (1, 4), (2, 1), (2, 2)]


def test_the_shown_source_line_is_the_finding_line():
    doc = document(TEXTS["cr"])
    finding = finding_at(doc, TEXTS["cr"].index("zo snel"), TEXTS["cr"].index("zo snel") + 16)
    shown, offset, width = excerpt(doc.source_text, finding)
    assert shown == "We bellen u zo snel mogelijk."
    assert shown[offset : offset + width] == "zo snel mogelijk"


def test_disable_next_line_counts_a_lone_cr():
    text = "<!-- smartlint-disable-next-line vague-zsm -->\rWe bellen u zo snel mogelijk.\rzo snel mogelijk\r"
    doc = document(text)
    first = finding_at(doc, text.index("zo snel"), text.index("zo snel") + 16)
    second = finding_at(doc, text.rindex("zo snel"), text.rindex("zo snel") + 16)
    assert [d.line for d in parse_directives(text)] == [1]
    assert apply_suppressions([first, second], text) == [second]
