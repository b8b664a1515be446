"""rules/incident.yaml, the incident.time_estimate check and context detection."""

from __future__ import annotations

from datetime import date

import pytest
from lint_helpers import spans

from smartlint.context import is_incident_text, resolve_context
from smartlint.engine import lint_text
from smartlint.settings import Settings

INCIDENT = ["incident-time-estimate", "incident-explanation"]


def incident(text: str, context: str = "incident") -> list[tuple[str, str]]:
    return spans(text, context=context, select=INCIDENT)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("We verwachten dat de storing binnen een uur verholpen is.", "binnen een uur"),
        ("De website is vanavond om 18.00 uur weer bereikbaar.", "vanavond om 18.00 uur"),
        ("Over twintig minuten is alles weer online.", "Over twintig minuten"),
        ("Verwachte hersteltijd: 16.30 uur.", "16.30 uur"),
        ("We verwachten dat het morgen is opgelost.", "morgen"),
        ("De monteur heeft het probleem naar verwachting om 15.00 uur opgelost.", "om 15.00 uur"),
        ("Het herstel duurt nog ongeveer 2 uur.", "nog ongeveer 2 uur"),
        ("De storing is binnen het uur voorbij.", "binnen het uur"),
        ("Update storing telefonie: over een half uur zijn de centrales weer bereikbaar.", "over een half uur"),
        ("Korte update over de outage: over twintig minuten is alles weer up and running.", "over twintig minuten"),
        ("Monteur Dennis verhelpt de storing morgen vóór 17.00 uur.", "morgen vóór 17.00 uur"),
        ("Het is morgen opgelost.", "morgen"),
        # a hedge makes a time after "is ... verholpen" a guess, not a report of the past
        ("De storing is vermoedelijk om 15.00 uur verholpen.", "om 15.00 uur"),
        ("Naar schatting is het probleem rond 14.00 uur opgelost.", "rond 14.00 uur"),
        # a moment that can only be to come: the participle is no report of the past
        ("Binnen afzienbare tijd is de storing verholpen.", "Binnen afzienbare tijd"),
        # the work done ("klaar", "gefikst"), a spoken hour, an approximate number, "denk ik"
        ("De reparatie is binnen 3 uur klaar.", "binnen 3 uur"),
        ("Dan is het binnen een halfuurtje gefikst.", "binnen een halfuurtje"),
        ("Het is rond vieren wel opgelost denk ik.", "rond vieren"),
        ("Over een uurtje of twee is de verwarming weer aan.", "Over een uurtje"),
        # spoken and chat forms, day parts, "weg"
        ("We zijn er bijna, nog even en het draait weer als een zonnetje.", "nog even"),
        ("Servers liggen plat. ETA fix: eind vd dag.", "eind vd dag"),
        ("De storing zal vermoedelijk vóór de avondspits voorbij zijn.", "de avondspits"),
        ("Binnen 10 min is de storing weg.", "Binnen 10 min"),
        # how long the fix takes, diminutives, a vague stretch, a day part, the weekend
        ("Het herstel duurt een paar uurtjes.", "een paar uurtjes"),
        ("Het herstel kan nog een tijdje duren.", "nog een tijdje"),
        ("Naar onze inschatting is het vóór het weekend verholpen.", "vóór het weekend"),
        ("Naar verwachting is alles in de loop van de nacht weer hersteld.", "in de loop van de nacht"),
        # a fix scheduled for a time (paraphrases34)
        ("De fix staat gepland voor 16.00 uur.", "voor 16.00 uur"),
    ],
)
def test_time_estimates_are_found(text, expected):
    assert incident(text) == [("incident-time-estimate", expected)]


