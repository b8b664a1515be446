"""Library strings are the software speaking to everyone: rules declare, in their pack,
where they apply there (`sources`, `scope.library`), and the next-step and promise
checks read a library string's clauses more strictly than a draft's. Each case is a
kind of string a blind support lead judged wrong on real libraries (issue 9)."""

from __future__ import annotations

import pytest
from lint_helpers import library_rules as rules

from smartlint.api import Linter


@pytest.fixture(scope="module")
def linter():
    return Linter(today="2026-12-03")


@pytest.mark.parametrize("text, rule", [
    # an honest hedge about what the software cannot know
    ("Kan de synchronisatie niet starten. De link is mogelijk verlopen.", "vague-mogelijk"),
    # the duration of an automatic job
    ("Het updateproces wordt op de achtergrond uitgevoerd. Dit proces kan even duren.", "vague-even"),
    # a thing as subject, not a promise of ours
    ("Als de index niet bestaat, zal de tool proberen een nieuwe aan te maken.", "vague-proberen"),
    # a validation message: the limit follows
    ("De afbeelding is te groot. Maximaal toegestane grootte is 2 MB.", "adjective-size"),
])
def test_vague_words_only_in_our_promises_in_a_library(linter, text, rule):
    assert rule not in rules(linter, text, library=True)


@pytest.mark.parametrize("text, rule", [
    ("We lossen het mogelijk morgen op.", "vague-mogelijk"),
    ("We proberen het probleem vrijdag op te lossen.", "vague-proberen"),
    # a moment left open on what will be done (a term that runs out by itself is the
    # thing's own date: test_what_the_software_or_a_thing_does_is_not_our_promise)
    ("Deze functie wordt binnenkort verwijderd.", "vague-binnenkort"),
])
def test_our_own_vagueness_is_still_found_in_a_library(linter, text, rule):
    assert rule in rules(linter, text, library=True)


def test_the_same_hedge_in_a_draft_is_reported(linter):
    assert "vague-mogelijk" in rules(linter, "De link is mogelijk verlopen.", library=False)


def test_promise_who_is_a_draft_rule(linter):
    text = "We nemen contact met je op."
    assert "promise-who" in rules(linter, text, library=False)
    assert "promise-who" not in rules(linter, text, library=True)


@pytest.mark.parametrize("text", [
    "Producten bekijken en beheren",  # a capitalised noun before an infinitive
    "Blok e-mail editor (alpha)",
    "Winkelmand bijgewerkt.",  # a het-word is no person
    "Ongeldige facturatie e-mail opgegeven.",
    "Actie [%1$s] heeft een ongeldig schema: %2$s",  # a log line, not an action item
    "WooCommerce werkt productgegevens op de achtergrond bij",  # a product speaking
    # sending now, in the plain present: the software at work, the reader's step follows
    "Wij sturen u een bevestigingsmail. Klik op de link in de mail om uw wachtwoord te wijzigen.",
])
def test_no_promise_read_into_labels_and_logs(linter, text):
    assert not rules(linter, text, library=True) & {"promise-when", "promise-what", "no-next-step"}


@pytest.mark.parametrize("text", [
    # advice is the reader's next step
    "Deze plugin kan niet meer geactiveerd worden. We raden je aan om deze te verwijderen.",
    # a promise that waits on an event the software watches
    "Bedankt voor je inschrijving! We zullen contact met je opnemen wanneer het product op voorraad is.",
    # a privacy text in which we speak, with no bad news
    "We accepteren betalingen via PayPal. Bij het verwerken van betalingen worden gegevens overgedragen.",
])
def test_library_strings_that_owe_no_next_step(linter, text):
    assert "no-next-step" not in rules(linter, text, library=True)


def test_bad_news_from_us_owes_a_next_step_in_a_letter(linter):
    text = "Beste %{name},\n\nWe hebben niet genoeg voorraad om je bestelling te voltooien. Onze excuses " \
           "voor het ongemak.\n\nMet vriendelijke groet,\nDe webshop"
    assert "no-next-step" in rules(linter, text, library=True)
    # without a greeting or sign-off it is a notice of the software (blind judges: 7 of 8
    # such findings wrong on real libraries)
    text = "We hebben niet genoeg voorraad om je bestelling te voltooien. Onze excuses voor het ongemak."
    assert "no-next-step" not in rules(linter, text, library=True)


