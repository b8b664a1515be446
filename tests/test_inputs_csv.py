"""CSV libraries: the message column per row, parsed like the csv module, offsets exact."""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_inputs_view import non_verbatim_words, read_checked, source_of

from smartlint.errors import InputError
from smartlint.inputs.csv_library import guess_delimiter, scan_csv
from smartlint.inputs.view import View
from smartlint.segments import SourceDocument
from smartlint.settings import Settings

EXPORT = (
    "id;Onderwerp;Bericht\r\n"
    '1;Retour;"Beste klant,\r\nWe sturen ""zo snel mogelijk"" een nieuw label."\r\n'
    "\r\n"
    "2;Bezorging;Sanne belt u morgen vóór 12.00 uur.\r\n"
    "3;Leeg;\r\n"
    '4;"Vraag; met puntkomma";"Uw geld staat binnen 3 werkdagen op uw rekening."\r\n'
)


def _doc(tmp_path, text=EXPORT, settings_=None, name="export.csv"):
    return read_checked(tmp_path, name, text, settings_)


def test_rows_of_the_message_column(tmp_path):
    doc = _doc(tmp_path)
    assert [(seg.key, seg.text) for seg in doc.segments] == [
        ("row 2, Bericht", 'Beste klant,\nWe sturen "zo snel mogelijk" een nieuw label.'),
        ("row 5, Bericht", "Sanne belt u morgen vóór 12.00 uur."),
        ("row 7, Bericht", "Uw geld staat binnen 3 werkdagen op uw rekening."),
    ]


def test_offsets_in_quoted_fields(tmp_path):
    doc = _doc(tmp_path)
    first = doc.segments[0]
    assert source_of(doc, first, '"zo snel mogelijk"') == '""zo snel mogelijk""'
    assert source_of(doc, first, "zo snel mogelijk") == "zo snel mogelijk"
    assert non_verbatim_words(doc, first) == [('"zo', '""zo'), ('mogelijk"', 'mogelijk""')]
    start, _ = first.offsets.to_source(first.text.index("We sturen"), first.text.index("We sturen") + 9)
    assert doc.line_col(start) == (3, 1)
    last = doc.segments[2]
    start, _ = last.offsets.to_source(last.text.index("binnen"), last.text.index("binnen") + 6)
    assert doc.line_col(start) == (7, EXPORT.split("\r\n")[6].index("binnen") + 1)


def test_configured_column(tmp_path):
    doc = _doc(tmp_path, settings_=Settings(csv_column="onderwerp"))
    # One-word values ("Retour", "Leeg") are skipped, as in YAML and JSON libraries.
    assert [seg.text for seg in doc.segments] == ["Vraag; met puntkomma"]
    assert [seg.text for seg in _doc(tmp_path, settings_=Settings(csv_column="3")).segments] == [
        seg.text for seg in _doc(tmp_path).segments
    ]
    with pytest.raises(InputError, match="column 'antwoord' \\(csv_column\\) not found; columns found: id, Onderwerp, Bericht"):
        _doc(tmp_path, settings_=Settings(csv_column="antwoord"))


def test_missing_message_column(tmp_path):
    with pytest.raises(InputError) as err:
        _doc(tmp_path, "id,onderwerp\n1,Retour\n")
    assert "no message column (expected one of body, text, message, inhoud" in str(err.value)
    assert "set csv_column in .smartlint.yaml" in str(err.value)


def test_unclosed_quote_names_line_and_column(tmp_path):
    with pytest.raises(InputError) as err:
        _doc(tmp_path, 'id,body\n1,"Beste klant\n2,ok\n')
    assert str(err.value).endswith("export.csv: invalid CSV at line 2, column 3: quoted field is never closed")


def test_delimiter_guess():
    assert guess_delimiter("id;body\n1;a,b,c\n") == ";"
    assert guess_delimiter('"a;b",body\n') == ","
    assert guess_delimiter("id\tbody\n") == "\t"
    assert guess_delimiter("body\n") == ","


def _module_rows(text: str, delimiter: str) -> list[list[str]]:
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    return [[field.replace("\r\n", "\n").replace("\r", "\n") for field in row] for row in rows if row]


def _scanned_rows(text: str, delimiter: str) -> list[list[str]]:
    doc = SourceDocument(path="x.csv", source_text=text)
    return [[field.text for field in record.fields] for record in scan_csv(View.of_source(text), delimiter, doc)]


