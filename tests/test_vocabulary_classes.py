"""Issue 12's vocabulary classes, closed through the lexicon and the packs: diminutives
and chat forms, hedges, wait requests, idioms of effort, incident estimates and causes in
other shapes, other clients in other words, and the traps next to each class.

Each case is one member of a class the lexicon generates or lists once; the traps are
the nearest wording that must stay clean."""

from __future__ import annotations

import pytest
from lint_helpers import spans

from smartlint.errors import PackError
from smartlint.nl.lexicon import Lexicon, diminutive_forms, lexicon


def found(text: str, category: str, context: str = "normal") -> list[str]:
    return [t for _, t in spans(text, context=context, select=[category])]


# --- the generator -----------------------------------------------------------------


def _lex(lists: dict, phrases: dict) -> Lexicon:
    return Lexicon({"variants": {"diminutive_phrases": phrases}, "lists": lists}, "test")


def test_diminutive_phrases_are_generated_singular_and_plural():
    lex = _lex({"units": ["uur", "dag", "seconde"], "small": ["momentje"]},
               {"small": {"nouns": "units", "singular": ["een"], "plural": ["een paar"]}})
    words = lex["small"].words
    assert {"een uurtje", "een dagje", "een secondje", "een paar dagjes", "momentje"} <= words
    assert "uurtje" not in words and "een paar uurtje" not in words
    assert lex["small"].find("binnen een uurtje klaar") == [(7, 17)]


@pytest.mark.parametrize("phrases, expected", [
    ({"nope": {"nouns": "units"}}, "unknown list 'nope'"),
    ({"small": {"nouns": "nope"}}, "unknown list 'nope'"),
    ({"small": {"singular": ["een"]}}, "give nouns"),
    ({"small": ["een"]}, "give nouns"),
])
def test_bad_diminutive_phrases_are_one_line_errors(phrases, expected):
    with pytest.raises(PackError) as err:
        _lex({"units": ["uur"], "small": []}, phrases)
    assert expected in str(err.value)


def test_diminutives_of_a_schwa_noun_and_plurals_of_listed_units():
    assert "secondje" in diminutive_forms("seconde")
    units = lexicon()["duration_units"].words
    assert {"uurtje", "uurtjes", "kwartiertje", "minuutjes"} <= units


# --- vague words ---------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Over een weekje ontvangt u de nieuwe pas.", "een weekje"),
    ("Geef me een kwartiertje, dan app ik je het nummer, uiterlijk om 15.00 uur.", "een kwartiertje"),
    ("Heeft u een minuutje? Esther belt u vandaag om 14.00 uur.", "een minuutje"),
    ("Heeft u nog even geduld? Priya mailt u vandaag vóór 17.00 uur.", "nog even geduld"),
    ("Momentje, ik zoek het voor je op.", "Momentje"),
    ("We sturen de pas over een paar dagjes.", "een paar dagjes"),
    ("Over een paar daagjes heb je hem.", "een paar daagjes"),
    ("Binnen afzienbare tijd ontvangt u de pas.", "Binnen afzienbare tijd"),
    ("Eén van de komende dagen belt Sanne u.", "Eén van de komende dagen"),
    ("We bellen u zo snel als het lukt terug.", "zo snel als het lukt"),
    ("Sanne belt u morgen rond het middaguur.", "rond het middaguur"),
    ("Sanne belt je tzt.", "tzt"),
    ("De pas komt t.z.t. per post.", "t.z.t."),
    ("Wsl is de pas onderweg.", "Wsl"),
    ("Ik bel je strakjes terug.", "strakjes"),
    ("Het duurt nog een poosje.", "een poosje"),
    ("Sanne belt u na de lunch.", "na de lunch"),
    ("Sanne belt je a.s.a.p. terug.", "a.s.a.p."),
    ("Hoogstwaarschijnlijk is de betaling dubbel geboekt.", "Hoogstwaarschijnlijk"),
    ("Helaas lijkt het erop dat de incasso is gestopt.", "lijkt het erop dat"),
    ("Wij vermoeden een defecte paslezer.", "Wij vermoeden"),
    ("Het kan zijn dat de factuur bij de buren ligt.", "Het kan zijn dat"),
    ("Naar verwachting is het bedrag al teruggestort.", "Naar verwachting"),
    ("We verwachten dat de fout in de kabel zit.", "We verwachten dat"),
    # an expected day leaves open whether it happens (an hour or a span does not)
    ("We verwachten dat uw bestelling dinsdag 8 december wordt afgeleverd.", "We verwachten dat"),
    # "je" before a noun is the possessive: a hedged outcome, no expectation of the reader
    ("We verwachten dat je bestelling morgen wordt geleverd.", "We verwachten dat"),
    # the signs of "ongeveer"
    ("ETA fix: ± 2 uur. Kevin mailt je om 15.00 uur.", "±"),
    ("De levering duurt +/- 3 dagen.", "+/- 3"),
    ("We gaan erachteraan!", "erachteraan"),
    ("Dank voor je screenshot, we duiken erin.", "duiken erin"),
    ("We zetten er vol op in om uw aansluiting werkend te krijgen.", "zetten er vol op in"),
    ("Nog niet opgelost, maar we zitten erbovenop!", "zitten erbovenop"),
])
def test_vague_classes_are_found(text, expected):
    assert expected in found(text, "vague-word")


