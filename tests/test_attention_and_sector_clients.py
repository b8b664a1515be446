"""The thirty-fifth stop's readings (issue 12; paraphrases85, a tuning set): "kijken
naar X" in a promise is the vague "we kijken ernaar" with its object named; a
colleague with a sector's own word for a client ("bij een bewoner", "bij een
patiënt") is with another client; a fronted thing before a verb whose other subject is
a person is its object (also when the verb is tagged a participle); in a library string a
hedge across a clause boundary belongs to the clause it opens in."""

from __future__ import annotations

import pytest
from lint_helpers import draft_rules, draft_spans, library_rules
from test_nl_clauses import analyse

from smartlint.nl.clauses import clauses_of


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
    # the tagger reads "vanochtend" as a verb here ("bij een patiënt thuis" is a phrase of
    # other-client-visit, which this rule gives way to)
    ("Dag mevrouw Bos, dokter Van Rijn zit vanochtend bij een patiënt in de wijk. "
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


@pytest.mark.parametrize(("text", "subject"), [
    # the parser gives "stuurt" two subjects; the person after the verb acts
    ("De offerte stuurt Sanne u vrijdag 11 december toe.", "Sanne"),
    ("Het contract mailt accountmanager Joost u later.", "accountmanager Joost"),
    # a person before the verb stays the subject
    ("De monteur belt Jan morgen.", "De monteur"),
])
def test_a_fronted_thing_is_the_object_of_a_person(text, subject):
    clause = next(c for c in clauses_of(analyse(text)) if c._.finite is not None)
    assert clause._.subject is not None and clause._.subject.text == subject
    assert clause._.subject_kind == "person"



def test_a_stem_and_t_after_its_subject_is_finite_whatever_its_tag():
    # "verwerkt" is tagged a participle; no auxiliary, a subject before it, words after it
    doc = analyse("De correctie van het voorschot verwerkt energieadviseur Bram in de volgende jaarafrekening.")
    clause = next(c for c in clauses_of(doc) if c._.finite is not None)
    assert clause._.finite.text == "verwerkt"
    assert clause._.subject.text == "energieadviseur" and clause._.act == "promise"


def test_a_library_hedge_belongs_to_the_clause_it_opens_in(nov22_linter):
    text = ("Het lijkt erop dat dit je eerste keer hier is, dus laten we een paar eenvoudige "
            "stappen doorlopen om je op weg te helpen.")
    assert "vague-misschien" not in library_rules(nov22_linter, text)
    # ... a guess inside our own promise in a library string still is one
    assert "vague-misschien" in library_rules(nov22_linter, "Vermoedelijk lossen we het morgen op.")
