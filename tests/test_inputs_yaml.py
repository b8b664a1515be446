"""YAML libraries: one segment per message, exact maps for every scalar style."""

from __future__ import annotations

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from bounded import time_bound
from test_inputs_view import assert_map_is_sane, non_verbatim_words, read, read_checked, source_of

import smartlint.inputs.yaml_scalars as yaml_scalars
from smartlint.errors import InputError
from smartlint.inputs.yaml_library import read_yaml_library
from smartlint.segments import SourceDocument

LIBRARY = """\
# Standaardantwoorden klantenservice
responses:
  refund:
    id: refund-01
    locale: nl-NL
    subject: Uw terugbetaling van bestelling 48213   # smartlint: disable=vague-zsm
    body: |
      Beste klant,

      We storten het bedrag zo snel mogelijk terug.
      Met vriendelijke groet
  delay:
    # smartlint: disable=missing-when,vague-word
    body: >-
      Uw pakket komt
      binnenkort aan.

      Excuses voor het ongemak.
    sms: "Caf\\u00e9 \\"De Hoek\\" belt u\\nmorgen v\\u00f3\\u00f3r 12.00 uur."
    note: 'Het is ''s avonds
      klaar, ergens
      tussen 18 en 20 uur.'
    plain: Dit is een gewone tekst
      over twee regels.
faq:
  - question: Wanneer komt mijn pakket?
    answer: We gaan ermee aan de slag.
    tags: [bezorging, pakket info]
  - question: Interne vraag   # smartlint: disable
    answer: Dit antwoord is voor collega's.
"""


def _doc(tmp_path, text=LIBRARY, name="bibliotheek.yaml"):
    return read_checked(tmp_path, name, text)


@pytest.fixture
def no_fallback(monkeypatch):
    """Fail if a scalar is mapped by alignment instead of the exact scanner."""

    def refuse(base, start, end, decoded):
        raise AssertionError(f"alignment fallback used for {base.text[start:end]!r}")

    monkeypatch.setattr(yaml_scalars, "aligned_view", refuse)


def test_every_prose_string_is_a_keyed_segment(tmp_path, no_fallback):
    doc = _doc(tmp_path)
    by_key = {seg.key: seg for seg in doc.segments}
    assert list(by_key) == [
        "responses.refund.subject",
        "responses.refund.body",
        "responses.delay.body",
        "responses.delay.sms",
        "responses.delay.note",
        "responses.delay.plain",
        "faq[0].question",
        "faq[0].answer",
    ]
    assert by_key["responses.refund.body"].text == (
        "Beste klant,\n\nWe storten het bedrag zo snel mogelijk terug.\nMet vriendelijke groet\n"
    )
    assert by_key["responses.delay.body"].text == "Uw pakket komt binnenkort aan.\nExcuses voor het ongemak."
    assert by_key["responses.delay.sms"].text == 'Café "De Hoek" belt u\nmorgen vóór 12.00 uur.'
    assert by_key["responses.delay.note"].text == "Het is 's avonds klaar, ergens tussen 18 en 20 uur."
    assert by_key["responses.delay.plain"].text == "Dit is een gewone tekst over twee regels."


def test_block_scalars_map_exactly(tmp_path, no_fallback):
    doc = _doc(tmp_path)
    by_key = {seg.key: seg for seg in doc.segments}
    body = by_key["responses.refund.body"]
    assert non_verbatim_words(doc, body) == []
    start, _ = body.offsets.to_source(body.text.index("zo snel"), body.text.index("zo snel") + 7)
    assert doc.line_col(start) == (10, 29)
    folded = by_key["responses.delay.body"]
    # The folded line break became a space; it maps to the break and the indentation.
    assert source_of(doc, folded, "komt binnenkort") == "komt\n      binnenkort"
    assert non_verbatim_words(doc, folded) == []


def test_escapes_map_to_the_whole_escape(tmp_path, no_fallback):
    doc = _doc(tmp_path)
    sms = {seg.key: seg for seg in doc.segments}["responses.delay.sms"]
    assert source_of(doc, sms, "Café") == "Caf\\u00e9"
    assert source_of(doc, sms, '"De') == '\\"De'
    assert source_of(doc, sms, "vóór") == "v\\u00f3\\u00f3r"
    assert source_of(doc, sms, "u\nmorgen") == "u\\nmorgen"
    note = {seg.key: seg for seg in doc.segments}["responses.delay.note"]
    assert source_of(doc, note, "'s") == "''s"


