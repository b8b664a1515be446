"""rules/vague.yaml and the vague.in_promise check: exact spans, positive and negative."""

from __future__ import annotations

import pytest
from lint_helpers import spans


def vague(text: str, context: str = "normal") -> list[tuple[str, str]]:
    return spans(text, context=context, select=["vague-word"])


@pytest.mark.parametrize(
    "text, expected",
    [
        ("We komen er zo snel mogelijk op terug.", [("vague-zsm", "zo snel mogelijk")]),
        ("Wij lossen dit z.s.m. op.", [("vague-zsm", "z.s.m.")]),
        ("We bellen u z.s.m. Daarna sturen we de pas.", [("vague-zsm", "z.s.m.")]),
        ("U hoort zo spoedig mogelijk van ons.", [("vague-zsm", "zo spoedig mogelijk")]),
        ("We sturen u snel een nieuwe pas.", [("vague-snel", "snel")]),
        ("U ontvangt spoedig een reactie.", [("vague-spoedig", "spoedig")]),
        ("We nemen op korte termijn contact met u op.", [("vague-binnenkort", "op korte termijn")]),
        ("De monteur komt binnenkort langs.", [("vague-binnenkort", "binnenkort")]),
        ("Ik bel u straks terug.", [("vague-straks", "straks")]),
        ("We komen er later op terug.", [("vague-later", "later")]),
        ("Ik kijk even in uw dossier.", [("vague-even", "even")]),
        ("Even geduld alstublieft.", [("vague-wachttijd", "Even geduld")]),
        ("Mogelijk zit de fout in de kabel.", [("vague-mogelijk", "Mogelijk")]),
        ("De fout zit mogelijk in de kabel.", [("vague-mogelijk", "mogelijk")]),
        ("Het is mogelijk dat de fout in de kabel zit.", [("vague-mogelijk", "mogelijk dat")]),
        ("We helpen u zo goed mogelijk.", [("vague-zo-goed-mogelijk", "zo goed mogelijk")]),
        ("Wellicht is het pakket bij de buren afgegeven.", [("vague-misschien", "Wellicht")]),
        ("Misschien komt de monteur morgen.", [("vague-misschien", "Misschien")]),
        ("We kunnen u eventueel een nieuw toestel sturen.", [("vague-eventueel", "eventueel")]),
        ("Hopelijk is het probleem morgen opgelost.", [("vague-hopelijk", "Hopelijk")]),
        ("We hopen dat het morgen werkt.", [("vague-hopelijk", "We hopen dat")]),
        ("We proberen het pakket morgen te bezorgen.", [("vague-proberen", "proberen")]),
        ("We hebben iets meer tijd nodig.", [("vague-iets-meer", "iets meer")]),
        ("Het duurt een aantal dagen.", [("vague-een-aantal", "een aantal")]),
        ("De levering duurt ongeveer 3 dagen.", [("vague-ongeveer", "ongeveer")]),
        ("We doen ons best om het vandaag op te lossen.", [("vague-ons-best", "doen ons best")]),
        ("Wij zullen ons uiterste best doen.", [("vague-ons-best", "ons uiterste best doen")]),
        ("We gaan ermee aan de slag.", [("vague-aan-de-slag", "ermee aan de slag")]),
        ("We kijken ernaar.", [("vague-kijken-ernaar", "kijken ernaar")]),
        ("We gaan er morgen naar kijken.", [("vague-kijken-ernaar", "er morgen naar kijken")]),
        ("We lossen het direct op.", [("vague-direct", "direct")]),
        ("Sanne belt u meteen terug.", [("vague-direct", "meteen")]),
        ("Uw geld wordt direct teruggestort.", [("vague-direct", "direct")]),
        ("Zodra u betaalt, sturen we het direct op.", [("vague-direct", "direct")]),
        ("Wij bellen u later vandaag.", [("vague-later", "later vandaag")]),
        ("Eventuele verzendkosten zijn voor onze rekening.", [("vague-eventueel", "Eventuele")]),
        ("Wij streven ernaar om binnen 2 werkdagen te antwoorden.", [("vague-proberen", "streven")]),
        # a passive after "is onderweg en": a promise to come, not a perfect
        ("Je bestelling is onderweg en wordt binnenkort bezorgd!", [("vague-binnenkort", "binnenkort")]),
        # a hope for an outcome we owe stays a wish
        ("We hopen dat u snel weer kunt inloggen.", [("vague-hopelijk", "We hopen dat")]),
        ("Hopelijk is het probleem opgelost.", [("vague-hopelijk", "Hopelijk")]),
        # an attempt at a named task stays vague on another try, and with "u" as its object
        ("We proberen het morgen opnieuw te bezorgen.", [("vague-proberen", "proberen")]),
        ("Karim probeert u maandag 7 december om 14.00 uur te bellen.", [("vague-proberen", "probeert")]),
        ("Onze specialisten doen er alles aan om de dienst te herstellen.",
         [("vague-ons-best", "doen er alles aan")]),
        ("Uw melding is doorgezet. Er wordt naar gekeken.", [("vague-kijken-ernaar", "wordt naar gekeken")]),
        # an expected ability to act, the act at the clause's end
        ("Wij verwachten u maandag 7 december uitsluitsel te kunnen geven.",
         [("vague-verwachting-te", "Wij verwachten u maandag 7 december uitsluitsel te kunnen")]),
        # spoken "zo" = in a moment, after a verb of contacting or coming
        ("Ik bel je zo!", [("vague-zo", "bel je zo")]),
        ("Ik kom er zo op terug.", [("vague-zo", "kom er zo")]),
        ("Ik zorg ervoor dat iemand je zo nog belt.", [("vague-zo", "je zo nog belt")]),
        ("Naar schatting is uw pakket dinsdag 8 december binnen.", [("vague-verwachting", "Naar schatting")]),
        # "if all goes well" is a hedge too
        ("Je simkaart is verstuurd, als het goed is ligt hij morgen in de bus.",
         [("vague-misschien", "als het goed is")]),
        # "enige tijd" counts as vaguely as "een aantal"; "een dag of twee" is a guess
        ("Uw recensie wordt na controle geplaatst. Dit kan enige tijd duren.",
         [("vague-een-aantal", "enige tijd")]),
        ("De levering zal nog wel een dag of twee duren.", [("vague-ongeveer", "een dag of twee")]),
        ("Uw bezwaar wordt binnen afzienbare termijn beoordeeld.",
         [("vague-binnenkort", "binnen afzienbare termijn")]),
    ],
)
def test_vague_words_are_found(text, expected):
    assert vague(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # even = equally
        "Het nieuwe pakket is even groot als het oude.",
        "De wachttijd is even lang als vorige week.",
        # mogelijk as a fact about what can be done
        "Een terugbetaling is niet mogelijk.",
        "Dat is helaas niet mogelijk.",
        "Dat is helaas niet meer mogelijk.",
        "Annuleren is mogelijk tot 24 uur voor de afspraak.",
        "Het is mogelijk om uw abonnement online op te zeggen.",
        "Terugbetalen is alleen mogelijk binnen 30 dagen.",
        "Een kredietlijn zoals deze is voor uw bedrijf ook mogelijk.",
        # direct/meteen outside a promise: fact, request, question, condition, event
        "Uw saldo is direct zichtbaar in de app.",
        "Neem direct contact met ons op als de storing terugkomt.",
        "Kunt u ons direct laten weten of het werkt?",
        "Als u direct belt, helpen we u morgen om 9.00 uur.",
        "We hebben uw bestelling direct verzonden.",
        "We sturen de factuur direct na ontvangst van uw betaling.",
        "Uw abonnement stopt per direct.",
        "U kunt direct inloggen met uw nieuwe wachtwoord.",
        "Ziet u een onbekende afschrijving? Blokkeer dan direct uw pas via de app.",
        "Zodra u direct betaalt, sturen we de pas vrijdag 27 november op.",
        # later as a deadline or in the incident model wording
        "Sanne stuurt de offerte niet later dan vrijdag 27 november.",
        "Het is opgelost, rapport volgt later.",
        "Het is opgelost, ik kom later met een rapport of verklaring.",
        # snel in a comparison or question; proberen as advice to the customer
        "Hoe snel wilt u de pas ontvangen?",
        "De nieuwe router is even snel als de oude.",
        "Probeer het over tien minuten opnieuw.",
        "U kunt het opnieuw proberen met een andere browser.",
        "Lukt het niet, probeert u het dan opnieuw.",
        # "zo snel mogelijk" bounded by a deadline the message adds
        "Sanne belt u zo snel mogelijk. In ieder geval binnen 3 werkdagen.",
        "Update je betaalmethode om de betaling opnieuw te proberen.",
        # a wish for the reader's wellbeing, no outcome we owe
        "Ik hoop dat alles goed gaat.",
        "We hopen dat je Clothing Loop nog steeds actief is.",
        "Hoewel ik dit betreur, hoop ik dat u het niet zo ver zult laten komen.",
        # concrete promises
        "Bakkerij Jansen stuurt uiterlijk dinsdag 1 december de testresultaten.",
        "Sanne belt u morgen om 10.00 uur.",
        "Voor eventuele vragen kunt u ons bellen.",
        # substrings are no words
        "De snelweg is dicht; het evenement gaat door.",
        # "enige" = only
        "Dit is de enige tijd die nog vrij is in de agenda.",
        # "zo" = so, like this
        "Ik regel het zo dat Sanne u morgen om 10.00 uur belt.",
        "Sanne belt u morgen om 10.00 uur, zo kunnen we het samen bekijken.",
        # "mogelijk" = possible with a span after it; "even" as opposed to odd (paraphrases47)
        "Bezorgen is mogelijk van maandag tot en met zaterdag.",
        "Het huisnummer moet een even getal zijn.",
    ],
)
def test_not_vague(text):
    assert vague(text) == []


