"""Action lists, meeting notes and the promise classes of issue 12 (who/what/when).

Through the embedded pipeline, like tests/test_promises.py: each case is a class of
wording (an owner label, a reservation clause, a receiver-side promise with a named
sender), not one sentence.
"""

from __future__ import annotations

import pytest
from smart_support import context, parse

from smartlint.checks.promises import find_promises


def parts(text: str) -> list[tuple]:
    doc, placeholders = parse(text)
    found = find_promises(doc, context(placeholders, "normal"))

    def show(part):
        return (part.status, doc.text[part.start:part.end]) if part.status in ("vague", "missing") else "ok"

    return [(show(p.who), show(p.what), show(p.when)) for p in found]


OK = "ok"


@pytest.mark.parametrize(
    "text, expected",
    [
        # an owner label is the actor; a team label is vague; the item's own date counts
        ("Actiepunten\n- Floor: contract mailen, dinsdag 8 december\n", [(OK, OK, OK)]),
        ("Actiepunten\n- Ruben: testomgeving klaarzetten\n",
         [(OK, OK, ("missing", "testomgeving klaarzetten"))]),
        ("Acties\n- Team: koppeling met de webshop testen vóór woensdag 9 december\n",
         [(("vague", "Team"), OK, OK)]),
        ("- Yusuf: de klacht over de levertijd oppakken, vrijdag 11 december\n",
         [(OK, ("vague", "oppakken"), OK)]),
        ("[ ] Jeroen — offerte sturen, maandag 7 december\n", [(OK, OK, OK)]),
        # under an action heading an item without a label has no owner
        ("Actiepunten\n- Offerte mailen naar de klant, dinsdag 8 december\n",
         [(("vague", "Offerte mailen"), OK, OK)]),
        ("- [ ] Jeroen — offerte sturen\n", [(OK, OK, ("missing", "offerte sturen"))]),
        # a verb with an inseparable prefix ("herschrijven") is an action; a plural role owns no item
        ("Actiepunten\n- klantbrief herschrijven, donderdag 10 december\n",
         [(("vague", "klantbrief herschrijven"), OK, OK)]),
        ("Actiepunten:\n- Teamleiders: wachttijden rapporteren, vrijdag 11 december\n",
         [(("vague", "Teamleiders"), OK, OK)]),
        # a topic label before a sentence with its own actor: the sentence is read, not the label
        ("- Feedback klantenpanel: we bespreken dit later.\n", [(("vague", "we"), ("vague", "bespreken"), ("vague", "later"))]),
        # two owners joined by "+", and a Unicode check box as the list marker
        ("Actiepunten\n- Ellen + Bas: demo voorbereiden, uiterlijk 10 december\n", [(OK, OK, OK)]),
        ("☐ Ilona — afwezigheidsmelding instellen (vr 11 dec)\n☐ Thomas — rooster mailen\n",
         [(OK, OK, OK), (OK, OK, ("missing", "rooster mailen"))]),
        # Markdown hands over list items without their markers: the heading still holds
        ("Actiepunten\n\nJeroen: offerte sturen, dinsdag 5 januari\nSanne: klant bellen\n",
         [(OK, OK, OK), (OK, OK, ("missing", "klant bellen"))]),
    ],
)
def test_action_items(text, expected):
    assert parts(text) == expected


def test_plain_list_lines_are_no_action_items():
    assert parts("Notulen\n- Besproken: de offerte en de planning.\n- Iedereen is akkoord met de aanpak.\n") == []


def test_a_question_label_owns_nothing():
    # "Wat merkt u:" asks; the line answers it, no action item of an owner "Wat merkt u"
    assert parts("Storing\n- Wat merkt u: meldingen komen niet binnen\n") == []


def test_a_plural_after_a_figure_is_no_task():
    # "5 dagen" is a count of days, not the verb "dagen": a status line, no action item
    assert parts("Overleg\n- Achterstand: 46 open tickets, waarvan 9 ouder dan 5 dagen.\n") == []


def test_a_lower_case_term_before_a_colon_is_defined_not_an_owner():
    # a definition list of documentation (real-text-95): the term is no one who acts
    assert parts("Velden:\n- patern: Een regex definitie waar de waarde aan moet voldoen\n") == []
    # a name, a role or a team in lower case still owns the item
    for owner in ("kees", "monteur", "team support"):
        assert len(parts(f"Acties:\n- {owner}: offerte mailen, vrijdag 11 december\n")) == 1


