"""Classes of wording that paraphrases13 (written apart, scored before tuning) and the
blind judges of real-text-16 and -17 showed (issues 9 and 12); each test holds one class
with a sentence of its own, and the nearby shape that must keep its finding."""

from __future__ import annotations

import json

import pytest

from smartlint.api import Linter


@pytest.fixture(scope="module")
def linter():
    return Linter(today="2026-12-03")


@pytest.fixture(scope="module")
def incident():
    return Linter(today="2026-12-03", context="incident")


def rules(linter, text: str, library: bool = False) -> list[str]:
    if library:
        return [f.rule for f in linter.lint_text(json.dumps({"k": text}, ensure_ascii=False), path="lib.json")]
    return [f.rule for f in linter.lint_text(text, path="draft.txt")]


def test_a_clause_about_the_past_may_carry_an_upcoming_date(linter):
    # 7 December 2026 is a Monday; 7 December 2025 was a Sunday
    done = "Tandarts Van Dijk heeft op maandag 7 december om 8.30 uur een plek voor u vrijgehouden."
    assert "date-weekday" not in rules(linter, done)
    assert "date-weekday" in rules(linter, "U heeft op vrijdag 7 december gebeld.")


def test_a_participle_before_its_noun_is_no_passive_promise(linter):
    text = "Uw pakket wordt vertraagd door een verlopen certificaat. Wessel belt u om 12.00 uur."
    assert rules(linter, text) == []
    assert "promise-who" in rules(linter, "Uw pakket wordt binnenkort opgehaald door een erkende koerier.")


def test_a_title_line_over_a_list_is_no_sentence(linter):
    notes = ("Notulen overleg groepslessen Delft\n"
             "- Lisa: mailt ma 7 dec om 9.00 uur het nieuwe lesrooster naar alle trainers\n")
    assert rules(linter, notes) == []
    # a speaker's sentence over a list is still read
    assert "promise-who" in rules(linter, "Wij bellen u morgen\n- om 10.00 uur\n")


def test_field_lines_and_next_meeting_words_of_notes(linter, incident):
    notes = ("Incidentoverleg 9.15 uur\n- Femke: mailt om 10.00 uur per e-mail de volgende update\n"
             "- Hersteltijd: nog niet te zeggen\n")
    assert rules(incident, notes) == []
    meeting = ("Notulen 3 december\n- Mr. Brouwer mailt de verklaring uiterlijk woensdag 9 december om 12.00 uur.\n"
               "- Volgende bespreking: 16 december.\n")
    assert rules(linter, meeting) == ["promise-when"]


def test_incident_estimates_in_a_done_report_and_after_an_opening_clause(incident):
    assert "incident-time-estimate" in rules(incident, "De storing is vandaag vóór 17.00 uur opgelost.")
    assert "incident-time-estimate" not in rules(incident, "De storing is vanochtend om 9.00 uur opgelost.")
    after = "Nadat de leverancier om 15.00 uur de schijf heeft geplaatst, draait de fileserver weer."
    assert "incident-time-estimate" in rules(incident, after)
    update = "Zodra de storing verholpen is, mailt Sanne u om 14.00 uur."
    assert "incident-time-estimate" not in rules(incident, update)


def test_a_department_with_an_article_is_no_person(linter):
    assert "promise-who" in rules(linter, "De administratie stort het bedrag vóór 10 december terug.")
    assert "promise-who" not in rules(linter, "De monteur belt u morgen om 9.00 uur.")


def test_treating_the_reader_is_a_concrete_act(linter):
    assert rules(linter, "Mondhygiënist Sophie behandelt u op maandag 7 december om 14.15 uur.") == []
    assert "promise-what" in rules(linter, "Sanne behandelt uw aanvraag op maandag 7 december.")


def test_a_named_persons_act_for_all_members_is_a_promise(incident, linter):
    text = "Coach Linda mailt alle leden per e-mail zodra de storing verholpen is."
    assert rules(incident, text) == []
    # an organisation's untimed aim for everyone stays no promise
    assert rules(linter, "Django Girls streeft ernaar om iedereen een workshop aan te bieden.", library=True) == []