@pytest.mark.parametrize(
    "text",
    [
        'a,"b ""c"" d",e\n',
        '"ab"cd,"x"\r\n',  # text after a closing quote is kept, as the csv module does
        'a"b,c\n',  # a quote inside an unquoted field is literal
        "a,b,\n,\n",
        '"multi\nline\r\nfield",x\r\ny,z',
        'a,"",""""\n',
    ],
)
def test_scanner_agrees_with_the_csv_module(text):
    assert _scanned_rows(text, ",") == _module_rows(text, ",")


_FIELD = st.lists(st.sampled_from(list('ab é,;"\n\r\t€') + ["\r\n", '""']), max_size=12).map("".join)


@settings(max_examples=300, deadline=None)
@given(
    rows=st.lists(st.lists(_FIELD, min_size=1, max_size=4), min_size=1, max_size=5),
    delimiter=st.sampled_from([",", ";", "\t"]),
    terminator=st.sampled_from(["\r\n", "\n"]),
    quoting=st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL]),
)
def test_scanner_agrees_with_the_csv_module_on_written_files(rows, delimiter, terminator, quoting):
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, lineterminator=terminator, quoting=quoting).writerows(rows)
    text = buffer.getvalue()
    assert _scanned_rows(text, delimiter) == _module_rows(text, delimiter)
    doc = SourceDocument(path="x.csv", source_text=text)
    for record in scan_csv(View.of_source(text), delimiter, doc):
        for field in record.fields:
            for i, ch in enumerate(field.text):
                start, end = field.offsets.to_source(i, i + 1)
                if ch == '"':
                    assert text[start:end] in ('""', '"')
                elif ch != "\n":
                    assert text[start:end] == ch


def test_headerless_language_pack_is_detected(tmp_path):
    pack = (
        '"Your order has been shipped","Uw bestelling is verzonden en komt morgen aan.",\n'
        "Cancel,Annuleren,\n"
        '"Payment failed","De betaling is mislukt, probeer het opnieuw.",checkout\n'
    )
    doc = _doc(tmp_path, pack, name="nl_NL.csv")
    assert [(s.key, s.text) for s in doc.segments] == [
        ("Your order has been shipped", "Uw bestelling is verzonden en komt morgen aan."),
        ("Payment failed", "De betaling is mislukt, probeer het opnieuw."),
    ]


def test_headerless_pack_of_labels_is_detected(tmp_path):
    # EverShop's and Magento's packs open with a label, not a sentence.
    pack = 'Login, Inloggen\nLogout, Uitloggen\n"Forgot password?","Wachtwoord vergeten? We sturen je een link."\n'
    doc = _doc(tmp_path, pack, name="account.csv")
    assert [(s.key, s.text.strip()) for s in doc.segments] == [
        ("Forgot password?", "Wachtwoord vergeten? We sturen je een link."),
    ]


def test_a_pack_that_opens_with_a_series_of_keys_is_headerless(tmp_path):
    # MyParcel's Magento pack: "status_1,Concept" is the first of a series, no header
    pack = ("status_1,Concept\nstatus_2,Voorgemeld\nstatus_3,Aangeboden aan PostNL\n"
            '"Your parcel is on its way","Je pakket is onderweg en komt morgen aan."\n')
    doc = _doc(tmp_path, pack, name="nl_NL.csv")
    assert ("Your parcel is on its way", "Je pakket is onderweg en komt morgen aan.") in \
        [(s.key, s.text) for s in doc.segments]


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # A header of names is a header, also in a two-column file.
        ("message_key,bericht\nwelkom_mail,We sturen u een label.\nbye,Tot ziens allemaal\n",
         ["row 2, bericht", "row 3, bericht"]),
        ("source,translation\nHello there,Hallo daar allemaal\n", ["row 2, translation"]),
        ("Onderwerp;Bericht\nRetour;We sturen u een label.\n", ["row 2, Bericht"]),
    ],
)
def test_a_header_of_names_is_not_taken_for_data(tmp_path, text, keys):
    assert [s.key for s in _doc(tmp_path, text).segments] == keys


def test_headerless_without_a_column_number_needs_no_name(tmp_path):
    with pytest.raises(InputError, match="csv_column 'body' names a column, but the file has no header"):
        _doc(tmp_path, "a,b\n", settings_=Settings(csv_column="body", csv_header=False))
    with pytest.raises(InputError, match="csv_column 0: columns are numbered from 1"):
        _doc(tmp_path, "a,b\n", settings_=Settings(csv_column="0"))
