"""Classes of wording that paraphrases53 (written apart, scored before tuning) showed
(issue 12): a coordinated promise the parser hangs on a noun, a role in parentheses
after a name, a title abbreviation the tokenizer splits, a counted delay in the
diminutive, a fix claimed to last for ever.  Each test holds one class with a sentence
of its own, and the nearby shape that must keep its finding."""

from __future__ import annotations

import pytest
from test_wording_in_lists_letters_and_notices import rules

from smartlint.api import Linter


@pytest.fixture(scope="module")
def linter():
    return Linter(today="2026-12-05")


def library_rules(linter, text: str) -> list[str]:
    return rules(linter, text, library=True)


def test_a_coordinated_promise_hung_on_a_noun_keeps_the_first_subject(linter):
    """"Ik sta ... op een beurs en bel je ...": the parser hangs "bel" on the noun "beurs";
    the second verb still shares "Ik" and is no instruction to the reader."""
    text = "Ik sta vandaag de hele dag op een beurs en bel je morgen om 10.00 uur terug."
    assert "no-next-step" not in rules(linter, text)
    # an instruction after a full stop stays the reader's: nothing of ours is promised
    assert "no-next-step" in rules(linter, "Ik zit vandaag in een overleg. Mail ons morgen de offerte.")


def test_a_role_in_parentheses_after_a_name_leaves_the_name_as_subject(linter):
    assert "no-next-step" not in rules(linter, "Ilse (servicedesk) belt u morgen om 10.00 uur.")
    # without a name before the parentheses the role alone stays what it is
    assert "promise-who" in rules(linter, "Storing kassasysteem. Wij (het storingsteam) melden ons morgen om 15.00 uur.")


@pytest.mark.parametrize(("text", "name"), [
    ("Vandaag belt Sanne de Vries u terug.", "Sanne de Vries"),
    ("Met Noor de Boer heb ik gesproken.", "Noor de Boer"),
])
def test_a_full_name_with_a_surname_particle_is_a_person(text, name):
    """A first name, surname particles and capitalised words: a person, although "de" is
    tagged as an article (the parenthesised-role repair above yields such spans)."""
    from smartlint.nl.subject_kinds import subject_kind
    from smartlint.nlp import load_pipeline

    doc = load_pipeline()(text)
    start = text.index(name)
    assert subject_kind(doc.char_span(start, start + len(name))) == "person"


@pytest.mark.parametrize("title", ["mw.", "mevr.", "dhr."])
def test_a_title_abbreviation_does_not_end_the_sentence(linter, title):
    """"belt mw. De Graaf": the tokenizer splits "mw" from its period; a capital after it
    is the name, not a new sentence (the promise lost its moment)."""
    found = rules(linter, f"Wijkverpleegkundige Anouk belt {title} De Graaf donderdag om 9.30 uur.")
    assert "promise-when" not in found and "no-next-step" not in found


def test_a_counted_delay_in_the_diminutive_is_no_vague_later(linter):
    assert "vague-later" not in rules(linter, "Het spreekuur begint een half uurtje later, om 18.30 uur.")
    assert "vague-later" not in rules(linter, "De training begint een halfuur later dan gepland.")
    # "later" on its own still says nothing
    assert "vague-later" in rules(linter, "Het spreekuur begint later, Sanne belt u morgen om 9.00 uur.")


def test_a_fix_claimed_to_last_for_ever_is_absolute_even_when_told_as_done(linter):
    text = "Na de herinstallatie is de fout in de printerdriver voorgoed verholpen. Ruud mailt u morgen om 10.00 uur."
    assert "promise-absolute" in rules(linter, text)
    # what has happened without a lasting marker stays a fact
    assert "promise-absolute" not in rules(linter, "Alle problemen met de printer zijn inmiddels opgelost. Ruud mailt u morgen om 10.00 uur.")
    # and a loss that cannot be undone is a warning, no promise
    assert "promise-absolute" not in rules(linter, "Uw oude berichten zijn voorgoed verwijderd.")


def test_a_noun_the_tagger_calls_an_adjective_still_ends_the_subject(linter):
    """"Uw huisarts/ADJ belt u": after "uw", "de", "het" an adjective ends in -e; a word
    that does not is the noun, so "belt" is the verb and "Uw huisarts" its subject."""
    assert "no-next-step" not in rules(linter, "Uw huisarts belt u morgen om 10.00 uur.")
    assert "promise-when" in rules(linter, "Uw huisarts belt u zodra de uitslag bekend is.")
    # after an inflected adjective the noun may still look like a verb: "pas" is the card
    assert "promise-who" in rules(linter, "De nieuwe pas ontvangt u morgen.")