def test_a_named_colleague_still_completes_a_joined_message(linter):
    text = "We gaan uw terugbetaling verwerken. Sanne belt u maandag 7 december vóór 12.00 uur."
    assert "no-next-step" not in rules(linter, text, library=True)


def test_canned_replies_of_agents_are_read_like_drafts(tmp_path):
    (tmp_path / ".smartlint.yaml").write_text("library:\n  sender: agents\n", encoding="utf-8")
    (tmp_path / "canned.yml").write_text("reply: De link is mogelijk verlopen.\n", encoding="utf-8")
    agents = Linter(config=tmp_path / ".smartlint.yaml", today="2026-12-03")
    assert "vague-mogelijk" in {f.rule for f in agents.lint_path(tmp_path / "canned.yml")}
    software = Linter(config=False, today="2026-12-03")
    assert "vague-mogelijk" not in {f.rule for f in software.lint_path(tmp_path / "canned.yml")}


def test_a_present_tense_promise_of_attention_is_still_ours(linter):
    found = rules(linter, "Uw bestelling is ontvangen; we kijken er even naar.", library=True)
    assert "vague-kijken-ernaar" in found
    # in a letter to the reader the vague step also leaves no next step
    letter = "Beste klant,\n\nUw bestelling is ontvangen; we kijken er even naar.\n\nMet vriendelijke groet,\nHet team"
    assert {"vague-kijken-ernaar", "no-next-step"} <= rules(linter, letter, library=True)


def test_a_requirement_with_its_purpose_is_no_guarantee(linter):
    text = "Een correct ingestelde SMTP-server is vereist om e-mailbezorging te garanderen."
    assert "promise-absolute" not in rules(linter, text, library=False)
    assert "promise-absolute" in rules(linter, "Wij garanderen dat dit nooit meer gebeurt.", library=False)


def test_a_quoted_mode_name_is_a_mention(linter):
    text = "De pagina staat in de modus 'Binnenkort beschikbaar' en is alleen zichtbaar voor jou."
    assert "vague-binnenkort" not in rules(linter, text, library=True)


@pytest.mark.parametrize("text, rule", [
    # the duty of another party, in the past or as what should have been
    ("Volgens de wet had je zo spoedig mogelijk een beslissing moeten nemen.", "vague-zsm"),
    ("De instantie heeft niet zo snel mogelijk op je verzoek besloten.", "vague-zsm"),
    # a relative clause of a title is part of the title
    ("Verzoeken die binnenkort zichtbaar worden", "vague-binnenkort"),
    # which problem matters, not how many
    ("We probeerden de betaling te verwerken, maar we stootten op enkele problemen.", "vague-een-aantal"),
])
def test_narrated_duties_and_titles_are_no_vagueness_of_ours(linter, text, rule):
    assert rule not in rules(linter, text, library=True)


def test_the_readers_thing_coming_is_still_an_open_moment(linter):
    # (a feature of the product on its way, "Deze functie is binnenkort beschikbaar", is a
    # roadmap remark since the twenty-fourth stop: blind judges, real-text-224..227, 8 of 8
    # such findings wrong; the reader's dossier below was judged right, real-text-172..195)
    text = "Uw dossier wordt voorbereid en zal binnenkort beschikbaar zijn."
    assert "vague-binnenkort" in rules(linter, text, library=True)
    # done or still to come: the part to come is a moment of ours
    text = "De betaling is nu of zal spoedig worden overgemaakt naar je rekening."
    assert "vague-spoedig" in rules(linter, text, library=True)


@pytest.mark.parametrize("text", [
    "iemand reageert op een bericht waarop jij reageerde",  # a notification setting
    "Amy zal ook Ben in een bericht kunnen vermelden.",  # help text with example users
    "Laat het ons weten en we zullen je helpen het aan te vechten.",  # an offer on the reader's request
    "We kijken ernaar uit je te zien op het congres.",  # looking forward, no job
])
def test_no_promise_of_ours_in_settings_help_and_offers(linter, text):
    assert not rules(linter, text, library=True) & {"promise-when", "promise-what", "no-next-step"}


