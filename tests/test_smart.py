"""The SMART checks (smart.missing_who/what/when, smart.no_next_step) with the
shipped rules/smart.yaml params, and end to end through the engine."""

from __future__ import annotations

import pytest
from smart_support import TODAY, pack_params, run, spans

from smartlint.checks.smart import missing_what, missing_when, missing_who, no_next_step
from smartlint.engine import lint_text
from smartlint.settings import Settings

PARAMS = pack_params("smart.yaml", "promise-who")
SMART = ["missing-who", "missing-what", "missing-when", "no-next-step"]


def who(text, kind="normal"):
    return spans(missing_who, text, PARAMS, kind)


def what(text, kind="normal"):
    return spans(missing_what, text, PARAMS, kind)


def when(text, kind="normal"):
    return spans(missing_when, text, PARAMS, kind)


def next_step(text, kind="normal"):
    return spans(no_next_step, text, PARAMS, kind)


def test_the_rules_share_one_set_of_word_lists():
    assert pack_params("smart.yaml", "promise-what") == PARAMS
    # promise-when adds which moments it reports in a library string that is no letter
    when_params = pack_params("smart.yaml", "promise-when")
    assert {k: v for k, v in when_params.items() if k != "library_statuses"} == PARAMS
    assert when_params["library_statuses"] == ["vague"]
    # no-next-step adds its own policy for library strings to the shared lists
    next_step = pack_params("smart.yaml", "no-next-step")
    assert {k: v for k, v in next_step.items() if k != "library_strings"} == PARAMS
    assert next_step["library_strings"]["next_step_acts"] == ["instruction", "question"]
    assert "ons team" in PARAMS["vague_actors"] and "oppakken" in PARAMS["vague_actions"]


@pytest.mark.parametrize(
    "text, expected_who, expected_what, expected_when",
    [
        ("We gaan ons best doen.", ["We"], ["ons best doen"], ["doen"]),
        ("U hoort het direct.", ["U hoort"], [], ["direct"]),
        ("We pakken het op.", ["We"], ["pakken het op"], ["pakken"]),
        ("We nemen zo snel mogelijk contact met u op.", ["We"], [], ["zo snel mogelijk"]),
        ("Ons team gaat ermee aan de slag.", ["Ons team"], ["gaat ermee aan de slag"], ["gaat"]),
        ("Er wordt naar gekeken.", ["wordt naar gekeken"], ["gekeken"], ["gekeken"]),
        ("U ontvangt binnen 2 werkdagen een offerte van ons.", ["van ons"], [], []),
        ("Sanne kijkt er vandaag naar.", [], ["kijkt"], []),
        ("Wij betalen het bedrag uiterlijk vrijdag 27 november terug.", ["Wij"], [], []),
        ("Floortje komt er volgende week op terug.", [], [], ["volgende week"]),
        ("Een monteur neemt binnenkort contact met u op om een afspraak te maken.",
         ["Een monteur"], [], ["binnenkort"]),
        # a part of a month is a moment (lexicon month_parts); a bare "de helft" is not
        ("Je eerste factuur krijg je begin januari van ons per mail.", ["van ons"], [], []),
        ("Jamal stuurt de offerte uiterlijk eind januari 2027.", [], [], []),
        ("Jamal stuurt de helft van de offerte.", [], [], ["stuurt"]),
        ("Jamal stuurt de offerte in mei 2027.", [], [], []),
    ],
)
def test_who_what_when_spans(text, expected_who, expected_what, expected_when):
    assert (who(text), what(text), when(text)) == (expected_who, expected_what, expected_when)


@pytest.mark.parametrize(
    "text",
    [
        "Bakkerij Jansen stuurt uiterlijk dinsdag 1 december de testresultaten.",
        "Sanne belt u maandag 23 november vóór 12.00 uur terug.",
        "Uw pakket wordt morgen vóór 18.00 uur door PostNL bezorgd.",
        "Uw accountmanager belt u op {{ terugbeldatum }} terug.",
        "Floortje mailt u vandaag vóór 17.00 uur de offerte en belt u morgen om 10.00 uur.",
    ],
)
def test_complete_promises_produce_nothing(text):
    assert (who(text), what(text), when(text), next_step(text)) == ([], [], [], [])


