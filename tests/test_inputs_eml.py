"""E-mail: the sender's own text, decoded, with offsets into the .eml file."""

from __future__ import annotations

import base64
import email
from datetime import date
from email import policy
from email.message import EmailMessage

import pytest
from test_inputs_view import assert_map_is_sane, non_verbatim_words, read, source_of

from smartlint.errors import InputError

REPLY_QP = """\
From: Sanne de Vries <sanne@winkel.nl>
To: Jan Jansen <jan@example.nl>
Subject: Re: Retour bestelling 48213
Date: Mon, 24 Nov 2025 23:30:00 -0100
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_grens_42"

Dit is een bericht in MIME-formaat.

--=_grens_42
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Beste Jan,

Wij sturen u zo snel mogelijk een nieuw retourlabel. Uw caf=C3=A9-apparaat=
 wordt binnenkort opgehaald =E2=80=93 we doen ons best.

> Dat heb ik al twee keer gevraagd.

Dat klopt, excuses daarvoor.

Met vriendelijke groet,
Sanne

--=20
Sanne de Vries | Klantenservice Winkel.nl
Op ma 24 nov 2025 om 10:12 schreef Jan Jansen <
jan@example.nl>:
> Waar blijft mijn retourlabel? Ik wacht al een week.
> Jan

--=_grens_42
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<p>Beste Jan,</p><p>Wij sturen u zo snel mogelijk een nieuw retourlabel.</p>
--=_grens_42--
"""

EXPECTED_REPLY_TEXT = (
    "Beste Jan,\n\n"
    "Wij sturen u zo snel mogelijk een nieuw retourlabel. Uw café-apparaat wordt binnenkort "
    "opgehaald – we doen ons best.\n\n\n\n"
    "Dat klopt, excuses daarvoor.\n\n"
    "Met vriendelijke groet,\nSanne\n\n"
)


def _segment(doc):
    [seg] = doc.segments
    assert_map_is_sane(doc, seg)
    return seg


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_multipart_quoted_printable_reply(tmp_path, newline):
    doc = read(tmp_path, "antwoord.eml", REPLY_QP.replace("\n", newline))
    seg = _segment(doc)
    assert seg.text == EXPECTED_REPLY_TEXT
    assert seg.today == date(2025, 11, 24)  # 23:30 at -01:00: still the 24th there
    assert source_of(doc, seg, "zo snel mogelijk") == "zo snel mogelijk"
    assert source_of(doc, seg, "é") == "=C3=A9"
    assert source_of(doc, seg, "–") == "=E2=80=93"
    # The soft line break inside "café-apparaat wordt" maps to nothing.
    assert source_of(doc, seg, "apparaat wordt") == f"apparaat={newline} wordt"
    assert non_verbatim_words(doc, seg) == [("café-apparaat", "caf=C3=A9-apparaat"), ("–", "=E2=80=93")]
    start, _ = seg.offsets.to_source(seg.text.index("binnenkort"), seg.text.index("binnenkort") + 10)
    line = REPLY_QP.split("\n").index(" wordt binnenkort opgehaald =E2=80=93 we doen ons best.") + 1
    assert doc.line_col(start) == (line, 8)


def test_decoded_text_agrees_with_the_email_package(tmp_path):
    doc = read(tmp_path, "antwoord.eml", REPLY_QP)
    msg = email.message_from_string(REPLY_QP, policy=policy.default)
    full = msg.get_body(("plain",)).get_content()
    assert _segment(doc).text.startswith(full[: full.index("> Dat")])


@pytest.mark.parametrize("charset", ["utf-8", "iso-8859-1", "utf-16"])
def test_base64_body_maps_to_its_encoded_groups(tmp_path, charset):
    body = (
        "Beste Jan,\r\n\r\nWe storten het bedrag binnen 3 werkdagen terug. Café De Hoek is gesloten.\r\n\r\n"
        "On Mon, Nov 24, 2025 at 10:12 AM Jan <jan@example.nl> wrote:\r\n> Waar blijft mijn geld?\r\n"
    )
    encoded = base64.encodebytes(body.encode(charset)).decode("ascii")
    raw = (
        "From: sanne@winkel.nl\r\nDate: Tue, 25 Nov 2025 09:00:00 +0100\r\n"
        f"Content-Type: text/plain; charset={charset}\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + encoded.replace("\n", "\r\n")
    )
    doc = read(tmp_path, "b64.eml", raw)
    seg = _segment(doc)
    assert seg.text == "Beste Jan,\n\nWe storten het bedrag binnen 3 werkdagen terug. Café De Hoek is gesloten.\n\n"
    assert seg.today == date(2025, 11, 25)
    body_start = raw.index("\r\n\r\n") + 4
    for word in ("Beste", "binnen 3 werkdagen", "Café", "gesloten."):
        index = seg.text.index(word)
        start, end = seg.offsets.to_source(index, index + len(word))
        assert body_start <= start < end <= len(raw)
        encoded_span = raw[start:end].replace("\r\n", "")
        # The span is whole base64 groups whose bytes contain the word.
        offset = len(raw[body_start:start].replace("\r\n", ""))
        assert offset % 4 == 0 and len(encoded_span) % 4 == 0
        decoded = base64.b64decode(encoded_span)
        # (UTF-16 groups may start mid-character; the word's bytes are inside all the same)
        full = base64.b64decode(raw[body_start:].replace("\r\n", ""))
        group_start = offset // 4 * 3
        assert word.encode(charset).removeprefix(b"\xff\xfe") in full[group_start : group_start + len(decoded)]


