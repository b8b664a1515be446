"""Software mail templates read as library messages, a request after a comma, and a
pronoun standing for a person named by title or role (real-text-355..357, paraphrases95)."""

from __future__ import annotations

import pytest
from lint_helpers import draft_rules

from smartlint.api import Linter
from smartlint.inputs import read_path
from smartlint.settings import Settings

MAGENTO = """<p>Beste {{htmlescape var=$order.getCustomerName()}},</p>
<p>Bedankt voor uw bestelling bij {{var store.getFrontendName()}}.
Zodra uw pakket verzonden is, sturen wij u een e-mail met een link om uw bestelling te volgen.</p>
{{depend order.getIsNotVirtual()}}<p>Uw bestelling wordt vandaag verzonden.</p>{{/depend}}
<p>Met vriendelijke groet,<br>{{var store.getFrontendName()}}</p>
"""

CANNED = """Beste {{ klantnaam }},

Zodra uw pakket verzonden is, sturen wij u een e-mail met een link om uw bestelling te volgen.

Met vriendelijke groet,
{{ medewerker }}
"""


@pytest.fixture(scope="module")
def linter():
    return Linter(config=False, today="2026-12-08")


@pytest.mark.parametrize("name,text", [
    ("order_new.html", MAGENTO),
    ("mail.txt", "Hallo {{ $user->name }},\n\nWe sturen je een e-mail zodra je bestelling klaar is.\n"),
    ("mail.html", "<p>{% if paid %}We sturen je zodra je betaling binnen is een bevestiging.{% endif %}</p>"),
    ("mail.txt", "Beste {!! $name !!}, we nemen contact met u op zodra uw aanvraag is beoordeeld."),
])
def test_a_file_with_template_logic_is_a_software_template(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = read_path(path, Settings())
    assert doc.segments and all(s.template and s.from_library and s.key is None for s in doc.segments)


@pytest.mark.parametrize("name,text", [
    ("reply.txt", CANNED),
    ("reply.html", "<p>Beste [NAAM], we bellen u %{datum} terug.</p>"),
    # a Markdown page with Liquid is a web page, not a mail the software sends
    ("faq.md", "# Vragen\n\n{% if site.x %}We bellen u terug zodra uw vraag binnen is.{% endif %}\n"),
])
def test_placeholders_alone_or_other_files_stay_drafts(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    assert not any(s.template for s in read_path(path, Settings()).segments)


def test_the_shop_flow_of_a_template_is_no_promise_of_an_agent(tmp_path, linter):
    (tmp_path / "order_new.html").write_text(MAGENTO, encoding="utf-8")
    (tmp_path / "reply.txt").write_text(CANNED, encoding="utf-8")
    by_file = {}
    for finding in linter.lint_path(tmp_path):
        by_file.setdefault(finding.path.rsplit("/", 1)[-1], set()).add(finding.rule)
    assert not {"promise-who", "promise-when"} & by_file.get("order_new.html", set())
    # the same sentence in an agent's canned reply is still a promise without a moment
    assert "promise-when" in by_file["reply.txt"]


@pytest.mark.parametrize("text", [
    "Deze aanbieding is geldig gedurende 7 dagen, maak er snel gebruik van!",
    "Je code is 7 dagen geldig, maak er dus snel gebruik van.",
])
def test_a_request_after_a_comma_is_the_readers_task(linter, text):
    assert "vague-snel" not in draft_rules(linter, text)


def test_an_inverted_statement_after_a_condition_is_not_split(linter):
    from smartlint.nl.clauses import clauses_of
    from smartlint.nlp import load_pipeline

    nlp = load_pipeline(None)
    acts = {c.text: c._.act for c in clauses_of(nlp("De winkel is zaterdag open, kom gerust langs."))}
    assert acts.get("kom gerust langs") == "instruction"
    acts = {c.text: c._.act for c in clauses_of(nlp("Als het klaar is, bel ik je."))}
    assert "bel ik je" in acts and acts["bel ik je"] != "instruction"
    # a promise after a comma with its subject stays ours
    assert "promise-when" in draft_rules(linter, "Uw pakket is onderweg, we bellen u nog.")


@pytest.mark.parametrize("text", [
    "Over uw aanvraag wordt uiterlijk vrijdag 18 december besloten door mevrouw Kuipers; "
    "zij belt u dezelfde dag met de uitkomst.",
    "Uw aanvraag is doorgestuurd naar onze hypotheekadviseur; hij belt u vrijdag 18 december om 10.00 uur.",
])
def test_a_pronoun_stands_for_the_person_named_by_title_or_role(linter, text):
    assert "promise-who" not in draft_rules(linter, text)


def test_two_pipelines_in_one_process_each_know_their_folded_words():
    """The folded NORM of "geüpload" is added to each pipeline's own StringStore: the
    Linter's pipeline crashed on a hash cached by another pipeline of the process (an
    API user's) (KeyError E018), and its findings depended on what that one had read."""
    import json

    from smartlint.nl.clauses import clauses_of
    from smartlint.nlp import load_pipeline

    clauses_of(load_pipeline(None)("Het bestand is geüpload. Hij is mogelijk verwijderd."))
    text = json.dumps({"k": "Bestand dat is geüpload naar de drop-map, wordt binnenkort verwerkt."})
    assert "vague-binnenkort" not in {f.rule for f in Linter(config=False, today="2026-12-03").lint_text(text, path="l.json")}


def test_two_names_joined_by_en_take_the_plural_verb_after_them():
    from smartlint.nl.clauses import clauses_of
    from smartlint.nlp import load_pipeline

    doc = load_pipeline(None)("Jolien en Daan plannen samen de training voor de nieuwe medewerkers in.")
    main = next(c for c in clauses_of(doc) if c._.role == "main")
    assert (main._.finite.text, main._.act, main._.subject_kind) == ("plannen", "promise", "person")


@pytest.mark.parametrize("text", [
    "Opticien Tom de Groot meet uw ogen op vrijdag 11 december om 14.00 uur opnieuw op.",
])
def test_a_verb_the_tagger_calls_a_noun_with_a_subject_is_the_finite_verb(text):
    """The parser gives "staat"/"meet" a subject but tags it NOUN (after a house number, a
    surname): _FALLBACK_NOUN_WITH_SUBJECT, which the promise analysis reads too."""
    from smartlint.nl.clauses import clauses_of, finite_verbs
    from smartlint.nlp import load_pipeline

    doc = load_pipeline(None)(text)
    main = next(c for c in clauses_of(doc) if c._.role == "main")
    assert main._.finite is not None and main._.finite.text == "meet"
    assert main._.finite.i in finite_verbs(doc) and main._.act == "promise"


def test_a_dated_step_by_a_surnamed_colleague_is_a_next_step(linter):
    text = ("Hartelijk dank voor uw bericht. Uw afspraak in onze winkel aan de Grote Markt 12 staat op vrijdag "
            "11 december om 14.00 uur. Opticien Tom de Groot meet dan uw ogen opnieuw op.")
    assert "no-next-step" not in draft_rules(linter, text)


def test_a_stem_then_dan_after_a_condition_is_the_readers_step(linter):
    rules = draft_rules(linter, "Lukt inloggen niet, probeer dan eerst de app opnieuw te installeren.")
    assert "vague-proberen" not in rules and "promise-when" not in rules
    # ... "ik" after the verb keeps it ours
    from smartlint.nl.clauses import clauses_of
    from smartlint.nlp import load_pipeline

    doc = load_pipeline(None)("Lukt het niet, probeer ik het dan morgen opnieuw.")
    assert all(c._.mood != "imperative" for c in clauses_of(doc))
