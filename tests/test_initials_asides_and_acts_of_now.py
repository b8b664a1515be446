"""Classes of wording that paraphrases58 (written apart from the rules) showed
(issues 9 and 12): an initial in a name is no sentence end, a label and a bracketed
role before the subject, an organisation named after a team noun, our act done
"now", being somewhere at a moment for a purpose.  Each test holds one class with a
sentence of its own, and the nearby shape that must keep (or not get) its finding."""

from __future__ import annotations

import pytest
from test_wording_in_lists_letters_and_notices import rules

from smartlint.api import Linter


@pytest.fixture(scope="module")
def linter():
    return Linter(today="2026-11-22")


def test_an_initial_after_a_form_of_address_is_part_of_the_name(linter):
    """"mevrouw A. Koster": the parser cut the sentence after "A.", so the promise had
    no subject and the letter no next step."""
    assert rules(linter, "Uw contactpersoon, mevrouw B. Visser, belt u maandag 30 november om 10.00 uur.") == []
    assert rules(linter, "Op maandag 30 november om 10.00 uur bespreekt dr. K. Bos de uitslag met u.") == []
    # an initial that ends a sentence still ends it: "plan B." is no name
    assert "promise-when" in rules(linter, "Wij werken aan plan B. Daarna hoort u meer.")


def test_a_label_and_a_bracketed_role_before_the_subject(linter):
    text = "Volgende stap: Yara (woonconsulent) belt u donderdag 26 november over de sleuteloverdracht."
    assert rules(linter, text) == []
    assert "promise-who" in rules(linter, "Volgende stap: wij bellen u donderdag 26 november over de sleuteloverdracht.")


def test_an_organisation_named_after_a_team_noun_is_specific(linter):
    assert "promise-who" not in rules(linter, "Klantenservice Ziggo belt u morgen om 10.00 uur.")
    # a department by its function or region stays a department
    assert "promise-who" in rules(linter, "Team Support belt u morgen om 10.00 uur.")
    assert "promise-who" in rules(linter, "Team Noord belt u morgen om 10.00 uur.")


def test_our_act_done_now_is_no_promise_still_to_keep(linter):
    found = rules(linter, "Ik verbind je nu door met Noor van Facturen; zij belt je binnen een halfuur terug.")
    assert "promise-when" not in found and "no-next-step" not in found
    # "nu" beside a date means "instead": the date is the moment, the promise is read
    assert "promise-who" in rules(linter, "We komen nu woensdag 25 november om 9.00 uur de laptops installeren.")


def test_being_there_at_a_moment_for_a_purpose_promises_the_purpose(linter):
    text = "Morgen om 9 uur staat Bram met de aanhanger bij je voor de deur om de oude kast op te halen."
    assert rules(linter, text) == []
    assert "no-next-step" in rules(linter, "Morgen staat Bram met de aanhanger bij je voor de deur.")


def test_an_abbreviated_form_of_address_after_the_verb_opens_the_subject(linter):
    """"belt mw. Bakker u terug": the tokenizer split "mw" from its period and the
    tagger calls "dhr." punctuation, so the inverted subject was lost."""
    for title in ("mw.", "dhr.", "Mw."):
        assert rules(linter, f"Morgen om 10.00 uur belt {title} Bakker u terug.") == [], title
    assert rules(linter, "Morgen om 10.00 uur belt dhr. P. Jansen u terug.") == []
    assert "promise-who" in rules(linter, "Morgen om 10.00 uur belt een collega u terug.")


def test_field_lines_that_confirm_a_booking_are_the_next_step(linter):
    """An appointment or reservation confirmed in field lines ("Uw afspraak:" / "Datum:
    ..."; "Tafel voor 2 personen: <moment>") is the customer's next step (lexicon
    booking_words); the same fields without a booking, or a past order date, are not."""
    booked = "Uw afspraak:\n- Huisarts: dokter Kaya\n- Datum: {{datum}}, {{tijd}}\n- Locatie: Kerkstraat 4"
    assert "no-next-step" not in rules(linter, booked)
    table = "Reservering ontvangen\nTafel voor 2 personen: vrijdag 4 december, 18.30 uur\nUw gastvrouw: Ilse"
    assert "no-next-step" not in rules(linter, table)
    assert "no-next-step" in rules(linter, "Bedankt voor uw bestelling.\nBesteldatum: 20 november 2026\nOrdernummer: 4411")
    # a next meeting still needs a date and a time
    assert "promise-when" in rules(linter, "Volgende afspraak: vrijdag 4 december in Zwolle.\nLocatie: kantoor")


def test_a_next_step_label_before_a_bare_task_is_an_item_without_owner(linter):
    """"Volgende stap: offerte ... versturen" is an action item (lexicon
    action_item_labels): no owner, no moment; with a sentence after it the sentence names
    its actor."""
    found = rules(linter, "Bedankt voor het gesprek.\nVolgende stap: de offerte per e-mail versturen.")
    assert "promise-who" in found and "promise-when" in found
    assert rules(linter, "Volgende stap: Yara mailt u donderdag 26 november de offerte.") == []


def test_a_capitalised_name_after_an_inverted_role_noun(linter):
    """"betaalt webwinkel Fietsplein ... terug": the tagger calls the shop's name a noun;
    a capital mid-sentence after the role names who acts."""
    text = "Binnen 48 uur na ontvangst van uw retour betaalt webwinkel Fietsplein het aankoopbedrag terug."
    assert rules(linter, text) == []
    assert "promise-who" in rules(linter, "Binnen 48 uur na ontvangst van uw retour betaalt een medewerker het aankoopbedrag terug.")