def test_a_library_string_that_breaks_off_is_a_fragment(linter):
    fragment = "wij zorgen voor een correcte verwerking van je bestand, maar fouten in de opmaak of"
    assert rules(linter, fragment, library=True) == []
    assert "no-next-step" not in rules(linter, "We bellen u binnenkort terug,", library=True)
    # a verb particle at the end is no break
    assert "vague-zsm" in rules(linter, "Wij nemen zo snel mogelijk contact met je op", library=True)


def test_a_name_after_the_readers_fronted_thing_is_the_subject(linter):
    # known gap of the last stop: "Je vraag beantwoordt Fatima ..." (object first)
    # (answering names no channel: missing-how, since this stop; who and when are read)
    assert rules(linter, "Je vraag beantwoordt Fatima morgen om 10.00 uur.") == ["promise-channel"]
    assert rules(linter, "Je vraag beantwoordt Fatima morgen om 10.00 uur per e-mail.") == []
    assert rules(linter, "Je creditnota mailt Sanne je uiterlijk 31 november.") == ["date-nonexistent"]
    # the reader's thing as the real subject keeps its reading
    assert "promise-who" in rules(linter, "Uw bestelling wordt morgen geleverd.")


def test_a_habit_of_ours_is_no_promise_in_a_library(linter):
    # real-text-14 and -17, judged wrong blind: a blog feature, release notes
    assert rules(linter, "Elke week proberen we één ontwikkelaar te introduceren die Python gebruikt.", library=True) == []
    assert rules(linter, "Met elke versie streven we ernaar om interne verbeteringen door te voeren.", library=True) == []
    assert "vague-proberen" in rules(linter, "We proberen je vraag binnen een week te beantwoorden.", library=True)


def test_terms_of_use_of_the_site_are_fine_print(linter):
    terms = ("Wij doen ons uiterste best om ervoor te zorgen dat je geen problemen ondervindt bij het "
             "gebruik van de Site. Mocht dit toch het geval zijn, laat het ons weten.")
    assert rules(linter, terms, library=True) == []
    assert "vague-ons-best" in rules(linter, "Wij doen ons uiterste best om je vraag snel te beantwoorden.", library=True)


def test_guaranteed_outcomes_in_other_shapes(linter):
    call = " Erik belt je morgen om 9.00 uur."
    assert "promise-absolute" in rules(linter, "Na deze beurt heb je 100% gegarandeerd geen problemen meer." + call)
    assert "promise-absolute" in rules(linter, "Met deze kuur is Bobbie gegarandeerd binnen een week genezen." + call)
    assert "promise-absolute" in rules(linter, "Bij ons gaat er tijdens een verhuizing nooit iets kapot." + call)
    assert "promise-absolute" in rules(linter, "Uw zonnepanelen zullen gegarandeerd elk jaar 4.200 kWh opleveren." + call)
    # a service level with a figure stays a policy fact; what happened is no claim
    assert "promise-absolute" not in rules(linter, "Uw pakket wordt gegarandeerd binnen 2 werkdagen geleverd." + call)
    assert "promise-absolute" not in rules(linter, "Alle problemen zijn inmiddels opgelost." + call)


def test_a_role_compound_names_the_agent(linter):
    text = "U wordt op vrijdag 11 december door de wijkbeheerder per brief geïnformeerd over de werkzaamheden."
    assert rules(linter, text) == []
    assert "promise-who" in rules(linter, "U wordt op vrijdag 11 december door een medewerker per brief geïnformeerd.")


def test_action_lines_with_a_team_or_no_owner(linter):
    team = "Besproken: planning kerstmarkt.\nActie Marketing: vrijdag 4 december om 9.00 uur de nieuwsbrief versturen.\n"
    assert "promise-who" in rules(linter, team)
    nobody = "Actie: vrijdag 4 december om 9.00 uur de nieuwsbrief versturen.\n"
    assert "promise-who" in rules(linter, nobody)
    assert rules(linter, "Actie Sven: vrijdag 4 december om 9.00 uur de nieuwsbrief versturen.\n") == []


