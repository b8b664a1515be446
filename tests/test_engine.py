"""The engine: offsets, settings, segments, sentences, packs and matching policy."""

from __future__ import annotations

import textwrap
from datetime import date

import pytest
from lint_helpers import RULES, TODAY, document, engine, lint, settings, spans

from smartlint.checks import Hit, register
from smartlint.engine import Engine, lint_text
from smartlint.errors import ConfigError, PackError
from smartlint.nlp import load_pipeline
from smartlint.preprocess import prepare
from smartlint.segments import SegmentBuilder, SourceDocument
from smartlint.settings import Client
from smartlint.text_dates import fill_dates

def found(text: str, **kwargs) -> list[tuple[str, str]]:
    return spans(text, **kwargs)


def write_pack(tmp_path, rules: str) -> str:
    path = tmp_path / "extra.yaml"
    path.write_text("pack:\n  name: extra\nrules:\n" + textwrap.dedent(rules), encoding="utf-8")
    return str(path)


def extra_engine(path: str, **kwargs) -> Engine:
    """The packs under test plus one extra pack file (as settings.packs would add)."""
    from smartlint.packs import load_pack_file
    from pathlib import Path

    return Engine(settings(packs=[path], **kwargs), rules=RULES + load_pack_file(Path(path)))


def test_finding_fields_point_at_the_source():
    text = "Beste Jan,\n\nWij komen er zo snel mogelijk op terug.\n"
    (finding,) = engine(select=["vague-word"]).lint([document(text, "mail.txt")])
    assert finding.rule == "vague-zsm"
    assert finding.category == "vague-word"
    assert finding.severity == "warning"
    assert finding.path == "mail.txt"
    assert (finding.start, finding.end) == (25, 41)
    assert finding.text == text[25:41] == "zo snel mogelijk"
    assert (finding.line, finding.column, finding.end_line, finding.end_column) == (3, 14, 3, 30)
    assert finding.message == "'zo snel mogelijk' belooft niets toetsbaars."
    assert finding.suggestion and "dag en tijd" in finding.suggestion
    assert finding.key is None


def test_offsets_go_through_the_segment_map():
    # An HTML-like source: "&nbsp;" and "&amp;" are decoded in the segment text.
    # A library string (it has a key): there vague words count inside our promises.
    source = "<p>Wij komen er&nbsp;z.s.m. op terug &amp; mailen. Wij bellen u snel.</p>"
    b = SegmentBuilder()
    b.copy("Wij komen er", 3)
    b.replace(" ", source.index("&nbsp;"), 6)
    start = source.index("z.s.m.")
    b.copy("z.s.m. op terug ", start)
    b.replace("&", source.index("&amp;"), 5)
    start = source.index(" mailen")
    b.copy(" mailen. Wij bellen u snel.", start)
    segment = b.build(key="body")
    assert segment.text == "Wij komen er z.s.m. op terug & mailen. Wij bellen u snel."
    doc = SourceDocument(path="a.html", source_text=source, segments=[segment])
    findings = engine(select=["vague-word"]).lint([doc])
    assert [(f.rule, f.text, f.key) for f in findings] == [
        ("vague-zsm", "z.s.m.", "body"),
        ("vague-snel", "snel", "body"),
    ]
    for f in findings:
        assert source[f.start : f.end] == f.text
        assert f.column == f.start + 1


def test_select_ignore_disabled_and_severity_overrides():
    text = "We bellen u zo snel mogelijk. Er was een flinke vertraging."
    assert found(text) == [("vague-zsm", "zo snel mogelijk"), ("adjective-size", "flinke")]
    assert found(text, select=["vague-word"]) == [("vague-zsm", "zo snel mogelijk")]
    assert found(text, select=["adjective-size"]) == [("adjective-size", "flinke")]
    assert found(text, ignore=["vague-zsm"]) == [("adjective-size", "flinke")]
    assert found(text, disabled_rules=["unquantified-adjective"]) == [("vague-zsm", "zo snel mogelijk")]
    findings = lint(text, severity_overrides={"vague-zsm": "error", "unquantified-adjective": "warning"})
    assert [f.severity for f in findings] == ["error", "warning"]


@pytest.mark.parametrize(
    "kwargs, expected",
    [
        ({"select": ["vague-wrd"]}, "unknown rule or category 'vague-wrd' in select"),
        ({"ignore": ["nope"]}, "unknown rule or category 'nope' in ignore"),
        ({"severity_overrides": {"vague-zsm": "fatal"}}, "unknown severity 'fatal' for 'vague-zsm'"),
        ({"context": "incidental"}, "unknown context 'incidental'"),
    ],
)
def test_bad_settings_are_config_errors(kwargs, expected):
    with pytest.raises(ConfigError, match=expected):
        Engine(settings(**kwargs), rules=RULES)


