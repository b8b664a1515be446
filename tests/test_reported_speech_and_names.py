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
