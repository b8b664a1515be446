"""Classes of wording that paraphrases53 and 56 (written apart from the rules) showed
(issues 9 and 12): "jullie" as possessive and as subject, working hours of a dated
job, a trade as a named role, a colleague's whereabouts "voor een klant", a measure
in centimetres.  Each test holds one class with a sentence of its own, and the nearby
shape that must keep (or not get) its finding."""

from __future__ import annotations

import pytest
from test_wording_in_lists_letters_and_notices import rules

from smartlint.api import Linter


@pytest.fixture(scope="module")
def linter():
    return Linter(today="2026-12-05")


def test_jullie_before_a_noun_owns_it(linter):
    """"Jullie bestelling wordt ... bezorgd door Yusuf": "jullie" is the possessive, the
    passive's agent is who acts."""
    assert "no-next-step" not in rules(linter, "Jullie bestelling wordt dinsdag 8 december bezorgd door Yusuf.")


def test_jullie_before_a_verb_is_the_subject(linter):
    """"Jullie krijgen ...": after "jullie" a plural verb form is the finite verb, so the
    promise is read (it was no clause at all)."""
    found = rules(linter, "Jullie krijgen binnenkort een offerte.")
    assert "promise-when" in found and "promise-who" in found
    assert "no-next-step" not in rules(linter, "Jullie krijgen dinsdag 8 december een offerte van Yusuf.")


def test_working_hours_of_a_dated_job_are_no_habit(linter):
    """"elke dag tussen 7.30 en 16.00 uur" after a calendar date is the job's working
    hours; without a date it is a habit of ours and promises nothing."""
    text = "Bouwbedrijf Kok vervangt op 8 december de vloeren, elke dag tussen 7.30 en 16.00 uur."
    assert "no-next-step" not in rules(linter, text)
    assert "promise-when" not in rules(linter, "We controleren de logs elke dag tussen 7.30 en 16.00 uur.")


def test_a_trade_before_a_name_is_a_named_role(linter):
    """"Aannemer Kok" is a person of a trade (lexicon person_roles), so the dated job
    with its working hours is a complete promise."""
    text = "Aannemer Kok vervangt op 8 december de vloeren, elke dag tussen 7.30 en 16.00 uur."
    assert "no-next-step" not in rules(linter, text)
    # the trade alone is not a person the reader can call
    assert "promise-when" in rules(linter, "De aannemer komt binnenkort langs.")


def test_being_somewhere_for_a_client_names_another_client(linter):
    assert "other-client-visit-verb" in rules(linter, "Ik ben morgen de hele dag voor een klant in Utrecht.")
    # what something is for is a property, nobody's whereabouts
    assert "other-client-visit-verb" not in rules(linter, "Dit pakket is ideaal voor een klant die veel belt.")
    assert "other-client-visit-verb" not in rules(linter, "Deze korting is bedoeld voor een klant met een jaarcontract.")


def test_a_length_in_centimetres_quantifies_the_adjective(linter):
    assert "adjective-duration" not in rules(linter, "De scheur in het plafond is 40 centimeter lang.")
    assert "adjective-duration" in rules(linter, "De scheur in het plafond is lang.")


@pytest.fixture(scope="module")
def incident_linter():
    return Linter(today="2026-12-05", context="incident")


def test_expecting_to_know_more_is_no_fix_estimate(incident_linter):
    text = "Storing pinautomaten. We verwachten vanmiddag meer te weten over de oorzaak."
    assert "incident-time-estimate" not in rules(incident_linter, text)
    assert "incident-time-estimate" in rules(incident_linter, "Storing pinautomaten. We verwachten dat alles vanmiddag weer werkt.")


def test_asking_what_caused_the_outage_explains_nothing(incident_linter):
    text = "Uitval roosterapp: we onderzoeken wat de uitval heeft veroorzaakt."
    assert not {"incident-explanation", "incident-explanation-source"} & set(rules(incident_linter, text))
    assert "incident-explanation-source" in rules(incident_linter, "Uitval roosterapp: een update heeft de uitval veroorzaakt.")


def test_a_customer_noun_as_subject_is_not_our_promise(linter):
    """A note's "Huurder meldt schimmel": the customer's report, not a promise without a
    moment; the named colleague's promise after it is."""
    text = "Huurder meldt schimmel in de badkamer. Opzichter Martijn inspecteert de badkamer op woensdag 9 december om 10.00 uur."
    assert "promise-when" not in rules(linter, text)
    assert "promise-when" in rules(linter, "Opzichter Martijn meldt zich bij de huurder.")


def test_a_date_in_an_action_label_times_the_item(linter):
    assert "promise-when" not in rules(linter, "Actie Lotte – vrijdag 11 december: klant via het portaal informeren over de tarieven.")
    assert "promise-when" in rules(linter, "Actie Lotte: klant via het portaal informeren over de tarieven.")


def test_news_that_follows_names_no_channel_in_an_incident_too(incident_linter):
    """"Update volgt om 10.30 uur" during an outage: where does the reader look for it?"""
    assert "promise-channel" in rules(incident_linter, "P1: de kassa's liggen plat. Update volgt om 10.30 uur.")
    assert "promise-channel" not in rules(incident_linter, "P1: de kassa's liggen plat. Update volgt om 10.30 uur op deze statuspagina.")


def test_a_subject_pronoun_the_parser_made_the_root_keeps_its_verb(linter):
    """"Oké, helder. Ik regel het voor je!": the parser hangs "regel" on "Ik"; the clause
    is still our promise (no moment, a vague action), not an instruction."""
    found = rules(linter, "Oké, helder. Ik regel het voor je! Groet, Kim")
    assert "promise-when" in found


