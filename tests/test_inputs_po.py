"""gettext catalogues: every msgstr (and msgstr[n]) with exact offsets; header, fuzzy and obsolete entries left out."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from test_inputs_view import assert_reads_or_fails_in_one_line, read_checked, source_of

from smartlint.errors import InputError
from smartlint.settings import LibrarySettings, Settings

CATALOGUE = r'''# Dutch translation
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\n"

#: includes/emails.php:12
msgctxt "email"
msgid "We will look into it."
msgstr "We kijken er even naar."

#, fuzzy, php-format
msgid "We will call you soon."
msgstr "We bellen u zo snel mogelijk."

msgid "%s day"
msgid_plural "%s days"
msgstr[0] "Binnen %s dag, \"zo snel mogelijk\"."
msgstr[1] "Binnen %s dagen,\t"
"\"zo snel mogelijk\".\n"

msgid "Untranslated entry"
msgstr ""

#~ msgid "Old"
#~ msgstr "We doen het zo snel mogelijk."
'''


def _doc(tmp_path, text=CATALOGUE, settings=None):
    return read_checked(tmp_path, "nl.po", text, settings)


def test_translations_keys_and_plural_variants(tmp_path):
    doc = _doc(tmp_path)
    assert [(s.key, s.text, s.variant_of) for s in doc.segments] == [
        ("email | We will look into it.", "We kijken er even naar.", None),
        ("%s day[0]", 'Binnen %s dag, "zo snel mogelijk".', "%s day"),
        ("%s day[1]", 'Binnen %s dagen,\t"zo snel mogelijk".\n', "%s day"),
    ]


def test_exact_positions_across_lines_and_escapes(tmp_path):
    doc = _doc(tmp_path)
    first, _, second_form = doc.segments
    start, _ = first.offsets.to_source(first.text.index("even"), first.text.index("even") + 4)
    assert doc.line_col(start) == (10, 22)
    # The continued string: the escaped quote maps to both characters, on line 20.
    assert source_of(doc, second_form, '"zo snel') == '\\"zo snel'
    start, _ = second_form.offsets.to_source(second_form.text.index("zo snel"), second_form.text.index("zo snel") + 7)
    assert doc.line_col(start) == (20, 4)
    assert source_of(doc, second_form, "\t") == "\\t"


def test_a_short_context_names_the_kind(tmp_path):
    text = 'msgctxt "block title"\nmsgid "Order"\nmsgstr "Uw bestelling"\n\n' \
        'msgctxt "email"\nmsgid "Hi"\nmsgstr "We bellen u morgen."\n'
    assert [(s.key, s.kind) for s in _doc(tmp_path, text).segments] == [
        ("block title | Order", "subject"), ("email | Hi", None),
    ]


def test_fuzzy_entries_on_request(tmp_path):
    doc = _doc(tmp_path, settings=Settings(library=LibrarySettings(fuzzy=True)))
    assert "We will call you soon." in [s.key for s in doc.segments]


def test_crlf_catalogue(tmp_path):
    doc = _doc(tmp_path, CATALOGUE.replace("\n", "\r\n"))
    assert [s.text for s in doc.segments][0] == "We kijken er even naar."
    assert doc.segments[2].text.endswith('.\n')


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('msgid "a"\nmsgstr "open\n', 'invalid PO at line 2, column 8: string is never closed'),
        ('msgid "a"\nmsgstr "b" x\n', "invalid PO at line 2, column 11: unexpected text after a string: 'x'"),
        ('"floating"\n', "invalid PO at line 1, column 1: a string without a keyword"),
        ('msgid "a"\nmsgtxt "b"\n', "invalid PO at line 2, column 1: expected msgctxt, msgid, msgid_plural or msgstr"),
    ],
)
def test_bad_catalogues_are_one_line_errors(tmp_path, text, message):
    with pytest.raises(InputError) as caught:
        _doc(tmp_path, text)
    assert message in str(caught.value) and "nl.po" in str(caught.value)
    assert f"line {caught.value.line}, column {caught.value.column}:" in message  # for CI annotations
    assert "\n" not in str(caught.value)

_PO_PIECES = st.sampled_from(['msgid ', 'msgstr ', 'msgstr[0] ', 'msgctxt ', 'msgid_plural ', '"', '\\"', '\\n',
                              '\\', '\\x4', '\\101', '#, fuzzy', '#~ ', '# c', '\n', '\r\n', ' ', 'We bellen u', 'é'])


@given(st.lists(_PO_PIECES, max_size=40).map("".join))
@hypothesis_settings(max_examples=300, deadline=2000)
def test_any_po_text_reads_or_fails_with_one_line(text):
    from smartlint.inputs.po_library import read_po_library

    assert_reads_or_fails_in_one_line(read_po_library, "fuzz.po", text, "fuzz.po: invalid PO at line ")


TEMPLATE_DUTCH = r'''msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"

#. Description of the plugin
msgid "Toon mijn zaken"
msgstr ""

msgid "Er is een fout opgetreden. We lossen het zo snel mogelijk op."
msgstr ""

msgid "%s zaak"
msgid_plural "%s zaken"
msgstr[0] ""
msgstr[1] ""

msgid "Please contact the administrator of this site."
msgstr ""
'''


def test_a_dutch_template_is_read_from_its_msgids(tmp_path):
    """A .pot of a project written in Dutch first has its messages in the msgids;
    an English msgid among them is left alone, plural sources are variants."""
    doc = read_checked(tmp_path, "plugin.pot", TEMPLATE_DUTCH)
    assert [(s.key, s.text, s.variant_of) for s in doc.segments] == [
        ("Toon mijn zaken", "Toon mijn zaken", None),
        ("Er is een fout opgetreden. We lossen het zo snel mogelijk op.",
         "Er is een fout opgetreden. We lossen het zo snel mogelijk op.", None),
        ("%s zaak[0]", "%s zaak", "%s zaak"),
        ("%s zaak[1]", "%s zaken", "%s zaak"),
    ]
    second = doc.segments[1]
    start, _ = second.offsets.to_source(second.text.index("zo snel"), second.text.index("zo snel") + 7)
    assert doc.line_col(start) == (9, 49)  # after `msgid "` and 41 characters


def test_an_english_template_stays_unread(tmp_path):
    text = ('msgid "Please try again later."\nmsgstr ""\n\n'
            'msgid "Your order has been shipped and will arrive soon."\nmsgstr ""\n\n'
            'msgid "Even if you cancel, you can come back."\nmsgstr ""\n')
    assert read_checked(tmp_path, "messages.pot", text).segments == []


def test_a_translated_catalogue_ignores_its_english_msgids(tmp_path):
    """One translation makes the catalogue a translation: msgids stay the source."""
    text = TEMPLATE_DUTCH.replace('msgid "Toon mijn zaken"\nmsgstr ""', 'msgid "Toon mijn zaken"\nmsgstr "Toon zaken"')
    doc = read_checked(tmp_path, "nl.po", text)
    assert [s.text for s in doc.segments] == ["Toon zaken"]