def test_comments_disable_rules_per_message(tmp_path):
    by_key = {seg.key: seg for seg in _doc(tmp_path).segments}
    assert by_key["responses.refund.subject"].disabled == {"vague-zsm"}
    assert by_key["responses.refund.body"].disabled == frozenset()
    assert by_key["responses.delay.body"].disabled == {"missing-when", "vague-word"}
    assert by_key["responses.delay.sms"].disabled == frozenset()
    assert "faq[1].answer" not in by_key  # bare "disable" on the item leaves it out


def test_disable_on_a_parent_key_covers_its_messages(tmp_path):
    text = "refund:   # smartlint: disable=missing-who\n  body: We storten het terug.\n  sms: Het geld komt eraan.\n"
    doc = _doc(tmp_path, text)
    assert [seg.disabled for seg in doc.segments] == [{"missing-who"}, {"missing-who"}]


def test_hash_inside_a_string_is_not_a_directive(tmp_path):
    text = 'body: "Bel ons op #1234 # smartlint: disable=vague-zsm gewoon tekst"\n'
    [seg] = _doc(tmp_path, text).segments
    assert seg.disabled == frozenset()


def test_disable_file(tmp_path):
    doc = _doc(tmp_path, "# smartlint: disable-file\nbody: We kijken ernaar.\n")
    assert doc.segments == []
    assert doc.notes == ["skipped: '# smartlint: disable-file'"]


def test_invalid_yaml_names_line_and_column(tmp_path):
    with pytest.raises(InputError) as err:
        read(tmp_path, "kapot.yml", "responses:\n  refund:\n    body: ok\n    sms: a: b\n")
    assert str(err.value) == f"{tmp_path / 'kapot.yml'}: invalid YAML at line 4, column 11: mapping values are not allowed here"


def test_aliases_are_linted_once_and_odd_keys_are_quoted(tmp_path):
    text = "base: &b\n  body: We sturen het label.\ncopy: *b\n'order status':\n  - Uw bestelling is onderweg naar u.\n"
    doc = _doc(tmp_path, text)
    assert [seg.key for seg in doc.segments] == ["base.body", '["order status"][0]']


def test_crlf_library(tmp_path, no_fallback):
    doc = _doc(tmp_path, LIBRARY.replace("\n", "\r\n"))
    assert len(doc.segments) == 8
    body = {seg.key: seg for seg in doc.segments}["responses.delay.body"]
    assert body.text == "Uw pakket komt binnenkort aan.\nExcuses voor het ongemak."
    assert source_of(doc, body, "komt binnenkort") == "komt\r\n      binnenkort"


# -- hand-written forms that dumpers do not produce ---------------------------------------
@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("body: |+\n  Sanne belt u.\n\n\nnext: x\n", "Sanne belt u.\n\n\n"),
        ("body: |2\n    Sanne belt\n  u morgen.\n", "  Sanne belt\nu morgen.\n"),
        ("body: >  # toelichting\n  Sanne belt\n  u morgen.\n\n    Ingesprongen regel\n  Einde.\n", "Sanne belt u morgen.\n\n  Ingesprongen regel\nEinde.\n"),
        ("body: Sanne belt u\n\n  morgen om 10.00 uur.   # commentaar\n", "Sanne belt u\nmorgen om 10.00 uur."),
        ('body: "Sanne belt \\\n   u morgen\\x21 \\U0001F600"\n', "Sanne belt u morgen! 😀"),
        ("- [Sanne belt u morgen., 'We sturen het label.']\n", None),
        ("{a: {b: Sanne belt u morgen.}}\n", None),
    ],
)
def test_hand_written_scalars_map_exactly(tmp_path, no_fallback, source, expected):
    doc = _doc(tmp_path, source)
    assert doc.segments
    value = yaml.safe_load(source)
    if expected is not None:
        assert value["body"] == expected
        assert doc.segments[0].text == expected
    for seg in doc.segments:
        assert_map_is_sane(doc, seg)
        index = seg.text.find("Sanne")
        if index != -1:
            assert source_of(doc, seg, "Sanne") == "Sanne"