@pytest.mark.parametrize(
    "line, complete",
    [
        ("Volgende meeting 3 april, 10.00 te Hoofddorp.", True),
        ("Volgende overleg: donderdag 7 januari 2027, 14.00 uur, via Teams.", True),
        ("Volgende meeting: woensdag 16 december", False),  # a date without a time
        ("Volgende overleg: in het nieuwe jaar", False),
    ],
)
def test_next_meeting_needs_date_and_time(line, complete):
    (found,) = parts(line + "\n")
    assert (found == (OK, OK, OK)) is complete


def test_the_meeting_line_says_what_it_lacks():
    from datetime import date

    from smartlint.engine import lint_text
    from smartlint.settings import Settings

    found = lint_text("Volgende meeting: woensdag 16 december\n", Settings(today=date(2026, 12, 3)))
    (finding,) = [f for f in found if f.category == "missing-when"]
    assert "datum én tijd" in finding.message


def test_a_promise_on_a_dated_meeting_line_is_due_by_the_meeting():
    found = parts("Volgende meeting 3 april, 10.00 te Hoofddorp. Floortje stuurt de agenda-uitnodiging.\n")
    assert found == [(OK, OK, OK), (OK, OK, OK)]
    # without a dated meeting the same promise has no moment
    assert parts("Floortje stuurt de agenda-uitnodiging.")[0][2][0] == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "Ik verleng uw abonnement vandaag met 3 maanden, mits u vóór 17.00 uur akkoord geeft.",
        "Monteur Ahmed komt dinsdag 8 december om 8.00 uur om de kassa's te installeren, tenzij u "
        "vóór maandag 7 december een andere dag doorgeeft.",
        "De volgende update krijgt u om 14.45 uur per e-mail van Esther.",
        "Vanavond tussen 19.00 en 20.00 uur brengt bezorger Wouter de boodschappen langs.",
        "Ik bevestig hierbij uw afspraak op maandag 7 december om 14.00 uur met uw accountmanager Rick.",
    ],
)
def test_full_promises_are_complete(text):
    assert parts(text) == [(OK, OK, OK)]


def test_what_the_reader_receives_comes_from_a_named_carrier_or_the_person_acting_before():
    # a carrier after "via" delivers; a channel after "via" names no one
    assert parts("Je krijgt de router morgen tussen 9.00 en 18.00 uur via PostNL.")[0][0] == OK
    assert parts("U krijgt binnen acht weken een besluit via de app.")[0][0] == ("vague", "U krijgt")
    # a named person acts earlier in the sentence: the sms is theirs
    found = parts("Op woensdag 9 december om 8.00 uur schakelt Dirk je verbinding om; je krijgt een sms zodra het klaar is.")
    assert [who for who, _, _ in found] == [OK, OK]
    # a team acting before, or a person in the sentence before, does not name the sender
    found = parts("Bezorger Tom levert hem morgen tussen 9.00 en 12.00 uur. Je krijgt vanavond om 20.00 uur een sms.")
    assert found[-1][0] == ("vague", "Je krijgt")
    found = parts("Wij hebben uw aanvraag ontvangen. U krijgt binnen acht weken een besluit.")
    assert found[-1][0] == ("vague", "U krijgt")


def test_a_reservation_lends_the_promise_no_action():
    assert parts("Jeroen pakt het op, tenzij u liever zelf belt.")[0][1] == ("vague", "pakt het op")


def test_a_condition_on_the_reader_still_hides_the_promise():
    assert parts("Als u vóór 17.00 uur akkoord geeft, verleng ik uw abonnement vandaag.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a verb on no list is a concrete action of a named actor
        ("Daarna zet Fenna de nieuwe termijnbedragen in uw account.", [(OK, OK, ("missing", "zet"))]),
        # indirect: the embedded clause is the promise
        ("Ik vraag Martin of hij u terugbelt over de offerte.", [(OK, OK, ("missing", "terugbelt"))]),
        # idioms of effort are vague actions
        ("We duiken erin.", [(("vague", "We"), ("vague", "duiken erin"), ("missing", "duiken"))]),
        ("We gaan erachteraan.", [(("vague", "We"), ("vague", "gaan erachteraan"), ("missing", "gaan"))]),
    ],
)
def test_promises_the_analysis_used_to_miss(text, expected):
    assert parts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ilse geeft u om 15.00 uur een nieuwe update.",  # a name the tagger calls ADJ
        "Onze klantenservice-medewerker Lieke belt u maandag 7 december om 10.00 uur.",
        "De uitslag van de keuring zet Bram woensdag 9 december vóór 17.00 uur in het klantportaal.",
        "Lotte appt je op woensdag 9 december een herinnering.",
        "Om 14.00 uur appt Bo jullie een update.",  # stem + t before a name the tagger calls SCONJ
        "Ik app je terug over je pakketje, uiterlijk vandaag om 16.00 uur.",
        "Als compensatie ontvangt u vandaag van Jeroen een korting.",  # "als" = as
        "De nieuwe pas ontvangt u vrijdag 4 december van Kees.",  # "pas" is no verb here
        "Een nieuwe afspraak krijgt u morgen vóór 12.00 uur per sms van monteur Dennis.",
        "Ik vraag of Kees je morgen om 9.00 uur terugbelt.",  # embedded question, a name
    ],
)
def test_actors_in_other_word_orders_and_tags(text):
    assert parts(text) == [(OK, OK, OK)]


