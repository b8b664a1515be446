"""The Dutch lexicon (rules/lexicon.yaml): one matching semantics for every list, and a
word added to a list reaches every rule and analysis that reads that list.

The "reaches" tests write a copy of the shipped lexicon with one word added, point
``SMARTLINT_LEXICON`` at it and show the rule's finding (or the analysis' reading)
change: before the word is added the text reads one way, after it the other.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml

from smartlint.errors import PackError
from smartlint.nl.lexicon import LEXICON_ENV, Lexicon, LexiconSet, diminutive_forms, lexicon
from smartlint.packs import load_pack_file

LEXICON_FILE = Path(__file__).resolve().parent.parent / "rules" / "lexicon.yaml"
TODAY_SETTINGS = dict(today=__import__("datetime").date(2026, 11, 22))


def _clear_caches() -> None:
    """Everything that remembers words read from the lexicon."""
    import smartlint.checks.lexicon
    import smartlint.checks.promise_words
    import smartlint.checks.timeexpr
    import smartlint.checks.verbs
    import smartlint.engine
    import smartlint.nl.verbs
    import smartlint.preprocess

    lexicon.cache_clear()
    for module in (smartlint.checks.lexicon, smartlint.checks.timeexpr, smartlint.checks.verbs,
                   smartlint.nl.verbs, smartlint.preprocess):
        for value in vars(module).values():
            if callable(getattr(value, "cache_clear", None)):
                value.cache_clear()
    smartlint.checks.promise_words._WORDS.clear()
    smartlint.engine._ENGINES.clear()


@pytest.fixture
def add_words(tmp_path, monkeypatch):
    """``add_words(list_name, word, ...)``: from now on the lexicon has these words too."""
    data = yaml.safe_load(LEXICON_FILE.read_text(encoding="utf-8"))

    def add(name: str, *words) -> None:
        if name == "irregular_verbs":  # add_words("irregular_verbs", {infinitive: forms})
            data[name].update(words[0])
        else:
            assert name in data["lists"], name
            data["lists"][name] = list(data["lists"][name]) + list(words)
        path = tmp_path / "lexicon.yaml"
        path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
        monkeypatch.setenv(LEXICON_ENV, str(path))
        _clear_caches()

    yield add
    monkeypatch.delenv(LEXICON_ENV, raising=False)
    _clear_caches()


def findings(text: str, rule: str | None = None, category: str | None = None) -> list[str]:
    from smartlint.engine import lint_text
    from smartlint.settings import Settings

    found = lint_text(text, Settings(**TODAY_SETTINGS))
    return [f.text for f in found if (rule is None or f.rule == rule) and (category is None or f.category == category)]


def clause_reading(text: str) -> list[tuple[str | None, str | None]]:
    """(act, subject kind) of each clause, from the clause analysis."""
    from smartlint.nl.clauses import clauses_of
    from smartlint.nlp import load_pipeline

    doc = load_pipeline()(text)
    return [(c._.act, c._.subject_kind) for c in clauses_of(doc)]


# --- the matching semantics -------------------------------------------------------------


def make(lists: dict, spoken: dict | None = None, diminutive_lists=()) -> Lexicon:
    return Lexicon({"variants": {"spoken": spoken or {}, "diminutive_lists": list(diminutive_lists)},
                    "lists": lists}, "test.yaml")


def test_words_are_case_and_accent_folded():
    lex = make({"cues": ["Vóór", "Café"]})
    assert lex["cues"].words == {"voor", "cafe"}
    assert "VOOR" in lex["cues"] and "vóór" in lex["cues"] and "café" in lex["cues"]
    assert lex["cues"].find("uiterlijk voor 12 uur") == [(10, 14)]


def test_phrases_match_whole_words_only():
    lex = make({"actors": ["ons team"]})
    assert lex["actors"].find("ons team belt") == [(0, 8)]
    assert lex["actors"].find("ons teamlid belt") == []
    assert lex["actors"].find("ons   team") == [(0, 10)]


def test_spoken_variants_match_for_the_written_word_and_inside_phrases():
    lex = make({"hedges": ["even", "zo snel mogelijk"]}, spoken={"ff": "even", "zsm": "zo snel mogelijk"})
    assert {"ff", "zsm"} <= lex["hedges"].words
    assert lex.resolve(["even kijken"]) == ["even kijken", "ff kijken"]


def test_diminutives_of_listed_nouns():
    lex = make({"units": ["uur", "moment", "kwartier", "week"]}, diminutive_lists=["units"])
    assert {"uurtje", "momentje", "kwartiertje", "weekje"} <= lex["units"].words
    assert lex["units"].find("een uurtje geduld") == [(4, 10)]
    assert "belletje" in diminutive_forms("bel") and "raampje" in diminutive_forms("raam")
    assert "uurtje" not in make({"units": ["uur"]})["units"].words  # only for listed lists


def test_a_list_may_include_another():
    lex = make({"statement": ["begrijpen"], "stative": ["@statement", "zijn"]})
    assert lex["stative"].words == {"begrijpen", "zijn"}


@pytest.mark.parametrize("lists, expected", [
    ({"a": ["@missing"]}, "lexicon list 'a': unknown list '@missing'"),
    ({"a": ["@b"], "b": ["@a"]}, "includes itself"),
])
def test_bad_includes_are_one_line_errors(lists, expected):
    with pytest.raises(PackError) as err:
        make(lists)
    assert expected in str(err.value) and "\n" not in str(err.value)


def test_the_shipped_lexicon_loads_and_every_list_has_words():
    lex = lexicon()
    assert lex.lists and all(wl.words for wl in lex.lists.values())
    assert {"uurtje", "momentje"} <= lex["time_units"].words


def test_lexicon_set_follows_the_current_lexicon(add_words):
    adverbs = LexiconSet("clause_adverbs", {"er"})
    assert "er" in adverbs and "daarom" in adverbs and "pronto" not in adverbs
    add_words("clause_adverbs", "pronto")
    assert "pronto" in adverbs and "er" in adverbs


# --- "@name" in packs ---------------------------------------------------------------------


def write_pack(tmp_path, phrases: str) -> Path:
    path = tmp_path / "house.yaml"
    path.write_text(
        "pack: {name: house}\nrules:\n  - id: house-hedge\n    category: vague-word\n"
        "    severity: warning\n    message: 'Vaag.'\n    why: 'Vaag.'\n"
        f"    match: {{phrases: {phrases}}}\n",
        encoding="utf-8",
    )
    return path


def test_at_name_in_a_pack_resolves_to_the_lexicon_list(tmp_path):
    (rule,) = load_pack_file(write_pack(tmp_path, '["@fixed_expressions", heel even]'))
    assert set(lexicon()["fixed_expressions"].words) <= set(rule.match["phrases"])
    assert "heel even" in rule.match["phrases"] and "heel ff" in rule.match["phrases"]


def test_unknown_at_name_is_a_one_line_error_naming_the_pack(tmp_path):
    path = write_pack(tmp_path, '["@vage_woorden"]')
    with pytest.raises(PackError) as err:
        load_pack_file(path)
    message = str(err.value)
    assert str(path) in message and "house-hedge" in message and "@vage_woorden" in message
    assert "\n" not in message


def test_smart_pack_params_are_the_lexicon_lists():
    (rule,) = [r for r in load_pack_file(LEXICON_FILE.parent / "smart.yaml") if r.id == "promise-who"]
    params = rule.match["params"]
    lex = lexicon()
    assert set(params["specific_roles"]) == lex["person_roles"].words
    assert set(params["non_promise_verbs"]) == lex["statement_verbs"].words
    assert lex["statement_verbs"].words < lex["stative_verbs"].words
    assert set(params["vague_actors"]) == lex["team_actors"].words | {"we", "wij", "ons"}


def test_the_result_cache_follows_the_lexicon(add_words):
    from smartlint.cache import fingerprint
    from smartlint.settings import Settings

    before = fingerprint(Settings(**TODAY_SETTINGS))
    add_words("team_actors", "de kernploeg")
    assert fingerprint(Settings(**TODAY_SETTINGS)) != before


def test_loading_the_lexicon_does_not_import_spacy():
    import subprocess

    code = ("import sys\nfrom smartlint.nl.lexicon import lexicon\nlexicon()['team_actors']\n"
            "from smartlint.packs import load_packs\nload_packs()\n"
            "assert 'spacy' not in sys.modules, 'spacy imported'\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


# --- a word added to a list reaches every rule and analysis that reads the list ---------------


def test_team_actors_reach_promise_who_and_the_clause_analysis(add_words):
    text = "De kernploeg belt u morgen om 10.00 uur."
    assert findings(text, category="missing-who") == []
    add_words("team_actors", "de kernploeg")
    assert findings(text, category="missing-who") == ["De kernploeg"]
    assert clause_reading(text)[0][1] == "team"


def test_customer_nouns_reach_the_promise_analysis_and_the_clause_analysis(add_words):
    text = "Een bezoeker belt u morgen om 10.00 uur."
    assert findings(text, category="missing-who") == ["Een bezoeker"]
    add_words("customer_nouns", "bezoeker")
    assert findings(text, category="missing-who") == []
    assert clause_reading("De bezoeker belt morgen.")[0][1] == "customer"


def test_person_roles_reach_promise_who_and_the_clause_analysis(add_words):
    text = "U wordt morgen om 10.00 uur gebeld door de stadsomroeper."
    assert findings(text, category="missing-who") != []
    add_words("person_roles", "stadsomroeper")
    assert findings(text, category="missing-who") == []
    assert clause_reading("De stadsomroeper belt u morgen.")[0][1] == "person"


def test_receive_verbs_reach_promise_who(add_words):
    text = "U ziet het bedrag morgen terug op uw rekening."
    assert findings(text, category="missing-who") == []
    add_words("receive_verbs", "terugzien")
    assert findings(text, category="missing-who") == ["U ziet"]


def test_follows_verbs_reach_promise_who(add_words):
    text = "Uw rapport verschijnt morgen om 10.00 uur."
    assert findings(text, category="missing-who") == []
    add_words("follows_verbs", "verschijnen")
    assert findings(text, category="missing-who") != []


def test_statement_verbs_reach_the_promise_rules_and_the_clause_analysis(add_words):
    text = "We constateren morgen de schade."
    assert findings(text, category="missing-who") == ["We"]
    assert clause_reading(text)[0][0] == "promise"
    add_words("statement_verbs", "constateren")
    assert findings(text, category="missing-who") == []
    assert clause_reading(text)[0][0] == "description"  # through stative_verbs: "@statement_verbs"


def test_courtesy_openers_reach_no_next_step(add_words):
    text = "Chapeau voor uw geduld. De storing duurt nog even."
    assert findings(text, rule="no-next-step") == ["Chapeau voor uw geduld."]
    add_words("courtesy_openers", "chapeau")
    assert findings(text, rule="no-next-step") == ["De storing duurt nog even."]


def test_fixed_expressions_reach_the_vague_rules(add_words):
    text = "Dit is mogelijk dankzij uw steun."
    assert findings(text, rule="vague-mogelijk") == ["mogelijk"]
    add_words("fixed_expressions", "mogelijk dankzij")
    assert findings(text, rule="vague-mogelijk") == []


def test_duration_units_reach_promise_when(add_words):
    text = "Sanne belt u binnen twee etmalen."
    assert findings(text, category="missing-when") == ["belt"]
    add_words("duration_units", "etmalen")
    assert findings(text, category="missing-when") == []


def test_day_parts_reach_promise_when(add_words):
    text = "Sanne belt u dinsdagschemer."  # ("namiddag" is in the lexicon since stop 38)
    assert findings(text, category="missing-when") == ["belt"]
    add_words("day_parts", "schemer")
    assert findings(text, category="missing-when") == []


def test_clause_adverbs_reach_the_subject_of_a_promise(add_words):
    text = "Pronto stuurt ons team u morgen om 10.00 uur de factuur."
    assert findings(text, category="missing-who") == []
    add_words("clause_adverbs", "pronto")
    assert findings(text, category="missing-who") == ["ons team"]


def test_verb_lookalikes_reach_the_verb_phrases_of_the_packs(add_words):
    from smartlint.checks.verbs import VerbPhrase, is_verb_word

    assert is_verb_word("gordijnen") and not VerbPhrase.parse("gordijnen ophangen").literals
    add_words("verb_lookalikes", "gordijnen")
    assert not is_verb_word("gordijnen")
    assert VerbPhrase.parse("gordijnen ophangen").literals == ("gordijnen",)


def test_irregular_verbs_reach_the_verb_forms_of_the_promise_analysis(add_words):
    from smartlint.checks.promise_words import promise_words
    from smartlint.checks.verbs import verb_forms

    # "ophangen" is a concrete action of rules/smart.yaml; its past "hingen" is strong.
    assert "hingen" not in promise_words().past_forms
    add_words("irregular_verbs", {"hangen": {"past": ["hing", "hingen"], "participle": "gehangen"}})
    assert {"hing", "hingen"} <= verb_forms("hangen").past
    assert "hingen" in promise_words().past_forms and "opgehangen" in promise_words().participles


def test_irregular_verbs_must_be_a_mapping_of_forms():
    with pytest.raises(PackError) as err:
        Lexicon({"lists": {}, "irregular_verbs": {"hangen": ["hing"]}}, "test.yaml")
    assert "irregular verb 'hangen'" in str(err.value)


def formulas(text: str) -> list[str]:
    from smartlint.preprocess import prepare

    return [text[s:e] for s, e, _ in prepare(text).formulas]


@pytest.mark.parametrize("name, word, text, formula", [
    ("greeting_words", "moi", "Moi Jan,\n\nUw pakket is verzonden.\n", "Moi Jan,"),
    ("addressee_words", "sportvrienden", "Hallo sportvrienden: de training gaat door.\n", "Hallo sportvrienden:"),
    ("signoff_adjectives", "zomerse", "Uw pakket is verzonden.\n\nZomerse groet,\nPiet\n", "Zomerse groet,"),
    ("signoff_thanks", "merci", "Uw pakket is verzonden.\n\nMerci en groet,\nPiet\n", "Merci en groet,"),
    ("signoff_lines", "houdoe", "Uw pakket is verzonden.\n\nHoudoe,\nPiet\n", "Houdoe,"),
])
def test_formula_words_reach_the_e_mail_structure(add_words, name, word, text, formula):
    assert formula not in formulas(text)
    add_words(name, word)
    assert formula in formulas(text)


def test_subject_labels_reach_the_headings(add_words):
    from smartlint.preprocess import prepare

    text = "Inzake: uw factuur\nBeste Jan,\n\nUw pakket is verzonden.\n"
    assert prepare(text).headings == []
    add_words("subject_labels", "inzake")
    assert [text[s:e] for s, e in prepare(text).headings] == ["Inzake: uw factuur"]


def test_abbreviations_reach_the_sentence_split(add_words):
    from smartlint.sentence_ends import after_sentence_end

    class Tok:
        def __init__(self, text):
            self.text = text

    assert after_sentence_end(Tok("afd."), Tok("Verkoop"))
    add_words("abbreviations", "afd.")
    assert not after_sentence_end(Tok("afd."), Tok("Verkoop"))


@pytest.mark.parametrize("name, word, placeholder", [
    ("when_placeholder_endings", "slot", "bezorgslot"),
    ("when_placeholder_words", "leverweek", "leverweek"),
])
def test_when_placeholder_names_reach_promise_when(add_words, name, word, placeholder):
    text = f"Sanne belt u op {{{{ {placeholder} }}}}."
    assert findings(text, category="missing-when") != []
    add_words(name, word)
    assert findings(text, category="missing-when") == []


def test_compound_heads_open_words_and_gaps():
    from smartlint.nl.folding import PhraseList

    phrases = PhraseList(["*storing", "storingsupdate*", "ligt ... plat"])
    assert phrases.find("een netwerkstoring") and phrases.find("de p1-storing") and phrases.find("storing")
    assert phrases.find("storingsupdates volgen")
    assert phrases.find("de site ligt sinds 9.00 uur plat") and phrases.find("ligt plat")
    assert not phrases.find("storingsvrij") and not phrases.find("ligt er een, twee, drie, vier, vijf plat")


def test_the_incident_words_are_lexicon_data():
    from smartlint.context import is_incident_text

    assert is_incident_text("P1-incident INC-20931 – e-mail niet beschikbaar")
    assert is_incident_text("Verstoringen op het spoor")
    assert is_incident_text("De webshop ligt sinds 9.00 uur plat.")
    assert not is_incident_text("Dit apparaat is storingsvrij.")
    assert not is_incident_text("Uw storingsnummer is 4411.")


def test_a_missing_word_is_in_no_list():
    # a clause extension that is not set (no subordinator) asks with None: no crash, no match
    from smartlint.nl.lexicon import lexicon

    assert None not in lexicon()["purpose_markers"]
    assert "zodat" in lexicon()["purpose_markers"]


def test_hedges_and_effort_idioms_in_other_forms():
    # paraphrases43: "zo te zien" hedges a cause; "gaat er vol voor" is effort in the third person
    assert findings("Zo te zien ligt uw pakket nog in het depot.", category="vague-word") == ["Zo te zien"]
    assert findings("Yannick gaat er vol voor en mailt je dinsdag 8 december om 17.00 uur.",
                    category="vague-word") == ["gaat er vol voor"]


def test_busy_after_a_degree_word_is_an_unquantified_judgement():
    # paraphrases43: "erg druk bij onze klantenservice" says nothing of the wait
    text = "Op dit moment is het erg druk bij onze klantenservice. Sanne belt u maandag 7 december om 10.00 uur."
    assert findings(text, category="unquantified-adjective") == ["erg druk"]
    # "druk op de knop" is the verb
    assert findings("Druk op de knop om verder te gaan.", category="unquantified-adjective") == []


def test_a_count_that_announces_its_list_is_no_vague_count():
    # real-text-170/171: the list after the colon says how many
    text = "Enkele van deze services zijn bijvoorbeeld: e-mail, agenda en opslag. We bellen u over enkele dagen."
    assert findings(text, rule="vague-een-aantal") == ["enkele"]
