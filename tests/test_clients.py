"""rules/clients.yaml and the clients.other_client check."""

from __future__ import annotations

import pytest
from lint_helpers import CLIENTS, lint, spans

from smartlint.settings import Client


def other(text: str, client: str | None = "Bakkerij Jansen", clients=CLIENTS) -> list[tuple[str, str]]:
    return spans(text, client=client, clients=clients, select=["other-client"])


def test_other_configured_clients_are_found():
    text = "Sanne is vandaag bij Garage De Vries en daarna bij Vitens."
    assert other(text) == [
        ("other-client-name", "Garage De Vries"),
        ("other-client-name", "Vitens"),
    ]


def test_aliases_case_and_line_breaks():
    text = "Onze monteur is nu bij de vries auto. Daarna gaat hij naar GDV en Garage De\nVries."
    assert other(text) == [
        ("other-client-name", "de vries auto"),
        ("other-client-name", "GDV"),
        ("other-client-name", "Garage De\nVries"),
    ]


def test_recipient_and_its_aliases_are_fine():
    assert other("Beste Bakkerij Jansen,\n\nFijn dat Jansen weer klant is.") == []
    # recipient given by an alias
    assert other("Beste Bakkerij Jansen, u bent welkom.", client="jansen") == []


def test_whole_words_only():
    # "Vitensen" and "GDVX" are other words; "Vitens-klanten" contains the name.
    assert other("Vitensen en GDVX. Alle Vitens-klanten.") == [("other-client-name", "Vitens")]


def test_name_in_greeting_is_reported():
    # A greeting to another client is the worst case: this rule also looks there.
    text = "Beste Garage De Vries,\n\nUw pas is onderweg."
    assert other(text) == [("other-client-name", "Garage De Vries")]


def test_no_clients_configured_means_no_name_findings():
    # the configured-name rule needs a configuration; a colleague's whereabouts at an
    # organisation is found without one (other-client-organisation)
    assert other("Sanne is bij Garage De Vries.", client=None, clients=[]) == [
        ("other-client-organisation", "Garage De Vries")]
    assert other("Uw auto staat klaar bij Garage De Vries.", client=None, clients=[]) == []


def test_message_and_suggestion():
    (finding,) = lint(
        "Sanne is vandaag bij Vitens.", client="Bakkerij Jansen", clients=CLIENTS, select=["other-client"]
    )
    assert finding.severity == "error"
    assert finding.message == "'Vitens' is een andere klant dan de ontvanger; noem geen andere klanten."
    assert "is buiten de deur" in finding.suggestion


def test_recipient_name_containing_an_alias_is_the_recipient():
    clients = [Client("Jansen Installatie"), Client("Jansen")]
    assert other("Beste Jansen Installatie,", client="Jansen Installatie", clients=clients) == []
    assert other("Ook Jansen heeft dit.", client="Jansen Installatie", clients=clients) == [
        ("other-client-name", "Jansen")
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Sanne is op bezoek bij een klant.", "op bezoek bij een klant"),
        ("Ik ben deze week fulltime voor een klant bezig.", "voor een klant bezig"),
        ("Bram is de hele dag druk met een andere klant.", "druk met een andere klant"),
        ("Hij is vandaag bij een andere klant.", "bij een andere klant"),
        ("Ze werkt deze week voor een andere klant.", "voor een andere klant"),
        ("Uw accountmanager is bij een klant.", "bij een klant"),
        ("Youssef is deze week op bezoek bij klanten in Limburg.", "op bezoek bij klanten"),
        ("Martin helpt vandaag een andere klant.", "helpt vandaag een andere klant"),
        ("Martin is even naar een klant.", "is even naar een klant"),
        ("Martin heeft nu een klant aan de lijn.", "een klant aan de lijn"),
        ("Martin zit in een meeting met een klant.", "in een meeting met een klant"),
        # paraphrases32: a client noun whatever the preposition, a client's location
        ("Daan ondersteunt deze weken een andere opdrachtgever.", "een andere opdrachtgever"),
        ("Noa zit de hele week op de klantlocatie van een ziekenhuis.", "op de klantlocatie"),
        ("Floor is op pad voor een klus bij een particulier in Amersfoort.", "bij een particulier"),
        ("Instructeur Bram bezoekt een klant in Zwolle.", "bezoekt een klant"),
    ],
)
def test_generic_mentions_of_other_clients(text, expected):
    assert other(text, client=None, clients=[]) == [("other-client-visit", expected)]


def test_visiting_a_client_with_words_between():
    text = "Instructeur Bram bezoekt vandaag een klant en belt u maandag 7 december om 10.00 uur."
    assert other(text, client=None, clients=[]) == [("other-client-visit-verb", "bezoekt vandaag een klant")]
    assert other("Wij bezoeken graag onze klanten in de regio.", client=None, clients=[]) == []


@pytest.mark.parametrize(
    "text",
    [
        "Sanne is buiten de deur; ze belt u vandaag vóór 16.00 uur terug.",
        "Sanne zit momenteel niet op haar plek.",
        "Als klant van Bakkerij Jansen krijgt u korting.",
    ],
)
def test_recommended_wording_is_clean(text):
    assert other(text) == []