# -- any string, any style: the scanner matches PyYAML and maps exactly ---------------------
_RICH = st.sampled_from(list("abcdez ÉéëĳABC019.,:;!?'\"\\#-–€\t\n\r") + ["  ", "\n\n", " \n", "😀", "\u00a0"])
_SIMPLE = st.sampled_from(list("abcde z.,  \n") + ["\n\n", "  \n", "\n  ", "\t"])  # favours plain and block styles
_VALUES = st.one_of(st.lists(_RICH, min_size=1, max_size=60), st.lists(_SIMPLE, min_size=1, max_size=60)).map("".join)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    value=_VALUES,
    style=st.sampled_from([None, '"', "'", "|", ">"]),
    width=st.sampled_from([20, 80]),
    crlf=st.booleans(),
)
def test_any_dumped_string_round_trips_with_an_exact_map(no_fallback, value, style, width, crlf):
    # prose: never skipped for lack of spaces, nor read as untranslated English when the
    # random letters spell "be" a few times (Dutch function words outweigh them)
    value = "Beste klant, het is een van de dingen die u " + value
    text = yaml.safe_dump({"faq": [{"answer": value}]}, default_style=style, allow_unicode=True, width=width)
    if crlf:
        text = text.replace("\n", "\r\n")
    doc = SourceDocument(path="x.yaml", source_text=text)
    read_yaml_library(doc)
    [seg] = doc.segments
    assert seg.text == value.replace("\r\n", "\n").replace("\r", "\n")
    assert_map_is_sane(doc, seg)
    assert source_of(doc, seg, "klant") == "klant"


def test_deep_nesting_is_one_clear_error(tmp_path):
    with pytest.raises(InputError) as err:
        read(tmp_path, "diep.yaml", "a: " + "[" * 100_000 + "]" * 100_000 + "\n")
    assert str(err.value) == f"{tmp_path / 'diep.yaml'}: invalid YAML: nested too deeply"


# -- anchors, tags, aliases and merge keys (issue 10: '&x "..."' hung the scanner) ---------
@pytest.mark.parametrize(
    "source",
    [
        'a: &x "We kijken er even naar."\n',
        'a: !!str "We kijken er even naar."\n',
        "a: &x 'We kijken er even naar.'\n",
        "a: !!str &x\n  'We kijken er even naar.'\n",
        "a: &x   # anker\n  We kijken er even naar.\n",
        "a: &x We kijken er even naar.\n",
        "a: &x |\n  We kijken er even naar.\n",
        "a: !!str >-\n  We kijken er\n  even naar.\n",
        'a: !<tag:yaml.org,2002:str> "We kijken er even naar."\n',
        'a: &l ["We kijken er even naar.", !!str "Sanne belt u morgen."]\n',
    ],
)
def test_node_properties_before_a_scalar_map_exactly(tmp_path, no_fallback, source):
    with time_bound(10):
        doc = _doc(tmp_path, source)
    assert doc.segments
    assert source_of(doc, doc.segments[0], "We kijken") == "We kijken"
    for seg in doc.segments:
        start, end = seg.offsets.to_source(0, len(seg.text))
        assert doc.source_text[start:end].startswith(seg.text[:5])


def test_aliases_and_merge_keys_report_each_string_once_at_its_anchor(tmp_path, no_fallback):
    text = (
        'groet: &g "We kijken er even naar."\n'
        "basis: &b\n  body: &body We bellen u zo snel mogelijk.\n"
        "kopie: *g\n"
        "ander:\n  <<: *b\n  extra: *body\n  eigen: Sanne belt u morgen.\n"
    )
    with time_bound(10):
        doc = _doc(tmp_path, text)
    assert [(seg.key, seg.text) for seg in doc.segments] == [
        ("groet", "We kijken er even naar."),
        ("basis.body", "We bellen u zo snel mogelijk."),
        ("ander.eigen", "Sanne belt u morgen."),
    ]
    for seg in doc.segments:
        assert source_of(doc, seg, seg.text) == seg.text
