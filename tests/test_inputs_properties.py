"""Java .properties message bundles: every value with its key and an exact map."""

from __future__ import annotations

from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from test_inputs_view import assert_reads_or_fails_in_one_line, read_checked, source_of

from smartlint.api import Linter

BUNDLE = """# Berichten van het klantportaal
! een tweede soort commentaar
emailSubject=Bevestig uw e-mailadres
emailBody=Klik op ''Bevestigen'' om uw adres te bevestigen.\\n\\nWe nemen zo snel mogelijk contact met u op.
passwordResetBody = Iemand vroeg een nieuw wachtwoord aan. \\
    Negeer dit bericht als u dat niet was.
caf\\u00e9.welkom : Welkom in het caf\\u00e9, we bellen u binnenkort terug.
spaced\\ key Tekst na een spatie als scheiding, voor de klant bedoeld.
htmlBody=<p>We sturen uw pakket <strong>snel</strong> op.</p>
timeUnit={0,choice,0#minuten|1#minuut|1<minuten}
empty=
"""


def _doc(tmp_path, text=BUNDLE, name="messages_nl.properties"):
    return read_checked(tmp_path, name, text)


def test_every_value_is_a_segment_keyed_by_its_key(tmp_path):
    doc = _doc(tmp_path)
    keys = [s.key for s in doc.segments]
    assert keys == ["emailSubject", "emailBody", "passwordResetBody", "café.welkom", "spaced key", "htmlBody"]
    body = doc.segments[1]
    # escapes decoded ('' is one apostrophe in a MessageFormat pattern, \\n a line break)
    assert body.text.startswith("Klik op 'Bevestigen' om") and "\n\nWe nemen" in body.text
    assert source_of(doc, body, "'Bevestigen'") == "''Bevestigen''"


def test_a_continued_line_is_one_value_joined_as_java_joins_it(tmp_path):
    doc = _doc(tmp_path)
    reset = doc.segments[2]
    assert reset.text == "Iemand vroeg een nieuw wachtwoord aan. Negeer dit bericht als u dat niet was."
    assert source_of(doc, reset, "Negeer") == "Negeer"


def test_unicode_escapes_map_to_their_six_characters(tmp_path):
    doc = _doc(tmp_path)
    cafe = doc.segments[3]
    assert "café" in cafe.text and source_of(doc, cafe, "é") == "\\u00e9"


def test_findings_point_at_the_file_and_html_is_stripped(tmp_path):
    path = tmp_path / "messages_nl.properties"
    path.write_text(BUNDLE, encoding="utf-8")
    found = {(f.rule, f.text, f.line) for f in Linter(today="2026-12-05").lint_path(path)}
    assert ("vague-zsm", "zo snel mogelijk", 4) in found
    assert ("vague-binnenkort", "binnenkort", 7) in found
    # "<strong>snel</strong>" is read without its tags, and the choice format is no prose
    assert ("vague-snel", "snel", 9) in found
    assert not any(line == 10 for _, _, line in found)


def test_a_directory_walk_reads_properties_files(tmp_path):
    (tmp_path / "messages_nl.properties").write_text("body=We kijken er even naar en laten het u weten.\n", encoding="utf-8")
    found = Linter(today="2026-12-05").lint_path(tmp_path)
    assert found and all(f.path.endswith("messages_nl.properties") and f.key == "body" for f in found)


_PIECES = st.sampled_from(["key", "=", ":", " ", "\t", "\\", "\\u00e9", "\\u12", "''", "'", "#", "!", "\n", "\r\n",
                           "We bellen u", "{0}", "é", "<p>", "\\n"])


@given(st.lists(_PIECES, max_size=40).map("".join))
@hypothesis_settings(max_examples=300, deadline=2000)
def test_any_properties_text_reads_with_sane_maps(text):
    from smartlint.inputs.properties_library import read_properties_library

    assert_reads_or_fails_in_one_line(read_properties_library, "fuzz.properties", text, "fuzz.properties: ")