@pytest.mark.parametrize("text", [
    "Het nieuwe abonnement is even snel (1 Gbit/s) als het oude.",
    "Het nieuwe abonnement is even snel (1 Gbit/s).",
    "De nieuwe doos is even groot als de oude.",
    "De doos is even groot: 22 x 15 cm.",
    "Tip: met de knop 'Snel bestellen' plaatst u deze bestelling opnieuw.",
    "Je vroeg of het sneller kan dan vrijdag. Bezorger Wouter brengt het morgen om 18.00 uur.",
    "De chauffeur is naar verwachting om 16.30 uur bij u.",
    "We verwachten dat het binnen een uur klaar is. Sanne belt u om 15.00 uur.",
    "Naar verwachting is de achterstand over twee dagen ingehaald.",
    "Over een kwartier belt Sanne u terug.",
    "We verwachten dat je je eigen laptop meeneemt.",  # what we expect of the reader
    "Binnenkort jarig?",  # a question without a verb asks the reader
    "We gaan ervoor zorgen dat Sanne u morgen om 10.00 uur belt.",
])
def test_traps_are_not_vague(text):
    assert found(text, "vague-word") == []


def test_expectation_in_an_incident_is_the_estimate_not_a_vague_word():
    text = "Het herstel duurt naar verwachting nog 3 uur. Sanne mailt u om 11.00 uur een update."
    assert found(text, "vague-word", context="incident") == []
    assert found(text, "incident-time-estimate", context="incident") == ["nog 3 uur"]


# --- incident estimates and causes ------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Storing bij de pinautomaten, maar tegen de avond is alles weer in de lucht.", "tegen de avond"),
    ("We hopen dat alles rond het middaguur weer draait.", "rond het middaguur"),
    ("Binnen een uurtje kunt u weer pinnen.", "Binnen een uurtje"),
    ("Over een kwartiertje draait alles weer.", "Over een kwartiertje"),
    ("Het zal niet lang meer duren voordat het kassasysteem weer draait.", "niet lang meer"),
    ("Verwachte oplostijd: 2 uur.", "2 uur"),
    ("ETA herstel: 15.30", "15.30"),
    ("Vanaf 16.00 uur kunt u weer bellen.", "Vanaf 16.00 uur"),
    ("Kunt u vanaf 16.00 uur weer bellen? Daar gaan onze technici van uit.", "vanaf 16.00 uur"),
])
def test_estimates_in_other_shapes(text, expected):
    assert found(text, "incident-time-estimate", context="incident") == [expected]


@pytest.mark.parametrize("text", [
    "Storing bij de app, we zijn er nog niet uit. Ik app je om 14.00 uur weer, ook als er niks nieuws is.",
    "Het is opgelost, rapport volgt later.",
    "Storing opgelost! Sinds 11.40 uur draait alles weer.",
    "Dinsdag 8 december voeren we gepland onderhoud uit tussen 01.00 en 03.00 uur; daarna draait alles weer.",
    "De app werkt naar verwachting niet. Om 14.00 uur mailt Ilse u een update.",
    "Om 14.00 uur bellen we u weer.",
    "U kunt om 14.00 uur weer een update van ons verwachten.",
])
def test_no_estimate_in_other_shapes(text):
    assert found(text, "incident-time-estimate", context="incident") == []


