"""Action items laid out as fields (smartlint/checks/action_fields.py): dash- or
bar-separated fields, an owner in brackets or as an @-mention, a moment in brackets, a
table under a header row that names its columns, items under an "Eigenaar:" line.

Each case is a layout, with a neighbour that must keep its reading.
"""

from __future__ import annotations

import pytest
from test_action_items import OK, parts


@pytest.mark.parametrize(
    "text, expected",
    [
        # task – owner – moment, in any order after the task; no owner field: no owner
        ("☐ Certificaat portaal vernieuwen – @Rik – ma 7-12 12:00\n", [(OK, OK, OK)]),
        ("☐ Nieuwe medewerker inwerken – wo 9-12\n",
         [(("vague", "Nieuwe medewerker inwerken"), OK, OK)]),
        ("☐ Storingsprotocol doorlezen – iedereen\n",
         [(("vague", "iedereen"), OK, ("missing", "Storingsprotocol doorlezen – iedereen"))]),
        ("Actiepunten kick-off\n\n→ Procesbeschrijving retouren – Anke – 9 december\n"
         "→ Leverancier chatbot selecteren – 22 december\n",
         [(OK, OK, OK), (("vague", "Leverancier chatbot selecteren"), OK, OK)]),
        # owner and moment in one field, split at the comma
        ("To-do's\n- Klant informeren over de levertijd – Nathalie, maandag 7 december\n", [(OK, OK, OK)]),
        # an owner in brackets, a moment in brackets; "[?]" names nobody; a noun task
        ("- [Ilias] koppeling afmaken (vr 11 dec)\n- [Ilias] tests schrijven voor koppeling\n- [?] performance test\n",
         [(OK, OK, OK), (OK, OK, ("missing", "[Ilias] tests schrijven voor koppeling")),
          (("vague", "?"), OK, ("missing", "[?] performance test"))]),  # the owner field says no one
        # an owner in brackets after the task, alone or with the moment; "→" between fields
        ("Acties:\n• Vragenlijst opstellen (Ingrid, 11 december)\n• Panelleden uitnodigen (Ingrid)\n",
         [(OK, OK, OK), (OK, OK, ("missing", "Panelleden uitnodigen (Ingrid)"))]),
        ("1. Rapport naar MT sturen → Dirk, donderdag 10 december 12.00 uur\n", [(OK, OK, OK)]),
        # "Actie:" before the item marks it as one; its own fields name owner and moment
        ("Actie: extra chatagents inroosteren (Monique) – vóór maandag 7 december\n", [(OK, OK, OK)]),
        ("Actie: klanten informeren over nieuw nummer – Team – vrijdag 11 december\n",
         [(("vague", "Team"), OK, OK)]),
        ("Actie: transferbedrijf opnieuw bekijken\n",
         [(("vague", "Actie"), ("vague", "bekijken"), ("missing", "transferbedrijf opnieuw bekijken"))]),
    ],
)
def test_fielded_items(text, expected):
    assert parts(text) == expected


def test_table_rows_under_a_header_that_names_the_columns():
    text = ("| Actie | Wie | Wanneer |\n|---|---|---|\n| SLA-tekst voorleggen | Gerrit | ma 14 december |\n"
            "| Storingsnummer aanpassen | Marieke | |\n| Evaluatie planning | ? | wo 16 december |\n")
    assert parts(text) == [
        (OK, OK, OK),
        (OK, OK, ("missing", "| Storingsnummer aanpassen | Marieke | |")),
        (("vague", "Evaluatie planning"), OK, OK),
    ]
    # a table whose header names no task and owner column is data, not actions
    assert parts("| Product | Prijs |\n|---|---|\n| Router | 89 euro |\n") == []


def test_items_under_an_owner_line():
    text = ("Eigenaar: Wilma\n  - rapportage klachten per categorie – 11-12-2026\n"
            "Eigenaar: –\n  - klanttevredenheid meten – 18-12-2026\n")
    assert parts(text) == [(OK, OK, OK), (("vague", "klanttevredenheid meten"), OK, OK)]


@pytest.mark.parametrize(
    "text",
    [
        "Actielijst\n[x] Bo — hostingcontract getekend\n",  # a ticked box: done
        "Actiepunten\n- Lisa: collega Tom laten meeluisteren, dinsdag 8 december 9.00 - 12.00 uur\n",
        "Notulen overleg – 20 november\n\nAanwezig: Karin (Hotel De Zeeuw), Marco (Groothandel Verhoeven)\n",
        "Storing telefonie – update 10.15 uur\n",
    ],
)
def test_not_a_fielded_item_without_owner(text):
    # a done item, a time range, a bracket that holds no moment, a status title: no owner missing
    assert all(who == OK for who, _, _ in parts(text))


def test_a_next_meeting_line_in_a_list_of_agreements_needs_a_clock_time():
    # "volgende werkoverleg" as well as "volgend werkoverleg": the label's two forms
    found = parts("Afspraken\n- Creditnota's verwerken – Fenna – vrijdag 11 december\n"
                  "- Volgende werkoverleg woensdag 16 december\n")
    assert found[0] == (OK, OK, OK)
    assert found[1][2][0] == "missing"