HTML_ONLY = """\
From: Sanne <sanne@winkel.nl>
Date: Tue, 25 Nov 2025 09:00:00 +0100
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">Beste Jan,<br><br>We bellen u <b>morgen</b> v=C3=B3=C3=B3r 12.0=
0 uur terug &amp; sturen het label.<br>-- <br><div class=3D"gmail_signature">Sanne</div></div>
<div class=3D"gmail_quote"><div class=3D"gmail_attr">Op ma 24 nov 2025 om 10:12 schreef Jan &lt;jan@example=
.nl&gt;:<br></div><blockquote class=3D"gmail_quote">Waar blijft mijn label?</blockquote></div>
"""


def test_html_part_is_converted_and_replies_dropped(tmp_path):
    doc = read(tmp_path, "html.eml", HTML_ONLY)
    seg = _segment(doc)
    assert seg.text == "Beste Jan,\n\nWe bellen u morgen vóór 12.00 uur terug & sturen het label.\n"
    assert source_of(doc, seg, "vóór") == "v=C3=B3=C3=B3r"
    assert source_of(doc, seg, "12.00") == "12.0=\n0"
    assert source_of(doc, seg, "&") == "&amp;"
    assert source_of(doc, seg, "morgen") == "morgen"


def test_outlook_reply_header_and_original_message_are_cut(tmp_path):
    for separator in (
        "-----Oorspronkelijk bericht-----\nVan: Jan\n",
        "-----Original Message-----\nFrom: Jan\n",
        "Van: Jan Jansen <jan@example.nl>\nVerzonden: maandag 24 november 2025 10:12\nAan: Sanne\n",
    ):
        raw = (
            "From: sanne@winkel.nl\nContent-Type: text/plain; charset=utf-8\n\n"
            "Beste Jan,\nSanne belt u morgen om 10.00 uur.\n\n" + separator + "Onderwerp: label\n\nWe kijken ernaar.\n"
        )
        doc = read(tmp_path, "outlook.eml", raw)
        assert _segment(doc).text == "Beste Jan,\nSanne belt u morgen om 10.00 uur.\n\n"


def test_own_text_starting_with_op_is_not_an_attribution(tmp_path):
    raw = "From: a@winkel.nl\n\nOp 24 november schreef u het volgende:\nuw pakket is beschadigd.\n"
    assert "beschadigd" in _segment(read(tmp_path, "a.eml", raw)).text


def test_latin1_8bit_body_maps_exactly(tmp_path):
    raw = (
        "From: sanne@winkel.nl\nContent-Type: text/plain; charset=iso-8859-1\n"
        "Content-Transfer-Encoding: 8bit\n\nUw café-bon is vóór vrijdag geldig.\n"
    ).encode("latin-1")
    doc = read(tmp_path, "latin1.eml", raw)
    seg = _segment(doc)
    assert seg.text == "Uw café-bon is vóór vrijdag geldig.\n"
    assert non_verbatim_words(doc, seg) == []
    assert any("cp1252" in note for note in doc.notes)