def test_messages_name_the_problem_per_kind_of_promise():
    (_, hit), = run(missing_who, "We pakken het op.", PARAMS)
    assert hit.message == "Wie doet dit? '{text}' zegt de klant niet wie hij kan aanspreken."
    (_, hit), = run(missing_who, "Uw klacht wordt in behandeling genomen.", PARAMS)
    assert "lijdende vorm" in hit.message
    (_, hit), = run(missing_when, "U hoort het direct.", PARAMS)
    assert hit.message == "Wanneer? '{text}' is geen moment dat de klant kan controleren."
    (_, hit), = run(missing_when, "We pakken het op.", PARAMS)
    assert hit.message.startswith("Wanneer? Deze belofte")


def test_no_next_step_reports_the_first_content_sentence_once():
    text = (
        "Beste mevrouw De Vries,\n\n"
        "Bedankt voor uw bericht. Uw klacht is doorgestuurd naar de afdeling. We pakken het op.\n\n"
        "Met vriendelijke groet,\nSanne de Boer\nKlantenservice\n"
    )
    assert next_step(text) == ["Uw klacht is doorgestuurd naar de afdeling."]


@pytest.mark.parametrize(
    "text",
    [
        "Beste Jan,\n\nMet vriendelijke groet,\nPiet\n",
        "Beste Jan,\n\nBedankt voor uw bericht.\n\nMet vriendelijke groet,\nPiet\n",
        "Beste Jan,\n\nUw klacht is doorgestuurd. Sanne belt u dinsdag 24 november om 10.00 uur.\n\nGroet,\nPiet\n",
    ],
)
def test_no_next_step_needs_content_and_no_complete_promise(text):
    assert next_step(text) == []


def test_a_status_update_heading_dates_this_update_and_promises_no_next_one():
    # "Update 13.00 uur" over a status text is the time of this update, not of the next
    for heading in ("Update 13.00 uur", "Update 15.20 uur – storing pinbetalingen"):
        text = heading + "\nPinbetalingen in onze winkels zijn verstoord. Contant betalen kan wel.\n"
        assert next_step(text, "incident") != []
    # a next update at a time, by a named person, is a next step
    assert next_step("Storing pinautomaten, nog geen oorzaak bekend, update om 15.00 uur door Bram.", "incident") == []
    # with a colon after the time, too; and the end of the repair forecast is no appointment
    assert next_step("Update 10.15 uur: de storing in het betaalsysteem duurt voort. Rond 12.00 uur is alles "
                     "weer bereikbaar.\n", "incident") != []
    assert next_step("Er is een storing in het glasvezelnetwerk. De reparatie is binnen 3 uur klaar.\n", "incident") != []
    assert next_step("Volgende update: 14.00 uur door Bram.\n", "incident") == []


def test_he_who_stands_for_someone_unnamed_is_no_named_actor():
    assert who("Wij hebben uw zaak aan een van onze juristen voorgelegd. Hij belt u maandag 23 november "
               "om 10.00 uur.") == ["Hij"]
    assert who("Wij hebben uw zaak aan jurist Bram voorgelegd. Hij belt u maandag 23 november om 10.00 uur.") == []


def test_a_channel_word_in_a_heading_is_no_route():
    found = lint_text("Storing in de app: we sturen u morgen om 10.00 uur een nieuwe update.\n",
                      Settings(today=TODAY, context="incident"))
    assert [f.category for f in found if f.category == "missing-how"] == ["missing-how"]


@pytest.mark.parametrize("text", [
    "Update storing: het probleem is binnen twee uur opgelost.\n",
    "Status levering: uw pakket wordt morgen bezorgd.\n",
])
def test_a_news_label_over_a_sentence_heads_it_and_promises_no_update(text):
    # the label names this message; the sentence after it is read as itself
    assert next_step(text, "incident") != []
    found = lint_text(text, Settings(today=TODAY, context="incident"))
    assert not [f for f in found if f.category == "missing-how"]
    assert not [f for f in found if f.text.startswith(text.split()[0]) and f.category != "no-next-step"]


