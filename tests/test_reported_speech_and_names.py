"""The thirtieth stop's readings (issues 9 and 12; paraphrases66 and the blind
judgements of real-text-276..279): the customer's words quoted in a reply are not
ours."""

from __future__ import annotations

import pytest
import spacy
from lint_helpers import draft_rules

from smartlint.api import Linter
from smartlint.nl.reported_speech import in_reported_speech, reported_speech


@pytest.fixture(scope="module")
def linter():
    return Linter(config=False, today="2026-11-22")


@pytest.mark.parametrize("text", [
    'Je schreef: "sleutels zsm nodig!" Jeroen brengt ze maandag 23 november om 16.00 uur langs.',
    "Geachte heer Jansen, u schreef: 'Ik wil dit zo snel mogelijk opgelost hebben.' "
    "Monteur Erik komt dinsdag 24 november om 8.00 uur de kraan vervangen.",
    "- Mw. Bos: \u201cIk hoor waarschijnlijk nooit meer iets van jullie.\u201d\n"
    "- Actie Sjoerd: mw. Bos bellen op woensdag 25 november om 13.00 uur.",
    '"Ik wil dit zsm", schreef u. Erik belt u dinsdag 24 november om 9.00 uur.',
])
def test_words_quoted_as_someone_elses_speech_are_not_flagged(linter, text):
    rules = draft_rules(linter, text)
    assert not {"vague-zsm", "vague-misschien", "promise-absolute"} & set(rules)


@pytest.mark.parametrize("text", [
    # a scare quote in our own sentence: no colon, no verb of saying
    'We lossen het "zo snel mogelijk" op.',
    # the same words unquoted
    "Je schreef dat je de sleutels zsm nodig hebt. Wij brengen ze zsm.",
])
def test_our_own_words_in_quotes_or_after_a_verb_of_saying_stay_flagged(linter, text):
    assert "vague-zsm" in draft_rules(linter, text)


def test_reported_speech_ranges_leave_out_the_marks_and_apostrophes():
    doc = spacy.blank("nl")("Hij zei: 'de foto's zijn weg' en 's ochtends belt u.")
    assert [doc.text[s:e] for s, e in reported_speech(doc)] == ["de foto's zijn weg"]
    start = doc.text.index("foto")
    assert in_reported_speech(doc, start, start + 4)
    assert not in_reported_speech(doc, doc.text.index("belt"), doc.text.index("belt") + 4)


def test_an_imperative_ended_by_a_colon_is_no_inverted_condition(linter):
    # "Probeer je router ..." opens with a verb and "je", but the colon ends it: an
    # instruction to the reader, where "even" is not our vagueness
    text = ("Probeer je router even opnieuw op te starten: stekker eruit, 30 seconden wachten, "
            "stekker erin. Sander belt je maandag 23 november om 17.00 uur.")
    assert "vague-even" not in draft_rules(linter, text)


def test_a_vague_word_inside_a_name_joined_by_an_ampersand_is_a_name(linter):
    assert "vague-snel" not in draft_rules(linter, "Bezorger: Ahmed (Koeriersdienst Snel & Zeker)")
    assert "vague-snel" in draft_rules(linter, "De koerier komt snel.")


@pytest.mark.parametrize("text", [
    # the channel in a relative clause on the informing clause's noun
    "Over de oorzaak informeert Jasper u in het rapport dat hij maandag 30 november per e-mail stuurt.",
    # a bare site after "op"
    "Volgende update: 17.00 uur door Enexis op storingen.nl.",
])
def test_a_channel_named_in_a_relative_clause_or_as_a_site_counts(linter, text):
    assert "promise-channel" not in draft_rules(linter, text)


def test_content_told_in_a_relative_clause_is_no_channel(linter):
    assert "promise-channel" in draft_rules(linter, "Jasper informeert u over het rapport dat hij per e-mail kreeg.")


def test_an_idiom_of_a_short_while_is_an_estimate_during_an_outage(linter):
    text = "Onze webshop ligt plat, maar we hebben hem in no time weer in de lucht."
    findings = Linter(config=False, today="2026-11-22", context="incident").lint_text(text, path="mail.txt")
    assert "incident-time-estimate" in [f.rule for f in findings]


def test_the_passive_of_trying_is_vague_and_what_is_left_of_a_week_lies_ahead(linter):
    rules = draft_rules(linter, "Er wordt geprobeerd het onderdeel nog deze week bij u te leveren.")
    assert "vague-proberen" in rules
    assert "promise-who" in rules
    assert "vague-proberen" not in draft_rules(linter, "Er is geprobeerd u te bellen.")
