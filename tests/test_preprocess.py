"""Placeholder masking and e-mail structure (plain text work, no spaCy)."""

from __future__ import annotations

import pytest

from smartlint.checks import Placeholder
from smartlint.placeholders import is_when_placeholder, mask_placeholders
from smartlint.preprocess import prepare


@pytest.mark.parametrize(
    "raw, name",
    [
        ("{{ datum }}", "datum"),
        ("{{klant.naam}}", "klant.naam"),
        ("{{ leverdatum | date('d-m') }}", "leverdatum"),
        ("{% if korting %}", "korting"),
        ("%{naam}", "naam"),
        ("{deadline}", "deadline"),
        ("${bedrag}", "bedrag"),
        ("[NAAM]", "naam"),
        ("[DATUM LEVERING]", "datum_levering"),  # every word names it
    ],
)
def test_placeholders_are_masked_with_same_length_words(raw, name):
    text = f"Wij bellen u {raw} terug."
    masked, placeholders = mask_placeholders(text)
    assert len(masked) == len(text)
    start = text.index(raw)
    assert placeholders == [Placeholder(start, start + len(raw), name)]
    stand_in = masked[start : start + len(raw)]
    assert stand_in[0] == "X" and stand_in[1:] == "x" * (len(raw) - 1)
    assert masked[:start] == text[:start] and masked[start + len(raw) :] == text[start + len(raw) :]


def test_text_without_placeholders_is_unchanged():
    text = "Beste Jan, {niet af. [kleine letters] {{ ook niet"
    assert mask_placeholders(text) == (text, [])


@pytest.mark.parametrize(
    "name, is_when",
    [
        ("datum", True), ("leverdatum", True), ("deadline", True), ("tijd", True),
        ("order.bezorg_tijd", True), ("uur", True), ("naam", False), ("bedrag", False),
        ("huurprijs", False), ("bestuurder", False), ("duur", True), ("prijsduur", False),
    ],
)
def test_when_placeholders(name, is_when):
    assert is_when_placeholder(Placeholder(0, 1, name)) is is_when


def formulas(text: str) -> list[tuple[str, str]]:
    return [(kind, text[s:e]) for s, e, kind in prepare(text).formulas]


def test_greeting_sign_off_and_signature():
    text = (
        "Beste Jan,\n\nUw pas is onderweg.\n\nMet vriendelijke groet,\n"
        "Sanne de Vries\nKlantenservice Bakkerij Jansen\nT 020 123 4567\n"
    )
    assert formulas(text) == [
        ("greeting", "Beste Jan,"),
        ("signoff", "Met vriendelijke groet,"),
        ("signature", "Sanne de Vries"),
        ("signature", "Klantenservice Bakkerij Jansen"),
        ("signature", "T 020 123 4567"),
    ]


@pytest.mark.parametrize(
    "line, greeting",
    [
        ("Geachte heer Van der Berg,", "Geachte heer Van der Berg,"),
        ("Goedemorgen mevrouw De Vries,", "Goedemorgen mevrouw De Vries,"),
        ("Hallo allemaal!", "Hallo allemaal!"),
        ("Beste klant,", "Beste klant,"),
        ("Beste Jan, bedankt voor uw mail.", "Beste Jan,"),
        ("Hoi", "Hoi"),
        # one greeting to either reader: the second addressee belongs to it
        ("Geachte heer, mevrouw,", "Geachte heer, mevrouw,"),
        ("Beste klant, relatie,", "Beste klant, relatie,"),
    ],
)
def test_greetings(line, greeting):
    assert formulas(line) == [("greeting", greeting)]


@pytest.mark.parametrize(
    "line",
    ["Dag en nacht zijn wij bereikbaar, ook in het weekend.", "Hallo daar is een pakket voor u, maar"],
)
def test_not_greetings(line):
    assert formulas(line) == []


def test_sentence_start_decisions():
    text = "Beste Jan, bedankt.\nWe bellen u\nmorgen terug.\n- punt een\n\nNieuwe alinea"
    starts = prepare(text).sentence_starts
    assert starts[0] is True
    assert starts[text.index("bedankt")] is True  # after the greeting on the same line
    assert starts[text.index("We bellen")] is True  # previous line ends with "."
    assert starts[text.index("morgen")] is False  # a hard-wrapped sentence continues
    assert starts[text.index("- punt")] is True  # a list item
    assert starts[text.index("Nieuwe")] is True  # a new paragraph


def test_signature_ends_at_a_real_sentence():
    text = "Groeten,\nSanne\nBel me gerust als u nog vragen heeft over uw factuur."
    assert formulas(text) == [("signoff", "Groeten,"), ("signature", "Sanne")]


def test_status_lines_are_separate_sentences():
    text = "Status: onderzoek loopt\nVerwachte hersteltijd: 16.30 uur\nVolgende update: 14.00 uur"
    starts = prepare(text).sentence_starts
    assert starts[text.index("Verwachte")] is True
    assert starts[text.index("Volgende")] is True


import pytest as _pytest  # noqa: E402


@_pytest.mark.parametrize(
    "line", ["Beste bewoner,", "Hoi allemaal,", "Geachte leden van de VvE,", "Dag buurtgenoten,", "Hallo lieve klanten,"]
)
def test_any_greeting_word_with_addressee_and_comma_is_a_greeting(line):
    from smartlint.preprocess import prepare

    prepared = prepare(f"{line}\n\nSanne belt u morgen.\n")
    assert [k for _, _, k in prepared.formulas] == ["greeting"]


