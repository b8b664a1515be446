"""rules/adjectives.yaml: evaluative adjectives without a number."""

from __future__ import annotations

import pytest
from lint_helpers import lint, spans


def adjectives(text: str) -> list[tuple[str, str]]:
    return spans(text, select=["unquantified-adjective"])


@pytest.mark.parametrize(
    "text, expected",
    [
        ("We doen een uitgebreid onderzoek naar uw melding.", [("adjective-size", "uitgebreid")]),
        ("Er is een flinke vertraging in de levering.", [("adjective-size", "flinke")]),
        ("U heeft voortaan een kortere wachttijd.", [("adjective-duration", "kortere")]),
        ("We installeren vannacht een grote update.", [("adjective-size", "grote")]),
        ("Er was vanochtend een kleine storing.", [("adjective-size", "kleine")]),
        ("De wachttijd is helaas erg lang.", [("adjective-duration", "lang")]),
        ("We hebben veel meldingen ontvangen.", [("adjective-amount", "veel")]),
        ("De impact voor u is minimaal.", [("adjective-amount", "minimaal")]),
        ("Er zijn hoge kosten aan verbonden.", [("adjective-degree", "hoge")]),
        ("Het gaat om een aanzienlijke verbetering.", [("adjective-size", "aanzienlijke")]),
        ("Het was de grootste storing van dit jaar.", [("adjective-size", "grootste")]),
        ("De commissie beoordeelt uw bezwaar zorgvuldig.", [("adjective-degree", "zorgvuldig")]),
        ("De fout is lastiger dan gedacht.", [("adjective-degree", "lastiger")]),
        ("Op de foto zie ik een piepklein krasje.", [("adjective-intensified", "piepklein")]),
        # slowness is a duration without a figure, as length is
        ("De klant is ontevreden over de trage afhandeling van zijn claim.", [("adjective-duration", "trage")]),
        ("Door de mega vertraging staat uw order nog in het magazijn.", [("adjective-intensified", "mega vertraging")]),
        ("Onze helpdesk is vandaag beperkt bereikbaar.", [("adjective-degree", "beperkt bereikbaar")]),
    ],
)
def test_unquantified_adjectives_are_found(text, expected):
    assert adjectives(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # quantified by a number, amount or unit
        "We installeren vannacht een update van 2,3 GB.",
        "Er was een vertraging van 2 dagen.",
        "Er is een flinke vertraging van ruim 2 dagen.",
        "De levering duurt 2 dagen langer.",
        "De nieuwe schijf is twee keer zo groot.",
        "Het onderhoud duurt ruim 3 uur.",
        "Onze app is korte tijd niet bereikbaar: 10 minuten, van 6.00 tot 6.10 uur.",
        "Uw bundel is beperkt tot 5 GB.",
        "U wacht maximaal 10 minuten.",
        "Het scherm is 3 cm groter dan het oude.",
        "Je wachtwoord moet minimaal 8 tekens lang zijn.",  # counted characters
        # questions, comparisons and set phrases
        "We kunnen nog niet zeggen hoe lang het herstel duurt.",
        "Het nieuwe pakket is even groot als het oude.",
        "Ik heb u kort geleden gemaild over uw factuur.",
        "Veel dank voor uw geduld.",
        "Dat is niet langer mogelijk.",
        "Omdat wij veel waarde hechten aan de relatie met u, bellen we u morgen.",  # regard, no amount
        # classifying adjectives are not listed
        "De technische dienst stuurt u een nieuw wachtwoord.",
        "Uw financiële gegevens vallen onder de Nederlandse wet.",
        # fixed formulas
        "Beste Jan,\n\nSanne belt u morgen om 10.00 uur.\n\nMet vriendelijke groet,\nSanne",
        "Fijne dag!\nHartelijke groet,\nJan",
    ],
)
def test_not_reported(text):
    assert adjectives(text) == []


def test_severity_is_info():
    (finding,) = lint("Er was een kleine storing.", select=["unquantified-adjective"])
    assert finding.severity == "info"
    assert finding.message == "'kleine' is een oordeel zonder maat."
    assert "laat 'kleine' weg" in finding.suggestion


def test_a_vague_word_is_not_also_an_adjective():
    # "snel" is a listed vague word: vague-snel reports it, no adjective finding.
    assert spans("We sturen u snel een nieuwe pas.") == [("vague-snel", "snel")]


def test_quantity_only_excuses_its_own_phrase():
    # "2 dagen" quantifies "vertraging van 2 dagen", not the later "grote storing".
    assert adjectives("Er was een vertraging van 2 dagen door een grote storing.") == [
        ("adjective-size", "grote")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a wait that is over needs no figure (scope not_narrated): past tense, modal perfect
        "Sorry dat het zo lang duurde, Sanne belt u vandaag om 15.00 uur.",
        "Excuses dat u zo lang heeft moeten wachten.",
    ],
)
def test_duration_of_a_past_wait_is_not_reported(text):
    assert adjectives(text) == []


def test_duration_still_reported_for_what_is_to_come():
    assert adjectives("Het duurt lang voordat we reageren.") == [("adjective-duration", "lang")]


def test_not_narrated_scope_must_be_a_boolean(tmp_path):
    from smartlint.errors import PackError
    from smartlint.packs import load_packs

    pack = tmp_path / "p.yaml"
    pack.write_text(
        "pack: {name: p, version: '1'}\n"
        "rules:\n"
        "  - {id: p-x, category: vague-word, severity: info, message: m, why: w, suggestion: s,\n"
        "     scope: {not_acts: [question], not_narrated: yes-please}, match: {words: [snel]}}\n",
        encoding="utf-8",
    )
    with pytest.raises(PackError, match="not_narrated"):
        load_packs([pack])