def test_incident_protocol_wording_is_a_next_step_in_incident_context_or_after_a_fix():
    text = "Beste klant,\n\nDe storing is voorbij. Het is opgelost, rapport volgt later.\n\nGroet,\nPiet\n"
    assert (who(text, "incident"), when(text, "incident"), next_step(text, "incident")) == ([], [], [])
    # the message says it is fixed: the model wording holds in a normal context too
    assert (who(text), when(text)) == ([], [])
    text = "Beste klant,\n\nUw klacht is in behandeling, rapport volgt later.\n\nGroet,\nPiet\n"
    assert who(text) == ["rapport volgt"] and when(text) == ["later"]
    text = "Er is een storing in ons netwerk. Sanne belt u zodra de storing is opgelost."
    assert (when(text, "incident"), next_step(text, "incident")) == ([], [])
    assert when(text) == ["belt"]


def test_incident_context_suggests_the_protocol_wording():
    text = "Er is een storing in ons netwerk. We houden u op de hoogte."
    (_, hit), = run(no_next_step, text, PARAMS, kind="incident")
    assert "zodra de storing is opgelost" in hit.suggestion
    (_, hit), = run(no_next_step, text, PARAMS, kind="normal")
    assert hit.suggestion is None  # the rule's own suggestion applies


# ------------------------------------------------------------------ through the engine


def smart_findings(text: str, context: str = "auto"):
    findings = lint_text(text, Settings(today=TODAY, context=context, select=SMART))
    return [(f.category, f.text, f.message) for f in findings]


def test_engine_reports_exact_text_and_filled_messages():
    text = "Beste Jan,\n\nWe pakken het op.\n\nMet vriendelijke groet,\nPiet\n"
    findings = lint_text(text, Settings(today=TODAY, select=SMART))
    assert sorted((f.category, f.text) for f in findings) == [
        ("missing-what", "pakken het op"),
        ("missing-when", "pakken"),
        ("missing-who", "We"),
        ("no-next-step", "We pakken het op."),
    ]
    by_category = {f.category: f for f in findings}
    assert by_category["missing-who"].message == "Wie doet dit? 'We' zegt de klant niet wie hij kan aanspreken."
    assert by_category["missing-who"].rule == "promise-who"
    for f in findings:
        assert text[f.start:f.end] == f.text


def test_engine_leaves_complete_promises_and_incident_wording_alone():
    assert smart_findings("Bakkerij Jansen stuurt uiterlijk dinsdag 1 december de testresultaten.") == []
    assert smart_findings("Sanne belt u maandag 23 november vóór 12.00 uur terug.") == []
    # "storing" makes the auto context an incident.
    assert smart_findings("Er is een storing. Sanne belt u zodra de storing is opgelost.") == []
    assert smart_findings("De storing is voorbij. Het is opgelost, rapport volgt later.") == []


def test_a_date_in_apposition_stays_in_its_clause():
    # "morgen, vrijdag 4 december, ..." between commas: one clause, complete with "door PostNL"
    assert next_step("Je pakket wordt morgen, vrijdag 4 december, tussen 10.00 en 13.00 uur bezorgd door PostNL.") == []
    assert who("Je pakket wordt morgen, vrijdag 4 december, tussen 10.00 en 13.00 uur bezorgd.") != []


def test_nothing_to_do_owes_no_next_step():
    assert next_step("Betaling ontvangen: € 49,95 voor factuur 2026-1183. Je hoeft niets meer te doen.") == []
    # without that sentence the same notice still needs one
    assert next_step("Betaling ontvangen: € 49,95 voor factuur 2026-1183. We kijken ernaar.") != []


def test_a_sequence_right_after_an_event_is_a_moment_and_the_text_pointing_at_itself_is_no_promise():
    assert when("Direct daarna worden de codes verwijderd door Sanne.") == []
    assert who("Hieronder wordt uitgelegd hoe de app werkt.") == []


def test_what_the_reader_receives_after_the_writer_acts_comes_from_the_writer():
    assert who("Ik heb je factuur gecorrigeerd. Je krijgt vandaag vóór 17.00 uur de nieuwe factuur.") == []
    assert who("Je krijgt vandaag vóór 17.00 uur de nieuwe factuur.") != []
    # not after what the writer did not do
    assert who("Ik heb je factuur niet gecorrigeerd. Je krijgt vandaag een nieuwe factuur.") != []


