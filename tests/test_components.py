"""The parse-repair components smartlint adds after a pipeline's parser."""

import pytest
import spacy
from spacy.tokens import Doc

from smartlint.nlp.components import (
    AUX_TAG,
    COMPARATIVE,
    SINGLE_SUBJECT,
    add_fixes,
    aux_tag,
    comparative_bases,
    make_comparative,
    single_subject,
)


def _parsed(words, heads, deps):
    return Doc(spacy.blank("nl").vocab, words=words, heads=heads, deps=deps)


def test_a_later_object_pronoun_subject_becomes_the_object():
    doc = _parsed(["Sanne", "belt", "u", "terug"], [1, 1, 1, 1], ["nsubj", "ROOT", "nsubj", "compound:prt"])
    single_subject(doc)
    assert [t.dep_ for t in doc] == ["nsubj", "ROOT", "obj", "compound:prt"]


def test_it_becomes_the_indirect_object_when_the_verb_has_an_object():
    doc = _parsed(["Ik", "stuur", "u", "de", "factuur"], [1, 1, 1, 4, 1], ["nsubj", "ROOT", "nsubj", "det", "obj"])
    single_subject(doc)
    assert doc[2].dep_ == "iobj"
    assert doc[4].dep_ == "obj"


def test_a_second_noun_subject_is_left_alone():
    # Not a pronoun: more often a coordination or apposition error than an object.
    doc = _parsed(["Sanne", "belt", "Piet"], [1, 1, 1], ["nsubj", "ROOT", "nsubj"])
    single_subject(doc)
    assert [t.dep_ for t in doc] == ["nsubj", "ROOT", "nsubj"]


def test_a_single_subject_is_untouched():
    doc = _parsed(["u", "belt", "Sanne"], [1, 1, 1], ["nsubj", "ROOT", "obj"])
    single_subject(doc)
    assert [t.dep_ for t in doc] == ["nsubj", "ROOT", "obj"]


def test_added_after_the_parser_only():
    nlp = spacy.blank("nl")
    assert SINGLE_SUBJECT not in add_fixes(nlp).pipe_names
    nlp.add_pipe("parser")
    assert add_fixes(nlp).pipe_names == ["parser", SINGLE_SUBJECT, AUX_TAG]
    assert add_fixes(nlp).pipe_names == ["parser", SINGLE_SUBJECT, AUX_TAG]  # idempotent


def test_a_verb_attached_as_auxiliary_or_copula_becomes_aux():
    # "Hij heeft gewonnen en is blij ." with "heeft" and "is" mis-tagged VERB
    words = ["Hij", "heeft", "gewonnen", "en", "is", "blij", "."]
    doc = Doc(spacy.blank("nl").vocab, words=words, heads=[2, 2, 2, 5, 5, 2, 2],
              deps=["nsubj", "aux", "ROOT", "cc", "cop", "conj", "punct"],
              pos=["PRON", "VERB", "VERB", "CCONJ", "VERB", "ADJ", "PUNCT"])
    aux_tag(doc)
    assert [t.pos_ for t in doc] == ["PRON", "AUX", "VERB", "CCONJ", "AUX", "ADJ", "PUNCT"]


def test_a_main_verb_keeps_its_tag():
    doc = Doc(spacy.blank("nl").vocab, words=["Hij", "heeft", "een", "boek"], heads=[1, 1, 3, 1],
              deps=["nsubj", "ROOT", "det", "obj"], pos=["PRON", "VERB", "DET", "NOUN"])
    aux_tag(doc)
    assert doc[1].pos_ == "VERB"


@pytest.mark.parametrize("form,base", [
    ("sneller", "snel"), ("groter", "groot"), ("duurder", "duur"), ("liever", "graag"),
    ("lager", "laag"), ("kortere", "kort"), ("verder", "ver"), ("beter", "goed"),
])
def test_comparative_bases_lead_back_to_the_adjective(form, base):
    assert base in comparative_bases(form)


def test_no_base_for_words_without_a_comparative_ending():
    assert comparative_bases("snel") == []
    assert comparative_bases("er") == []


def _tagged(words, pos, morph=None):
    doc = Doc(spacy.blank("nl").vocab, words=words, pos=pos, lemmas=[w.lower() for w in words])
    for token, m in zip(doc, morph or [""] * len(words)):
        token.set_morph(m or None)
    return doc


def _comparative(tmp_path, *lemmas):
    lexicon = tmp_path / "adj.txt"
    lexicon.write_text("\n".join(lemmas) + "\n", encoding="utf-8")
    return make_comparative(spacy.blank("nl"), COMPARATIVE, str(lexicon))


def test_a_noun_before_dan_that_is_a_known_comparative_becomes_an_adjective(tmp_path):
    repair = _comparative(tmp_path, "snel")
    doc = repair(_tagged(["gaat", "sneller", "dan", "vorige", "week"], ["VERB", "NOUN", "SCONJ", "ADJ", "NOUN"]))
    assert (doc[1].pos_, doc[1].lemma_, str(doc[1].morph)) == ("ADJ", "snel", "Degree=Cmp")


def test_unknown_bases_and_other_nouns_stay_as_tagged(tmp_path):
    repair = _comparative(tmp_path, "snel")
    doc = repair(_tagged(["de", "leverancier", "dan", "?"], ["DET", "NOUN", "ADV", "PUNCT"]))
    assert (doc[1].pos_, doc[1].lemma_) == ("NOUN", "leverancier")
    doc = repair(_tagged(["een", "speler", "is", "er"], ["DET", "NOUN", "AUX", "ADV"]))
    assert (doc[1].pos_, doc[1].lemma_) == ("NOUN", "speler")


def test_a_tagged_comparative_gets_its_base_as_lemma(tmp_path):
    repair = _comparative(tmp_path, "groot")
    doc = repair(_tagged(["groter"], ["ADJ"], ["Degree=Cmp"]))
    assert doc[0].lemma_ == "groot"
