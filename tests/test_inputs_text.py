"""Reading files: decoding, refusals, plain text and stdin."""

from __future__ import annotations

import os

import pytest
from test_inputs_view import assert_map_is_sane, non_verbatim_words, read, source_of

from smartlint.errors import InputError
from smartlint.inputs import SUPPORTED_SUFFIXES, read_path, read_stdin
from smartlint.inputs.decoding import MAX_FILE_BYTES
from smartlint.settings import Settings

MESSAGE = (
    "Beste meneer Jansen,\n\n"
    "Bedankt voor uw bericht over bestelling 48213. We komen er zo snel mogelijk op terug.\n"
    "Sanne belt u dinsdag 25 november vóór 12.00 uur.\n\n"
    "Met vriendelijke groet,\nSanne de Vries\n"
)


def test_a_txt_mail_template_with_headers_reads_like_an_eml(tmp_path):
    text = ("Subject: Welkom op {SITENAME}\nList-Unsubscribe: <{U_STOP}>\n\n"
            "Hallo {USERNAME},\n\nWe kijken er zo snel mogelijk naar.\n")
    doc = read(tmp_path, "welkom.txt", text)
    subject, body = doc.segments
    assert (subject.key, subject.kind, subject.text) == ("Subject", "subject", "Welkom op {SITENAME}")
    assert "List-Unsubscribe" not in body.text and body.text.strip().startswith("Hallo")
    assert source_of(doc, subject, "Welkom") == "Welkom"
    assert source_of(doc, body, "zo snel mogelijk") == "zo snel mogelijk"
    for seg in doc.segments:
        assert_map_is_sane(doc, seg)


def test_a_note_that_opens_with_a_subject_line_of_prose_stays_one_text(tmp_path):
    text = "Onderwerp: storing\nDe monteur komt morgen om 9.00 uur.\n\nGroet, Kees\n"
    [seg] = read(tmp_path, "notitie.txt", text).segments
    assert seg.text == text


def test_txt_is_one_segment_with_identity_map(tmp_path):
    doc = read(tmp_path, "antwoord.txt", MESSAGE)
    assert doc.path.endswith("antwoord.txt")
    assert doc.source_text == MESSAGE
    [seg] = doc.segments
    assert seg.text == MESSAGE
    assert non_verbatim_words(doc, seg) == []
    assert source_of(doc, seg, "zo snel mogelijk") == "zo snel mogelijk"
    assert_map_is_sane(doc, seg)


def test_crlf_text_maps_words_exactly(tmp_path):
    doc = read(tmp_path, "crlf.txt", MESSAGE.replace("\n", "\r\n"))
    [seg] = doc.segments
    assert seg.text == MESSAGE
    assert non_verbatim_words(doc, seg) == []
    start, end = seg.offsets.to_source(seg.text.index("Sanne belt"), seg.text.index("Sanne belt") + 10)
    assert doc.line_col(start) == (4, 1)
    assert doc.source_text[start:end] == "Sanne belt"


def test_directive_lines_are_left_out_but_keep_their_newline(tmp_path):
    text = (
        "Beste klant,\n"
        "<!-- smartlint-disable-next-line vague-zsm -->\n"
        "We komen er zo snel mogelijk op terug. <!-- smartlint-disable missing-who --> Echt.\n"
        "  smartlint-disable-file\n"
        "Groet\n"
    )
    doc = read(tmp_path, "d.txt", text)
    [seg] = doc.segments
    assert "smartlint" not in seg.text
    assert seg.text == "Beste klant,\n\nWe komen er zo snel mogelijk op terug.  Echt.\n\nGroet\n"
    assert source_of(doc, seg, "Echt.") == "Echt."
    assert non_verbatim_words(doc, seg) == []


def test_utf8_bom_is_not_part_of_the_text(tmp_path):
    doc = read(tmp_path, "bom.txt", "\ufeffBeste klant".encode("utf-8"))
    assert doc.source_text == "Beste klant"
    assert doc.notes == []