def organisations(text: str, client: str | None = None) -> list[tuple[str, str]]:
    return spans(text, client=client, clients=[], select=["other-client"])


@pytest.mark.parametrize(
    "text, name",
    [
        ("Jeroen zit vandaag bij Bouwbedrijf Van Leeuwen, hij belt u morgen terug.", "Bouwbedrijf Van Leeuwen"),
        ("Ik heb het nagevraagd bij Fietsenhandel Kuipers, die hadden hetzelfde.", "Fietsenhandel Kuipers"),
        ("Rob zit vandaag de hele dag bij Albert Heijn Zuidas.", "Albert Heijn Zuidas"),
        ("Onze monteur is inmiddels klaar bij de Rabobank in Zeist.", "Rabobank"),
        ("Wij hebben dezelfde klacht ook bij Transportbedrijf Meijer opgelost.", "Transportbedrijf Meijer"),
        ("Onze klanten Van Oord Logistiek werken al jaren met dit pakket.", "Van Oord Logistiek"),
        # "hij" stands for the colleague named before; a fronted object leaves "we" the subject
        ("Ik heb uw vraag doorgezet naar Wouter. Hij zit vanmiddag bij Bakkerij Van der Heijden.",
         "Bakkerij Van der Heijden"),
        ("Dit probleem hebben we vorige maand ook bij Sportschool FitLife opgelost.", "Sportschool FitLife"),
        # work done for another organisation
        ("Zoals wij ook voor Stichting Zorggroep West hebben gedaan, passen wij uw contract aan.",
         "Stichting Zorggroep West"),
        # a lower-case organisation noun before the name belongs to it
        ("Sander is vandaag op locatie bij de gemeente Utrecht.", "gemeente Utrecht"),
        ("Koen zit vandaag bij de gemeente Amersfoort op locatie.", "gemeente Amersfoort"),
        # an organisation that shares the reader's product or problem ("ook")
        ("Geachte heer Koster, ook Gemeente Westerveld werkt inmiddels met deze module.", "Gemeente Westerveld"),
        ("Dit probleem speelt ook bij Camping De Duinpan.", "Camping De Duinpan"),
        # a client noun with an example word between it and the name
        ("Andere klanten zoals Bakkerij Ten Hove bestelden dit ook.", "Bakkerij Ten Hove"),
        # a compound of "bureau"; an organisation that also uses what we sell
        ("Dit probleem hebben we vorige maand ook bij Reisbureau Zonnig opgelost.", "Reisbureau Zonnig"),
        ("Onze software wordt ook gebruikt door Gemeente Westerkwartier.", "Gemeente Westerkwartier"),
    ],
)
def test_organisations_named_without_configuration(text, name):
    assert organisations(text) == [("other-client-organisation", name)]


@pytest.mark.parametrize(
    "text",
    [
        # ourselves, a partner the reader goes to, a heading, the recipient
        "Apotheek Rivierenland zet de medicijnen binnen 48 uur voor u klaar.",
        "U kunt uw auto maandag om 8.00 uur ophalen bij Garage Pieterse.",
        "U kunt uw nieuwe pas ophalen bij de gemeente Utrecht.",
        "Actiepunten klantoverleg Gemeente Leusden\n\n- Pieter: offerte sturen, vrijdag 11 december",
        "Sanne is vandaag bij Bakkerij Jansen.",
        "Bedankt voor uw bestelling bij Bakkerij Jansen.",
        # a partner of ours, the reader's own step "ook" to a partner
        "Wij werken ook samen met Stichting Wonen Noord.",
        "Onze pakketten worden ook bezorgd door Transportbedrijf Meijer.",  # a partner who delivers
        "U kunt ook terecht bij Garage Pieterse in Zwolle.",
        # work for the reader's own organisation, named as the recipient
        "Wij passen het contract voor Bakkerij Jansen vandaag aan.",
    ],
)
def test_organisations_that_are_no_other_client(text):
    assert organisations(text, client="Bakkerij Jansen") == []


def test_internal_action_items_may_name_the_client_they_are_about():
    notes = ("Actiepunten\n"
             "- Martijn: klant Albert Heijn Zaandam bellen over de SLA, vrijdag 4 december 10.00 uur\n"
             "- Joyce: kerstrooster vastleggen, vrijdag 11 december\n")
    assert other(notes, client=None, clients=[]) == []
    # the same words in a message to a customer still name another client
    message = "Beste Jan,\n\nMartijn belt vandaag onze klant Albert Heijn Zaandam over de SLA.\n\nGroet,\nSanne\n"
    assert other(message, client=None, clients=[]) == [("other-client-organisation", "Albert Heijn Zaandam")]


def test_a_client_as_the_object_of_an_instruction_is_no_colleague_away():
    assert other("Stuur de factuur naar een klant in het buitenland.", client=None, clients=[]) == []