def test_a_present_verb_at_the_end_of_a_subordinate_clause_is_finite():
    """"dat Sem dit oppakt": the tagger calls the clause-final present form a participle
    (or, after "we", an infinitive); the clause has a finite verb all the same."""
    from smartlint.nl.clauses import clauses_of
    from smartlint.nlp import load_pipeline

    nlp = load_pipeline()
    for text, verb in [("Wij hebben afgesproken dat Sem dit oppakt.", "oppakt"),
                       ("Ik beloof dat Sem dit morgen oppakt.", "oppakt")]:
        last = clauses_of(nlp(text))[-1]
        assert last._.finite is not None and last._.finite.text == verb and last._.act == "promise"
    # a real participle stays one: "dat het is opgepakt" has "is" as its finite verb
    last = clauses_of(nlp("Ik zie dat het is opgepakt."))[-1]
    assert last._.finite is not None and last._.finite.text == "is"


def test_a_separable_strong_participle_knows_its_verb():
    from smartlint.nl.verbs import infinitives_of

    assert infinitives_of("afgesproken") == {"afspreken"}
    assert infinitives_of("afgesloten") == {"afsluiten"}


@pytest.mark.parametrize("text", [
    "We hebben afgesproken dat we het rooster aanpassen.",
    "Overleg met de huurders. Afgesproken dat we het rooster aanpassen.",
])
def test_an_agreement_in_notes_holds_the_promise_of_its_dat_clause(linter, text):
    found = rules(linter, text)
    assert "promise-who" in found and "promise-when" in found


def test_an_agreed_fact_is_no_promise(linter):
    assert "promise-who" not in rules(linter, "Afgesproken dat de retourtermijn 30 dagen blijft.")


def test_an_instruction_after_its_condition_is_no_promise(linter):
    """"Lukt dat niet, bel dan de helpdesk": the condition "Lukt dat niet" is read as a
    description, but the clause that matters is the reader's instruction."""
    found = rules(linter, "Reset je router. Lukt dat niet, bel dan de helpdesk op 020-7654321.")
    assert "promise-who" not in found
    # a colleague's step after a condition stays a (conditional) offer of ours, not an
    # instruction: nothing to report about its actor either
    assert "promise-who" not in rules(linter, "Lukt dat niet, dan belt Sanne u morgen om 10.00 uur.")


def test_the_own_als_clause_is_no_event_before_it(linter):
    """"... en app je als hij opgehaald kan worden": "als" points back at an event or a
    moment named before; the parse may start the "als"-clause earlier, at "en", and it
    then counted as its own event (the promise got a moment it does not have)."""
    for text in ("Ik zet je fiets klaar en app je als hij opgehaald kan worden.",
                 "Ik zet je bril klaar en app je als hij klaarligt."):
        found = rules(linter, text)
        assert "promise-when" in found and "no-next-step" in found
    # a dated job before it still times the "als": "... en app ik je als het staat"
    assert "promise-when" not in rules(linter, "Ik zet de korting er morgen om 10.00 uur op en app je als het staat.")


def test_die_before_a_verb_that_is_also_a_noun_is_the_subject(linter):
    """"Die pakken het op": the tagger reads "Die pakken" as "those packs"; a pronoun
    after it makes "pakken" the verb, and "Die" points back at the team just named (a
    service desk's "tweede lijn" is a team: no one named)."""
    found = rules(linter, "Ik heb je melding doorgezet naar de tweede lijn. Die pakken hem morgen op.")
    assert "promise-who" in found and "promise-what" in found
    # the noun reading stays where no pronoun follows
    assert "promise-what" not in rules(linter, "Die pakken zijn zwaar. Sanne belt u morgen om 10.00 uur.")


def test_a_vague_word_in_the_readers_purpose_of_a_library_string_times_nothing_of_ours(linter):
    """"... om snel toegang te krijgen tot informatie, voorzien we een navigatieboom": the
    purpose a feature serves the reader (real-text-235, both findings judged wrong)."""
    for text in ("Wij bieden een handige zoekbalk om snel te vinden wat je nodig hebt.",
                 "Naast de vele tools om snel bij je gegevens te komen, voorzien we een overzichtspagina."):
        found = library_rules(linter, text)
        assert "vague-snel" not in found and "promise-when" not in found
    # after effort or contact the infinitive is our own act, and its "snel" stays ours
    assert "promise-when" in library_rules(linter, "We bellen je op om snel een nieuwe afspraak te plannen.")
    assert "promise-when" in library_rules(linter, "We doen ons best om je pakket snel te verzenden.")


def test_a_reminder_sent_to_the_reader_names_its_channel(linter):
    """"Wij sturen u vooraf een herinnering": by post, mail or app? A reminder is news
    when a carrier brings it; a message titled "Herinnering:" promises no other one."""
    assert "promise-channel" in rules(linter, "Uw contract loopt af. Wij sturen u vooraf een herinnering.")
    assert "promise-channel" not in rules(linter, "Herinnering: uw afspraak is op vrijdag 11 december om 10.40 uur.")
    assert "promise-channel" not in rules(linter, "Sanne stuurt u morgen per sms een herinnering.")


def test_via_a_person_is_no_channel(linter):
    """"... volgt via je coach": a go-between, not the medium the reader
    watches; "via de app" stays one."""
    assert "promise-channel" in rules(linter, "Bedankt voor je vraag. Het antwoord volgt morgen via je coach.")
    assert "promise-channel" not in rules(linter, "Bedankt voor je vraag. Het antwoord volgt morgen via de app.")
