"""JSON libraries: string values as keyed segments, escapes mapped exactly."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_inputs_view import assert_map_is_sane, non_verbatim_words, read, read_checked, source_of

from smartlint.errors import InputError
from smartlint.inputs.json_library import read_json_library
from smartlint.segments import SourceDocument, without_surrogates

LIBRARY = r"""{
  "responses": {
    "refund": {
      "id": "refund 01",
      "help_url": "https://winkel.nl/hulp terugbetaling",
      "body": "Beste klant,\nWe storten het bedrag binnen 3 werkdagen terug.\nCaf\u00e9 \"De Hoek\" is v\u00f3\u00f3r 12.00 uur open \ud83d\ude00."
    }
  },
  "faq": [
    {"question": "Wanneer komt mijn pakket?", "answer": "We kijken ernaar.", "tags": ["bezorging", "pakket info"]},
    {"question": "retour", "answer": "Uw retour is binnen.\r\nGroet"},
    42, null, true
  ]
}
"""


def _doc(tmp_path, text=LIBRARY):
    return read_checked(tmp_path, "bibliotheek.json", text)


def test_string_values_are_keyed_segments(tmp_path):
    doc = _doc(tmp_path)
    assert [seg.key for seg in doc.segments] == [
        "responses.refund.body",
        "faq[0].question",
        "faq[0].answer",
        "faq[1].answer",
    ]
    body = doc.segments[0]
    assert body.text == (
        "Beste klant,\nWe storten het bedrag binnen 3 werkdagen terug.\n"
        'Café "De Hoek" is vóór 12.00 uur open 😀.'
    )
    assert doc.segments[3].text == "Uw retour is binnen.\nGroet"


def test_escapes_map_to_the_whole_escape(tmp_path):
    doc = _doc(tmp_path)
    body = doc.segments[0]
    assert source_of(doc, body, "Café") == "Caf\\u00e9"
    assert source_of(doc, body, "vóór") == "v\\u00f3\\u00f3r"
    assert source_of(doc, body, "😀") == "\\ud83d\\ude00"
    assert source_of(doc, body, ",\nWe") == ",\\nWe"
    assert source_of(doc, body, "binnen 3 werkdagen") == "binnen 3 werkdagen"
    assert non_verbatim_words(doc, body) == [
        ("Café", "Caf\\u00e9"),
        ('"De', '\\"De'),
        ('Hoek"', 'Hoek\\"'),
        ("vóór", "v\\u00f3\\u00f3r"),
        ("😀.", "\\ud83d\\ude00."),
    ]
    start, _ = body.offsets.to_source(body.text.index("binnen"), body.text.index("binnen") + 6)
    line = LIBRARY.split("\n")[5]
    assert doc.line_col(start) == (6, line.index("binnen") + 1)


def test_invalid_json_names_line_and_column(tmp_path):
    with pytest.raises(InputError) as err:
        read(tmp_path, "kapot.json", '{"faq": [\n  {"answer": "ok",}\n]}')
    assert str(err.value).endswith("kapot.json: invalid JSON at line 2, column 19: Expecting property name enclosed in double quotes")


def test_top_level_string(tmp_path):
    doc = _doc(tmp_path, '"Sanne belt u morgen."')
    assert [(seg.key, seg.text) for seg in doc.segments] == [(None, "Sanne belt u morgen.")]


_TEXT = st.text(alphabet=st.sampled_from(list('ab é"\\/\n\r\t\x01€😀\u2028') + ["\ud800"]), max_size=40)


@settings(max_examples=300, deadline=None)
@given(values=st.lists(_TEXT, min_size=1, max_size=4), ascii_only=st.booleans(), indent=st.sampled_from([None, 2]))
def test_any_json_string_round_trips_with_an_exact_map(values, ascii_only, indent):
    values = ["Beste klant " + v for v in values]
    text = json.dumps({"faq": [{"answer": v} for v in values]}, ensure_ascii=ascii_only, indent=indent)
    doc = SourceDocument(path="x.json", source_text=text)
    read_json_library(doc)
    # a lone surrogate becomes U+FFFD (smartlint.segments.without_surrogates), one for one
    expected = [without_surrogates(v.replace("\r\n", "\n").replace("\r", "\n")) for v in values]
    assert [seg.text for seg in doc.segments] == expected
    assert [seg.key for seg in doc.segments] == [f"faq[{i}].answer" for i in range(len(values))]
    for seg in doc.segments:
        assert_map_is_sane(doc, seg)
        assert source_of(doc, seg, "Beste klant") == "Beste klant"


def test_a_number_longer_than_pythons_int_limit_is_valid_json(tmp_path):
    """JSON has no digit limit; int() has one (4,300 digits): numbers are not converted."""
    text = '{"a": ' + "9" * 5000 + ', "b": "We bellen u zo snel mogelijk terug."}'
    doc = read_checked(tmp_path, "nl.json", text)
    assert [(s.key, s.text) for s in doc.segments] == [("b", "We bellen u zo snel mogelijk terug.")]


CHROME_MESSAGES = """{
    /* manifest.json */
    "extDescription": {
        "message": "Zie https://example.nl/hulp // geen commentaar",
        "description": "Plugin omschrijving."
    },
    // popup
    "popupBody": {"message": "We bellen u binnenkort terug."} /* slot */
}
"""


def test_comments_in_json_are_read_as_blanks(tmp_path):
    """Chrome's _locales/nl/messages.json has /* */ and // comments (real-text-216):
    the strings are read, "//" inside a string is text, offsets stay the file's own."""
    doc = read(tmp_path, "messages.json", CHROME_MESSAGES)
    texts = {seg.key: seg.text for seg in doc.segments}
    assert texts["extDescription.message"] == "Zie https://example.nl/hulp // geen commentaar"
    body = next(seg for seg in doc.segments if seg.key == "popupBody.message")
    assert source_of(doc, body, "binnenkort") == "binnenkort"
    start, _ = body.offsets.to_source(body.text.index("binnenkort"), body.text.index("binnenkort") + 10)
    assert doc.line_col(start) == (8, CHROME_MESSAGES.split("\n")[7].index("binnenkort") + 1)


def test_json_that_is_invalid_apart_from_its_comments_still_fails(tmp_path):
    with pytest.raises(InputError, match=r"invalid JSON at line 3"):
        read(tmp_path, "kapot.json", '{\n  // uitleg\n  "a": "ok",}\n')
    with pytest.raises(InputError, match="invalid JSON"):
        read(tmp_path, "open.json", '{"a": "ok" /* nooit gesloten\n}\n')