def test_segment_disabled_suppresses_ids_and_categories():
    text = "We bellen u zo snel mogelijk. Er was een flinke vertraging."
    docs = [
        document(text, "a.txt", disabled=frozenset({"vague-zsm"})),
        document(text, "b.txt", disabled=frozenset({"unquantified-adjective"})),
    ]
    assert [(f.path, f.rule) for f in engine().lint(docs)] == [
        ("a.txt", "adjective-size"),
        ("b.txt", "vague-zsm"),
    ]


def test_placeholders_are_never_flagged_and_keep_offsets():
    text = "Beste {{ klant }},\nWe bellen u {{ zo snel mogelijk }} over {snel} en [SNEL] snel."
    findings = lint(text, select=["vague-word"])
    assert [(f.text, f.start) for f in findings] == [("snel", text.rindex("snel"))]


def test_greeting_sign_off_and_signature_are_own_sentences():
    text = (
        "Beste Jan,\nWe sturen u snel een nieuwe pas.\n\n"
        "Met vriendelijke groet,\nSanne de Vries\nKlantenservice"
    )
    (doc,) = engine().parse([("a.txt", prepare(text))])
    # a line break between sentences is a sentence of its own (no parse root inside a
    # sentence of words): the sentences with words are these
    assert [s.text.strip() for s in doc.sents if not s.text.isspace()] == [
        "Beste Jan,",
        "We sturen u snel een nieuwe pas.",
        "Met vriendelijke groet,",
        "Sanne de Vries",
        "Klantenservice",
    ]
    (finding,) = lint(text)
    assert (finding.rule, finding.line) == ("vague-snel", 2)


def test_a_hard_wrapped_sentence_is_one_sentence():
    text = "Bakkerij Jansen stuurt u de nieuwe pas\nuiterlijk vrijdag 27 november toe. Daarna belt Sanne."
    (doc,) = engine().parse([("a.txt", prepare(text))])
    # a line break between sentences is a sentence of its own (no parse root inside a
    # sentence of words): the sentences with words are these
    assert [s.text.strip() for s in doc.sents if not s.text.isspace()] == [
        "Bakkerij Jansen stuurt u de nieuwe pas\nuiterlijk vrijdag 27 november toe.",
        "Daarna belt Sanne.",
    ]


def test_context_auto_normal_incident():
    estimate = "We verwachten dat het binnen een uur verholpen is."
    assert found(estimate) == []
    assert found(estimate, context="incident") == [("incident-time-estimate", "binnen een uur")]
    assert found("Er is een storing. " + estimate) == [("incident-time-estimate", "binnen een uur")]
    assert found("Er is een storing. " + estimate, context="normal") == []


def test_same_text_is_parsed_once():
    counted = Engine(settings(select=["vague-word"]), rules=RULES)

    class CountingPipeline:
        def __init__(self, nlp):
            self.nlp, self.parsed = nlp, 0

        def __getattr__(self, name):
            return getattr(self.nlp, name)

        def pipe(self, docs, **kwargs):
            docs = list(docs)
            self.parsed += len(docs)
            return self.nlp.pipe(docs, **kwargs)

    counting = CountingPipeline(load_pipeline())
    counted._nlp = counting
    same = "Ik bel u straks."
    findings = counted.lint([document(same, "a.txt"), document(same, "b.txt"), document("Misschien.", "c.txt")])
    assert counting.parsed == 2
    assert [(f.path, f.text) for f in findings] == [("a.txt", "straks"), ("b.txt", "straks"), ("c.txt", "Misschien")]


def test_invalid_spacy_pattern_is_a_pack_error(tmp_path):
    path = write_pack(
        tmp_path,
        """
        - id: bad-pattern
          category: vague-word
          severity: info
          message: m
          why: w
          match:
            patterns: [[{LOWER: {IN: 3}}]]
        """,
    )
    with pytest.raises(PackError) as info:
        extra_engine(path).lint([document("tekst")])
    assert str(info.value).startswith(f"{path}: rule 'bad-pattern': invalid pattern in 'match'")