@pytest.mark.parametrize(
    "text",
    [
        # the recommended wording: no estimate, but a moment for the next update
        "We kunnen nog niet zeggen hoe lang het herstel duurt.",
        "Er is nog geen verwachte hersteltijd.",
        "Om 14.00 uur volgt een nieuwe update.",
        "Om 14.00 uur sturen we een nieuwe update.",
        "Sanne belt u om 15.00 uur met de stand van zaken.",
        "We weten nog niet wanneer het is opgelost, om 14.00 uur volgt een update.",
        "Zodra de storing is opgelost, belt Sanne u.",
        "Het is opgelost, rapport volgt later.",
        "Het is opgelost, ik kom later met een rapport of verklaring.",
        # reports of the past, not estimates
        "De storing in de telefonie van vanochtend is opgelost.",
        "De storing is vanochtend om 9.15 uur verholpen.",
        "Het kassasysteem ligt sinds 11.00 uur plat.",
        "De storing duurt inmiddels 2 uur.",  # how long it has lasted
        "De storing duurt al 3 uur, het herstel is begonnen.",
        "De storing is om half vijf opgelost.",
        "Het kan nog even duren voordat alles weer werkt.",
        "Storing: de monteur en de engineer zijn onderweg.",
        # ready to help, round the clock: no fix, no date
        "Wij staan 24/7 voor u klaar en lossen de storing op.",
    ],
)
def test_no_estimate(text):
    assert incident(text) == []


def test_status_lines():
    text = (
        "P1-incident INC-20931 – e-mail niet beschikbaar\n\nStatus: onderzoek loopt\n"
        "Verwachte hersteltijd: 16.30 uur\nVolgende update: 14.00 uur door Ilse\n"
    )
    assert incident(text, context="auto") == [("incident-time-estimate", "16.30 uur")]
    text = "Incident INC-5512\n\nImpact: gesprekken vallen weg\nOorzaak: configuratiefout\n"
    assert incident(text, context="auto") == [("incident-explanation-source", "Oorzaak:")]


def test_estimate_and_update_in_one_sentence():
    text = "De storing is naar verwachting om 16.00 uur verholpen, om 14.00 uur volgt een update."
    assert incident(text) == [("incident-time-estimate", "om 16.00 uur")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("De storing wordt veroorzaakt door een defecte server.", "wordt veroorzaakt door"),
        ("De oorzaak is een fout in de laatste update.", "De oorzaak is"),
        ("Het uitvallen komt doordat een kabel is doorgesneden.", "komt doordat"),
        ("De uitval is het gevolg van werkzaamheden.", "is het gevolg van"),
        ("Het ligt aan een storing bij onze leverancier.", "ligt aan"),
        ("Een stroomstoring in het datacenter is de reden.", "is de reden"),
        ("Oorzaak is een kapotte kabel.", "Oorzaak is"),
        # the verb inside the phrase, and a label line without an article (paraphrases43)
        ("Wij denken dat de storing te wijten is aan een verlopen certificaat.", "te wijten is aan"),
        ("Oorzaak ligt bij de hostingpartij.", "Oorzaak ligt"),
    ],
)
def test_explanations_are_found(text, expected):
    assert incident(text) == [("incident-explanation", expected)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mogelijk zit het probleem in de laatste Windows-update.", "zit het probleem in"),
        ("De storing ligt bij Logius, de beheerder van DigiD.", "De storing ligt bij"),
        # the cause named as the predicate ("X is de oorzaak"), not the question about it
        ("Een defecte server is de oorzaak.", "server is de oorzaak"),
        ("Door een gaslek is er een storing in de gaslevering.", "Door een gaslek"),
        # a guess at the fault, hedged, is still a cause named before the review
        ("Het zit hem waarschijnlijk in de koppeling met de bank.", "Het zit hem waarschijnlijk in"),
        ("Er lijkt sprake te zijn van een defect in een wijkcentrale.", "lijkt sprake te zijn van een defect"),
        ("Het gaat vermoedelijk om een kabelbreuk bij de bouwplaats.", "vermoedelijk om een kabelbreuk"),
        ("Een monteur heeft vastgesteld dat een pomp kapot is gegaan door de vorst.", "kapot is gegaan door"),
        ("Mogelijk heeft de laatste update van iOS er iets mee te maken.", "er iets mee te maken"),
        ("De leverancier heeft een hardwarefout gevonden in de opslag.", "heeft een hardwarefout gevonden"),
        ("Volgens de leverancier is het een softwarefout.", "is het een softwarefout"),
        ("Een graafmachine heeft een kabel geraakt.", "heeft een kabel geraakt"),
        ("Door een storing bij onze leverancier kunt u niet internetten.", "Door een storing bij onze leverancier"),
        ("Het gaat om een kabelbreuk bij Utrecht.", "gaat om een kabelbreuk"),
        ("Er is een defect aan een transformator.", "is een defect aan"),
        ("Een server is uitgevallen, daardoor is de site onbereikbaar.", "uitgevallen, daardoor"),
        ("Een defecte router zorgt ervoor dat u niet kunt bellen.", "defecte router zorgt ervoor"),
        ("Er is een fout gemaakt bij het onderhoud.", "fout gemaakt"),
        ("Een graafmachine heeft vanochtend een kabel geraakt.", "heeft vanochtend een kabel geraakt"),
        ("De ketel is uitgevallen omdat de hoofdpomp is vastgelopen.", "omdat de hoofdpomp is vastgelopen"),
        # (the hedged passive as a whole, paraphrases126: "Vermoedelijk is ... een kabel geraakt")
        ("Wellicht is de ketel oververhit geraakt.", "Wellicht is de ketel oververhit geraakt"),
        ("Vermoedelijk is bij graafwerk aan de Ring een glasvezelkabel geraakt.",
         "Vermoedelijk is bij graafwerk aan de Ring een glasvezelkabel geraakt"),
        ("Het lijkt te gaan om een hardwareprobleem.", "gaan om een hardwareprobleem"),
        ("Na een stroomstoring in het datacenter zijn de servers uitgevallen.", "Na een stroomstoring"),
        ("De servers zijn overbelast geraakt door het grote aantal bezoekers.", "overbelast geraakt door"),
        ("Een kapotte switch legt het netwerk plat.", "kapotte switch legt"),
        ("Er is iets misgegaan bij een update van de software.", "misgegaan bij"),
        ("De storing is ontstaan bij werkzaamheden van een aannemer.", "storing is ontstaan bij"),
        ("Volgens onze specialisten gaat het om een kapotte router.", "gaat het om een kapotte"),
        ("Onze technici hebben het probleem gevonden: een fout in de koppeling.", "probleem gevonden:"),
        ("Vermoedelijk heeft een aanrijding de regelkast beschadigd.",
         "Vermoedelijk heeft een aanrijding de regelkast beschadigd"),
        # paraphrases32: the fault noun straight before "ligt bij", a reason for the outage
        ("De verstoring ligt bij onze leverancier van de glasvezelverbinding.", "De verstoring ligt bij"),
        ("Het netwerk in gebouw B ligt eruit omdat bij graafwerkzaamheden een kabel is geraakt.", "eruit omdat"),
        # the relation in a subclause (paraphrases43)
        ("Wij denken dat de uitval met de nieuwe firewall te maken heeft.", "met de nieuwe firewall te maken heeft"),
        # a hedge between the verb and its place (paraphrases47)
        ("De storing in de kassa-app zit vermoedelijk in de koppeling met de bank.",
         "De storing in de kassa-app zit vermoedelijk in"),
    ],
)
def test_cause_pointed_at(text, expected):
    assert incident(text) == [("incident-explanation-source", expected)]


