"""Kinds of library strings blind support leads judged wrong on real libraries
(real-text-40..43, docs/evaluation.md), each beside a near neighbour that must still
be reported: the fix is the kind of sentence, not the string."""

from __future__ import annotations

import json

import pytest
from lint_helpers import library_rules as rules

from smartlint.api import Linter


@pytest.fixture(scope="module")
def linter():
    return Linter(today="2026-12-03")


@pytest.mark.parametrize("text, rule", [
    # the reader confirms on a button: certainty, no outcome promised
    ("Ik weet het 100% zeker", "promise-absolute"),
    # a limit, not "never again"
    ("Het aanbod staat vast en kan nooit meer dan 21 miljoen bitcoin bedragen. Dat maakt het schaars. "
     "Lees verder in de volgende les.", "promise-absolute"),
    # what we assume or expect of the reader is a request
    ("We gaan ervan uit dat je erbij bent, maar tot %(deadline)s kun je je nog afmelden.", "vague-verwachting"),
    ("Fijn dat je weer deelneemt! Er wordt van je verwacht dat je ongeveer %(duration)s uur bijdraagt.",
     "vague-ongeveer"),
    # the machine does it ("automatisch"), whoever the subject
    ("We proberen automatisch je spraak naar tekst om te zetten. Stel daarvoor de taal in.", "vague-proberen"),
    # the vague moment sits in the reader's instruction, not in our ongoing work
    ("Je geld staat veilig. We zijn je oude account nog aan het sluiten, probeer het zo meteen opnieuw.",
     "promise-when"),
    # "ervan uitgaan" is a belief, not the future "gaan"
    ("We gaan ervan uit dat alle e-mailadressen die we van de provider krijgen, geverifieerd zijn.",
     "vague-verwachting"),
    # the software's own jobs (lexicon job_nouns)
    ("De geselecteerde taken worden zo snel mogelijk uitgevoerd.", "vague-zsm"),
    # real-text-44..47: the reader's duty after a fronted clause ("moet je eerst"), a hedged
    # "never", a guarantee limited to a case, a file the software processes
    ("Voordat je variaties kunt toevoegen, moet je eerst een aantal eigenschappen toevoegen.", "vague-een-aantal"),
    ("Dit gebeurt zelden (of nooit meer). Het formaat is gewijzigd en je moet de synchronisatie resetten. "
     "Dit uploadt de gegevens van dit apparaat.", "promise-absolute"),
    ("We kunnen uw bestelling alleen garanderen als we uw betaling ontvangen vóór {expire_date}. Daarna "
     "vervalt uw reservering. Met vriendelijke groet, het team", "promise-absolute"),
    ("Bestand dat is geüpload naar de drop-map, wordt binnenkort verwerkt.", "vague-binnenkort"),
    # real-text-54/55, judged blind: the software's own mail, even "van ons"; wanting to
    # make sure; encouraging the reader (an instruction)
    ("Je krijgt zo snel mogelijk een email van ons met instructies.", "vague-zsm"),
    ("Advertenties vullen de website en we willen zeker weten dat er ruimte is voor andere opmerkingen.",
     "promise-absolute"),
    ("We moedigen je aan om problemen direct met de maker van het project te delen.", "promise-when"),
    # real-text-56..59, judged blind: the reader ticks "Ik ...", the reader's instruction
    # with a possessive "je" the parser read as a subject, a place further on in the text,
    # what a product supports
    ("Ik ben 100% zeker", "promise-absolute"),
    ("Er is een e-mail verstuurd naar het opgegeven adres. Wijzig je wachtwoord zo snel mogelijk.", "vague-zsm"),
    ("We bespreken dit in detail later in dit document. Heeft u vragen, mail ons dan.", "vague-later"),
    ("We ondersteunen een paar extra, optionele kolommen.", "vague-een-aantal"),
    # real-text-36..62: a notice that the reader's thing changes state by itself (lexicon
    # change_notice_verbs/states), also behind a possessive the tagger took for a name;
    # an operation only software does
    ("Je gratis 14-dagen proefperiode van Mattermost eindigt binnenkort", "vague-binnenkort"),
    ("Jouw Mattermost Cloud abonnement zal binnenkort worden opgeschort", "vague-binnenkort"),
    ("Tweestapsverificatie wordt binnenkort verplicht voor alle beheerders.", "vague-binnenkort"),
    ("We proberen een nieuwe batch te indexeren als alle entiteiten zijn voltooid.", "vague-proberen"),
    ("We zullen proberen om verbinding te maken met deze servers in deze volgorde. "
     "Als geen van hen werkt, zal de VPN DNS worden gebruikt.", "vague-proberen"),
    # a mission statement: an aim for everyone, no reader, no moment
    ("Wij streven ernaar de best mogelijke klantenservice te bieden.", "vague-proberen"),
    # the reader may be asked (a request to come, not our vague promise)
    ("Er vindt mogelijk een controle plaats. Het is mogelijk dat u om een bewijsstuk wordt gevraagd.",
     "vague-mogelijk"),
    ("Het systeem zoekt naar stuurprogramma's, en mogelijk wordt u gevraagd om authenticatie.", "vague-mogelijk"),
    # a generic error page names a cause; no outage explained while it goes on
    ("Excuus, maar de opgevraagde pagina is niet beschikbaar vanwege een serverstoring.", "incident-explanation-source"),
    # the string names the month itself
    ("De PHP-versievereisten wijzigen binnenkort: de nieuwe versie is gepland in mei 2027.", "vague-binnenkort"),
    # real-text-77: the software's process named by its infinitive starts or pauses by
    # itself; the product's server comes back after a restart
    ("Voldoende PV overschot beschikbaar. Laden wordt binnenkort gestart.", "vague-binnenkort"),
    ("Server is binnenkort weer beschikbaar.", "vague-binnenkort"),
    ("Je server verbreekt binnenkort de verbinding.", "vague-binnenkort"),  # real-text-68
    # real-text-82: the reader's own shift, by a relative clause, takes place by the schedule
    ("De shift die je wilt ruilen vindt binnenkort plaats.", "vague-binnenkort"),
    # real-text-83: "eventueel" before a participle picks out which things are meant
    ("Eventueel gedownloade tickets of tickets in je Google Wallet zijn niet meer geldig.", "vague-eventueel"),
])
def test_not_our_vague_promise(linter, text, rule):
    assert rule not in rules(linter, text)