def test_patterns_of_one_condition_report_a_span_once(tmp_path):
    # each pattern runs on its own Matcher, only where its words occur; two patterns
    # matching the same words still give one finding
    path = write_pack(
        tmp_path,
        """
        - id: test-two-patterns
          category: vague-word
          severity: info
          message: m
          why: w
          match:
            patterns:
              - [{LOWER: straks}, {LOWER: bellen}]
              - [{LOWER: straks}, {IS_ALPHA: true}]
              - [{LOWER: nooit}, {LOWER: bellen}]
        """,
    )
    e = extra_engine(path, select=["test-two-patterns"])
    assert [f.text for f in e.lint([document("Wij zullen u straks bellen.")])] == ["straks bellen"]
    assert e.lint([document("Wij bellen u later.")]) == []


def test_an_invalid_later_pattern_is_a_pack_error(tmp_path):
    path = write_pack(
        tmp_path,
        """
        - id: bad-second-pattern
          category: vague-word
          severity: info
          message: m
          why: w
          match:
            patterns: [[{LOWER: straks}], [{LOWER: {IN: 3}}]]
        """,
    )
    with pytest.raises(PackError) as info:
        extra_engine(path).lint([document("tekst")])
    assert "rule 'bad-second-pattern': invalid pattern in 'match'" in str(info.value)


def test_unless_overlap_and_sentence_scope(tmp_path):
    path = write_pack(
        tmp_path,
        """
        - id: test-bellen
          category: missing-what
          severity: info
          message: "'{text}' gevonden"
          why: w
          match:
            phrases: [bellen]
          unless:
            - phrases: [bellen we]
            - scope: sentence
              phrases: [morgen]
        """,
    )
    e = extra_engine(path, select=["test-bellen"])
    assert [f.text for f in e.lint([document("Wij bellen u. Morgen is het klaar.")])] == ["bellen"]
    assert e.lint([document("Wij bellen u morgen.")]) == []
    assert e.lint([document("Dan bellen we u.")]) == []


def test_weaker_category_yields_and_longest_match_wins(tmp_path):
    path = write_pack(
        tmp_path,
        """
        - id: test-adjective-binnenkort
          category: unquantified-adjective
          severity: info
          message: m
          why: w
          yields_to: [vague-word]
          match:
            phrases: [binnenkort, heel binnenkort]
        - id: test-adjective-stubborn
          category: unquantified-adjective
          severity: info
          message: m
          why: w
          match:
            phrases: [binnenkort]
        """,
    )
    # a rule that declares no yields_to keeps its finding next to the vague word
    stubborn = extra_engine(path, select=["test-adjective-stubborn", "vague-binnenkort"])
    assert sorted(f.rule for f in stubborn.lint([document("We bellen u binnenkort.")])) == [
        "test-adjective-stubborn", "vague-binnenkort"
    ]
    e = extra_engine(path, ignore=["test-adjective-stubborn"])
    # vague-binnenkort and the test rule overlap: the vague word is reported once.
    assert [(f.rule, f.text) for f in e.lint([document("We bellen u binnenkort.")])] == [
        ("vague-binnenkort", "binnenkort")
    ]
    # Same category: "zo snel mogelijk" hides "snel" and "mogelijk".
    assert found("We bellen zo snel mogelijk.") == [("vague-zsm", "zo snel mogelijk")]


@register("tests.echo_context")
def _echo_context(doc, ctx, params):
    names = ",".join(p.name for p in ctx.placeholders)
    yield Hit(0, 3, message=f"{ctx.today.isoformat()} {ctx.context} {ctx.client} {names}")


def test_checks_get_segment_today_context_and_placeholders(tmp_path):
    path = write_pack(
        tmp_path,
        """
        - id: test-echo
          category: date-problem
          severity: info
          message: m
          why: w
          match:
            check: tests.echo_context
        """,
    )
    e = extra_engine(path, select=["test-echo"], client="Vitens", context="incident")
    text = "Wij bellen u {{ datum }}."
    findings = e.lint([document(text, "a.txt", today=date(2026, 1, 5)), document(text, "b.txt")])
    assert [f.message for f in findings] == [
        "2026-01-05 incident Vitens datum",
        "2026-11-22 incident Vitens datum",
    ]


def test_empty_and_blank_texts():
    assert lint("") == []
    assert lint(" \r\n\t") == []