def test_a_request_to_the_reader_is_his_next_step(linter):
    text = "Die ordercyclus kan niet worden verwijderd. Om dat te voorkomen, verzoeken wij u deze te sluiten."
    assert "no-next-step" not in rules(linter, text, library=True)


@pytest.mark.parametrize("text", [
    # "we" in the plain present with a concrete verb and no reader: how the service works
    "Met behulp van onze partners verwerken wij uw betalingen volgens de wet.",
    "Wij brengen de kosten in rekening op uw {bank_name}-rekening.",
])
def test_a_standing_practice_is_no_promise(linter, text):
    assert not rules(linter, text, library=True) & {"promise-when", "no-next-step"}


@pytest.mark.parametrize("text", [
    "We nemen contact met je op.",  # the reader addressed
    "We zullen uw toestel vervangen.",  # the future
])
def test_a_promise_to_the_reader_stays_one(linter, text):
    # in a letter (greeting, sign-off); outside one a promise without any moment is the
    # software's workflow text (smart.reads_as_letter)
    letter = f"Beste klant,\n\n{text}\n\nMet vriendelijke groet,\nHet team"
    assert "promise-when" in rules(linter, letter, library=True)
    assert "promise-when" not in rules(linter, text, library=True)


@pytest.mark.parametrize("text", [
    # the string introduces what follows it
    "We verbeteren deze software met uw feedback. Helaas zijn er maar twee manieren om dit probleem te melden:",
    # bad news with our step and its moment in the same string
    ("Wij zullen beginnen met het wissen van de gegevens die aan je account gekoppeld zijn 7 dagen nadat "
     "het is gesloten. Deze vertraging beschermt je account tegen een sluiting per ongeluk."),
])
def test_strings_that_say_what_follows_owe_no_next_step(linter, text):
    assert "no-next-step" not in rules(linter, text, library=True)


@pytest.mark.parametrize("text", [
    "We zullen u doorverwijzen naar uw instance om met deze groep te kunnen interageren.",  # the software redirects
    "Postmark stelt u in staat basisauthenticatie in te schakelen voor webhooks.",  # what a product makes possible
])
def test_software_and_products_make_no_promise(linter, text):
    assert not rules(linter, text, library=True) & {"promise-when", "no-next-step"}


def test_a_consent_in_the_first_person_is_the_readers(linter):
    text = "Ik wil nieuws van %{service_name} ontvangen, en ik begrijp dat ik dit later altijd kan veranderen."
    assert "vague-later" not in rules(linter, text, library=True)


def test_a_verb_after_an_adverb_is_no_chat_promise(linter):
    text = ("Daarom *moet je dit wachtwoord op een veilige plaats opslaan* waar je later toegang "
            "hebt als je dat nodig hebt.")
    assert "vague-later" not in rules(linter, text, library=True)


@pytest.mark.parametrize("text", [
    "Ik ga akkoord met de gebruiksvoorwaarden",  # "ik" in a string the software sends is the reader
    "Ik annuleer om financiële redenen.",
    "We zullen automatisch frontend pagina's aanmaken voor je levels.",  # the software, by itself
    "Voorraadcontrole bezig. Een moment geduld alstublieft, we checken op dit moment de voorraden",
    "We proberen deze functie momenteel uit en willen graag weten wat u ervan vindt.",  # uitproberen
])
def test_the_readers_voice_and_the_softwares_own_work(linter, text):
    assert not rules(linter, text, library=True) & {"promise-when", "promise-what", "no-next-step", "vague-proberen"}


@pytest.mark.parametrize("text, rule", [
    ("Ik machtig de stichting om mijn rekening elektronisch te debiteren. Ik begrijp dat er kosten kunnen zijn.",
     "no-next-step"),
    ("Apple Pay wordt niet ondersteund in deze browser. Gebruik Safari, of probeer een andere manier om te betalen.",
     "vague-proberen"),
])
def test_the_readers_mandate_and_steps(linter, text, rule):
    assert rule not in rules(linter, text, library=True)