@pytest.mark.parametrize("text, rule", [
    ("Wij garanderen dat dit nooit meer gebeurt.", "promise-absolute"),
    ("We gaan ervan uit dat de levering vrijdag binnen is.", "vague-verwachting"),
    ("We proberen je aanvraag morgen te verwerken.", "vague-proberen"),
    ("Wij streven ernaar u binnen 2 dagen een oplossing te bieden.", "vague-proberen"),
    ("We sturen je morgen een nieuwe pas en dit gebeurt nooit meer.", "promise-absolute"),
    ("Wij garanderen dat uw bestelling morgen binnen is.", "promise-absolute"),
    ("Zeker weten dat je pakket morgen binnen is!", "promise-absolute"),
    ("Wij wijzigen je wachtwoord zo snel mogelijk.", "vague-zsm"),
    ("We komen er later op terug.", "vague-later"),
    ("Na een paar dagen verwijderen we het bestand.", "vague-een-aantal"),
])
def test_the_neighbours_in_a_draft_are_still_reported(linter, text, rule):
    assert rule in rules(linter, text, library=False)


@pytest.mark.parametrize("text, rule", [
    # a person's work in a library string is still ours
    ("Uw aanvraag wordt zo snel mogelijk behandeld door een medewerker.", "vague-zsm"),
    ("We gaan je aanvraag zo snel mogelijk behandelen.", "vague-zsm"),
    ("Bedankt voor je bericht! We antwoorden zo snel mogelijk", "vague-zsm"),
    ("Uw bestelling wordt binnenkort verzonden.", "vague-binnenkort"),
    ("We nemen binnenkort contact met je op over je abonnement.", "vague-binnenkort"),
    ("Mogelijk bellen we u morgen terug.", "vague-mogelijk"),
    # a colleague coming back, a feature we add: ours to time
    ("Sanne is binnenkort weer beschikbaar.", "vague-binnenkort"),
    ("We kunnen u eventueel nieuwe tickets sturen.", "vague-eventueel"),
    ("De training die wij organiseren vindt binnenkort plaats.", "vague-binnenkort"),
    ("Deze functie wordt binnenkort verwijderd.", "vague-binnenkort"),
])
def test_the_neighbours_in_a_library_are_still_reported(linter, text, rule):
    assert rule in rules(linter, text)


