"""Android string resources: strings, plurals and arrays decoded as Android reads them, with an exact map."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from test_inputs_view import assert_reads_or_fails_in_one_line, read_checked, source_of

from smartlint.errors import InputError
from smartlint.inputs import walkable

STRINGS = """<?xml version="1.0" encoding="utf-8"?>
<!-- Dutch strings -->
<resources xmlns:xliff="urn:oasis:names:tc:xliff:document:1.2">
    <string name="app_name" translatable="false">Bestelapp</string>
    <string name="sent">We hebben je bestelling ontvangen en bezorgen hem \\'s middags.</string>
    <string name="help">"Geen mail?  Bel ons" op <b>werkdagen</b> &amp; we kijken er even naar.\\nGroet</string>
    <string name="hello">Hallo <xliff:g id="name" example="Sanne">%1$s</xliff:g>, we bellen je snel terug.</string>
    <string name="cdata"><![CDATA[We sturen je <i>binnenkort</i> een mail.]]></string>
    <plurals name="days">
        <item quantity="one">We bezorgen je pakket over %d dag.</item>
        <item quantity="other">We bezorgen je pakket over %d dagen.</item>
    </plurals>
    <string-array name="tips">
        <item>Controleer je adres voordat je bestelt.</item>
        <item>Ok</item>
        <item>We nemen zo snel mogelijk contact met je op.</item>
    </string-array>
    <string name="empty"/>
</resources>
"""


def _doc(tmp_path, text, name="strings.xml"):
    return read_checked(tmp_path, name, text)


def test_strings_plurals_and_arrays_with_their_keys(tmp_path):
    doc = _doc(tmp_path, STRINGS)
    assert [(s.key, s.text) for s in doc.segments] == [
        ("sent", "We hebben je bestelling ontvangen en bezorgen hem 's middags."),
        # between unescaped quotes Android keeps the spaces
        ("help", "Geen mail?  Bel ons op werkdagen & we kijken er even naar.\nGroet"),
        ("hello", "Hallo %1$s, we bellen je snel terug."),
        ("cdata", "We sturen je binnenkort een mail."),
        ("days.one", "We bezorgen je pakket over %d dag."),
        ("days.other", "We bezorgen je pakket over %d dagen."),
        ("tips[0]", "Controleer je adres voordat je bestelt."),
        ("tips[2]", "We nemen zo snel mogelijk contact met je op."),
    ]
    sent, help_text = doc.segments[0], doc.segments[1]
    assert source_of(doc, sent, "'s") == "\\'s"
    assert source_of(doc, help_text, "&") == "&amp;"
    assert source_of(doc, help_text, "\n") == "\\n"
    start, _ = help_text.offsets.to_source(help_text.text.index("even"), help_text.text.index("even") + 4)
    assert doc.line_col(start) == (6, 86)


def test_an_xml_file_that_is_no_string_resource_is_skipped_with_a_note(tmp_path):
    doc = _doc(tmp_path, '<?xml version="1.0"?>\n<project><name>We bellen u snel</name></project>\n', "pom.xml")
    assert doc.segments == [] and any("not an Android string resource" in note for note in doc.notes)


def test_a_folder_walk_reads_xml_only_from_values_folders(tmp_path):
    assert walkable(tmp_path / "res" / "values-nl" / "strings.xml")
    assert walkable(tmp_path / "res" / "values" / "arrays.xml")
    assert not walkable(tmp_path / "res" / "layout" / "main.xml")
    assert not walkable(tmp_path / "pom.xml")
    assert walkable(tmp_path / "nl.json")


@pytest.mark.parametrize(("text", "message"), [
    ("<resources><string name='a'>open</resources>\n", "invalid XML at line 1, column 35: mismatched tag"),
    ("<!DOCTYPE resources [<!ENTITY a 'b'><!ENTITY c '&a;&a;'>]>\n<resources><string name='a'>&c;</string></resources>\n",
     "more than plain text entities is refused"),
    ("<!DOCTYPE resources SYSTEM 'http://example.org/e.dtd'>\n<resources><string name='a'>x</string></resources>\n",
     "more than plain text entities is refused"),
])
def test_broken_resources_are_a_one_line_error(tmp_path, text, message):
    with pytest.raises(InputError) as caught:
        _doc(tmp_path, text)
    assert message in str(caught.value) and "\n" not in str(caught.value)


_PIECES = st.sampled_from(["<string name='a'>", "</string>", "<plurals name='p'>", "</plurals>", "<item>", "</item>",
                           "<b>", "</b>", "\\'", "\\n", '"', "\\u00e9", "\\", "&amp;", "<![CDATA[x<y]]>", "<!-- c -->",
                           "We bellen je", " ", "\n", "é", "<", "&"])


@given(st.lists(_PIECES, max_size=30).map(lambda pieces: "<resources>" + "".join(pieces) + "</resources>"))
@hypothesis_settings(max_examples=300, deadline=2000)
def test_any_resource_text_reads_or_fails_with_one_line(text):
    from smartlint.inputs.android_strings import read_android_strings

    assert_reads_or_fails_in_one_line(read_android_strings, "fuzz.xml", text, "fuzz.xml: ")


def test_a_comment_before_the_root_is_not_the_root(tmp_path):
    text = '<?xml version="1.0"?>\n<!-- <project> copied from x --><resources><string name="a">We bellen je snel.</string></resources>\n'
    assert [s.key for s in _doc(tmp_path, text).segments] == ["a"]


def test_a_plain_text_entity_of_the_doctype_is_read(tmp_path):
    """Android apps name themselves with an entity (real-text-256: linphone's
    "<!ENTITY appName "Linphone">"): the file was refused; now the value reads the name,
    mapped to the whole reference."""
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE resources [\n<!ENTITY appName "Linphone">\n]>\n'
            '<resources>\n    <string name="welcome">Welkom bij &appName;, we bellen je snel.</string>\n</resources>\n')
    doc = _doc(tmp_path, text)
    assert [s.text for s in doc.segments] == ["Welkom bij Linphone, we bellen je snel."]
    seg = doc.segments[0]
    start = seg.offsets.to_source_start(seg.text.index("Linphone"))
    end = seg.offsets.to_source_end(seg.text.index("Linphone") + len("Linphone"))
    assert text[start:end] == "&appName;"


def test_entities_that_would_add_too_much_text_are_refused(tmp_path):
    """A short reference to a long value, repeated, is a quadratic-free but large blow-up
    (3 characters for 1,000): bounded at 2,000,000 added characters, a one-line error."""
    value = "x" * 1000
    text = (f'<!DOCTYPE resources [<!ENTITY a "{value}">]>\n<resources><string name="s">'
            + "&a;" * 3000 + "</string></resources>\n")
    with pytest.raises(InputError) as caught:
        _doc(tmp_path, text)
    assert "would add 3,000,000 characters" in str(caught.value) and "\n" not in str(caught.value)