def test_an_adjective_participle_is_no_verb_of_the_promise(linter):
    found = {f.text for f in linter.lint_text(
        '{"k": "We zullen u de factuur sturen naar het opgegeven email-adres"}', path="lib.json")}
    assert "opgegeven" not in found


@pytest.mark.parametrize("text, rule", [
    # a thing's own term running out (lexicon term_end_verbs): the mail gives the date
    ("Je lidmaatschap bij %s verloopt binnenkort", "vague-binnenkort"),
    # "Credit card" is no person's name; its term runs out
    ("Credit card in het bestand vervalt binnenkort bij %s", "vague-binnenkort"),
    # a wait of minutes for an automatic mail
    ("Je ontvangt binnen enkele minuten een e-mail met instructies.", "vague-een-aantal"),
    # the reader's own effort, counted where he sees it (real-text-92)
    ("Daarna hoef je nog slechts enkele stappen te ondernemen.", "vague-een-aantal"),
    ("Maak in een paar klikken je account aan.", "vague-een-aantal"),
    # software clients, not a colleague's whereabouts
    ("Succesvol uitgelogd bij andere klanten", "other-client-visit"),
    # where, not when
    ("Wat is CVV? Dit getal staat op uw kaart. Bij American Express staat de code altijd direct "
     "boven het kaartnummer. Controleer het nummer goed.", "promise-absolute"),
    # the software recreates the account
    ("Je moet je account exporteren en hier uploaden. We zullen je oude account hier opnieuw aanmaken.",
     "promise-when"),
    # the reader receives what the software sends by itself (blind judge, real-text-26)
    ("We hebben je per e-mail instructies gestuurd. Je zult de e-mail binnenkort moeten ontvangen!",
     "vague-binnenkort"),
    # the software's own download, a reset mail from no one named, a wish (blind judge, real-text-29/30)
    ("De links zijn succesvol gegenereerd, uw download zal binnenkort starten.", "vague-binnenkort"),
    ("Als er een account met dit e-mailadres bestaat, ontvangt u binnenkort instructies.", "vague-binnenkort"),
    ("Wij willen het graag zo snel mogelijk repareren.", "vague-zsm"),
    # a fix of a fault nobody has seen yet: no string can time it (blind judges, real-text-26 to -32)
    ("We zullen dit zo snel mogelijk oplossen. Wil je op de hoogte worden gehouden?", "vague-zsm"),
    ("We zullen dit zo snel mogelijk oplossen.", "promise-when"),
    # the software's live attempt (blind judges, real-text-39)
    ("We proberen dit nu voor u te reserveren!", "vague-proberen"),
    # a purpose in a setting's help (blind judges, real-text-39)
    ("De brutoprijs kan worden gewijzigd om een correcte afronding te garanderen.", "promise-absolute"),
    # a thing showing up in the software's own screen (blind judges, real-text-38/39)
    ("Bewerking toegevoegd. Deze verschijnt hier binnenkort.", "vague-binnenkort"),
    ("Uw aanvraag zal binnenkort op de server in behandeling worden genomen.", "vague-binnenkort"),
    # looking into the error the string reports (blind judges, real-text-25: 3 of 3 wrong)
    ("Sorry, er ging iets fout. We zullen er snel naar kijken.", "vague-kijken-ernaar"),
    ("Sorry, er ging iets fout. We zullen er snel naar kijken.", "promise-what"),
    ("Sorry, er ging iets fout. We zullen er snel naar kijken.", "promise-when"),
    # the reader receives what the software brings, from no one named (blind judge, real-text-25)
    ("U kunt betalen zonder account. U krijgt later nog een mogelijkheid om uw account aan te maken.",
     "vague-later"),
    # a thing's own term (blind judge, real-text-26)
    ("Routine zal spoedig vervallen", "vague-spoedig"),
    ("Binnenkort sluit een peiling", "vague-binnenkort"),
    # what staff are told to tell the customer (an option label; blind judge, real-text-25)
    ("Laat de klant weten dat het pakket binnenkort wordt verzonden.", "vague-binnenkort"),
])
def test_what_the_software_or_a_thing_does_is_not_our_promise(linter, text, rule):
    assert rule not in rules(linter, text, library=True)