def test_cp1252_is_decoded_with_a_note(tmp_path):
    raw = "Beste klant, uw café-bon van € 10 is “geldig”.".encode("cp1252")
    doc = read(tmp_path, "outlook.txt", raw)
    assert doc.segments[0].text == "Beste klant, uw café-bon van € 10 is “geldig”."
    assert any("cp1252" in note for note in doc.notes)


def test_utf16_with_bom_is_text(tmp_path):
    doc = read(tmp_path, "notepad.txt", "Beste klant, café".encode("utf-16"))
    assert doc.segments[0].text == "Beste klant, café"
    assert any("UTF-16" in note for note in doc.notes)


@pytest.mark.parametrize(
    "raw",
    [
        b"PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),  # NUL bytes
        b"\x01\x02\x03\x04\x05\x06\x07\x08abc" * 50,  # controls, no NUL
        bytes(range(0x80, 0x100)) * 8,  # undecodable as cp1252
    ],
)
def test_binary_files_are_refused(tmp_path, raw):
    with pytest.raises(InputError) as err:
        read(tmp_path, "plaatje.txt", raw)
    assert str(err.value).endswith("plaatje.txt: binary file, not a text message")


@pytest.mark.parametrize("content", [b"", b"  \n\n"])
def test_empty_file_is_a_note_not_an_error(tmp_path, content):
    for name in ("leeg.txt", "leeg.eml", "leeg.yaml", "leeg.csv"):
        doc = read(tmp_path, name, content)
        assert doc.segments == []
        assert doc.notes == ["empty file"]