def test_english_thanks_in_a_chat_opens_a_courtesy(linter):
    assert rules(linter, "Thanks voor je bericht! Daan mailt je vanavond vóór 20:00 de nieuwe e-tickets.") == []


def test_a_staff_noun_with_a_name_is_a_person(linter):
    # paraphrases16: "Medewerker Selin" named, "onze bezorgpartner DHL" named by an acronym
    assert rules(linter, "Medewerker Selin belt u vrijdag 4 december om 10.00 uur.") == []
    text = "De nieuwe simkaart ontvangt u woensdag 9 december van onze bezorgpartner DHL, tussen 9.00 en 13.00 uur."
    assert rules(linter, text) == []
    # a department by its name stays a department
    assert "promise-who" in rules(linter, "De afdeling Planning belt u vrijdag 4 december om 10.00 uur.")


def test_discussing_it_with_the_reader_is_concrete(linter):
    assert rules(linter, "Tandarts Hoogland bespreekt de uitslag met u op maandag 14 december om 10.00 uur.") == []
    assert "promise-what" in rules(linter, "Sanne bespreekt uw klacht maandag 14 december om 10.00 uur intern.")


def test_an_emoji_with_its_variation_selector_ends_a_sentence(linter):
    text = "Je kavel heeft een lage opbrengst deze maand ☀️ Ik kom er vrijdag 4 december om 13.00 uur langs."
    assert "no-next-step" not in rules(linter, text)


def test_an_emoji_before_a_subject_pronoun_ends_a_sentence(linter):
    # "😎 we houden ..." is a sentence of its own, its promise read as ours (paraphrases35)
    found = rules(linter, "Komt helemaal goed hoor 😎 we houden het voor je in de gaten.")
    assert {"promise-who", "promise-what", "promise-when"} <= set(found)
    # a conjunction after the emoji goes on with the sentence
    assert "promise-who" not in rules(linter, "Top 👍 en Sanne belt je morgen om 10.00 uur.")


def test_work_going_on_now_is_a_fact_of_the_present(linter):
    text = "Wij hebben uw aanvraag ontvangen. Deze wordt momenteel behandeld."
    assert not {"promise-who", "promise-what", "promise-when"} & set(rules(linter, text))
    assert "promise-when" in rules(linter, "Uw aanvraag wordt binnenkort behandeld.")


def test_a_department_with_adjectives_is_no_person(linter):
    assert "promise-who" in rules(linter, "De technische dienst vervangt de kraan vandaag vóór 15.00 uur.")
    assert "promise-who" not in rules(linter, "De monteur vervangt de kraan vandaag vóór 15.00 uur.")


def test_inseinen_is_informing_without_a_channel(linter):
    assert "promise-channel" in rules(linter, "Stan seint je morgen om 10:00 in of je oude toestel nog iets waard is.")


def test_absolute_coverage_and_all_complaints(linter):
    step = " Hans plaatst het filter woensdag 9 december om 13.00 uur."
    assert "promise-absolute" in rules(linter, "Met de nieuwe filter is uw kraanwater voor de volle 100 procent vrij van kalk." + step)
    assert "promise-absolute" in rules(linter, "Voorman Ton lost al uw klachten op." + step)
    assert "promise-absolute" not in rules(linter, "Onze servers zijn 99,9% beschikbaar." + step)


def test_work_going_on_right_now_is_a_fact(linter):
    text = "De huurauto wordt nu gewassen. Ruud belt je vanmiddag om 15.00 uur over de ophaaltijd."
    assert rules(linter, text) == []


def test_a_fronted_indirect_question_is_what_we_tell(linter):
    text = "Hoe het verder gaat met je reservering, vertelt bibliothecaris Koos je woensdag 9 december om 14.00 uur."
    assert rules(linter, text) == ["promise-channel"]  # told, but not how
    assert rules(linter, "Koos vertelt je woensdag om 14.00 uur aan de balie hoe het verder gaat.") == []


def test_a_fronted_of_clause_is_what_the_reader_hears(linter):
    text = "Of je kat het voer verdraagt, hoor je vrijdag 4 december per mail van adviseur Rosa."
    assert rules(linter, text) == []
    # a fronted condition still waits on the reader
    assert "no-next-step" in rules(linter, "Als je belt, hoor je vrijdag van Rosa.")


