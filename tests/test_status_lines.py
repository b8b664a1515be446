"""Status lines, headings and list items that report rather than promise (twentieth stop:
paraphrases43 and the blind judges of real-text-154..159).  Each case stands for its
shape; the second of a pair is the nearest wording that must keep its finding."""

from __future__ import annotations

import pytest
from test_reading_shapes import categories, found


def test_a_label_whose_value_is_a_sentence_promises_nothing_itself():
    # "Update: <clause>": the clause says what it says; the label is no next update
    text = "Update: de koppeling met de bank werkt sinds 12.15 uur weer. Het is opgelost, het rapport volgt later."
    assert categories(text, "incident") == set()
    # a label with a bare moment is the next update, complete
    assert categories("Storing pinautomaten. Volgende update: 15.00 uur per sms door Kevin.", "incident") == set()


def test_a_participle_heading_reports_a_state():
    # "Storing opgelost": the tagger calls the participle finite; it promises nothing
    text = ("Storing opgelost ✅\nOorzaak: een foutieve instelling na het onderhoud van vannacht.\n"
            "Het rapport mailt Dirk u maandag 7 december.")
    assert "missing-when" not in categories(text, "incident")
    # a finite ge-verb stays a verb: "Sanne geeft ..." is a promise without a moment
    assert "missing-when" in categories("Sanne geeft u een nieuwe code.")


def test_the_readers_own_action_item_is_no_promise_of_ours():
    notes = ("Afspraken belafspraak\n- Sander: mailt vóór dinsdag 8 december 12.00 uur de contractversie.\n"
             "- {owner}: tekent en stuurt terug.\n")
    assert categories(notes.format(owner="Klant")) == set()
    assert categories(notes.format(owner="U")) == set()
    assert "missing-when" in categories(notes.format(owner="Ilse"))


def test_a_fronted_prepositional_phrase_is_no_verb():
    # "Per e-mail/VERB krijgt u ...": the receiver-side promise with a named sender is whole
    assert categories("Per e-mail krijgt u morgen van Rachid een bevestiging.") == set()
    assert "missing-who" in categories("Per e-mail krijgt u morgen een bevestiging.")


def test_a_definition_item_whose_infinitive_is_the_readers_is_no_task():
    options = ("U heeft hier twee opties:\n- Wedstrijdagenda: een overzicht van wedstrijden waarvoor u kunt "
               "inschrijven\n- Mijn wedstrijden: alle inschrijvingen. Hier kunt u ook uw betalingen bekijken.\n")
    assert not categories(options) & {"missing-when", "missing-what"}
    # the owner's own task before the reader's clause stays an item
    assert "missing-when" in categories("Actiepunten\n- Kees: offerte mailen zodat u kunt tekenen\n")


def test_a_plain_text_readme_of_underlined_titles_is_a_document(tmp_path):
    from smartlint.inputs import read_path
    from smartlint.settings import Settings

    sections = "".join(f"Deel {n}\n=======\nHet programma wordt lokaal geïnstalleerd.\n\n" for n in range(4))
    readme = tmp_path / "ReadMe.txt"
    readme.write_text("WINMERGE\n\nWinMerge is een vergelijkingstool.\n\n" + sections, encoding="utf-8")
    assert {s.kind for s in read_path(readme, Settings()).segments} == {"page"}
    letter = tmp_path / "brief.txt"
    letter.write_text("Beste Sanne,\n\n" + sections + "Met vriendelijke groet,\nKees\n", encoding="utf-8")
    assert [s.kind for s in read_path(letter, Settings()).segments] == [None]


def test_each_action_item_carries_its_own_date():
    # the same owner's dated item before it lends no moment to the next item
    notes = ("Actiepunten\n- Ella: stuurt de klant vandaag om 16.30 uur een sms met de nieuwe ophaaltijd.\n"
             "- Ella: zet de ophaaltijd in het dossier.\n")
    assert ("missing-when", "zet de ophaaltijd in het dossier.") in found(notes)


@pytest.mark.parametrize("category, context, clean, kept", [
    # a link taking the reader somewhere (lexicon navigation_verbs), not a person bringing something
    ("missing-when", "normal",
     "Hallo Sanne,\n\nDeze link brengt je naar een pagina waar je het wachtwoord kunt wijzigen.\n\nHet team\n",
     "Hallo Sanne, de koerier brengt je pakket."),
    # ", waardoor" after a repair tells its effect (real-text-150), after a fault its cause
    ("incident-explanation", "incident",
     "We hebben de betaling van jouw bijdrage hersteld, waardoor het betalingsproces weer normaal verloopt.",
     "De back-up bleek beschadigd, waardoor de centrale niet opkwam. Om 14.00 uur mailt Sanne u."),
    # a pair of opposite adjectives means every one (real-text-160)
    ("unquantified-adjective", "normal",
     "Ieder van deze judoka's, groot of klein, heeft eigen sterke punten.",
     "Er is een grote vertraging bij de bezorging."),
])
def test_a_shape_and_its_nearest_wording_with_the_finding(category, context, clean, kept):
    assert category not in categories(clean, context)
    assert category in categories(kept, context)
