"""The thirty-fifth stop's readings (issue 12; paraphrases85, a tuning set): "kijken
naar X" in a promise is the vague "we kijken ernaar" with its object named; a
colleague with a sector's own word for a client ("bij een bewoner", "bij een
patiënt") is with another client."""

from __future__ import annotations

import pytest
from lint_helpers import draft_rules, draft_spans


@pytest.mark.parametrize("text", [
    "Actiepunten\n- IT kijkt naar de trage printer op de tweede verdieping.\n",
    "Dank voor uw melding. We kijken morgen naar uw laptop.",
])
def test_looking_at_a_named_thing_in_a_promise_is_vague(nov22_linter, text):
    assert "vague-kijken-naar" in draft_rules(nov22_linter, text)


@pytest.mark.parametrize("text", [
    "Kijk naar de video voor uitleg.",  # the reader's step
    "We kijken uit naar uw bezoek op dinsdag 24 november.",  # looking forward
    "We hebben gisteren naar uw klacht gekeken.",  # told, not promised
])
def test_looking_at_outside_a_promise_is_not_vague(nov22_linter, text):
    assert "vague-kijken-naar" not in draft_rules(nov22_linter, text)


@pytest.mark.parametrize(("text", "span"), [
    ("Beste meneer Verbeek, uw wijkbeheerder Mo is op dit moment bij een bewoner in de flat naast u. "
     "Hij belt u vanmiddag om 15.00 uur.", "is op dit moment bij een bewoner"),
    # the tagger reads "vanochtend" as a verb here
    ("Dag mevrouw Bos, dokter Van Rijn zit vanochtend bij een patiënt thuis. "
     "Assistente Nadia belt u vandaag om 13.00 uur terug.", "zit vanochtend bij een patiënt"),
])
def test_a_colleague_with_a_sectors_client_is_with_another_client(nov22_linter, text, span):
    assert ("other-client-visit-verb", span) in draft_spans(nov22_linter, text)


@pytest.mark.parametrize("text", [
    "Uw pakket is bij een bewoner op nummer 12 afgegeven.",  # where a thing ended up
    "De storing is bij een bewoner ontstaan.",
])
def test_a_thing_left_with_a_resident_is_no_visit(nov22_linter, text):
    assert "other-client-visit-verb" not in draft_rules(nov22_linter, text)
