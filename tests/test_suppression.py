"""Inline suppression: disable/enable ranges, next-line, file-wide; ids and categories."""

from __future__ import annotations

import re

from bounded import time_bound
from cli_fakes import document, finding_at

from smartlint.suppression import apply_suppressions, parse_directives, unknown_directive_rules

RULES = {"vaag": ("vague-zsm", "vague-word"), "groot": ("adjective-groot", "unquantified-adjective"),
         "kabel": ("incident-cause", "incident-explanation")}


def lint(text: str):
    """Findings for every marker word, then what survives suppression, as (word, line)."""
    doc = document(text)
    findings = [
        finding_at(doc, m.start(), m.end(), rule=RULES[m.group()][0], category=RULES[m.group()][1])
        for m in re.finditer(r"(?<![-\w])(?:%s)" % "|".join(RULES), text)
    ]
    kept = apply_suppressions(findings, text)
    return [(f.text, f.line) for f in kept]


def test_without_directives_everything_is_kept():
    assert lint("vaag groot\nkabel\n") == [("vaag", 1), ("groot", 1), ("kabel", 2)]


def test_disable_all_until_enable():
    text = "vaag 1\n<!-- smartlint-disable -->\nvaag 3 groot\n<!-- smartlint-enable -->\nvaag 5\n"
    assert lint(text) == [("vaag", 1), ("vaag", 5)]


def test_disable_named_rules_and_categories():
    text = "<!-- smartlint-disable vague-zsm, incident-explanation -->\nvaag groot kabel\n"
    assert lint(text) == [("groot", 2)]


def test_enable_one_rule_inside_a_disable_all_region():
    text = "<!-- smartlint-disable -->\nvaag groot\n<!-- smartlint-enable vague-zsm -->\nvaag groot\n"
    assert lint(text) == [("vaag", 4)]


def test_enable_one_rule_of_several():
    text = "<!-- smartlint-disable vague-zsm, adjective-groot -->\nvaag groot\n<!-- smartlint-enable adjective-groot -->\nvaag groot\n"
    assert lint(text) == [("groot", 4)]


def test_disable_region_starts_at_the_comment_not_its_line():
    assert lint("vaag <!-- smartlint-disable --> vaag\n") == [("vaag", 1)]


def test_next_line_only():
    text = "<!-- smartlint-disable-next-line vague-word -->\nvaag groot\nvaag\n"
    assert lint(text) == [("groot", 2), ("vaag", 3)]


def test_next_line_without_rules_is_all_rules():
    assert lint("vaag\n<!-- smartlint-disable-next-line -->\nvaag groot kabel\nkabel\n") == [("vaag", 1), ("kabel", 4)]


def test_next_line_after_a_multiline_comment_counts_from_its_end():
    text = "<!--\n  smartlint-disable-next-line\n-->\nvaag\nvaag\n"
    assert lint(text) == [("vaag", 5)]


def test_disable_file_anywhere():
    assert lint("vaag\ngroot\n<!-- smartlint-disable-file -->\n") == []
    assert lint("vaag\ngroot\n<!-- smartlint-disable-file unquantified-adjective -->\n") == [("vaag", 1)]


def test_disable_file_in_a_hash_comment():
    assert lint("key: vaag  # smartlint-disable-file vague-zsm\nother: groot\n") == [("groot", 2)]


def test_bare_directive_lines_in_plain_text():
    text = "smartlint-disable-next-line vague-zsm\nvaag groot\nvaag\n"
    assert lint(text) == [("groot", 2), ("vaag", 3)]
    assert lint("vaag\n  smartlint-disable-file\n") == []


def test_reason_after_double_dash_is_not_a_rule():
    directives = parse_directives("<!-- smartlint-disable vague-zsm -- klant vroeg hier om -->")
    assert [(d.kind, sorted(d.rules)) for d in directives] == [("disable", ["vague-zsm"])]


def test_words_that_only_look_like_directives_do_nothing():
    assert lint("<!-- smartlint-disabled -->\nvaag\n<!-- zie smartlint-disable-file -->\n") == [("vaag", 2)]
    assert lint("Over smartlint-disable-file praten we later. vaag\n") == [("vaag", 1)]


def test_crlf_line_numbers():
    text = "<!-- smartlint-disable-next-line -->\r\nvaag\r\nvaag\r\n"
    assert lint(text) == [("vaag", 3)]


def test_unknown_rules_in_directives_are_reported():
    text = "<!-- smartlint-disable vague-zms, vague-word -->\nx\n<!-- smartlint-disable-next-line nope -->\n"
    assert unknown_directive_rules(text, {"vague-zsm", "vague-word"}) == [(1, "vague-zms"), (3, "nope")]


def test_many_directives_and_findings_are_applied_in_linear_time():
    line = "<!-- smartlint-disable-next-line vague-zsm -->\nWe bellen u zo snel mogelijk.\n"
    text = line * 20000 + "<!-- smartlint-disable vague-zsm -->\nzo snel mogelijk\n" * 2000
    doc = document(text)
    starts, pos = [], text.find("zo snel")
    while pos != -1:
        starts.append(pos)
        pos = text.find("zo snel", pos + 1)
    findings = [finding_at(doc, s, s + 16) for s in starts]
    with time_bound(30):  # quadratic before: 22,000 x 22,000 directive tests
        assert apply_suppressions(findings, text) == []