def test_sentence_starting_with_dag_is_no_greeting():
    from smartlint.preprocess import prepare

    assert prepare("Dag en nacht zijn wij bereikbaar, ook in het weekend.\n").formulas == []


def test_headings_are_found():
    from smartlint.preprocess import prepare

    text = "Update storing e-mail\n\nDe storing is opgelost.\n"
    assert [text[s:e] for s, e in prepare(text).headings] == ["Update storing e-mail"]
    assert prepare("Sanne belt u morgen.\nGroet\n").headings == []


@pytest.mark.parametrize(
    "raw, name, stand_in",
    [
        ("%{count}", "count", "9"),  # Rails count: a number
        ("{{count}}", "count", "9"),  # i18next
        ("{count, plural, one {# dag} other {# dagen}}", "count", "9"),  # ICU
        ("{0}", "", "X"),
        (":name", "name", "X"),  # Laravel
        (":date", "date", "X"),
        (":aantal", "aantal", "9"),
        ("%s", "", "X"),  # printf
        ("%d", "", "9"),
        ("%1$s", "", "X"),
        ("%2$d", "", "9"),
        ("%1", "", "9"),  # Magento positional: its packs number values
        ("%name%", "name", "X"),  # Symfony
        ("%count%", "count", "9"),
        ("{{nbrOfDays}}", "nbrofdays", "9"),  # camelCase: its last word counts days
        ("{{dayName}}", "dayname", "X"),
        ("[NAAM]", "naam", "X"),
        ("#_EVENTNAME", "eventname", "X"),  # Events Made Easy
        ("#_RESERVEDSEATS", "reservedseats", "X"),
        ("!!sitename!!", "sitename", "X"),  # Paid Memberships Pro
        ("<username>", "username", "X"),  # FluxBB/PunBB mail templates (real-text-220)
        ("<base_url>", "base_url", "X"),
        ("https://example.com/help?b=snel", "url", "X"),
        ("www.example.nl/faq", "url", "X"),
    ],
)
def test_placeholder_styles(raw, name, stand_in):
    text = f"Zie {raw} voor de termijn."
    masked, placeholders = mask_placeholders(text)
    assert len(masked) == len(text)
    assert placeholders == [Placeholder(4, 4 + len(raw), name)]
    assert masked[4] == stand_in and masked[4 + len(raw):] == " voor de termijn."


@pytest.mark.parametrize(
    "text",
    [
        "Let op: dit is 10% korting om 10:30 uur.",
        "Mail naar info@example.nl of bel 030-1234567.",
        "Een score van 100%; dat is 50%, niet meer.",
        "Zie de pagina (www) en mailto:info@example.nl",
        "Korting van 10% en 20% extra: 5% s avonds.",
        "Een tekst met <b>vet</b> en <br> regels en <p>alinea's</p>.",  # HTML tags are no slots
    ],
)
def test_no_placeholders_in_ordinary_text(text):
    assert mask_placeholders(text) == (text, [])


def test_url_ends_before_sentence_punctuation():
    text = "Kijk op https://example.com/status. Daarna bellen we."
    masked, placeholders = mask_placeholders(text)
    assert text[placeholders[0].start:placeholders[0].end] == "https://example.com/status"


def test_python_named_printf_placeholders_are_masked():
    from smartlint.placeholders import mask_placeholders

    text, found = mask_placeholders("Welkom op de maillijst %(listname)s; nog %(count)d dagen, 10% korting.")
    assert [p.name for p in found] == ["listname", "count"]
    assert "%(" not in text and "10% korting" in text


def test_a_template_with_python_placeholders_and_the_readers_step_owes_no_next_step():
    from datetime import date

    from smartlint.engine import lint_text
    from smartlint.settings import Settings

    mail = ("Wij hebben een verzoek ontvangen voor het opnemen van uw adres in de %(listname)s maillijst.\n"
            "Om te bevestigen dat u lid wilt worden, kunt u deze webpagina bezoeken: %(confirmurl)s\n")
    assert not [f for f in lint_text(mail, Settings(today=date(2026, 12, 5))) if f.category == "no-next-step"]


def test_a_hard_wrapped_line_of_prose_reaches_the_parser_as_one_line():
    wrapped = ("Normaal gesproken zal de lijst u iedere maand op de hoogte houden van\n"
               "uw wachtwoord. Dit kunt u ook uitzetten.\n")
    prepared = prepare(wrapped)
    assert len(prepared.text) == len(wrapped)
    assert "houden van uw wachtwoord" in prepared.text
    # a short chat line, a sentence end, a list item or a capital stay on their own line
    for kept in ("ff checken\nbel je zo", "Dit is een lange zin die hier netjes eindigt.\nvolgende",
                 "Dit is een lange regel van een lijst met punten en nog meer\n- item",
                 "Dit is een lange regel van een brief aan de klant over zijn order\nMet vriendelijke groet"):
        assert prepare(kept).text == kept


def test_a_long_run_without_spaces_is_one_quiet_word_of_the_same_length():
    """200+ characters without a space ("{{{{...", a base64 line) are no prose: masked to
    one token, so the tokenizer does not split its affixes one character at a time."""
    text = "Beste klant, " + "{{" * 500 + " Groet, Sanne"
    prepared = prepare(text)
    assert len(prepared.text) == len(text)
    assert prepared.text.startswith("Beste klant, ") and prepared.text.endswith(" Groet, Sanne")
    assert "{" not in prepared.text
    assert prepare("Zie " + "a" * 150).text.endswith("a" * 150)  # a long word stays
