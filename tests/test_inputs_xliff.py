"""XLIFF 1.2/2.0: every <target>, entities and inline codes mapped exactly; no DTD, no entity expansion."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from test_inputs_view import assert_reads_or_fails_in_one_line, read_checked, source_of

from smartlint.errors import InputError
from smartlint.settings import LibrarySettings, Settings

XLIFF_12 = """<?xml version="1.0" encoding="utf-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
  <file source-language="en" target-language="nl" datatype="plaintext" original="file.ext">
    <body>
      <trans-unit id="1" resname="refund">
        <source>We will look into it.</source>
        <target>We kijken er &quot;even&quot; naar, <g id="1">zo snel mogelijk</g>.</target>
      </trans-unit>
      <trans-unit id="2">
        <source>Value</source>
        <target state="translated">De waarde <x id="1"/> is &lt;ongeldig&gt;<!-- note --> en <![CDATA[we bellen <u>]]> binnenkort.</target>
      </trans-unit>
      <trans-unit id="3"><source>Empty</source><target/></trans-unit>
    </body>
  </file>
</xliff>
"""

XLIFF_20 = """<?xml version="1.0"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="nl">
  <file id="f1">
    <unit id="welcome">
      <segment id="s1"><source>Hi</source><target>Welkom, <ph id="1" disp="{name}"/>!  We bellen u morgen.</target></segment>
      <segment id="s2"><source>Bye</source><target>Tot <pc id="2">binnenkort</pc> en bedankt.</target></segment>
    </unit>
  </file>
</xliff>
"""


def _doc(tmp_path, text, name="messages.nl.xlf", settings=None):
    return read_checked(tmp_path, name, text, settings)


def test_xliff_12_targets(tmp_path):
    doc = _doc(tmp_path, XLIFF_12, settings=Settings(library=LibrarySettings(markup="off")))
    assert [(s.key, s.text) for s in doc.segments] == [
        ("refund", 'We kijken er "even" naar, zo snel mogelijk.'),
        ("2", "De waarde {ph} is <ongeldig> en we bellen <u> binnenkort."),
    ]
    first, second = doc.segments
    assert source_of(doc, first, '"even"') == "&quot;even&quot;"
    assert source_of(doc, first, "zo snel mogelijk") == "zo snel mogelijk"
    start, _ = first.offsets.to_source(first.text.index("zo snel"), first.text.index("zo snel") + 7)
    assert doc.line_col(start) == (7, 63)
    assert source_of(doc, second, "{ph}") == '<x id="1"/>'
    assert source_of(doc, second, "we bellen <u>") == "we bellen <u>"


def test_a_greater_than_sign_inside_an_attribute(tmp_path):
    text = XLIFF_12.replace('<target state="translated">', '<target state="translated" note="a > b">')
    assert _doc(tmp_path, text).segments[1].text == "De waarde {ph} is en we bellen binnenkort."


def test_escaped_html_in_a_target_is_markup(tmp_path):
    second = _doc(tmp_path, XLIFF_12).segments[1]
    assert second.text == "De waarde {ph} is en we bellen binnenkort."


def test_xliff_20_segments(tmp_path):
    doc = _doc(tmp_path, XLIFF_20, "app.xliff")
    assert [(s.key, s.text) for s in doc.segments] == [
        ("welcome/s1", "Welkom, {ph}!  We bellen u morgen."),
        ("welcome/s2", "Tot binnenkort en bedankt."),
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>\n'
            "<xliff><file><body><trans-unit id='1'><target>&lol2;</target></trans-unit></body></file></xliff>\n",
            "XLIFF with a <!DOCTYPE> that declares more than plain text entities is refused",
        ),
        ("<xliff><file><target>open</file></xliff>\n", "invalid XML at line 1, column 28: mismatched tag"),
        ("<xliff><target>&nbsp;</target></xliff>\n", "invalid XML at line 1, column 16: undefined entity"),
        # expat counts bytes (22 here); the column counts characters (21: the "f" of </file>).
        ("<xliff><target>één</file></xliff>\n", "invalid XML at line 1, column 21: mismatched tag"),
    ],
)
def test_bad_xliff_is_a_one_line_error(tmp_path, text, message):
    with pytest.raises(InputError) as caught:
        _doc(tmp_path, text)
    assert message in str(caught.value) and "\n" not in str(caught.value)

_XML_PIECES = st.sampled_from(["<target>", "</target>", "<target/>", "<unit id='u'>", "</unit>", "<segment>",
                               "</segment>", '<x id="1"/>', "<ph>", "</ph>", "<g>", "</g>", "&lt;", "&amp;", "&#233;",
                               "<![CDATA[a<b]]>", "<!-- c -->", "We bellen u", " ", "\n", "é", ">", "<", "&"])


@given(st.lists(_XML_PIECES, max_size=30).map(lambda pieces: "<xliff>" + "".join(pieces) + "</xliff>"))
@hypothesis_settings(max_examples=300, deadline=2000)
def test_any_xliff_text_reads_or_fails_with_one_line(text):
    from smartlint.inputs.xliff_library import read_xliff_library

    assert_reads_or_fails_in_one_line(read_xliff_library, "fuzz.xlf", text, "fuzz.xlf: invalid XML at line ")