def test_seeing_the_reader_at_a_moment_is_an_appointment(linter):
    assert "no-next-step" not in rules(linter, "Fysiotherapeut Anouk ziet u donderdag 10 december om 8.45 uur in de praktijk.")
    # seeing what can be done stays a vague action
    assert "promise-what" in rules(linter, "Ik zal zien wat ik kan doen.")


def test_a_dated_schedule_under_a_planning_heading_is_a_list_of_items(linter):
    text = "Belplanning\nMa 7/12 Ahmed – klant bellen over de offerte\nDi 8/12 Lotte – de offerte mailen"
    assert "no-next-step" not in rules(linter, text)
    assert "promise-when" in rules(linter, "Planning\nAhmed – klant bellen over de offerte\nLotte – offerte mailen")


def test_as_agreed_is_no_action(linter):
    """"Zoals afgesproken" names no act: the promise's own verb decides what is done."""
    assert "promise-what" in rules(linter, "Zoals afgesproken gaat Noor de verhuizing van uw aansluiting regelen.")
    assert "no-next-step" not in rules(linter, "Zoals afgesproken bel ik u morgen om 10.00 uur.")


def test_complex_after_a_degree_word_is_an_adjective(linter):
    assert "adjective-degree" in rules(linter, "Uw vraag is te complex voor de chat.")
    # the noun stays a building
    assert "adjective-degree" not in rules(linter, "Het complex aan de Dorpsstraat krijgt nieuwe ramen.")


def test_a_hedged_passive_is_a_possibility_not_a_promise(linter):
    """"De ouderavond wordt wellicht verschoven": the hedge is reported, but nobody
    commits to anything, so there is no actor or moment to ask for."""
    found = rules(linter, "De ouderavond van groep 7 wordt wellicht verschoven.")
    assert "vague-misschien" in found and "promise-who" not in found and "promise-when" not in found
    # a hedged promise of ours stays one
    assert "promise-who" in rules(linter, "We bellen u misschien morgen.")


def test_a_third_party_role_is_a_person(linter):
    """"de maker van dit project": a role (lexicon person_roles), so a vague word in what
    that person does is reported in a library string too."""
    found = rules(linter, "Uw betaling is bevestigd: de maker van dit project neemt mogelijk contact met u op.", library=True)
    assert "vague-mogelijk" in found


def test_an_expectation_beside_a_complete_next_step_is_the_handbooks_advice(linter):
    """Uncertain outcome, concrete next contact: the expectation is not the vague word
    the rule warns about.  Alone it still is."""
    text = ("We verwachten dat het onderdeel dinsdag binnenkomt. "
            "Monteur Bas belt u dinsdag 8 december om 9.00 uur om de afspraak te bevestigen.")
    assert "vague-verwachting" not in rules(linter, text)
    assert "vague-verwachting" in rules(linter, "We verwachten dat uw bestelling dinsdag 8 december wordt afgeleverd.")


@pytest.mark.parametrize("where", ["op www.zuidhaven.nl/storingen", "op zuidhaven.nl/storingen"])
def test_a_web_or_mail_address_is_a_channel(incident_linter, where):
    text = f"Storing website. Anouk laat u morgen om 9.00 uur weten hoe het staat {where}."
    assert "promise-channel" not in rules(incident_linter, text)
    assert "promise-channel" in rules(incident_linter, "Storing website. Anouk laat u morgen om 9.00 uur weten hoe het staat.")


@pytest.mark.parametrize("text", ["We doen ons best.", "Heeft hij onderdelen nodig, dan doet hij zijn best die dezelfde dag te plaatsen."])
def test_doing_ones_best_at_a_sentence_end_or_inverted(linter, text):
    """The tokenizer kept "best." whole as an abbreviation (lexicon not_abbreviations);
    the inverted "doet hij zijn best" has the subject between."""
    assert "vague-ons-best" in rules(linter, text)


def test_keeping_the_reader_informed_is_a_listed_action(linter):
    """"Wij stellen u op de hoogte zodra ...": an informing phrase on the action list, so
    the vague "Wij" and the missing moment are reported (it was no promise at all)."""
    found = rules(linter, "Wij stellen u op de hoogte zodra het college een besluit heeft genomen.")
    assert "promise-who" in found and "promise-when" in found


def test_directly_before_an_adjective_of_relation_is_no_moment(linter):
    """"niet direct herleidbaar": directly (lexicon relational_adjectives), no moment; a
    promise to fix it "direct" keeps both findings."""
    found = [(f.rule, f.text) for f in linter.lint_text(
        "Windesheim verzekert dat deze gegevens niet direct herleidbaar zijn tot uw woning.", path="draft.txt")]
    assert not [rule for rule, text in found if text == "direct"]
    assert {"vague-direct", "promise-when"} <= set(rules(linter, "We lossen het direct op."))


def test_a_question_with_a_stray_comma_ends_its_line(linter):
    """"Hoeveel sterren krijgen wij van u?," and an instruction on the next line: two
    sentences, so the instruction's verb is no promise of "wij"."""
    text = "Hoeveel sterren krijgen wij van u?,\nBekijk de reacties van andere klanten en beoordeel ons bedrijf."
    assert not {"promise-who", "promise-what", "promise-when"} & set(rules(linter, text))


def test_taking_care_of_a_list_after_a_colon_provides_it(linter):
    """"Wij zorgen voor: je introductieshirt, slaapplek ...": what is provided is named;
    "Wij zorgen voor een oplossing" stays a vague action."""
    assert "promise-what" not in rules(linter, "Wij zorgen voor: je introductieshirt, slaapplek en een intro.")
    assert "promise-what" in rules(linter, "Wij zorgen voor een oplossing.")
