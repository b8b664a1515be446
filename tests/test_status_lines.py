"""Status lines, headings and list items that report rather than promise (twentieth stop:
paraphrases43 and the blind judges of real-text-154..159).  Each case stands for its
shape; the second of a pair is the nearest wording that must keep its finding."""

from __future__ import annotations

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
