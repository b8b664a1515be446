"""Apple .strings message tables (nl.lproj/Localizable.strings): every value keyed by
its key, comments skipped, escapes decoded with an exact map, UTF-16 read by its BOM,
bad files stopped with a one-line error."""

from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from test_inputs_view import assert_reads_or_fails_in_one_line, read_checked, source_of

from smartlint.api import Linter
from smartlint.errors import InputError

TABLE = """/* Scherm: bestelling */
"order.sent" = "Je bestelling is verzonden.";
// een label
"order.button" = "Bekijk";
"support.reply" = "We nemen zo snel mogelijk contact met je op.\\nGroet, \\"Team Spaak\\"";
bare_key = "We bellen je binnenkort terug over %@.";
"multi.line" = "Bedankt voor je vraag.
We kijken er even naar.";
"""


def _doc(tmp_path, text=TABLE, name="Localizable.strings"):
    return read_checked(tmp_path, name, text)


def test_every_value_with_prose_is_a_segment_keyed_by_its_key(tmp_path):
    doc = _doc(tmp_path)
    assert [s.key for s in doc.segments] == ["order.sent", "support.reply", "bare_key", "multi.line"]
    assert doc.segments[1].text == 'We nemen zo snel mogelijk contact met je op.\nGroet, "Team Spaak"'


def test_escapes_map_back_to_their_source(tmp_path):
    doc = _doc(tmp_path)
    reply = doc.segments[1]
    assert source_of(doc, reply, '"Team') == '\\"Team'
    assert source_of(doc, reply, "\nGroet") == "\\nGroet"
    assert source_of(doc, doc.segments[3], "even") == "even"


def test_unicode_and_octal_escapes_are_decoded(tmp_path):
    doc = _doc(tmp_path, '"a" = "U ontvangt \\U00e9\\U00e9n e-mail met de bevestiging \\101.";\n')
    assert doc.segments[0].text == "U ontvangt één e-mail met de bevestiging A."
    assert source_of(doc, doc.segments[0], "één") == "\\U00e9\\U00e9n"


def test_a_utf16_file_with_a_bom_is_read(tmp_path):
    raw = '"k" = "We kijken er even naar.";\n'.encode("utf-16")
    assert [s.text for s in _doc(tmp_path, raw).segments] == ["We kijken er even naar."]


def test_findings_point_at_the_file_line_and_key(tmp_path):
    path = tmp_path / "Localizable.strings"
    path.write_text(TABLE, encoding="utf-8")
    found = {(f.rule, f.text, f.line, f.key) for f in Linter(today="2026-12-05").lint_path(path)}
    assert ("vague-zsm", "zo snel mogelijk", 5, "support.reply") in found
    assert ("vague-binnenkort", "binnenkort", 6, "bare_key") in found
    assert ("vague-kijken-ernaar", "kijken er even naar", 8, "multi.line") in found


@pytest.mark.parametrize("text,problem", [
    ('"a" = "open', "line 1, column 7: unterminated string"),
    ('"a" = "b"\n"c" = "d";', "line 2, column 1: expected ';'"),
    ('"a" "b";', "expected '='"),
    ('/* nooit dicht', "unterminated comment"),
])
def test_a_broken_file_stops_with_one_line_naming_it(tmp_path, text, problem):
    from smartlint.inputs import read_path
    from smartlint.settings import Settings

    path = tmp_path / "Localizable.strings"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_path(path, Settings())
    assert str(err.value).startswith(f"{path}: invalid .strings file at ") and problem in str(err.value)
    assert "\n" not in str(err.value)


def test_a_long_unterminated_string_is_read_in_time(tmp_path):
    start = time.perf_counter()
    with pytest.raises(InputError):
        _doc(tmp_path, '"a" = "' + "\\\\ woord " * 200_000)
    assert time.perf_counter() - start < 10


_PIECES = st.sampled_from(['"', '"k"', " = ", "=", ";", " ", "\n", "\\", '\\"', "\\n", "\\U00e9", "\\1", "/*", "*/",
                           "//", "key", "We bellen u", "é"])


@given(st.lists(_PIECES, max_size=40).map("".join))
@hypothesis_settings(max_examples=300, deadline=2000)
def test_any_strings_text_reads_with_sane_maps(text):
    from smartlint.inputs.strings_library import read_strings_library

    assert_reads_or_fails_in_one_line(read_strings_library, "fuzz.strings", text, "fuzz.strings: ")
