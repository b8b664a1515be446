"""Follow-up labels, causes with words between, late replies, counted other clients and
reassured outcomes (issues 9 and 12; paraphrases61)."""

from __future__ import annotations

import pytest

from smartlint.api import Linter


@pytest.fixture(scope="module")
def linter():
    return Linter(config=False, today="2026-11-23")


def _rules(linter, text, kind=None):
    return [f.rule for f in linter.lint_text(text, path="mail.txt")]


@pytest.mark.parametrize("text", [
    "Storing digitale balie. Waarschijnlijk heeft het te maken met het onderhoud van vannacht.",
    "Uitval glasvezel: het lijkt erop dat een graafmachine een kabel heeft geraakt. "
    "Volgende update: 15.00 uur per sms, door Bas van de storingsdienst.",
])
def test_a_cause_with_words_between_or_told_as_what_seems_to_have_happened(linter, text):
    assert "incident-explanation-source" in _rules(linter, text)


def test_a_cause_denied_is_no_explanation(linter):
    assert "incident-explanation-source" not in _rules(
        linter, "Dit heeft niets te maken met de storing van gisteren. Bas belt u morgen om 9.00 uur.")


def test_an_agreed_label_before_a_bare_task_has_no_owner(linter):
    text = "Gesprek met de huurder, 23-11.\nAfgesproken: lekkage in de badkamer bekijken.\n"
    assert "promise-who" in _rules(linter, text)


def test_a_label_before_a_colon_is_not_the_subject_of_the_sentence_after_it():
    """"- Afgesproken: loodgieter Van Os komt morgen ...": the parser made the label the
    subject; the sentence after the colon names its own actor."""
    text = ("Samenvatting chatgesprek\n- Klant meldt dat de douchekraan lekt.\n"
            "- Afgesproken: loodgieter Van Os komt morgen tussen 8.00 en 12.00 uur de kraan vervangen.\n"
            "- Klant zorgt dat er iemand thuis is.\n")
    found = Linter(config=False, today="2026-11-22").lint_text(text, path="notes.txt")
    assert "promise-who" not in {f.rule for f in found}


def test_keeping_in_touch_with_the_reader_informs_them(linter):
    assert "promise-channel" in _rules(linter, "We houden contact met u.")
    assert "promise-when" not in _rules(linter, "Ik houd contact met de leverancier.")


def test_replying_only_now_is_this_reply_not_a_promise(linter):
    text = ("Ik was gisteren de hele dag bij een klant in Utrecht, daarom reageer ik nu pas. "
            "Ik (Marloes, planning) mail u vandaag vóór 17.00 uur de nieuwe leverdatum.")
    assert "promise-when" not in _rules(linter, text)


def test_other_customers_counted_are_other_clients(linter):
    text = "wij zagen dit vorige week ook bij twee andere bedrijven, het ligt aan de laatste Windows-update."
    assert "other-client-counted" in _rules(linter, text)
    assert "other-client-counted" not in _rules(linter, "U bent uitgelogd bij andere organisaties.")


def test_an_outcome_reassured_is_absolute_but_a_chat_will_do_is_not(linter):
    assert "promise-absolute" in _rules(linter, "Geen zorgen, dit komt helemaal goed, beloofd!")
    assert "promise-absolute" not in _rules(linter, "Komt goed! Ik mail je vanavond vóór 20.00 uur de planning.")


def test_thanks_for_a_quick_reply_still_uses_a_vague_word(linter):
    """Five writers of paraphrase sets label "Bedankt voor uw snelle reactie" vague-word:
    a listed vague word, used as an adjective, is still one (was exempted)."""
    text = "Bedankt voor uw snelle reactie. Adviseur Iris stuurt u donderdag 26 november per post het contract."
    assert "vague-snel" in _rules(linter, text)


def test_a_message_of_nothing_but_a_hope_owes_its_next_step(linter):
    assert "no-next-step" in _rules(linter, "Hopelijk is de nieuwe versie van de app volgende week beschikbaar.")
    assert "no-next-step" not in _rules(
        linter, "Sanne belt u maandag 30 november om 10.00 uur. Hopelijk is het daarmee opgelost.")


def test_a_workshop_is_a_team_not_an_owner(linter):
    text = ("Actiepunten servicegesprek Garage Kok\n- Actie werkplaats: winterbanden monteren, zaterdag 28 november\n"
            "- Actie Hans: belt de klant vrijdag 27 november om 16.00 uur ter bevestiging")
    assert "promise-who" in _rules(linter, text)