def test_incident_model_wording_is_clean_in_incident_context():
    assert vague("Het is opgelost, rapport volgt later.", context="incident") == []
    assert vague("Zodra de storing is opgelost, belt Sanne u.", context="incident") == []


def test_one_finding_for_overlapping_vague_words():
    # "zo snel mogelijk" also contains "snel" and "mogelijk": reported once.
    assert vague("We komen er zo snel mogelijk op terug, misschien al morgen.") == [
        ("vague-zsm", "zo snel mogelijk"),
        ("vague-misschien", "misschien"),
    ]


def test_faster_as_a_benefit_compared_is_no_vague_moment():
    from smartlint.api import Linter

    linter = Linter(today="2026-12-03")
    found = lambda text: {f.rule for f in linter.lint_text(text, path="a.txt")}  # noqa: E731
    assert "vague-snel" not in found("We kunnen uw vraag sneller beantwoorden als u het ordernummer stuurt.")
    assert "vague-snel" in found("Ik bel u sneller terug.")


def test_an_intensified_adjective_is_a_judgement_without_a_measure():
    from smartlint.api import Linter

    linter = Linter(today="2026-12-03")
    found = lambda text: {(f.rule, f.text) for f in linter.lint_text(text, path="a.txt")}  # noqa: E731
    assert ("adjective-intensified", "superlange") in found("Sorry voor de superlange wachtrij! Bas belt je om 14.00.")
    # a measure given: quantified
    assert not any(rule == "adjective-intensified" for rule, _ in found("Een superlange kabel van 20 meter."))


@pytest.mark.parametrize("text, words", [
    ("We werken met man en macht aan een oplossing.", "met man en macht"),
    ("Update: we zijn er druk mee bezig.", "zijn er druk mee bezig"),
])
def test_effort_idioms_in_other_words(text, words):
    from lint_helpers import spans as _spans

    assert ("vague-inzet-idioom", words) in _spans(text, select=["vague-word"])