@pytest.mark.parametrize(
    "text, who",
    [
        ("Finance betaalt het bedrag vóór vrijdag 11 december terug.", "Finance"),
        ("Onze ICT-afdeling belt u morgen om 10.00 uur.", "Onze ICT-afdeling"),
    ],
)
def test_a_department_is_no_actor(text, who):
    assert parts(text)[0][0] == ("vague", who)


def test_a_time_phrase_before_the_verb_is_no_subject():
    found = parts("Een van de komende dagen komt monteur Ahmed de kassa's installeren.")
    assert found[0][0] == OK and found[0][2][0] == "vague"


def test_a_thanks_formula_is_no_promise_but_what_follows_it_is():
    assert parts("Dankjewel voor je bericht.") == []
    assert parts("Dank voor je screenshot, we duiken erin.")[0][1] == ("vague", "duiken erin")


@pytest.mark.parametrize(
    "text",
    [
        "Noor werkt deze week aan een ander project.",
        "De chauffeur rijdt eerst nog een rit en staat daarna in de file.",
        "Heeft u een minuutje? Dan verbind ik u door met Esther.",
    ],
)
def test_descriptions_are_no_promises(text):
    assert parts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a next-update field after another sentence on the same line, or without colon and verb
        "Storing internet: de oorzaak is onbekend. Volgende update: 15.00 uur per sms door Kevin.",
        "Binnen een uur kunt u weer pinnen. Volgende update om 13.00 uur in dit ticket door Kevin.",
        # "van me": the writer
        "Je hoort het morgen om 10.00 uur van me.",
    ],
)
def test_next_steps_in_other_shapes_are_complete(text):
    found = parts(text)
    assert found and all(p == (OK, OK, OK) for p in found)


def test_a_field_label_with_a_verb_is_a_sentence_not_a_field():
    from smartlint.checks.sentence_fields import sentence_fields
    from smartlint.checks.lexicon import fold
    from smartlint.checks.promise_words import promise_words

    # a sentence about the appointment, not a next-step field (the appointment itself is
    # a next step, see tests/test_scheduled.py)
    text = "Mooi nieuws. Afspraak is verzet naar morgen 10.00 uur."
    doc, _ = parse(text)
    assert sentence_fields(doc, fold(text), promise_words()) == []
    assert sentence_fields(*(lambda t: (parse(t)[0], fold(t)))("Afspraak: morgen 10.00 uur."), promise_words())


@pytest.mark.parametrize(
    "text",
    [
        "Met het abonnement Plus krijgt u een hogere snelheid.",  # what a product gives
        "Je nieuwe wachtwoord voor de app werkt direct.",  # something of the reader's works
        "We kunnen niet garanderen dat Sanne morgen belt.",
    ],
)
def test_statements_that_look_like_promises(text):
    assert parts(text) == []


def test_a_negation_in_the_embedded_clause_leaves_the_promise():
    found = parts("Wij zorgen dat u hier nooit meer last van krijgt.")
    assert found and found[0][0] == ("vague", "Wij")