def test_a_future_auxiliary_the_parser_made_the_root(linter):
    # real-text-20 (a judged miss): "zult/ROOT ... horen/obl:arg"
    assert rules(linter, "U zult snel van ons horen!", library=True) == ["vague-snel"]


def test_a_hortative_after_an_interjection(linter):
    # real-text-22 (judged wrong): an invitation to the reader, no effort promised
    assert rules(linter, "goed, laten we het proberen!", library=True) == []
    assert "promise-channel" in rules(linter, "Morgen laten we u weten wat het kost.")


@pytest.mark.parametrize("text", [
    "Ik meld me morgen bij u met de uitslag.",
    "Ik kom morgen met een antwoord.",
    "Kees reageert morgen op je vraag.",
    # answering the reader's question reaches him somehow: two paraphrase writers (p32/p34)
    "Kees beantwoordt je vraag morgen.",
])
def test_more_ways_to_promise_news_without_a_channel(linter, text):
    assert "promise-channel" in rules(linter, text)


@pytest.mark.parametrize("text", [
    "Sanne meldt het bij ons team.",
    "Ik kom morgen om 10.00 uur met de monteur langs.",
    "Kees beantwoordt je vraag morgen per e-mail.",
    "Je mag mijn gegevens gebruiken om te reageren.",
])
def test_no_promise_of_news_or_a_channel_named(linter, text):
    assert "promise-channel" not in rules(linter, text)


def test_a_deadline_just_passed_is_late_not_next_year(linter):
    notes = "Actiepunten overleg 3-12:\n- Bas: belscript aanpassen, 1 december\n"
    assert "date-past" in rules(linter, notes)
    assert "date-past" in rules(linter, "Sanne stuurt u uiterlijk 1 december de offerte.")
    # a past date the reader tells us about is no deadline
    told = "Zoals u schreef, heeft u het formulier op 1 december bij de balie afgegeven."
    assert "date-past" not in rules(linter, told)


def test_farewells_short_texts_and_news_from_the_reader(linter):
    assert "vague-straks" not in rules(linter, "Je bestelling staat klaar in de winkel. Tot straks!")
    assert "adjective-duration" not in rules(linter, "Kort verslag belletje met Gemeente Tilburg")
    letter = "Tenzij wij vóór vrijdag 11 december bericht van u ontvangen, sluit ik uw dossier."
    assert "promise-channel" not in rules(linter, letter)


def test_a_plural_verb_first_leaves_out_we(linter):
    # "Bellen je ..." cannot have "je" as subject: "we" call, no one named (paraphrases35)
    assert "promise-who" in rules(linter, "Yes, komt goed! Bellen je morgen om 11u even terug 👍")
    # the singular leaves out "ik": the writer, named by the message
    assert "promise-who" not in rules(linter, "Bel je morgen om 11u terug 👍")


def test_a_chat_particle_after_the_infinitive_is_no_noun(linter):
    # the parser tags "hoor" as a noun; "het regelen hoor" is no adjective before its noun
    found = rules(linter, "Wij gaan het voor je fixen hoor!")
    assert "promise-when" in found and "promise-who" in found
    assert "promise-when" in rules(linter, "Wij gaan het voor je fixen!")


def test_a_date_placeholder_in_a_next_step_field_is_its_moment(linter):
    # on its own line and after a sentence on the same line
    for text in ("Beste {{ naam }},\nUw bestelling is verzonden met DPD.\nBezorgmoment: {{ bezorgdatum }} tussen {{ tijdvak }}.\n",
                 "Beste {{ naam }},\nUw bestelling is verzonden met DPD. Bezorgmoment: {{ bezorgdatum }} tussen {{ tijdvak }}.\n"):
        assert "no-next-step" not in rules(linter, text)
    # a moved appointment's new time is a field of its own
    moved = "Uw afspraak is gewijzigd.\nNieuwe tijd: donderdag 17 december, 08.45 uur.\n"
    assert "no-next-step" not in rules(linter, moved)
    # a field after a title's dash
    assert "no-next-step" not in rules(linter, "Bestelling 31877 – levering gepland op dinsdag 8 december tussen 10.00 en 14.00 uur door Budbee.\n")
    # a placeholder that is no moment leaves the step open
    assert "no-next-step" in rules(linter, "Beste {{ naam }},\nUw bestelling is verzonden.\nBezorger: {{ vervoerder }}\n")