def test_lint_text_runs_all_builtin_packs():
    # The convenience API loads every shipped pack (including the SMART and date packs).
    findings = lint_text("Wij lossen het zo snel mogelijk op.", settings())
    assert ("vague-zsm", "zo snel mogelijk") in [(f.rule, f.text) for f in findings]


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_each_rule_flags_its_example_and_not_its_better_version(rule):
    context = "incident" if rule.contexts == ["incident"] else "normal"
    clients = [Client("Bakkerij Jansen"), Client("Garage De Vries", ("De Vries Auto",))]
    common = dict(context=context, client="Bakkerij Jansen", clients=clients)
    assert {f.rule for f in lint(rule.example, select=[rule.id], **common)} == {rule.id}, rule.example
    # The better version passes every rule under test, not only this one (with its
    # date placeholders written out as a user would see them on TODAY).
    assert spans(fill_dates(rule.use_instead, TODAY), **common) == []


@pytest.mark.parametrize("today", [date(2027, 2, 26), date(2027, 12, 31)])
def test_better_versions_stay_free_of_date_problems_on_any_day(today):
    date_rules = [r.id for r in RULES if r.category == "date-problem"]
    for rule in RULES:
        if rule.category != "date-problem" and "{datum:" in (rule.use_instead or ""):
            text = fill_dates(rule.use_instead, today)
            assert lint(text, select=date_rules, today=today) == [], text


@pytest.mark.parametrize(
    "text, context",
    [
        ("Bakkerij Jansen stuurt uiterlijk dinsdag 1 december de testresultaten.", "auto"),
        ("Zodra de storing is opgelost, belt Sanne u.", "incident"),
        ("Het is opgelost, rapport volgt later.", "incident"),
        ("We kunnen nog niet zeggen hoe lang het herstel duurt. Om 14.00 uur volgt een nieuwe update.", "incident"),
        ("Beste Jan,\n\nSanne belt u morgen om 10.00 uur.\n\nMet vriendelijke groet,\nFloortje Bakker", "auto"),
    ],
)
def test_good_practice_wording_passes_clean(text, context):
    assert found(text, context=context) == []


def test_two_rules_of_one_category_on_the_same_words_are_both_kept(tmp_path):
    rule = """
    - id: test-{n}
      category: date-problem
      severity: info
      message: "regel {n}"
      why: w
      match:
        phrases: [31 november]
    """
    path = write_pack(tmp_path, rule.format(n="a") + rule.format(n="b"))
    e = extra_engine(path, select=["date-problem"])
    assert [(f.rule, f.text) for f in e.lint([document("Wij bellen u op 31 november.")])] == [
        ("test-a", "31 november"),
        ("test-b", "31 november"),
    ]


def test_phrases_on_lemma_match_the_lemmas_of_the_parse(tmp_path):
    path = write_pack(
        tmp_path,
        """
        - id: test-lemma
          category: missing-what
          severity: info
          message: m
          why: w
          match:
            phrases: [bellen, sturen]
            on: lemma
        """,
    )
    text = "Sanne belt u morgen. Wij bellen u en sturen de pas. Hij stuurt niets."
    e = extra_engine(path, select=["test-lemma"])
    (doc,) = e.parse([("a.txt", prepare(text))])
    # Whatever the model's lemmas are, the rule finds exactly the tokens with those lemmas.
    expected = [t.text for t in doc if t.lemma_ in ("bellen", "sturen")]
    assert expected, "the pipeline lemmatises at least one of these verbs"
    assert [f.text for f in e.lint([document(text)])] == expected


def test_documented_example_packs_work(tmp_path):
    from test_packs import doc_pack_examples

    from smartlint.packs import load_pack_file

    for n, example in enumerate(doc_pack_examples()):
        path = tmp_path / f"doc-{n}.yaml"
        path.write_text(example, encoding="utf-8")
        for rule in load_pack_file(path):
            e = extra_engine(str(path), select=[rule.id])
            assert [f.rule for f in e.lint([document(rule.example)])] == [rule.id]
            assert e.lint([document(rule.use_instead)]) == []


def test_documented_new_word_works(tmp_path):
    # docs/rule-packs.md: adding "per omgaande" to vague-spoedig.
    import dataclasses

    rules = [
        dataclasses.replace(r, match={**r.match, "phrases": r.match["phrases"] + ["per omgaande"]})
        if r.id == "vague-spoedig" else r
        for r in RULES
    ]
    text = "U ontvangt per omgaande een reactie."
    (finding,) = Engine(settings(select=["vague-spoedig"]), rules=rules).lint([document(text)])
    assert (finding.text, finding.line, finding.column) == ("per omgaande", 1, 12)
    assert finding.message == "'per omgaande' zegt niet wanneer."