def test_a_job_takes_the_moment_it_starts():
    text = "Monteur Ahmed installeert het kassasysteem in 1 dag. Hij begint dinsdag 8 december om 8.00 uur."
    assert parts(text) == [(OK, OK, OK), (OK, OK, OK)]
    # another promise of the same person does not lend its moment
    assert parts("Sanne belt u terug. Ze mailt u morgen de offerte.")[0][2][0] == "missing"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the action before a dash is no owner
        ("Actiepunten\n- Exportbestand aanpassen – vóór woensdag 9 december\n", ["vague"]),
        # a vague actor with its department
        ("Overleg IT\n- Iemand van IT: VPN-toegang aanmaken, uiterlijk vrijdag 11 december\n", ["vague"]),
        # a known base verb with a separable prefix ("aanleveren")
        ("Actiepunten\n- Team Marketing: nieuwe banners aanleveren\n", ["vague"]),
        # an owner with a finite verb
        ("Actiepunten\n- Lars: belt ma 7 dec om 9.00 uur met Gerda\n", [OK]),
        # a heading that starts with an action word
        ("Actiepunten overleg Stam, 3 december\n- Offerte opstellen, uiterlijk vr 11 dec\n", ["vague"]),
    ],
)
def test_action_item_owners(text, expected):
    assert [who[0] if isinstance(who, tuple) else who for who, _, _ in parts(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Notulen\n- De aanleg liep drie weken uit door een tekort aan monteurs.\n",  # a sentence
        "Afspraken:\n1. Ik (Romy) bestel vandaag de onderdelen\n",  # a sentence of its own
        "Verslag\n- Probleem: doorschakelen werkt niet na 18.00 uur.\n",  # a field
        "Actiepunten\n- Paula: is volgende week met verlof\n",  # a state, no action
    ],
)
def test_lines_that_are_no_action_items(text):
    doc, placeholders = parse(text)
    assert not [p for p in find_promises(doc, context(placeholders, "normal")) if p.action_item]


def test_everyone_is_no_owner():
    (item, _) = parts("Afspraken stage – 3 december 2026\n"
                      "- Iedereen: feedback op het verslag mailen aan Jasper, uiterlijk vrijdag 11 december\n"
                      "- Jasper: eindcijfer mailen aan de student, woensdag 16 december\n")
    assert item[0][0] == "vague"


def test_a_next_meeting_line_is_no_next_step_of_its_own():
    from smartlint.api import Linter

    text = ("Notulen overleg administratie – 3 december 2026\n"
            "- Debiteuren: betalingsregeling van de patiënt verwerken\n"
            "- Volgende overleg: dinsdag 15 december 2026, 14.00 uur\n")
    linter = Linter(today="2026-12-03")
    assert "no-next-step" in {f.category for f in linter.lint_text(text, path="notes.md")}
    done = text + "- Sanne: notulen mailen aan iedereen, vrijdag 4 december\n"
    assert "no-next-step" not in {f.category for f in linter.lint_text(done, path="notes.md")}


def test_an_action_label_with_one_owner_and_dash_fields_is_an_item():
    """paraphrases32: "Actie Jorn — ... — binnenkort" on a line of its own is an action
    item whose moment is vague; a heading with dashes ("Notulen overleg X – Y, 19
    november") is none."""
    from datetime import date

    from smartlint.checks import CheckContext
    from smartlint.checks.promises import find_promises
    from smartlint.nlp import load_pipeline

    nlp = load_pipeline()
    ctx = CheckContext(today=date(2026, 12, 4), context="normal")
    doc = nlp("Actie Jorn — bellen met klant over migratie — binnenkort.")
    assert [(p.who.status, p.when.status) for p in find_promises(doc, ctx)] == [("concrete", "vague")]
    doc = nlp("Notulen overleg Bakkerij Jansen – Groothandel Verhoeven, 19 november 2026")
    assert find_promises(doc, ctx) == []


def test_prose_after_the_marked_items_closes_the_list():
    text = ("Afspraken overleg\n- Accountmanager Joost belt de klant op 14 december over de verlenging.\n"
            "Beide acties vinden plaats op maandag 14 december.\n")
    assert parts(text) == [(OK, OK, OK)]
    # without markers the lines under the heading stay items (Markdown drops them)
    assert len(parts("Actiepunten\nJoost: belt de klant op 14 december\nTim: mailt de offerte\n")) == 2


def test_an_action_label_after_a_sentence_on_its_line_is_an_item():
    text = ("Uitkomst overleg: de huurprijs stijgt per 1 januari 2027 met 3,1%. "
            "Actie Hester: stuurt alle 12 huurders dinsdag 8 december een brief met het nieuwe bedrag.\n")
    assert parts(text) == [(OK, OK, OK)]
    # an item without a moment is still reported
    assert parts("Besproken: de planning. Actie Rowan: mailt de klant.\n")[0][2][0] == "missing"


@pytest.mark.parametrize("text", [
    "PM stuurt 5 nov de testlink.\n",
    "PostNL stuurt uiterlijk vrijdag 8 nov de testresultaten toe.\n",
    "Volgende meeting 3 april, 10.00 te Hoofddorp. Floortje stuurt de agenda-uitnodiging.\n",
])
def test_the_issues_model_action_items_pass_clean(text):
    # issue 12's models, with a --today before their dates (8 November 2024 is a Friday)
    from datetime import date

    from smartlint.engine import lint_text
    from smartlint.settings import Settings

    assert [f.rule for f in lint_text(text, Settings(today=date(2024, 11, 1)))] == []