def test_an_appointment_dated_by_placeholders_is_a_step_and_dates_the_act_at_it(linter):
    text = "Hallo :name, je afspraak bij {{ filiaal }} staat op {{ datum }} om {{ tijd }}. Adviseur {{ adviseur }} ontvangt je bij de balie.\n"
    assert rules(linter, text) == []
    # without its moment the act at the appointment owes one
    assert "promise-when" in rules(linter, "Hallo :name, je afspraak bij {{ filiaal }} is bevestigd. Adviseur {{ adviseur }} ontvangt je bij de balie.\n")


def test_je_before_a_moment_is_the_object_of_a_chat_promise(linter):
    # the parse hangs "je" on "straks" as its possessor; "ik" is left out
    assert "promise-when" in rules(linter, "Sorry! Bel je straks.\n")
    assert "promise-when" not in rules(linter, "Sorry! Bel je moeder even.\n")


@pytest.mark.parametrize("text", ["Ik zal zien wat ik kan doen.\n", "We gaan zien of we er iets aan kunnen doen.\n"])
def test_a_future_look_with_an_indirect_question_is_a_vague_promise(linter, text):
    found = rules(linter, text)
    assert "promise-what" in found and "promise-when" in found


@pytest.mark.parametrize("text", ["Ik zie dat uw pakket is bezorgd.\n", "U zult zien dat het werkt.\n", "We zullen zien dat het goed komt.\n"])
def test_seeing_that_something_is_so_stays_a_statement(linter, text):
    assert "promise-what" not in rules(linter, text)


def test_a_thing_on_its_way_to_the_reader_names_no_one_who_brings_it(linter):
    assert "promise-who" in rules(linter, "Er komt morgen een wagen langs.\n")
    assert "promise-who" in rules(linter, "De modem komt morgen jouw kant op.\n")
    assert "promise-who" not in rules(linter, "Monteur Kees komt morgen om 10.00 uur langs.\n")


def test_a_passive_about_things_in_general_is_a_rule_not_a_job(linter):
    assert not {"promise-who", "promise-when"} & set(rules(linter, "Beschikbare plaatsen op een kamp worden vergeven op volgorde van betaling.\n"))
    # the reader's own places are a job for this reader
    assert "promise-who" in rules(linter, "Uw plaatsen worden vergeven op volgorde van betaling.\n")


def test_handling_in_progress_beside_a_complete_promise_is_its_status(linter):
    text = "Uw verzoek is ontvangen en wordt behandeld. Medewerker Hugo mailt u uiterlijk vrijdag 29 januari 2027 het besluit.\n"
    assert rules(linter, text) == []
    # alone it still promises nothing concrete
    assert "promise-who" in rules(linter, "Uw verzoek is ontvangen en wordt behandeld.\n")


def test_an_automatic_passive_is_the_software_even_with_a_named_subject(linter):
    text = "U kunt de vakken wijzigen - Anderwijs wordt hiervan automatisch op de hoogte gesteld.\n"
    assert not {"promise-who", "promise-when"} & set(rules(linter, text))
    assert "promise-who" in rules(linter, "Anderwijs wordt hiervan op de hoogte gesteld.\n")


def test_the_te_infinitive_of_an_intention_verb_is_the_promised_act(linter):
    found = rules(linter, "We proberen de lamp te vervangen.\n")
    assert "promise-who" in found and "promise-when" in found and "vague-proberen" in found
    # an aim for everyone stays no job for this reader
    assert "promise-when" not in rules(linter, "Wij proberen altijd klanten tevreden te houden.\n")


