"""Shapes from paraphrases116-117 (forty-sixth stop): an action item whose owner label
names a person over a task named by a noun ("Ilse: mail met samenvatting – vandaag") or a
role before the name ("Chauffeur Kevin levert deel 1 – ...") has its owner; a role the
tagger took for a preposition after a fronted adverbial is the subject ("Over de kras
... belt schadebehandelaar/ADP Yara je morgen"); "ons" after the verb is a possessive."""

from __future__ import annotations

import pytest

from smartlint.nlp import load_pipeline
from smartlint.preprocess import apply_sentence_starts, prepare


def rules(linter, text):
    return {f.rule for f in linter.lint_text(text)}


def main_clause(text: str):
    nlp = load_pipeline()
    prepared = prepare(text)
    doc = nlp.make_doc(prepared.text)
    apply_sentence_starts(doc, prepared)
    main = next(c for c in nlp(doc)._.clauses if c._.role == "main")
    return main._.act, main._.subject_kind


@pytest.mark.parametrize("item", [
    "- Ilse: mail met samenvatting – woensdag 9 december",
    "- Chauffeur Mehmet: levering — woensdag 16 december, 8.00 uur",
    "- Ria: lijst met nieuwe bewoners naar Lotte — maandag 14 december",
    "- Ramon: update aan alle vestigingen per mail — vrijdag 11 december 12.00 uur",
    "3. Chauffeur Kevin levert deel 1 – dinsdag 15 december, 7.30 uur.",
    "3. Monteur Kees plaatst de kast – vrijdag 11 december.",
])
def test_a_named_owner_label_or_role_owns_its_item(nov22_linter, item):
    text = "Actiepunten\n1. Joost mailt de plattegrond – vóór woensdag 9 december.\n" + item + "\n"
    assert "promise-who" not in rules(nov22_linter, text)


def test_a_topic_label_over_a_noun_is_still_an_item_without_owner(nov22_linter):
    text = "Actiepunten\n- Feedback klantenpanel: nieuwe vragenlijst – woensdag 9 december\n"
    assert "promise-who" in rules(nov22_linter, text)


def test_a_role_after_a_fronted_adverbial_is_the_subject(nov22_linter):
    text = ("Zie je voortaan schade aan een auto? Meld het dan direct in de app. Over de kras op de "
            "achterklep na je rit van gisteren belt schadebehandelaar Yara je morgen om 10.00 uur.")
    assert main_clause("Over de kras op de achterklep belt schadebehandelaar Yara je morgen om 10.00 uur.") \
        == ("promise", "person")
    assert "no-next-step" not in rules(nov22_linter, text)


def test_our_possessive_after_the_verb_opens_the_subject():
    assert main_clause("Morgen lost ons team alle problemen op.") == ("promise", "team")


@pytest.mark.parametrize(("text", "expected"), [
    # a verb stem the tagger called a name, before a preposition, is the imperative
    ("Controleer na de installatie of het lampje blauw brandt.", ("instruction", "none")),
    # ... not a label's noun before a preposition of time
    ("Herstel rond het middaguur verwacht.", ("description", "thing")),
    # a thing fronted as the object receives nothing: the reader after the verb does
    ("Uw nieuwe pincode ontvangt u apart per post.", ("promise", "customer")),
    # ... not when "je" is a possessive after a person: "De koerier verwacht je pakket"
    ("De koerier verwacht je pakket vandaag tussen 13:15 en 15:15 te bezorgen.", ("promise", "person")),
])
def test_imperatives_before_adjuncts_and_received_things(text, expected):
    assert main_clause(text) == expected


def test_a_table_without_its_outer_bars_is_read_by_its_header(nov22_linter):
    text = ("Actiepunten herstel webshop\nWie | Wat | Wanneer\n"
            "IT | back-up van de webshop terugzetten | woensdag 25 november\n"
            "Karin | wachtwoorden wijzigen | donderdag 26 november\n")
    found = [(f.rule, f.text) for f in nov22_linter.lint_text(text)]
    assert ("promise-who", "IT") in found and "no-next-step" not in {r for r, _ in found}
    # bars without a header row are no table
    assert "no-next-step" in rules(nov22_linter, "Status: open | update volgt | team IT\n")