def test_an_untranslated_english_value_is_no_dutch_prose(linter):
    library = json.dumps({
        "a": "Some tribes even focused on producing collectibles that had little practical use.",
        "b": "We sturen je even een nieuwe link.",
    })
    keys = {f.key for f in linter.lint_text(library, path="lib.json")}
    assert "b" in keys and "a" not in keys


def test_an_english_line_in_a_dutch_template_is_left_alone(linter):
    text = ("Beste Sanne,\n\nThis mail is from the {{environment}} environment.\n\n"
            "We sturen je binnenkort een nieuwe link.\n")
    found = {(f.rule, f.text) for f in linter.lint_text(text)}
    assert not any(t == "mail" for _, t in found)
    assert ("vague-binnenkort", "binnenkort") in found


def test_an_outage_explained_in_a_draft_is_still_reported(linter):
    text = "Storing webshop: de pagina is niet beschikbaar vanwege een serverstoring. We werken aan het herstel."
    assert "incident-explanation-source" in rules(linter, text, library=False)


def test_a_template_marker_line_is_no_first_sentence(linter):
    marked = "##request_access_requested\n\nBeste Jan,\n\nUw aanvraag is ontvangen. Sanne belt u morgen om 10.00 uur.\n"
    assert "no-next-step" not in rules(linter, marked, library=False)
    assert "no-next-step" in rules(linter, "##request_access_requested\n\nUw aanvraag is ontvangen.\n", library=False)


def test_a_legal_document_key_makes_its_strings_fine_print(linter):
    library = json.dumps({"vendor_terms_text": {
        "customer_service_body": "We zullen proberen uw informatie binnenkort te verifiëren."},
        "mails": {"welcome_body": "We zullen proberen uw informatie binnenkort te verifiëren."}})
    keys = {f.key for f in linter.lint_text(library, path="lib.json")}
    assert "mails.welcome_body" in keys
    assert "vendor_terms_text.customer_service_body" not in keys


def test_a_template_body_slot_may_hold_the_next_step(linter):
    # "{WELCOME_MSG}" on a line of its own, text after it: the template inserts a message there
    slot = "Hallo {USERNAME},\n\n{WELCOME_MSG}\n\nDit bericht bevat je accountgegevens.\n\n{EMAIL_SIG}\n"
    assert "no-next-step" not in rules(linter, slot, library=False)
    # a placeholder only at the end (a signature) hides nothing
    signed = "Hallo {USERNAME},\n\nDit bericht bevat je accountgegevens.\n\n{EMAIL_SIG}\n"
    assert "no-next-step" in rules(linter, signed, library=False)


def test_a_verb_first_condition_is_no_chat_promise(linter):
    text = ("Je wachtwoord is veilig opgeslagen. Mocht je toch je wachtwoord vergeten zijn dan kun je "
            "een nieuw wachtwoord aanvragen met je e-mailadres.\n")
    assert "promise-when" not in rules(linter, text, library=False)
    # the chat shape itself stays a complete promise: "bel je om 15u" is the next step
    assert "no-next-step" not in rules(linter, "bel je morgen om 15u, Jesse\n", library=False)