def test_moeten_with_someone_of_ours_and_an_action_is_a_task_taken_on(linter):
    found = rules(linter, "Iemand moet morgen naar ticket 4411 kijken.\n")
    assert "promise-who" in found and "promise-what" in found
    assert "promise-when" in rules(linter, "We moeten nog even kijken wat er mis is.\n")
    # a requirement of the reader's step is no task of ours
    assert rules(linter, "We moeten eerst uw betaling ontvangen.\n") in ([], ["no-next-step"])


def test_a_sentence_ending_in_u_keeps_the_reader(linter):
    # "u." is no abbreviation of "uur" here: the reader is the one "melden bij" informs
    assert "promise-channel" in rules(linter, "Dokter Oostra meldt zich hierover bij u.\n")


def test_moeten_with_a_concrete_act_is_a_duty_not_a_promise(linter):
    text = "Deze link is 48 uur geldig. Na deze tijd moeten wij uw gegevens verwijderen.\n"
    assert not {"promise-who", "promise-when"} & set(rules(linter, text))


def test_seeing_to_it_that_the_reader_gets_something_is_a_concrete_promise(linter):
    assert rules(linter, "Ik zorg ervoor dat u morgen een nieuwe pas krijgt.\n") == []
    # keeping something away is no act the reader can check (and "nooit meer" makes it an
    # unrealistic promise, reported as that alone: tests/test_unrealistic_promise_yields.py)
    assert "promise-what" in rules(linter, "Wij zorgen ervoor dat u hier geen hinder van ondervindt.\n")
    assert "promise-absolute" in rules(linter, "Wij zorgen dat u hier nooit meer last van krijgt.\n")


def test_a_passive_with_a_frequency_is_a_schedule_for_everyone(linter):
    assert "promise-who" not in rules(linter, "Vanaf 1 januari 2027 wordt het restafval eens per 4 weken opgehaald.\n")
    assert "promise-who" in rules(linter, "Uw container wordt morgen geleegd.\n")


def test_a_form_of_address_with_a_role_in_apposition_is_the_subject(linter):
    text = "Mevrouw Van Dam, klachtbehandelaar, belt u op dinsdag 8 december tussen 13.00 en 15.00 uur.\n"
    assert rules(linter, text) == []


@pytest.mark.parametrize("text", [
    "Jouw bestelling #90211 wordt in twee delen geleverd. Het eerste deel bezorgt PostNL woensdag 9 december vóór 18.00 uur.\n",
    "U ontvangt uw bestelling later dan gepland. Chauffeur Said brengt de bank donderdag 10 december tussen 13.00 en 17.00 uur.\n",
])
def test_an_outcome_made_concrete_by_the_next_sentence_is_one_job(linter, text):
    assert not {"promise-who", "promise-when"} & set(rules(linter, text))


def test_a_notice_beside_another_job_still_owes_its_sender(linter):
    text = "Je ontvangt een e-mail zodra je pakketje onderweg is. DHL levert het uiterlijk woensdag 9 december.\n"
    assert "promise-who" in rules(linter, text)


@pytest.mark.parametrize("text, word", [
    ("Het bedrag wordt omstreeks 12 december van je rekening afgeschreven.\n", "omstreeks"),
    ("De levering duurt bij benadering 3 dagen.\n", "bij benadering"),
    ("Dat kost zowat 2 werkdagen.\n", "zowat"),
])
def test_synonyms_of_ongeveer_stretch_the_promise(linter, text, word):
    assert "vague-ongeveer" in rules(linter, text)


def test_a_job_passed_on_to_a_colleague_is_read_in_its_dat_clause(linter):
    assert "promise-when" in rules(linter, "Ik laat Kees weten dat hij u terugbelt.\n")
    assert "promise-when" not in rules(linter, "Ik laat u weten dat wij uw klacht hebben ontvangen.\n")


@pytest.mark.parametrize("text", ["U kunt binnenkort een reactie van ons verwachten.\n", "Je mag eerstdaags een antwoord verwachten.\n"])
def test_what_the_reader_may_expect_is_our_promise_not_his_option(linter, text):
    assert "promise-when" in rules(linter, text)


def test_weldra_is_a_vague_moment(linter):
    assert "vague-binnenkort" in rules(linter, "U zult weldra een e-mail ontvangen van uw begeleider.\n")