@pytest.mark.parametrize("text, expected", [
    ("De nieuwe firewall is de boosdoener van de uitval.", "de boosdoener"),
    ("Vermoedelijk is een stroomstoring bij de leverancier de boosdoener.", "de boosdoener"),
    ("Het lijkt erop dat een update de storing veroorzaakt.", "de storing veroorzaakt"),
    ("Een defecte switch veroorzaakte de uitval.", "veroorzaakte de uitval"),
    ("Het ligt waarschijnlijk aan de server van de leverancier.", "Het ligt waarschijnlijk aan"),
    ("Dit komt vermoedelijk door een fout bij de leverancier.", "Dit komt vermoedelijk door"),
    ("De storing hangt samen met een wijziging in het netwerk.", "hangt samen met"),
    ("We denken dat het aan de router van de leverancier ligt.", "het aan de router van de leverancier ligt"),
    ("Het lijkt erop dat het door een update komt.", "het door een update komt"),
])
def test_causes_with_nouns_and_verbs(text, expected):
    # the words expected, or a longer span of the cause that holds them
    assert any(expected in hit for hit in found(text, "incident-explanation", context="incident"))


@pytest.mark.parametrize("text", [
    "We onderzoeken wat de storing veroorzaakt.",
    "Welke wijziging de uitval veroorzaakte, weten we nog niet.",
    "De boosdoener is nog niet gevonden.",
    "Het onderhoud veroorzaakt geen onderbreking.",
    "Zo trekt u de toegang in zonder verstoring voor anderen te veroorzaken.",
    "Het ligt niet aan uw instellingen.",
])
def test_no_cause_given_with_those_words(text):
    assert found(text, "incident-explanation", context="incident") == []


# --- other clients ---------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Sanne is op klantbezoek, ze belt u morgen om 10.00 uur.", "op klantbezoek"),
    ("Kees is onderweg naar een opdrachtgever.", "onderweg naar een opdrachtgever"),
    ("Kees is op locatie bij een relatie.", "op locatie bij een relatie"),
    ("Sanne zit bij een van onze klanten.", "bij een van onze klanten"),
    ("Sanne heeft vandaag een klantafspraak.", "een klantafspraak"),
    ("Ze is op pad naar een klant.", "op pad naar een klant"),
    ("Onze monteur is nog bij de vorige klant.", "bij de vorige klant"),
])
def test_other_clients_in_other_words(text, expected):
    assert found(text, "other-client") == [expected]


@pytest.mark.parametrize("text", [
    "Kees is op locatie bij u en belt u morgen om 9.00 uur.",
    "Deze bestelling hoort bij een andere klant.",
    "Dit e-mailadres is al in gebruik bij een andere klant.",
    "E-mail is verplaatst van een andere klant: Jan Jansen.",  # real-text-74: the software moved it
    "Een andere client heeft dit wachtwoord gewijzigd.",  # real-text-85: a software client, not a cliënt
])
def test_other_client_traps(text):
    assert found(text, "other-client") == []


# --- adjectives ---------------------------------------------------------------------


def test_a_surname_is_no_adjective():
    text = "Mevrouw De Groot belt u dinsdag 8 december om 9.00 uur. Jan de Lange mailt u."
    assert found(text, "unquantified-adjective") == []
    assert found("Er is een grote storing.", "unquantified-adjective") == ["grote"]


def test_a_date_in_the_sentence_does_not_quantify_an_adjective():
    text = "U ontvangt een ruime korting; Jeroen mailt u vóór woensdag 9 december het bedrag."
    assert found(text, "unquantified-adjective") == ["ruime"]
    assert found("Uw code mag maximaal {n} tekens lang zijn.", "unquantified-adjective") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # chat's "zo" (= in a moment) before what is sent, or at the end of the clause
        ("Hoi Bas! Ik stuur je zo een mailtje met de nieuwe code.", ["stuur je zo"]),
        ("sorry, we fixen het zo en sturen je dan een nieuwe code", ["fixen het zo"]),
        ("Ik pak het zo op.", ["pak het zo"]),
        # "zo" = so, like this
        ("Ik regel het zo dat u morgen om 10.00 uur gebeld wordt.", []),
        ("Ik bel je zo snel mogelijk.", []),
    ],
)
def test_chat_zo_in_a_promise(text, expected):
    assert [s for s in found(text, "vague-word") if "zo" in s and "mogelijk" not in s] == expected
