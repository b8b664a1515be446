"""Classes of wording that paraphrases51 (written apart, scored before tuning) and the
blind judges of real-text-216..223 showed (issues 9, 11 and 12): action-list lines,
fronted objects, chat particles, gifts that come with the mail, rights and softened
absolutes. Each test holds one class with a sentence of its own, and the nearby shape
that must keep its finding."""

from __future__ import annotations

import json

import pytest

from smartlint.api import Linter


@pytest.fixture(scope="module")
def linter():
    return Linter(today="2026-12-05")


def rules(linter, text: str, library: bool = False) -> list[str]:
    if library:
        return [f.rule for f in linter.lint_text(json.dumps({"k": text}, ensure_ascii=False), path="lib.json")]
    return [f.rule for f in linter.lint_text(text, path="draft.txt")]


def findings(linter, text: str, library: bool = False):
    if library:
        return linter.lint_text(json.dumps({"k": text}, ensure_ascii=False), path="lib.json")
    return linter.lint_text(text, path="draft.txt")


@pytest.mark.parametrize("text", [
    "De inhaalles geven we na de kerst.\n",
    "De rondleiding houden we in het voorjaar.\n",
])
def test_a_season_or_the_time_after_a_holiday_is_a_vague_moment(linter, text):
    found = rules(linter, text)
    assert "promise-when" in found and "promise-who" in found
    # a holiday as a deadline stays concrete: "vóór de kerst"
    assert "promise-when" not in rules(linter, "Kees stuurt u het rooster voor de kerst.\n")


def test_an_object_after_je_is_no_verb_when_we_follow_the_verb(linter):
    # "Je vraag" is the reader's question, not "you ask": the parse's finite verb is later
    found = rules(linter, "Je vraag over de wenperiode beantwoorden we in de oudernieuwsbrief.\n")
    assert "promise-when" in found and "promise-who" in found
    assert rules(linter, "Je vraagt naar de wenperiode; Lotte belt je maandag 7 december om 10.00 uur.\n") == []


def test_a_chat_particle_after_the_verb_particle_keeps_the_promise(linter):
    text = "Ik heb je vraag doorgezet naar de administratie. Die neemt contact met je op hoor!\n"
    found = rules(linter, text)
    assert "promise-who" in found and "promise-channel" in found


@pytest.mark.parametrize("line, rule", [
    ("- Nieuwe pc's behandelkamers: worden geleverd.", "promise-who"),
    ("- Bloemstukken: worden z.s.m. opgehaald bij de aula.", "vague-zsm"),
    ("- Offerte: volgt.", "promise-who"),
])
def test_a_list_line_whose_label_is_a_thing_has_no_owner(linter, line, rule):
    text = "Actiepunten overleg 4 december\n- Kees: belt de leverancier maandag 7 december om 10.00 uur.\n" + line + "\n"
    assert rule in rules(linter, text)
    # an owner label keeps its owner
    owned = "Actiepunten overleg 4 december\n- Kees: levert de pc's maandag 7 december om 10.00 uur.\n"
    assert "promise-who" not in rules(linter, owned)


def test_a_passive_after_a_field_label_names_no_one(linter):
    found = findings(linter, "Laptop: gereed\nAccounts: worden op een later moment aangemaakt.\n")
    assert any(f.rule == "promise-who" and f.text == "aangemaakt" for f in found)
    # an imperative after a label is the reader's step, no promise
    assert not any(f.rule.startswith("promise-") for f in findings(linter, "Tip: zet meldingen aan via Instellingen.\n"))


def test_a_gift_that_comes_with_the_mail_is_given_by_writing(linter):
    text = "Als klein welkomstcadeau sturen wij u een coupon: {$GIFT_CODE}\n"
    found = rules(linter, text)
    assert not {"promise-who", "promise-when", "adjective-size"} & set(found)
    # a gift still to come keeps its vague moment
    assert "vague-binnenkort" in rules(linter, "Als bedankje sturen we je binnenkort een bon.\n")
    # and a small fault is still unmeasured
    assert "adjective-size" in rules(linter, "Er was een kleine storing in de app.\n")


def test_a_wish_of_much_pleasure_is_no_amount(linter):
    assert "adjective-amount" not in rules(linter, "Veel quizplezier!\n")
    assert "adjective-amount" in rules(linter, "Er zijn veel aanvragen binnengekomen.\n")


def test_a_right_the_reader_may_use_at_any_time_is_no_absolute(linter):
    assert "promise-absolute" not in rules(linter, "Uw toestemming voor de nieuwsbrief kan te allen tijde worden ingetrokken.\n")
    assert "promise-absolute" in rules(linter, "Uw pakket wordt te allen tijde binnen 24 uur bezorgd.\n")


