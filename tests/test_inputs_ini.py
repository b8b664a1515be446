"""INI language files (Joomla, Leantime) and XML translation files (Qt Linguist .ts,
Google .xtb): every message with its key and an exact map."""

from __future__ import annotations

from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from test_inputs_view import assert_reads_or_fails_in_one_line, read_checked, source_of

from smartlint.api import Linter

INI = """; Winkel - Nederlandse taal
COM_SHOP_THANK_YOU="Bedankt voor uw vraag. Wij nemen zo spoedig mogelijk contact met u op."
COM_SHOP_QUOTE="Klik op "_QQ_"Verzenden"_QQ_" om uw bestelling te plaatsen."

[mail]
label.subject = "Uw bestelling is onderweg en komt binnenkort aan"
plain = Een waarde zonder aanhalingstekens voor de klant
"""

QT = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>MainWindow</name>
    <message>
        <source>We will call you soon</source>
        <translation>We bellen u binnenkort terug &amp; lossen het op.</translation>
    </message>
    <message>
        <source>Old text</source>
        <translation type="unfinished">We kijken er even naar, wordt niet getoond.</translation>
    </message>
</context>
</TS>
"""

XTB = """<?xml version="1.0" encoding="UTF-8"?>
<translationbundle lang="nl">
<translation id="1234">Mogelijk ontvangt u een sms van <ph name="PROVIDER"/> binnen enkele minuten.</translation>
</translationbundle>
"""


def test_ini_values_with_sections_and_joomla_quotes(tmp_path):
    doc = read_checked(tmp_path, "nl-NL.com_shop.ini", INI)
    assert [s.key for s in doc.segments] == ["COM_SHOP_THANK_YOU", "COM_SHOP_QUOTE", "mail.label.subject",
                                             "mail.plain"]
    quote = doc.segments[1]
    assert quote.text == 'Klik op "Verzenden" om uw bestelling te plaatsen.'
    assert source_of(doc, quote, '"Verzenden"') == '"_QQ_"Verzenden"_QQ_"'


def test_a_folder_walk_reads_language_ini_files_not_tool_settings(tmp_path):
    (tmp_path / "language" / "nl-NL").mkdir(parents=True)
    (tmp_path / "language" / "nl-NL" / "nl-NL.com_shop.ini").write_text(INI, encoding="utf-8")
    (tmp_path / "tox.ini").write_text("[tox]\ndescription = We bellen u binnenkort terug over de tests\n")
    paths = {f.path.replace("\\", "/").rsplit("/", 1)[-1] for f in Linter(today="2026-12-05").lint_path(tmp_path)}
    assert paths == {"nl-NL.com_shop.ini"}


def test_ini_findings_point_at_the_file(tmp_path):
    path = tmp_path / "nl-NL.ini"
    path.write_text(INI, encoding="utf-8")
    found = {(f.rule, f.text, f.line) for f in Linter(today="2026-12-05").lint_path(path)}
    assert ("vague-zsm", "zo spoedig mogelijk", 2) in found


def test_qt_linguist_translations_but_not_unfinished_ones(tmp_path):
    doc = read_checked(tmp_path, "app_nl.ts", QT)
    assert [(s.key, s.text) for s in doc.segments] == [
        ("MainWindow/We will call you soon", "We bellen u binnenkort terug & lossen het op.")]
    assert source_of(doc, doc.segments[0], "&") == "&amp;"


def test_google_translation_bundle_with_a_placeholder(tmp_path):
    doc = read_checked(tmp_path, "messages_nl.xtb", XTB)
    assert [s.key for s in doc.segments] == ["1234"]
    assert "{ph}" in doc.segments[0].text and source_of(doc, doc.segments[0], "{ph}") == '<ph name="PROVIDER"/>'


def test_a_doctype_with_an_external_subset_is_still_refused(tmp_path):
    from smartlint.errors import InputError
    from smartlint.inputs.translation_xml import read_translation_xml
    from smartlint.segments import SourceDocument

    text = QT.replace("<!DOCTYPE TS>", '<!DOCTYPE TS SYSTEM "http://example.org/ts.dtd">')
    try:
        read_translation_xml(SourceDocument(path="x.ts", source_text=text))
    except InputError as err:
        assert "DOCTYPE" in str(err)
    else:
        raise AssertionError("an external DOCTYPE was read")


_PIECES = st.sampled_from(["key", "=", " ", '"', '"_QQ_"', '\\"', ";", "#", "[", "]", "\n", "\r\n", "We bellen u",
                           "é", "<p>"])


@given(st.lists(_PIECES, max_size=40).map("".join))
@hypothesis_settings(max_examples=300, deadline=2000)
def test_any_ini_text_reads_with_sane_maps(text):
    from smartlint.inputs.ini_library import read_ini_library

    assert_reads_or_fails_in_one_line(read_ini_library, "fuzz.ini", text, "fuzz.ini: ")