def test_a_verb_first_condition_the_tagger_misreads_still_frames_its_promise(linter):
    # "Lukt/PROPN dat niet, dan brengt Sarah ...": a condition and its main clause, which
    # is read as conditional: no vague promise is reported in it, and (tests/eval/README.md:
    # "Werkt het daarna niet, dan plannen we ..." is no promise) it is no next step either
    fallback = ("Hoi Wouter, je laptop ligt klaar bij de balie. Lukt dat niet, dan brengt Sarah hem "
                "naar je werkplek.\n")
    assert "promise-when" not in rules(linter, fallback, library=False)
    dated = fallback.replace("hem naar", "hem maandag 7 december om 9.00 uur naar")
    assert "no-next-step" in rules(linter, dated, library=False)
    # "Bedankt dat je ..." is thanks, no condition: the promise after it stays vague
    thanks = "Bedankt dat je reageerde, we nemen zo snel mogelijk contact met je op."
    assert "promise-when" in rules(linter, thanks, library=False)
    assert "promise-when" in rules(linter, thanks)


def test_a_vague_word_inside_a_title_case_name_is_that_name(linter):
    assert "vague-snel" not in rules(linter, "Batch Snel Vergelijken mislukt!")
    # a capital after a greeting's comma, or in ordinary prose, is still the word
    assert "vague-binnenkort" in rules(linter, "Beste Sanne, Binnenkort bellen we u.\n", library=False)
    assert "vague-snel" in rules(linter, "Sanne belt u snel terug.")


def test_a_degree_asked_about_is_no_moment(linter):
    text = "Zo krijgen we een beeld van hoe snel het virus zich verspreidt."
    assert not {"promise-when", "vague-snel"} & rules(linter, text)
    assert {"promise-when", "vague-snel"} <= rules(linter, "We lossen het snel op.\n", library=False)


def test_a_line_of_placeholders_is_no_sentence_to_point_at(linter):
    text = "\n[{shop_url}]\n\nHallo {firstname},\n\nHelaas is uw bestelling niet op voorraad.\n"
    found = [f for f in linter.lint_text(text, path="mail.txt") if f.rule == "no-next-step"]
    assert len(found) == 1 and found[0].text.startswith("Helaas")


@pytest.mark.parametrize("text, expected", [
    # an operation only software does, tried, or an offer: no vague promise of ours
    ("We proberen het bedrag morgen opnieuw af te schrijven.", False),
    ("Voer een aangepast derivatiepad in, en we zullen proberen je wallet te ontdekken.", False),
    ("We kunnen proberen je synchronisatiestatus te herstellen om het op te lossen.", False),
    # a person's service tried stays vague
    ("We proberen u binnen twee werkdagen te helpen.", True),
    ("We proberen het pakket vandaag te versturen.", True),
])
def test_trying_the_softwares_operation_is_no_vague_promise(linter, text, expected):
    assert ("vague-proberen" in rules(linter, text)) is expected


def test_real_text_66_to_71_classes(linter):
    """Judged wrong blind on real-text-66..71 (a call script, a municipal help text), each
    with a neighbour that stays reported."""
    # an instruction with "je" before a noun is the reader's step, not a chat promise
    script = ("Zet de telefoon op luidspreker. Druk daarna op de home-knop van je telefoon "
              "om terug te gaan naar het beginscherm.\n")
    assert "promise-when" not in rules(linter, script, library=False)
    assert "no-next-step" not in rules(linter, "bel je morgen om 15u, Jesse\n", library=False)
    # "komen" takes a bare infinitive: one after "te" belongs to a noun ("de vraag ... te delen")
    screen = "Daarna komt een nieuw scherm met de vraag je codes te delen.\n"
    assert "promise-when" not in rules(linter, screen, library=False)
    # a "whether"-clause is what is checked, its hedge is no guess of ours
    whether = "De medewerker bespreekt uw situatie en beoordeelt of u mogelijk recht heeft op de toeslag.\n"
    assert "vague-mogelijk" not in rules(linter, whether, library=False)
    assert "vague-mogelijk" in rules(linter, "Mogelijk heeft u recht op de toeslag.\n", library=False)
    # "eventuele vragen" is the formula for any questions; "eventueel" in a promise stays vague
    assert "vague-eventueel" not in rules(linter, "Eventuele vragen van de klant\n", library=False)
    assert "vague-eventueel" in rules(linter, "We kunnen u eventueel een nieuw toestel sturen.\n", library=False)
    # a figure bounds an open range: "5 dagen of langer"
    assert "adjective-duration" not in rules(linter, "Doe een test als het contact 5 dagen of langer geleden is.\n",
                                              library=False)
    assert "adjective-duration" in rules(linter, "Het herstel duurt langer.\n", library=False)