@pytest.mark.parametrize(
    "text",
    [
        "De oorzaak is nog niet bekend.",
        "We onderzoeken wat de oorzaak is.",
        "Het is opgelost, ik kom later met een rapport of verklaring.",
        "Door een technische storing is ons telefoonnummer niet bereikbaar.",
        "Door de storing kunt u niet inloggen.",
        "Oorzaak: nog onbekend",
        "De nieuwe app-versie heeft er niets mee te maken.",
        "Door het probleem kunt u niet betalen.",
        "Door een storing bij het inloggen kunt u niet verder.",
        "Door een storing bij ons telefoonplatform zijn we niet bereikbaar.",
        "Het gaat om een storing in heel Utrecht.",
        "De reden is nog onbekend.",
        "Het gaat om een probleem met inloggen.",
        "We zijn beperkt bereikbaar door een storing bij ons telefoonplatform.",
        "We weten nog niet wat de reden is.",
        "We weten nog niet wat er met de storing te maken heeft.",
        # a repair and what works again after it (real-text-150)
        "We hebben de betaling hersteld, waardoor het betalingsproces weer normaal verloopt.",
    ],
)
def test_no_explanation(text):
    assert incident(text) == []


def test_incident_rules_only_run_in_incident_context():
    text = "We verwachten dat het binnen een uur verholpen is. Het komt doordat de server vol is."
    assert incident(text, context="normal") == []
    assert incident(text, context="auto") == []  # nothing here says "storing"
    assert [rule for rule, _ in incident("Er is een storing. " + text, context="auto")] == [
        "incident-time-estimate",
        "incident-explanation",
    ]


