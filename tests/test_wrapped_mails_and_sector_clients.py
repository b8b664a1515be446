"""Shapes from paraphrases108-109 and the real texts 412-420 after their scores: a
hard-wrapped mail line that ends on a clock time goes on in the next line; a cause told
with a modal ("kan komen door", "zou kunnen liggen aan") is a guess and a cause; luck as
a hedge; a colleague at a business of a sector or on a client's site, our delivery "also
to" a named firm and counted people who had the same are other clients; "belt je" after
a comma shares the subject before it; looking at something beside a complete step stays
vague; a library template's "zodra de betaling is verwerkt" times its mail; terms-of-use
phrases make a library string legal text."""

from __future__ import annotations

import pytest
from lint_helpers import draft_rules, library_rules

from smartlint.api import Linter


@pytest.fixture(scope="module")
def linter():
    return Linter(config=False, today="2027-06-18")


@pytest.fixture(scope="module")
def incident():
    return Linter(config=False, today="2027-06-18", context="incident")


def test_a_wrapped_line_ending_on_a_clock_time_goes_on(incident):
    text = ("De koeling in hal 2 staat stil; we hebben een monteur gebeld. Om 11.30 uur\n"
            "mailt Ruud Verbeek u een nieuwe update.\n")
    assert "no-next-step" not in draft_rules(incident, text)


def test_a_short_status_heading_with_its_time_still_ends_its_line(incident):
    text = "Storing kassasysteem 10.40 uur\nWe zoeken uit wat er mis is.\n"
    rules = draft_rules(incident, text)
    assert "no-next-step" in rules


def test_a_cause_with_a_modal_is_a_guess_and_a_cause(incident):
    rules = draft_rules(incident, "De uitval van de weegbrug kan komen door een kapotte sensor. "
                                  "Om 14.00 uur belt Gijs Mulder u met een update.")
    assert "incident-explanation" in rules and "vague-misschien" in rules
    rules = draft_rules(incident, "De vertraging in de planning zou kunnen liggen aan de nieuwe koppeling. "
                                  "Om 14.00 uur belt Gijs Mulder u met een update.")
    assert "incident-explanation" in rules and "vague-misschien" in rules


def test_a_cause_that_turned_out_is_still_a_cause_before_review(incident):
    rules = draft_rules(incident, "De printer werkt weer. Het bleek te komen door een vastgelopen spooler. "
                                  "Gijs Mulder mailt u dinsdag 22 juni het rapport.")
    assert "incident-explanation" in rules


def test_luck_is_a_hedge(linter):
    rules = draft_rules(linter, "Met wat geluk is de onderdelenlevering dinsdag 22 juni binnen. "
                                "Ik mail u maandag 21 juni vóór 12.00 uur de stand van zaken. Groet, Femke")
    assert "vague-misschien" in rules


@pytest.mark.parametrize("text", [
    "Onze bezorger rijdt vanochtend eerst naar een bakkerij in Gouda en levert daarna bij een "
    "fysiotherapiepraktijk in Woerden. Om 13.00 uur is hij bij u.",
    "Monteur Ilse staat vandaag bij een kapsalon in Delft; ze belt u maandag 21 juni om 9.00 uur terug.",
    "Voorman Bart werkt tot 14.00 uur op het terrein van een klant in Ede. Hij belt u om 14.30 uur.",
])
def test_a_colleague_at_a_business_or_a_clients_site_is_with_another_client(linter, text):
    assert any(r.startswith("other-client") for r in draft_rules(linter, text))


def test_our_delivery_also_to_a_named_firm_names_another_client(linter):
    text = ("Dit type dakgoot hebben we vorig jaar ook aan Installatiebedrijf Dekker in Tiel geleverd. "
            "Verkoper Noor mailt u maandag 21 juni de offerte.")
    assert "other-client-organisation" in draft_rules(linter, text)


def test_counted_people_who_had_the_same_are_other_clients(linter):
    text = ("Vier andere vlootbeheerders hadden vorige week hetzelfde probleem met de app. "
            "Robin belt u maandag 21 juni om 10.00 uur.")
    assert "other-client-counted" in draft_rules(linter, text)


@pytest.mark.parametrize("text", [
    "Uw pakket is afgeleverd bij een winkel in de buurt; de afhaalcode staat in de app.",
    "We hebben uw klacht doorgestuurd aan Transportbedrijf Meijer. Noor belt u maandag 21 juni om 10.00 uur.",
])
def test_a_pick_up_shop_or_a_partner_is_no_other_client(linter, text):
    assert not any(r.startswith("other-client") for r in draft_rules(linter, text))


def test_belt_je_after_a_comma_shares_the_subject_before_it(linter):
    rules = draft_rules(linter, "Wendy zit nog in een overleg, belt je om 15:00 terug")
    assert "no-next-step" not in rules and "promise-who" not in rules


def test_looking_at_it_beside_a_complete_step_stays_vague(linter):
    text = ("Technicus Said kijkt dinsdag 22 juni naar de scharnieren van uw koelkast en belt u "
            "dezelfde dag vóór 16.00 uur met de prijs.")
    assert "promise-what" in draft_rules(linter, text)


def test_a_templates_mail_is_timed_by_the_event_it_names(linter):
    text = "Hallo,\n\nWe laten het je weten zodra je terugbetaling is verwerkt.\n"
    assert "promise-when" not in library_rules(linter, text)
    assert "promise-when" in library_rules(linter, text, library=False)


@pytest.mark.parametrize("text", [
    "We kunnen bepaalde kortingscodes te allen tijde intrekken zonder voorafgaande kennisgeving aan u.",
    "We bieden mogelijk alcohol aan in sommige landen waar de wet dit toestaat.",
])
def test_terms_of_use_phrases_make_a_library_string_legal_text(linter, text):
    rules = library_rules(linter, text)
    assert "promise-absolute" not in rules and "vague-mogelijk" not in rules


def test_a_time_set_off_by_commas_times_the_recovery_after_it(incident):
    text = ("Na de vervanging van de router, vanmiddag om 15.00 uur, werkt het kassasysteem weer. "
            "Om 13.00 uur belt Gijs Mulder u met een update.")
    assert "incident-time-estimate" in draft_rules(incident, text)


def test_daarna_after_a_semicolon_makes_the_repair_time_the_fix_time(incident):
    text = ("Technicus Sem plaatst vandaag vóór 15.00 uur een nieuwe voeding; daarna werkt de weegbrug weer. "
            "Om 12.00 uur belt hij u met een tussenstand.")
    assert "incident-time-estimate" in draft_rules(incident, text)


def test_an_outage_until_a_moment_is_an_estimate_but_a_past_range_is_not(incident):
    text = ("Door een storing is onze winkel in Breda tot vanavond telefonisch niet bereikbaar. "
            "Om 16.00 uur mailt Fleur u een update.")
    assert "incident-time-until" in draft_rules(incident, text)
    text = ("De storing is verholpen; de webwinkel was van 8.05 tot 10.40 uur niet bereikbaar. "
            "Het rapport volgt later.")
    assert "incident-time-until" not in draft_rules(incident, text)


def test_minutes_of_what_happened_or_was_said_are_no_action_items(linter):
    text = ("Notulen bouwoverleg Havenkade, 17-6\n"
            "- Levering kozijnen week 25 verliep volgens planning.\n"
            "- Uitvoerder meldt 2 gebroken ruiten.\n")
    rules = draft_rules(linter, text)
    assert "no-next-step" in rules and "promise-when" not in rules