def test_a_softened_absolute_claims_no_outcome(linter):
    assert "promise-absolute" not in rules(linter, "Dit komt gelukkig vrijwel niet meer voor.\n")
    assert "promise-absolute" in rules(linter, "Dit komt gelukkig nooit meer voor.\n")


def test_a_guarantee_as_the_purpose_of_a_setting_is_no_promise_in_a_library(linter):
    text = ("Aanbevolen voor e-facturering wanneer u voornamelijk aan consumenten verkoopt. De bruto- of "
            "nettoprijs van sommige producten kan automatisch worden gewijzigd om een correcte afronding van het "
            "ordertotaal te garanderen. Het systeem probeert de brutoprijzen zoveel mogelijk te handhaven.")
    assert "promise-absolute" not in rules(linter, text, library=True)
    assert "promise-absolute" in rules(linter, "Wij garanderen u een correcte afronding van elke bestelling.", library=True)


def test_a_thing_of_another_customer_is_no_colleagues_visit(linter):
    assert "other-client-visit" not in rules(linter, "U koos een lidmaatschap van het account van een andere klant.", library=True)
    assert "other-client-visit" in rules(linter, "Kees helpt een andere klant en belt u morgen om 10.00 uur.\n")


def test_steevast_marks_a_routine_not_a_promise(linter):
    text = "Onze quizzen worden steevast digitaal gespeeld, met een eigen tablet.\n"
    assert not {"promise-who", "promise-when"} & set(rules(linter, text))
    assert "promise-who" in rules(linter, "Onze quizzen worden digitaal gespeeld, met een eigen tablet.\n")


def test_the_readers_moment_in_a_relative_clause_is_not_the_promises(linter):
    text = "Wij sturen u een bevestiging met een link die u nodig hebt om uw bestelling later te openen."
    assert "promise-when" not in rules(linter, text, library=True)
    assert "promise-when" in rules(linter, "We sturen u later een bevestiging met een link.", library=True)


@pytest.mark.parametrize("text, found", [
    ("Bij ons slaagt namelijk iedereen, gegarandeerd de eerste keer.\n", "slaagt namelijk iedereen"),
    ("Succes, je gaat het 100% halen!\n", "100% halen"),
    ("Actie Paul: zorgt dat de wachtrijmelding voortaan altijd klopt.\n", "altijd klopt"),
])
def test_everyones_result_is_an_absolute_outcome(linter, text, found):
    assert any(f.rule == "promise-absolute" and f.text == found for f in findings(linter, text))


def test_a_guaranteed_body_result_is_an_outcome_even_with_a_figure(linter):
    assert "promise-absolute" in rules(linter, "Na 6 weken ben je gegarandeerd 5 kilo lichter.\n")
    assert "promise-absolute" not in rules(linter, "Wij garanderen levering binnen 2 werkdagen.\n")


def test_zo_n_beetje_before_a_figure_is_about(linter):
    assert "vague-ongeveer" in rules(linter, "De eigen bijdrage is zo'n beetje € 5 per kind.\n")
    assert "vague-ongeveer" not in rules(linter, "Dat is zo'n beetje alles wat we weten.\n")


def test_one_of_a_group_names_no_one(linter):
    found = findings(linter, "Een van onze engineers neemt binnen 4 werkuren telefonisch contact met u op.\n")
    assert any(f.rule == "promise-who" and f.text == "Een van onze engineers" for f in found)
    assert "promise-who" not in rules(linter, "Engineer Tarik neemt binnen 4 werkuren telefonisch contact met u op.\n")


def test_die_with_a_t_form_before_je_is_the_subject(linter):
    # "belt je": with "je" as subject the verb drops its -t ("bel je"), so "Die" acts
    text = "Je klacht is doorgegeven aan de fysio van de club. Die belt je ff terug.\n"
    found = rules(linter, text)
    assert "promise-when" in found
    # the role just named is who; an unnamed colleague is not
    assert "promise-who" not in found
    assert "promise-who" in rules(linter, "Ik heb het doorgegeven aan de juiste collega. Die belt je ff terug.\n")