def test_incident_suggestion_is_the_protocol_wording():
    from lint_helpers import lint

    (finding,) = lint("De storing komt doordat de server vol is.", context="incident", select=INCIDENT)
    assert finding.suggestion.endswith("'Het is opgelost, ik kom later met een rapport of verklaring.'")


@pytest.mark.parametrize(
    "text",
    [
        "Er is op dit moment een storing in ons netwerk.",
        "De netwerkstoring duurt voort.",
        "Door een stroomuitval is de website niet bereikbaar.",
        "Onze website ligt plat.",
        "Dit incident heeft prioriteit 1.",
        "Melding P1: de server is down.",
        "Er is een kritiek probleem met de betaalpagina.",
        "P1-incident INC-20931 – e-mail niet beschikbaar",
        "Jullie kassasysteem ligt sinds 11.00 uur plat.",
        # a status message's own name
        "Storingsupdate 10.40 uur",
        "Incidentmelding klantportaal – 15.20 uur",
    ],
)
def test_incident_texts_are_detected(text):
    assert is_incident_text(text)
    assert resolve_context("auto", text) == "incident"


@pytest.mark.parametrize(
    "text",
    [
        "Uw bestelling is vandaag verzonden.",
        "Het model P10 is uitverkocht.",
        "Wij hebben uw platte pakket ontvangen.",
        "Geniet van een storingsvrije verbinding.",
        "Bel bij problemen ons storingsnummer.",
    ],
)
def test_normal_texts_are_not_incidents(text):
    assert not is_incident_text(text)
    assert resolve_context("auto", text) == "normal"
    assert resolve_context("incident", text) == "incident"


@pytest.mark.parametrize(
    "text",
    [
        "Het netwerk ligt plat vanwege een defecte router in de serverruimte.",
        "De uitval is wegens een kabelbreuk bij de buren.",
        "De oorzaak van het probleem is een fout in de laatste software-update.",
        "De oorzaak van de uitval ligt bij onze hostingpartij.",
        "De storing ontstond door een fout in de nieuwe configuratie.",
        "Alles ligt stil door een stroomstoring bij de leverancier.",
        "Dat komt door de drukte op het netwerk.",
        "Het ligt aan de nieuwe firewall.",
        "De printers doen het niet omdat de printserver vol zit.",
        "De app is niet bereikbaar, omdat een certificaat is verlopen.",
        "Mogelijk is een stroomstoring in het datacenter de oorzaak van de uitval.",
        "Hey, de oorzaak zit 'm in de nieuwe firewall.",
        # inverted after a fronted word: the verb, "het", then the cause
        "Mogelijk komt het door een overbelaste server.",
        "Volgens de leverancier ligt het aan een defecte schakelaar.",
    ],
)
def test_causes_in_other_words(text):
    rules = {rule for rule, _ in incident(text)}
    assert rules and all(rule.startswith("incident-explanation") for rule in rules)


@pytest.mark.parametrize(
    "text",
    [
        "U wordt vandaag om 15.00 uur door Sanne gebeld over de storing.",
        "De storing wordt door monteur Erik verholpen; hij belt u om 16.00 uur.",
        "Vanwege de storing kunt u niet inloggen. Om 14.00 uur sturen we een update.",
        "De oorzaak van de storing is nog niet bekend.",
        "Door een storing kunt u vandaag niet bellen.",
    ],
)
def test_no_cause_given(text):
    assert [rule for rule, _ in incident(text) if rule.startswith("incident-explanation")] == []



def _all_rules(text: str, context: str) -> set[str]:
    from smartlint.api import Linter

    return {f.rule for f in Linter(today="2026-12-03", context=context).lint_text(text, path="m.txt")}


@pytest.mark.parametrize("text, context", [
    # the protocol's model text is clean in any context once the message says it is fixed
    ("Het is opgelost, rapport volgt later.", "auto"),
    ("Het is opgelost, rapport volgt later.", "normal"),
    # a report noun in a compound, and a report that follows without "later"
    ("De storing bij de tankautomaten is sinds 9.20 uur verholpen. Het onderzoeksrapport volgt later.", "incident"),
    ("De storing is verholpen. Het rapport volgt.", "incident"),
])
def test_the_model_wording_after_a_fix_is_clean(text, context):
    assert _all_rules(text, context) == set()


def test_a_report_later_without_a_fix_is_still_vague():
    # nothing is fixed and no incident: a report "later" is a promise without who and when
    rules = _all_rules("Uw klacht is in behandeling, rapport volgt later.", "normal")
    assert {"promise-who", "promise-when"} <= rules