@pytest.mark.parametrize("text, rule", [
    # what will happen to a thing stays vague ("zal", passive), as in a whole message
    ("We hebben je order ontvangen en deze zal zo snel mogelijk verwerkt worden.", "vague-zsm"),
    ("Je bestelling wordt binnenkort verzonden.", "vague-binnenkort"),
    # a colleague at a client, in a library too
    ("Martin is vandaag bij een klant en daarom niet bereikbaar.", "other-client-visit"),
    # a message of ours, the sender named
    ("Je ontvangt binnenkort een e-mail van ons met de factuur.", "vague-binnenkort"),
    ("U ontvangt binnenkort een e-mail van Sanne.", "vague-binnenkort"),
    # a reply of ours can be timed (judged right blind, real-text-29)
    ("Bedankt voor het delen. We nemen zo snel mogelijk contact met u op.", "promise-when"),
    # in a letter the writer sends them (judged right blind, real-text-32)
    ("Beste Anna,\n\nJe inzending wordt nu opgemaakt. Je ontvangt binnenkort verdere instructies.\n\n"
     "Vriendelijke groeten,\nKees", "vague-binnenkort"),
    # looking into it, with no error reported
    ("We kijken er even naar.", "vague-kijken-ernaar"),
    # a count of days is no wait of minutes
    ("We sturen u binnen een paar dagen een e-mail.", "vague-een-aantal"),
])
def test_a_things_future_and_a_colleagues_visit_still_count(linter, text, rule):
    assert rule in rules(linter, text, library=True)


def test_the_promise_verb_is_not_the_verb_of_its_complement_clause(linter):
    text = "Wij zullen u vertellen of een terugbetaling door ons kan worden geïnitieerd."
    found = {f.text for f in linter.lint_text(text, path="draft.txt") if f.rule == "promise-when"}
    assert found == {"vertellen"}
    # coordinated nouns with "of" are no complement clause
    text = "We zullen proberen met uw credit card of bankrekening te betalen."
    found = {f.text for f in linter.lint_text(text, path="draft.txt") if f.rule == "promise-when"}
    assert found == {"betalen"}


@pytest.mark.parametrize("text, rule", [
    # "zo meteen"/"dadelijk" on the software's own work or mail (rule vague-zo-meteen)
    ("We hebben instructies naar je gemaild. Je zal deze dadelijk ontvangen.", "vague-zo-meteen"),
    ("Het account staat ingepland voor blokkeren. De opdracht wordt zo meteen verwerkt.", "vague-zo-meteen"),
    # a product name as subject is the software, not a colleague
    ("Liberapay probeert de fondsen dienovereenkomstig te verdelen.", "vague-proberen"),
    # "onze plug-in" is the product; a wish for the reader
    ("We hopen dat onze plug-in je helpt.", "vague-hopelijk"),
    # a purpose clause promises nothing
    ("Geef zoveel mogelijk informatie, zodat wij uw vraag snel kunnen beantwoorden.", "vague-snel"),
    # a reassurance about the reader's convenience
    ("Klik op de link en volg de instructies. Wij zorgen ervoor dat u snel verder kunt.", "promise-when"),
    # a standing practice with a vague verb and no reader in it
    ("Met behulp van onze partners monitoren wij transacties op mogelijke fraude.", "promise-what"),
    # bad news in a notice without a greeting: the software informs
    ("De zoekfunctie is momenteel niet beschikbaar. Daardoor kunnen we de verzoeken niet tonen.", "no-next-step"),
])
def test_the_softwares_notices_and_reassurances_are_not_our_promises(linter, text, rule):
    assert rule not in rules(linter, text, library=True)


@pytest.mark.parametrize("text, rule", [
    ("Ik bel u zo meteen terug.", "vague-zo-meteen"),  # a person of ours, in a draft
    ("Sanne zal proberen u morgen te bellen.", "vague-proberen"),  # a first name is a colleague
    ("Onze klantenservice zal zo snel mogelijk reageren.", "vague-zsm"),  # a team of ours
    ("We bekijken uw vraag binnenkort.", "vague-binnenkort"),  # a vague action on the reader's matter
])
def test_our_people_and_teams_still_promise(linter, text, rule):
    assert rule in rules(linter, text, library=not text.startswith("Ik "))