def test_a_dated_step_by_name_counts_also_on_a_condition():
    text = ("Nadat wij uw documenten hebben ontvangen, neemt mevrouw Koster binnen 3 werkdagen "
            "telefonisch contact met u op om de aanvraag te bespreken.")
    assert next_step(text) == []


def test_a_moment_relative_to_the_one_just_named_is_concrete():
    assert when("Mevrouw Hoek verwerkt uw machtiging binnen 5 werkdagen. Zij stuurt u daarna een bevestiging.") == []
    assert when("Zij stuurt u daarna een bevestiging.") != []
    assert when("Op woensdag 9 december om 14.00 uur komt de monteur. Hij belt u een half uur van tevoren.") == []
    # a step timed by the event just dated ("zodra", "voordat", "voor aankomst")
    assert when("Op woensdag 9 december tussen 8.00 en 12.00 uur schakelt Dirk je verbinding om; "
                "je krijgt een sms zodra het klaar is.") == []
    assert when("Ricardo komt maandag 7 december om 8.00 uur. Hij belt u een half uur voordat hij aankomt.") == []
    # ... but not without that dated event
    assert when("We sturen u een sms zodra het klaar is.") != []


def test_die_pointing_back_at_plural_colleagues_is_no_one_named():
    assert who("Ik zet het door naar de collega's van techniek, die bellen je morgen om 10.00 uur.") == ["die"]


def test_die_pointing_back_at_a_team_is_no_one_named():
    assert who("Ik heb het doorgegeven aan de afdeling. Die gaan er morgen mee aan de slag.") != []


def test_an_indirect_promise_names_who_acts_in_its_dat_clause():
    # the writer arranges it; the one who calls is the subject of the "dat"-clause
    assert who("Ik zorg ervoor dat iemand van Financiën u morgen om 10.00 uur belt.") == ["iemand van Financiën"]
    assert who("Ik zorg ervoor dat Sanne u morgen om 10.00 uur belt.") == []
    assert who("Ik zorg ervoor dat u morgen om 10.00 uur gebeld wordt door Sanne.") == []


def test_a_promise_told_as_the_content_of_the_writers_promise_is_read():
    # "beloven/bevestigen dat ...": the "dat"-clause is what is promised, by its own subject
    assert who("Ik beloof dat wij uw klacht zullen onderzoeken.") == ["wij"]
    assert who("Naar aanleiding van ons gesprek bevestig ik dat wij uw klacht zorgvuldig zullen onderzoeken.") == ["wij"]
    assert (who("Ik bevestig dat Sanne u morgen om 10.00 uur belt."),
            when("Ik bevestig dat Sanne u morgen om 10.00 uur belt.")) == ([], [])
    # not a past fact, not reassurance about work going on
    assert who("Ik bevestig dat uw pakket gisteren is verzonden.") == []
    assert when("Onze excuses, we verzekeren u dat we er hard aan werken om dit op te lossen.") == []


def test_an_event_after_a_colleagues_dated_state_is_no_moment():
    # "vandaag" dates where Niels is, not a job: "als hij klaar is" stays open
    assert when("Niels is vandaag bij een klant. Hij stuurt je een appje als hij klaar is.") == ["stuurt"]
    # the event of a dated job is tied to it
    assert when("Monteur Kees komt vrijdag om 12.00 uur. Als hij vertrokken is, belt hij u.") == []
    # a dated visit to the reader is the job too
    assert when("Monteur Peter is dinsdag 8 december bij u op locatie. Hij belt u als hij onderweg is.") == []


def test_an_indirect_question_after_a_verb_of_telling_is_no_promise_of_its_own():
    # "of je wordt uitgenodigd" is what we will tell, not a passive promise without a doer
    assert who("We laten je morgen weten of je wordt uitgenodigd.") == ["We"]
    assert when("Sanne laat je morgen om 10.00 uur weten of je wordt uitgenodigd.") == []