def test_parts_in_different_charsets_keep_their_own_decoding(tmp_path):
    # The latin-1 attachment makes the file invalid UTF-8, but its UTF-8 sequences
    # outnumber the bad byte: the file is read as UTF-8 with that byte replaced (and
    # named in a note); each part still decodes in its own charset.
    raw = (
        b"From: sanne@winkel.nl\nContent-Type: multipart/mixed; boundary=XX\n\n--XX\n"
        b"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        + "Uw café-bon is vóór vrijdag geldig.".encode("utf-8")
        + b"\n--XX\nContent-Type: text/plain; charset=iso-8859-1\nContent-Disposition: attachment; filename=a.txt\n\n"
        + "bijlage café".encode("latin-1")
        + b"\n--XX--\n"
    )
    doc = read(tmp_path, "mixed.eml", raw)
    seg = _segment(doc)
    assert seg.text == "Uw café-bon is vóór vrijdag geldig."
    assert source_of(doc, seg, "vrijdag geldig.") == "vrijdag geldig."
    assert source_of(doc, seg, "é") == "é"  # the file text, as decoded (UTF-8)
    assert [n for n in doc.notes if "not valid UTF-8" in n] == [
        "not valid UTF-8 at 13:12 (0xE9); read as UTF-8, each bad byte shown as '\ufffd'"
    ]


def test_messages_built_by_the_email_package(tmp_path):
    texts = [
        "Beste klant,\n\nSanne belt u morgen vóór 12.00 uur over uw café-bestelling.\n",
        "Beste klant,\n\n" + "Uw pakket wordt morgen bezorgd door PostNL, tussen 9 en 12 uur. " * 6 + "\n",
        "Beste klant 😀,\n\nWe storten € 12,50 terug binnen 3 werkdagen.\n",
    ]
    for number, text in enumerate(texts):
        for cte in ("quoted-printable", "base64", "8bit"):
            msg = EmailMessage()
            msg["From"] = "sanne@winkel.nl"
            msg["Date"] = "Tue, 25 Nov 2025 09:00:00 +0100"
            msg.set_content(text, cte=cte)
            doc = read(tmp_path, f"gen{number}{cte}.eml", msg.as_bytes())
            seg = _segment(doc)
            assert seg.text == text, (cte, text)
            if cte != "base64":
                assert source_of(doc, seg, "Beste klant") == "Beste klant"


def _nested_multipart(depth: int) -> str:
    body = "Content-Type: text/plain\n\nBeste klant\n"
    for level in range(depth):
        body = f'Content-Type: multipart/mixed; boundary="b{level}"\n\n--b{level}\n{body}\n--b{level}--\n'
    return body


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        ("Dit is gewoon tekst\nzonder headers.\n", "not a valid e-mail message (no header block)"),
        ("From: a@b.nl\nSubject: label\n", "no blank line between headers and body"),
        ("From: a@b.nl\nDit hoort hier niet\n\nbody\n", "line 2 is neither a header"),
        ("Subject: x\nX-Mailer: y\n\nBeste klant\n", "no From, Date or Content-Type header"),
        ("From: a@b.nl\nContent-Type: text/plain; charset=x-onzin\n\nBeste klant\n", "unknown charset 'x-onzin'"),
        ("From: a@b.nl\nContent-Type: multipart/mixed; boundary=QQ\n\nGeen grens\n", "boundary 'QQ' never occurs"),
        (
            "From: a@b.nl\nContent-Type: text/plain\nContent-Transfer-Encoding: base64\n\n!!!***\n",
            "base64 body cannot be decoded",
        ),
        (
            "From: a@b.nl\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\ncaf=E9\n",
            "not valid utf-8",
        ),
        ("From: a@b.nl\nContent-Type: image/png\nContent-Transfer-Encoding: base64\n\naGVsbG8=\n", "no text/plain"),
        ("From: a@b.nl\n" + _nested_multipart(3000), "MIME parts nested too deeply"),
    ],
)
def test_malformed_email_is_a_clear_error(tmp_path, raw, problem):
    with pytest.raises(InputError) as err:
        read(tmp_path, "kapot.eml", raw)
    assert problem in str(err.value)
    assert str(err.value).startswith(str(tmp_path / "kapot.eml") + ": ")


def test_utf8_bom_before_the_headers(tmp_path):
    doc = read(tmp_path, "bom.eml", "\ufeffFrom: a@b.nl\nDate: Tue, 25 Nov 2025 09:00:00 +0100\n\nSanne belt u morgen.\n")
    seg = _segment(doc)
    assert seg.text == "Sanne belt u morgen.\n"
    assert source_of(doc, seg, "morgen") == "morgen"
    assert seg.today == date(2025, 11, 25)


def test_only_quotes_gives_a_note(tmp_path):
    doc = read(tmp_path, "q.eml", "From: a@b.nl\n\n> alleen citaat\n-- \nSanne\n")
    assert doc.segments == []
    assert doc.notes == ["no text by the sender (only quoted text or a signature)"]