def test_news_about_someone_else_is_a_notice_to_staff(linter):
    text = ("#_PERSONFULLNAME (#_PERSONEMAIL) heeft geannuleerd voor #_EVENTNAME op #_STARTDATE.<br>"
            "Op dit moment zijn er #_RESERVEDSEATS plaatsen geboekt.<br><br>Met vriendelijke groeten,<br>Events Manager")
    assert "no-next-step" not in rules(linter, text, library=True)


def test_an_instruction_with_a_placeholder_link_is_the_readers_step(linter):
    text = ("Beste #_PERSONFULLNAME,<br><br>Je verzoek om #_RESPSEATS stoelen te reserveren vereist je "
            "bevestiging.<br>Klik op deze link om te bevestigen #_BOOKING_CONFIRM_URL<br><br>"
            "Met vriendelijke groeten,<br>Events Manager")
    assert "no-next-step" not in rules(linter, text, library=True)


@pytest.mark.parametrize("text, rule", [
    # a liability clause that lists "storingen" is no incident message explaining a cause
    ("Wij achten ons niet aansprakelijk voor schade als gevolg van onjuistheden, noch voor schade die het "
     "gevolg is van problemen veroorzaakt door, of inherent aan het internet, zoals storingen.",
     "incident-explanation"),
    # what an incident brings about is not its cause
    ("Als gevolg van dat incident kunnen we niet uitsluiten dat anderen toegang hadden.", "incident-explanation"),
    # the text itself informs the reader
    ("Op deze website zijn cookies ingeschakeld. In het onderstaande document informeren we u over het gebruik.",
     "promise-when"),
])
def test_legal_texts_are_no_incident_messages_or_promises(linter, text, rule):
    assert rule not in rules(linter, text, library=True)


def test_a_cause_of_the_outage_is_still_an_explanation(linter):
    assert "incident-explanation" in rules(linter, "De storing wordt veroorzaakt door een defecte switch.", False)


@pytest.mark.parametrize("text, rule", [
    # "later" told of the past (judged wrong blind on real-text-35)
    ("Je bent in de buurt geweest van iemand die later corona bleek te hebben.", "vague-later"),
    # a fixed expression: the FAQ heading
    ("Veel gestelde vragen over je bestelling.", "adjective-amount"),
    # right after an event the sentence before names
    ("Direct daarna worden de codes verwijderd.", "vague-direct"),
])
def test_narrated_moments_fixed_headings_and_sequences_in_a_draft(linter, text, rule):
    assert rule not in rules(linter, text, library=False)


def test_a_promised_later_is_still_vague(linter):
    assert "vague-later" in rules(linter, "We lossen het later op.", library=False)


def test_a_purpose_in_a_letter_still_promises_it(linter):
    assert "promise-absolute" in rules(linter, "Wij doen alles om u 100% tevredenheid te garanderen.", library=False)


def test_a_mail_split_over_keys_with_a_greeting_is_one_message(tmp_path):
    """Laravel's mail translations ("greeting: 'Hoi :name,'", "instructions", "when_done"):
    the siblings of a greeting form one mail without a ``messages`` config, so a promise in
    it is read like a letter's (real-text-249: "ontvang je zo snel mogelijk je pasje").
    Siblings without a greeting stay strings of their own."""
    mail = ("<?php\nreturn [\n  'confirm' => [\n    'subject' => 'Bevestig je inschrijving',\n"
            "    'greeting' => 'Hoi :name,',\n    'instructions' => 'Klik op de link in dit bericht.',\n"
            "    'when_done' => 'Als je dit allemaal hebt gedaan, ontvang je zo snel mogelijk je pasje.',\n  ],\n];\n")
    (tmp_path / "email.php").write_text(mail, encoding="utf-8")
    linter = Linter(config=False, today="2026-12-05")
    found = linter.lint_path(tmp_path / "email.php")
    assert "vague-zsm" in {f.rule for f in found}
    assert any(f.key and f.key.startswith("confirm.{greeting,") for f in found)
    (tmp_path / "strings.php").write_text(mail.replace("'Hoi :name,'", "'Welkom'"), encoding="utf-8")
    assert "vague-zsm" not in {f.rule for f in linter.lint_path(tmp_path / "strings.php")}