def test_what_arrives_with_the_reader_at_a_checkable_moment_is_the_next_step():
    assert next_step("Je retour is verwerkt: € 34,99 staat uiterlijk maandag 7 december op je rekening.\n") == []
    assert next_step("Je nieuwe simkaart is vandaag verstuurd en ligt uiterlijk dinsdag 8 december in je "
                     "brievenbus.\n") == []
    # a change announced, or a passive promise that names no one, is no step
    assert next_step("Per 1 juli 2027 verandert uw kale huur van € 712,40 naar € 741,60 per maand.\n") != []
    assert next_step("Het bedrag van € 34,50 wordt uiterlijk dinsdag 8 december teruggestort op uw rekening.\n") != []


def test_in_an_incident_the_service_working_again_is_a_moment():
    from smart_support import context, parse

    from smartlint.checks.promises import find_promises

    doc, placeholders = parse("Het herstel is nog bezig. Zodra de terminals weer werken, stuurt Youssef u een sms.")
    assert [p.when.status for p in find_promises(doc, context(placeholders, "incident"))] == ["concrete"]



def test_an_approximate_bounded_term_is_a_term_and_its_hedge_a_vague_word():
    # "binnen ongeveer 2 werkdagen": the vague-word rule reports "ongeveer"; the promise has its moment
    assert when("Sanne belt u binnen ongeveer 2 werkdagen.") == []
    assert when("Sanne belt u binnenkort.") != []
    found = {f.rule for f in lint_text("Sanne belt u binnen circa 2 werkdagen.\n", Settings(today=TODAY))}
    assert "vague-ongeveer" in found and "promise-when" not in found


def test_a_passive_that_runs_again_after_the_fix_is_the_state_not_a_promise():
    fixed = "Alle betalingen worden weer verwerkt; de storing is verholpen. Een rapport volgt later.\n"
    assert (who(fixed, "incident"), when(fixed, "incident")) == ([], [])
    # without the fix said, "worden weer verwerkt" is still a promise without an actor
    assert who("Alle betalingen worden weer verwerkt.\n") != []


def test_a_verb_made_of_an_abbreviation_is_a_verb():
    assert who("We sms'en je vandaag vóór 20.00 uur de activatiecode.") == ["We"]


def test_a_relative_clause_in_a_list_of_possibilities_promises_nothing():
    # real-text-88 (judged wrong): one of the outcomes the rules allow, not a commitment
    text = ("Zoals beschreven in het reglement kan het hier gaan om een goedkeuring, maar ook om een "
            "doorverwijzing naar de METC, een tweede beoordelingsronde waarin de FETC-GW nader advies van "
            "derden zal inwinnen, of een afkeuring van de studie in huidige vorm.")
    assert when(text) == []
    # without the modal of possibility the round is one that takes place
    assert when("Zoals beschreven in het reglement gaat het hier om een goedkeuring of een tweede "
                "beoordelingsronde waarin de commissie nader advies van derden zal inwinnen.") != []


@pytest.mark.parametrize("line", [
    "Uitval facturatieportaal – status: onderzoek loopt – volgende update 11.00 uur via sms door Femke",
    "[STORING] Roosterapp — update om 15.00 uur per mail door Hamza",
])
def test_a_next_update_as_one_field_of_a_status_line_is_a_next_step(line):
    assert next_step(line + "\n", "incident") == []


def test_what_follows_here_in_this_message_is_no_promise():
    # real-text-105 (judged wrong): the password is right below the line
    assert (who("Als herinnering volgt hier uw wachtwoord:\n\n    wachtwoord: geheim123\n"),
            when("Als herinnering volgt hier uw wachtwoord:\n\n    wachtwoord: geheim123\n")) == ([], [])
    # an update "hier in de chat" is still to come
    assert when("Ik stuur je een update hier in de chat.") != []


def test_a_clause_opened_by_a_question_word_is_what_is_told():
    # real-text-105 (judged wrong): the label introduces the reason below it
    assert (who("De reden waarom het wordt vastgehouden:\n\n    Te groot bericht\n"),
            when("De reden waarom het wordt vastgehouden:\n\n    Te groot bericht\n")) == ([], [])
    # a promise beside it is still read
    assert when("Uw bericht wordt vastgehouden. We sturen het later door.") != []
