"""Project Fluent .ftl message files: every message and attribute value with its
identifier, multi-line values joined, a select expression read as its default variant,
and an exact map."""

from __future__ import annotations

import time

from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from test_inputs_view import assert_reads_or_fails_in_one_line, read_checked, source_of

from smartlint.api import Linter

MESSAGES = """# Berichten van de klantenservice
## Sectie: bevestigingen

-brand-name = Fietsenwinkel Spaak
confirm-subject = Bevestig uw e-mailadres
confirm-body =
    Bedankt voor uw aanmelding bij { -brand-name }.
    We nemen zo snel mogelijk contact met u op.
login-button = Inloggen
    .title = We bellen u binnenkort terug.
unread = { $count ->
    [one] U heeft één nieuw bericht.
   *[other] U heeft { $count } nieuwe berichten; we nemen zo snel mogelijk contact op.
}
expires = Uw kaart verloopt op { DATETIME($date, month: "long") }.
"""


def _doc(tmp_path, text=MESSAGES, name="klantenservice.ftl"):
    return read_checked(tmp_path, name, text)


def test_every_message_and_attribute_is_a_segment_keyed_by_its_identifier(tmp_path):
    keys = [s.key for s in _doc(tmp_path).segments]
    assert keys == ["-brand-name", "confirm-subject", "confirm-body", "login-button.title", "unread", "expires"]


def test_a_value_over_indented_lines_is_one_text(tmp_path):
    body = _doc(tmp_path).segments[2]
    assert body.text == ("Bedankt voor uw aanmelding bij { -brand-name }. "
                         "We nemen zo snel mogelijk contact met u op.")
    assert source_of(_doc(tmp_path), body, "We nemen") == "We nemen"


def test_a_select_expression_reads_as_its_default_variant(tmp_path):
    unread = _doc(tmp_path).segments[4]
    assert unread.text == "U heeft { $count } nieuwe berichten; we nemen zo snel mogelijk contact op."
    assert "één" not in unread.text and "->" not in unread.text


def test_findings_point_at_the_file(tmp_path):
    path = tmp_path / "klantenservice.ftl"
    path.write_text(MESSAGES, encoding="utf-8")
    found = {(f.rule, f.text, f.line, f.key) for f in Linter(today="2026-12-05").lint_path(path)}
    assert ("vague-zsm", "zo snel mogelijk", 8, "confirm-body") in found
    assert ("vague-binnenkort", "binnenkort", 10, "login-button.title") in found
    assert ("vague-zsm", "zo snel mogelijk", 13, "unread") in found  # in the default variant


def test_fluent_placeables_are_placeholders(tmp_path):
    from smartlint.placeholders import mask_placeholders

    text = 'Beste { $name }, welkom bij { -brand-name }; uw pas verloopt { DATETIME($date, month: "long") }.'
    found = [text[p.start:p.end] for p in mask_placeholders(text)[1]]
    assert found == ["{ $name }", "{ -brand-name }", '{ DATETIME($date, month: "long") }']


def test_a_directory_walk_reads_fluent_files(tmp_path):
    (tmp_path / "main.ftl").write_text("body = We kijken er even naar en laten het u weten.\n", encoding="utf-8")
    found = Linter(today="2026-12-05").lint_path(tmp_path)
    assert found and all(f.path.endswith("main.ftl") and f.key == "body" for f in found)


def test_unclosed_and_deeply_nested_placeables_are_read_in_time(tmp_path):
    start = time.perf_counter()
    _doc(tmp_path, "a = " + "{ " * 100_000 + "\nb = " + "{ $x -> *[o] " * 2_000 + "tekst" + " }" * 2_000 + "\n")
    assert time.perf_counter() - start < 10


_PIECES = st.sampled_from(["key", " = ", "=", " ", "    ", "\n", ".attr = ", "{", "}", "{ $n }", "->", "[one]",
                           "*[other]", "#", "-term", "We bellen u", "é"])


@given(st.lists(_PIECES, max_size=40).map("".join))
@hypothesis_settings(max_examples=300, deadline=2000)
def test_any_fluent_text_reads_with_sane_maps(text):
    from smartlint.inputs.fluent_library import read_fluent_library

    assert_reads_or_fails_in_one_line(read_fluent_library, "fuzz.ftl", text, "fuzz.ftl: ")