NEW_MESSAGE = (
    "From: Sanne de Vries <sanne@winkel.nl>\r\n"
    "Date: Wed, 02 Dec 2026 10:00:00 +0100\r\n"
    "Subject: Storing: wordt zo snel mogelijk\r\n"
    "  opgelost\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n"
    "\r\n"
    "Beste klant,\r\n\r\nSanne belt u maandag 7 december vóór 12.00 uur terug.\r\n"
)


def _subject(doc):
    subjects = [seg for seg in doc.segments if seg.key == "Subject"]
    for seg in subjects:
        assert_map_is_sane(doc, seg)
    return subjects


def test_subject_of_a_new_message_is_a_segment_mapped_into_the_header(tmp_path):
    doc = read(tmp_path, "nieuw.eml", NEW_MESSAGE)
    [subject] = _subject(doc)
    assert subject.text == "Storing: wordt zo snel mogelijk opgelost"
    assert subject.today == date(2026, 12, 2)
    assert source_of(doc, subject, "zo snel mogelijk") == "zo snel mogelijk"
    start, _ = subject.offsets.to_source(subject.text.index("zo snel"), subject.text.index("zo snel") + 7)
    assert doc.line_col(start) == (3, 25)
    # the folded header's line break and indentation stand for the one space
    assert source_of(doc, subject, "mogelijk opgelost") == "mogelijk\r\n  opgelost"
    # a subject is a title: the checks that need a whole message declare kinds: [message]
    assert subject.kind == "subject"


def test_encoded_word_subject_maps_its_verbatim_words_exactly(tmp_path):
    raw = NEW_MESSAGE.replace(
        "Subject: Storing: wordt zo snel mogelijk\r\n  opgelost",
        "Subject: =?utf-8?q?Uw_pakket_komt_binnenkort_=E2=80=93_excuses?=",
    )
    [subject] = _subject(read(tmp_path, "nieuw.eml", raw))
    assert subject.text == "Uw pakket komt binnenkort – excuses"
    assert source_of(read(tmp_path, "nieuw.eml", raw), subject, "binnenkort") == "binnenkort"


@pytest.mark.parametrize("prefix", ["Re: ", "RE: ", "Antw: ", "FW: ", "Doorst: ", "Re[2]: "])
def test_reply_and_forward_subjects_are_the_customers_words(tmp_path, prefix):
    raw = NEW_MESSAGE.replace("Subject: Storing", f"Subject: {prefix}Storing")
    doc = read(tmp_path, "antwoord.eml", raw)
    assert _subject(doc) == []
    assert len(doc.segments) == 1  # the body


def test_subject_findings_point_at_the_header_and_skip_whole_message_checks(tmp_path):
    from smartlint.engine import Engine
    from smartlint.settings import Settings

    doc = read(tmp_path, "nieuw.eml", NEW_MESSAGE.replace(
        "Storing: wordt zo snel mogelijk\r\n  opgelost", "Uw bestelling 48213 komt zo snel mogelijk"))
    findings = Engine(Settings(today=date(2026, 12, 2))).lint([doc])
    in_subject = [f for f in findings if f.key == "Subject"]
    assert [(f.rule, f.line, f.text) for f in in_subject] == [("vague-zsm", 3, "zo snel mogelijk")]


def test_a_from_header_the_email_package_cannot_parse_is_no_crash(tmp_path):
    # Found by the fuzz harness: parsing this From: raised AttributeError inside the
    # email package ("'Group' object has no attribute 'local_part'").
    raw = (
        b"From: s\xf0\x9f\x98\x80nt-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
        b"Geachte mevrouw De Vries,heeft u noSubject: =?utf-8?q?caf=C3=A9?=\n"
    )
    try:
        doc = read(tmp_path, "kapot.eml", raw)
    except InputError as err:
        assert "\n" not in str(err) and "not a valid e-mail message" in str(err)
    else:
        # quoted-printable: '=C3=A9' is 'é', '=' before the line break joins the lines
        assert [seg.text for seg in doc.segments] == ["Geachte mevrouw De Vries,heeft u noSubject: =?utf-8?q?café?"]
        assert_map_is_sane(doc, doc.segments[0])


def test_a_lone_cr_inside_a_header_is_a_clear_error_not_a_wrong_map(tmp_path):
    # Found by the fuzz harness: the e-mail parser ends the header block at the CR, so
    # its body was header text, which was then mapped onto the real body.
    raw = b"From: a@b.nl\nSubject: Uw v\rraag\nContent-Type: text/plain; charset=utf-8\n\nBeste klant, we bellen u.\n"
    with pytest.raises(InputError) as err:
        read(tmp_path, "cr.eml", raw)
    assert str(err.value).endswith("not a valid e-mail message (a line in the header block that is not a header)")