def test_a_department_without_article_is_a_team_and_a_name_with_an_aside_is_an_owner():
    text = ("Actiepunten:\n• Logistiek past het retourproces aan – maandag 14 december\n"
            "• Rachid (KS) schrijft nieuwe standaardmail retour – donderdag 10 december\n")
    assert parts(text) == [(("vague", "Logistiek"), OK, OK), (OK, OK, OK)]
    # a person's name stays a person
    assert parts("Actiepunten:\n• Sylvia belt de leverancier – woensdag 16 december\n") == [(OK, OK, OK)]


def test_an_owner_after_a_dash_on_a_list_line_is_no_chat_signature():
    from smartlint.api import Linter

    linter = Linter(today="2026-12-04")
    note = "Actiepunten overleg\n\nActie: belmenu testen – Hakan – vrijdag 11 december\nActie: klanten informeren – Team\n"
    found = [(f.rule, f.text) for f in linter.lint_text(note, path="notes.txt")]
    assert ("promise-who", "Team") in found
    # a chat line signed after a dash stays a signature: no owner to report
    chat = "Hoi Mark, ik stuur je het label vandaag om 15.00 uur door – Joyce\n"
    assert not [f for f in linter.lint_text(chat, path="chat.txt") if f.rule == "promise-who"]


def test_an_owner_field_with_no_one_in_it_leaves_the_step_without_a_who():
    """paraphrases32: "Monteur: –" above a dated appointment field: no one is assigned,
    so the message's next step has no owner; a named fitter completes it."""
    from smartlint.api import Linter

    linter = Linter(today="2026-12-04")
    text = "Bevestiging reparatieopdracht\nToestel: wasmachine\nMonteur: {}\nAfspraak: dinsdag 8 december, 8.00–12.00 uur\n"
    found = {(f.rule, f.text) for f in linter.lint_text(text.format("–"), path="mail.txt")}
    assert ("promise-who", "Monteur: –") in found and any(rule == "no-next-step" for rule, _ in found)
    assert not linter.lint_text(text.format("Ricardo"), path="mail.txt")


@pytest.mark.parametrize("label", ["Afspraak", "Uw afspraak", "Je levering"])
def test_a_next_step_field_may_open_with_the_readers_possessive(label):
    from smartlint.api import Linter

    linter = Linter(today="2026-12-04")
    text = f"{label}: woensdag 9 december 2026, 10.30 uur, bij mondhygiënist Meijer.\n"
    assert not [f for f in linter.lint_text(text, path="mail.txt") if f.category == "no-next-step"]
    # another word before the field's noun is no field of the list
    other = "Zijn afspraak: woensdag 9 december 2026, 10.30 uur, bij mondhygiënist Meijer.\n"
    assert [f for f in linter.lint_text(other, path="mail.txt") if f.category == "no-next-step"]


def test_fields_that_name_their_part_and_an_owner_line_with_fields():
    from smartlint.api import Linter

    linter = Linter(today="2026-12-04")
    notes = ("AP's\n• Wie: – | Wat: tariefkaart 2027 naar klant mailen | Wanneer: wo 16 december\n"
             "• Wie: Bas | Wat: contract verlengen | Wanneer: vóór 31 december\n")
    who = [f.text for f in linter.lint_text(notes, path="notes.txt") if f.rule == "promise-who"]
    assert len(who) == 1 and "Bas" not in who[0]  # the empty owner field, not Bas's line
    owner_lines = ("Eigenaar: team Facturatie — creditnota versturen — vrijdag 11 december\n"
                   "Eigenaar: Nadia — belt klant over de betalingstermijn — maandag 7 december 10.00 uur\n")
    assert [f.text for f in linter.lint_text(owner_lines, path="notes.txt") if f.rule == "promise-who"] \
        == ["team Facturatie"]


def test_an_owner_to_be_decided_is_no_owner():
    from smartlint.api import Linter

    notes = "Actielijst\n- Steigers bestellen (eigenaar: nog bepalen)\n"
    found = [f.text for f in Linter(today="2026-12-04").lint_text(notes, path="notes.txt") if f.rule == "promise-who"]
    assert found == ["nog bepalen"]


def test_a_whole_line_of_fields_outside_a_list_is_an_item():
    from smartlint.api import Linter

    linter = Linter(today="2026-12-04")
    assert linter.lint_text("Klant bellen m.b.t. terugbetaling — do 10-12 — Ingrid\n", path="notes.txt") == []
    # a title line over the notes is no item (its date is when the meeting was)
    notes = "Notulen overleg Jansen – Verhoeven, 19 november 2026\nAanwezig: Ilse, Marco\n"
    assert not [f for f in Linter(today="2026-11-22").lint_text(notes, path="notes.txt") if f.category == "date-problem"]


def test_who_what_when_on_consecutive_lines_is_one_item():
    from smartlint.api import Linter

    linter = Linter(today="2026-12-05")
    block = "Wie: {}\nWat: klant bellen over de vochtplek\nWanneer: maandag 7 december, 11.00 uur\n"
    assert linter.lint_text(block.format("Thomas"), path="notes.txt") == []
    assert [f.rule for f in linter.lint_text(block.format("–"), path="notes.txt") if f.rule == "promise-who"] \
        == ["promise-who"]