def test_a_forum_mail_with_angle_placeholders_gives_the_readers_step(linter):
    text = ("Hallo <username>,\n\nJe hebt een aanvraag gedaan om het wachtwoord van je account op <base_url> "
            "te wijzigen. Als je deze aanvraag niet hebt ingediend, kan je deze mail gewoon negeren. Klik op "
            "de link hieronder om je nieuwe wachtwoord te activeren.\n\n<activation_url>\n\n-- \n<board_mailer>\n")
    assert "no-next-step" not in rules(linter, text)
    # the same mail without a template's slots is a letter that owes a step
    assert "no-next-step" in rules(linter, "Je hebt een aanvraag gedaan om het wachtwoord van je account te wijzigen.\n")


def test_a_job_spelled_out_after_a_colon_is_one_job(linter):
    text = "U krijgt het origineel terug: uitvaartverzorger Lotte brengt het woensdag 9 december om 11.00 uur bij u langs.\n"
    assert not {"promise-who", "promise-when"} & set(rules(linter, text))
    assert "promise-who" in rules(linter, "U krijgt het origineel terug.\n")


def test_anders_makes_a_contingency_not_a_promise(linter):
    text = "Bent u verhinderd, geef dit dan uiterlijk 24 uur van tevoren door; anders brengen we het consult in rekening.\n"
    assert not {"promise-who", "promise-when"} & set(rules(linter, text))
    assert "promise-who" in rules(linter, "Geef dit uiterlijk 24 uur van tevoren door; we brengen het consult in rekening.\n")


def test_a_concrete_moment_the_reader_chose_still_times_the_promise(linter):
    # only the reader's vague "later" in a relative clause is skipped, not a date there
    assert "promise-when" not in rules(linter, "Wij bellen u op de dag die u op 9 december heeft doorgegeven.\n")


def test_a_passive_auxiliary_is_no_infinitive_subject(linter):
    found = findings(linter, "De losliggende tegels worden opgepakt door de afdeling Openbare Ruimte.\n")
    assert any(f.rule == "promise-who" and "afdeling Openbare Ruimte" in f.text for f in found)
    # the infinitive as subject stays: "Contactloos betalen werkt overal" promises nothing
    assert not any(f.rule.startswith("promise-") for f in findings(linter, "Contactloos betalen werkt overal.\n"))


def test_a_relative_clause_in_the_subject_is_not_the_main_verb(linter):
    text = "Gemeente Brakel: de afvalpas die u heeft aangevraagd wordt verstuurd op maandag 30 november 2026.\n"
    found = rules(linter, text)
    assert "promise-who" in found and "date-past" in found


def test_crediting_a_subscription_is_a_concrete_act(linter):
    found = rules(linter, "Iris reikt u uw pas vrijdag 11 december uit, en wij zetten een gratis maand op uw abonnement.\n")
    assert "promise-who" in found and "promise-when" in found


def test_a_negation_in_a_relative_clause_does_not_deny_the_promise(linter):
    text = "Servicedeskmedewerker Merel belt u om 13.30 uur terug over de kassa die niet opstart.\n"
    assert rules(linter, text) == []
    assert "promise-when" in rules(linter, "Wij sturen u de pas die u niet heeft ontvangen.\n")
    # a denied main clause stays no promise
    assert "promise-when" not in rules(linter, "Wij sturen het pakket niet meer op.\n")


def test_de_drukker_is_the_printer(linter):
    assert "adjective-degree" not in rules(linter, "De rouwkaarten gaan vandaag naar de drukker; Sanne belt u morgen om 10.00 uur.\n")
    assert "adjective-degree" in rules(linter, "Het is in december drukker dan normaal; Sanne belt u morgen om 10.00 uur.\n")


def test_the_moment_of_an_indirect_question_is_what_is_asked(linter):
    text = "Acties:\n- Femke bekijkt of een extra middag op woensdag past.\n"
    assert "promise-when" in rules(linter, text)
    # a moment of the act itself, outside the question, still times it
    assert "promise-when" not in rules(linter, "Ik laat u vrijdag 11 december weten of het lukt.\n")


@pytest.mark.parametrize("text", [
    "(editor komt binnenkort — gebruik QTI-import)",
    "Datum gebaseerde rapportages komen binnenkort.",
    "Deze optie wordt binnenkort beschikbaar.",
])
def test_a_feature_on_its_way_in_a_library_string_is_a_roadmap_remark(linter, text):
    assert "vague-binnenkort" not in rules(linter, text, library=True)


@pytest.mark.parametrize("text", [
    "Je nieuwe pas is binnenkort beschikbaar.",
    "De bestelling komt binnenkort.",
    "Een terugbetaling van %(amount)s wordt binnenkort naar u verzonden.",
])
def test_the_readers_thing_on_its_way_keeps_its_vague_moment(linter, text):
    assert "vague-binnenkort" in rules(linter, text, library=True)