def test_a_line_break_after_a_sentence_is_no_root_of_it(linter):
    """The trailing line break of a paragraph is a sentence of its own: the parser once
    made it the root of the sentence before, so a main clause spanned its subclauses
    and a whether-clause's hedge counted as our promise's."""
    from smartlint.nlp import load_pipeline
    from smartlint.preprocess import apply_sentence_starts, prepare

    text = "Ik heb de back-ups opgeruimd en start de back-up vanavond om 22.00 uur opnieuw.\n\nGroet,\nSven\n"
    prepared = prepare(text)
    nlp = load_pipeline()
    doc = nlp.make_doc(prepared.text)
    apply_sentence_starts(doc, prepared)
    doc = nlp(doc)
    for sent in doc.sents:
        if not sent.text.isspace():
            assert not sent.root.is_space
    assert "vague-mogelijk" not in rules(linter, "De medewerker beoordeelt of u mogelijk recht heeft op de toeslag.\n",
                                          library=False)


def test_a_line_break_written_as_backslash_n_is_one(linter):
    """real-text-69 (a miss judged blind): a gettext value with its line breaks escaped
    twice ("Hallo,\\nWe ...") reads as lines, and findings keep their exact place."""
    catalogue = ('msgid "Hi"\nmsgstr ""\n"Hallo,\\\\nWe willen je laten weten dat je formulier geaccepteerd is.'
                 '\\\\nJe aanvraag zal binnenkort uitgevoerd worden."\n')
    found = [f for f in linter.lint_text(catalogue, path="nl.po") if f.rule == "vague-binnenkort"]
    assert [catalogue[f.start:f.end] for f in found] == ["binnenkort"]
    # a path with a lower-case letter after the backslash stays as it is
    from smartlint.inputs.library_scope import _LITERAL_BREAK
    assert not _LITERAL_BREAK.search("C:\\nieuw") and _LITERAL_BREAK.search("groet,\\nSanne")


def test_a_farewell_hope_is_a_formula(linter):
    """real-text-78 (judged wrong blind): "Hopelijk tot snel!" closes a letter; a hope
    about an outcome stays vague."""
    assert "vague-hopelijk" not in rules(linter, "Tot ziens.\n\nHopelijk tot snel in het Babylab!\n", library=False)
    assert "vague-hopelijk" in rules(linter, "Hopelijk is het probleem morgen opgelost.\n", library=False)


@pytest.mark.parametrize("text", [
    "Volgens artikel 7 van uw huurcontract wordt de borg binnen 14 dagen na de eindinspectie teruggestort.",
    "Uw gegevens worden versleuteld opgeslagen volgens ISO 27001.",
])
def test_what_a_contract_or_standard_lays_down_is_a_policy_fact(linter, text):
    """paraphrases32: a passive that a contract or standard lays down (lexicon
    policy_sources) names no job; the same passive without the source is our promise."""
    assert not {"promise-who", "promise-when"} & set(rules(linter, text, library=False))
    assert "promise-who" in rules(linter, "Uw borg wordt binnenkort teruggestort.", library=False)


def test_a_quoted_name_is_no_clause_of_its_own(linter):
    """real-text-89 (never tuned on; judged wrong blind twice): the status "standaard
    onderzoek" is a quoted name, not a promise to examine anything."""
    text = ('Er is een nieuwe studie ter toetsing aangeboden, welke in de automatische screening '
            'de status "standaard onderzoek" heeft gekregen.\n')
    assert not {"promise-what", "promise-when"} & set(rules(linter, text, library=False))
    assert "promise-when" in rules(linter, "We onderzoeken uw klacht.\n", library=False)