@pytest.mark.parametrize("text, expected", [
    # "zo'n" between "nog" and the number
    ("Het herstel duurt nog zo'n twee uur.", "nog zo'n twee uur"),
    # the repair's time, then "daarna werkt alles weer": one estimate
    ("Monteur Dennis vervangt de kapotte switch vandaag vóór 17.00 uur, daarna werkt alles weer.",
     "vandaag vóór 17.00 uur"),
])
def test_estimates_with_zon_and_daarna(text, expected):
    assert ("incident-time-estimate", expected) in incident(text)


@pytest.mark.parametrize("text, expected", [
    # the cause in the past tense, also right after the fix and before the report
    ("Het is opgelost! De oorzaak was een volgelopen schijf. Om 17.00 uur mail ik je een samenvatting.",
     [("incident-explanation", "De oorzaak was")]),
    ("De oorzaak lag bij een defecte switch.", [("incident-explanation-source", "De oorzaak lag bij")]),
    # "alles terug" is the service coming back, with a diminutive duration
    ("De mailserver ligt plat, binnen een uurtje is alles terug.", [("incident-time-estimate", "binnen een uurtje")]),
])
def test_past_causes_and_coming_back_in_other_words(text, expected):
    assert incident(text) == expected


@pytest.mark.parametrize("text", [
    # the review the protocol asks for has been done
    "Uit ons onderzoek naar de storing van 24 november blijkt dat een defecte switch de oorzaak was.",
    "We weten nog niet wat de oorzaak was.",
    # a colleague coming back is no repair time
    "Om 14.00 uur is Sanne terug op kantoor en belt u dan.",
])
def test_reviewed_causes_and_unknown_causes_are_not_explanations(text):
    assert incident(text) == []


def test_a_finished_review_allows_the_cause():
    text = ("Het onderzoek is afgerond en het rapport is klaar: de uitval van 1 december kwam doordat een "
            "certificaat was verlopen.")
    assert incident(text) == []


def test_the_question_about_the_cause_names_none():
    assert incident("Wat is de oorzaak? Dat zoeken we nog uit.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Wij verwachten dat rond middernacht iedereen weer stroom heeft.", "rond middernacht"),
        ("We verwachten dat het herstel ongeveer twee uur duurt.", "ongeveer twee uur"),
        ("De monteurs hopen om 17.00 uur klaar te zijn.", "om 17.00 uur"),
    ],
)
def test_estimates_at_midnight_and_of_about_a_duration(text, expected):
    assert incident(text) == [("incident-time-estimate", expected)]


@pytest.mark.parametrize(
    "text",
    [
        # how long it has lasted, a condition on the fix failing, a claim about every outage,
        # a contact moment about the repair
        "De storing duurt inmiddels ongeveer twee uur.",
        "Als de storing morgen nog steeds niet opgelost is, krijg je een vergoeding.",
        "Wij lossen elke storing binnen 10 minuten op.",
        "Mirjam belt je vrijdag tussen 9.00 en 11.00 uur met een afspraak voor het herstel.",
    ],
)
def test_no_estimate_of_this_fix(text):
    assert [r for r, _ in incident(text) if r == "incident-time-estimate"] == []


def test_a_hedge_between_the_fault_and_its_place_is_still_a_cause():
    assert incident("Het probleem zit vermoedelijk in een zendmast.") == [
        ("incident-explanation-source", "Het probleem zit vermoedelijk in")]


@pytest.mark.parametrize("text", [
    # the problem itself, our own fix, an update as a step: no cause told
    "Het gaat om een probleem met inloggen.",
    "We hebben ervoor gezorgd dat u weer kunt bellen.",
    "Na een update van de app kunt u weer inloggen.",
])
def test_near_causes_that_tell_no_cause(text):
    assert incident(text) == []



def test_a_bracketed_tag_names_the_incident_though_it_is_masked_as_a_placeholder():
    # "[STORING]" reaches the parser as a placeholder; the context is read from the text as written
    found = lint_text("[STORING] Roosterapp — ETA herstel: 16.30 uur — update om 15.00 uur per mail door Hamza\n",
                      Settings(today=date(2026, 12, 5), context="auto"))
    assert [f.category for f in found] == ["incident-time-estimate"]