def test_large_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "export.txt"
    with open(path, "wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: costs no disk
    with pytest.raises(InputError) as err:
        read_path(path, Settings())
    assert err.value.message == (
        "file is 52,428,800 bytes, larger than the 10 MB (10,485,760 bytes) limit for one message file")
    assert MAX_FILE_BYTES == 10 * 1024 * 1024


def test_a_file_just_over_the_limit_says_visibly_by_how_much(tmp_path):
    path = tmp_path / "export.txt"
    with open(path, "wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(InputError) as err:
        read_path(path, Settings())
    assert "10,485,761 bytes" in err.value.message and "10.0 MB" not in err.value.message


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_path(tmp_path / "weg.txt", Settings())
    with pytest.raises(InputError, match="is a directory"):
        read_path(tmp_path, Settings())


def test_display_path_names_the_file(tmp_path):
    (tmp_path / "a.txt").write_text("Beste klant, tot morgen.")
    doc = read_path(tmp_path / "a.txt", Settings(), display_path="drafts/a.txt")
    assert doc.path == "drafts/a.txt"
    (tmp_path / "b.txt").write_bytes(b"\x00\x01")
    with pytest.raises(InputError) as err:
        read_path(tmp_path / "b.txt", Settings(), display_path="drafts/b.txt")
    assert str(err.value).startswith("drafts/b.txt: ")


def test_unknown_suffix_is_read_as_text(tmp_path):
    doc = read(tmp_path, "concept.msgdraft", "Beste klant, we kijken ernaar.")
    assert [s.text for s in doc.segments] == ["Beste klant, we kijken ernaar."]
    assert ".msgdraft" not in SUPPORTED_SUFFIXES
    assert {".txt", ".md", ".html", ".htm", ".eml", ".yaml", ".yml", ".json", ".csv"} <= SUPPORTED_SUFFIXES


def test_input_files_are_never_modified(tmp_path):
    path = tmp_path / "antwoord.md"
    path.write_text("# Titel\n\nBeste klant, `code` hier.\n", encoding="utf-8")
    os.chmod(path, 0o444)
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    read_path(path, Settings())
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_stdin_is_plain_text():
    doc = read_stdin("Beste klant,\r\nwe bellen u morgen.\n<!-- smartlint-disable vague-zsm -->\n")
    assert doc.path == "<stdin>"
    assert doc.segments[0].text == "Beste klant,\nwe bellen u morgen.\n\n"
    assert read_stdin("").notes == ["empty file"]


def test_stdin_bytes_are_decoded_like_a_file():
    doc = read_stdin("\ufeffBeste klant, café.\n".encode("utf-8"))
    assert (doc.source_text, doc.notes) == ("Beste klant, café.\n", [])
    doc = read_stdin("Beste klant, café.\n".encode("cp1252"))
    assert doc.segments[0].text == "Beste klant, café.\n"
    assert doc.notes == ["not valid UTF-8; decoded as cp1252 (Windows-1252)"]
    with pytest.raises(InputError) as err:
        read_stdin(b"\x00\x01binary")
    assert str(err.value) == "<stdin>: binary file, not a text message"


# -- encodings decided by evidence (issue 10 item 7) -------------------------------------
def test_one_stray_byte_in_utf8_is_replaced_and_located_and_columns_stay_exact(tmp_path):
    raw = "Beste klant, café.\nWe bellen u zo snel mogelijk.\n".encode("utf-8").replace(b"u zo", b"u\xff zo")
    doc = read(tmp_path, "bijna.txt", raw)
    assert doc.source_text == "Beste klant, café.\nWe bellen u\ufffd zo snel mogelijk.\n"
    assert doc.notes == ["not valid UTF-8 at 2:12 (0xFF); read as UTF-8, each bad byte shown as '\ufffd'"]
    assert doc.line_col(doc.source_text.index("zo snel")) == (2, 14)  # no shift after 'é'


def test_many_bad_bytes_are_counted_after_the_first_three(tmp_path):
    raw = ("één twee drie " * 10).encode("utf-8") + b"\xff a\xfe b\xc3( c\xf0\x9f d\xe9"
    doc = read(tmp_path, "slecht.txt", raw)
    (note,) = doc.notes
    assert note.startswith("not valid UTF-8 at 1:141 (0xFF), 1:144 (0xFE), 1:147 (0xC3) and 2 more places;")


def test_a_real_cp1252_file_with_an_undefined_byte_is_text_not_binary(tmp_path):
    raw = "Beste klant, uw café-bon van € 10 is “geldig”.".encode("cp1252") + b"\x81\nWe bellen u morgen.\n"
    doc = read(tmp_path, "outlook.txt", raw)
    assert doc.source_text.startswith("Beste klant, uw café-bon van € 10 is “geldig”.\ufffd\n")
    assert doc.notes == [
        "not valid UTF-8; decoded as cp1252 (Windows-1252)",
        "bytes not defined in cp1252 at 1:47 (0x81); shown as '\ufffd'",
    ]


def test_a_message_longer_than_the_bound_is_checked_up_to_it_with_a_note(tmp_path, monkeypatch):
    """A message no customer gets (megabytes of prose) would take minutes: it is cut at
    the last space before the bound, the note says where, the map stays exact."""
    import smartlint.inputs as inputs
    from smartlint.inputs import read_path
    from smartlint.settings import Settings

    monkeypatch.setattr(inputs, "MAX_MESSAGE_CHARS", 40)
    path = tmp_path / "lang.txt"
    path.write_text("We bellen u snel.\nWe bellen u snel. We bellen u snel. We bellen u snel.\n", encoding="utf-8")
    doc = read_path(path, Settings())
    (segment,) = doc.segments
    assert segment.text == "We bellen u snel.\nWe bellen u snel. We"
    assert any("first 38" in note and "line 2" in note for note in doc.notes)
    start, end = segment.offsets.to_source(36, 38)
    assert doc.source_text[start:end] == "We"


@pytest.mark.parametrize("invisible", ["\u200b", "\u00ad", "\u2060", "\ufeff", "\u202e"])
def test_invisible_characters_inside_a_word_are_read_through_and_mapped_exactly(tmp_path, invisible):
    from smartlint.engine import Engine

    text = f"Sanne belt u bin{invisible}nen{invisible}kort.\n"
    path = tmp_path / "m.txt"
    path.write_text(text, encoding="utf-8")
    settings = Settings()
    document = read_path(path, settings)
    assert document.segments[0].text.startswith("Sanne belt u binnenkort.")
    findings = [f for f in Engine(settings).lint([document]) if f.rule == "vague-binnenkort"]
    assert [text[f.start:f.end] for f in findings] == [f"bin{invisible}nen{invisible}kort"]
