"""Small pipeline components smartlint adds after any Dutch pipeline's parser.

Each one repairs a parse that breaks a constraint of Dutch grammar, not a sentence:
the treebanks the pipeline is trained on are Wikipedia and news, where "u" as an
object after a name ("Sanne belt u morgen terug") is rare, so the parser sometimes
gives a verb two subjects.  In the UD Dutch training data a head has exactly one
``nsubj`` in 8,769 of 8,785 cases.  ``training/measure_fixes.py`` measures each
component's effect on the held-out test set (see ``training/README.md``).

Registered with spaCy's registry, so a pipeline config can name them too.
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from smartlint.nl.adjectives import adjective_lemmas, comparative_bases, inflected_bases

SINGLE_SUBJECT = "smartlint_single_subject"
# Object-capable personal pronouns: the only words a second "subject" is relabelled
# for.  A second noun subject is more often a coordination or apposition error that a
# relabel to obj would not fix.
_OBJECT_PRONOUNS = frozenset(
    "u je jou jullie hem haar hen hun ons mij me ze zich".split()
)


@Language.component(SINGLE_SUBJECT)
def single_subject(doc: Doc) -> Doc:
    """A verb has one subject: a later pronoun "subject" becomes its object.

    Dutch main clauses put the subject first or right after the finite verb; when the
    parser labels both a preceding noun phrase and a following object pronoun as
    ``nsubj`` ("Sanne belt u"), the pronoun is the object (``iobj`` when the verb
    already has an object: "Ik stuur u de factuur").
    """
    for head in _heads_with_subjects(doc, 2):
        subjects = [child for child in head.children if child.dep_ == "nsubj"]
        has_object = any(child.dep_ == "obj" for child in head.children)
        for extra in subjects[1:]:
            if extra.lower_ in _OBJECT_PRONOUNS:
                extra.dep_ = "iobj" if has_object else "obj"
                has_object = True
    return doc


def _heads_with_subjects(doc: Doc, at_least: int) -> list:
    """The tokens with ``at_least`` ``nsubj`` children, found in the Doc's arrays: most
    Docs have none, and reading every token's children builds Token objects."""
    import numpy
    from spacy.attrs import DEP, HEAD

    if not len(doc):
        return []
    rows = doc.to_array([DEP, HEAD])
    subject = (rows[:, 0] == numpy.uint64(doc.vocab.strings["nsubj"])) & (rows[:, 1] != 0)
    heads = numpy.flatnonzero(subject) + rows[subject, 1].astype(numpy.int64)
    counts = numpy.bincount(heads, minlength=len(doc))
    return [doc[int(i)] for i in numpy.flatnonzero(counts >= at_least)]


def _tokens_where(doc: Doc, mask) -> list:
    return [doc[int(i)] for i in mask.nonzero()[0]]


AUX_TAG = "smartlint_aux_tag"
# Relations only an auxiliary or copula has in UD Dutch (gold dev: AUX in every case).
_AUX_RELATIONS = frozenset({"aux", "aux:pass", "cop"})


@Language.component(AUX_TAG)
def aux_tag(doc: Doc) -> Doc:
    """A verb the parser attaches as auxiliary or copula is tagged AUX.

    The tagger sees four words either side; "heeft" in "Hij heeft de wedstrijd na een
    lange strijd gewonnen" is then a main verb to it, while the parser, which follows the
    whole clause, makes it the ``aux`` of "gewonnen".  On dev (run X1, devB half) the
    two disagreed on 26 of 6,063 tokens and the parser was right in all of them.
    """
    for token in doc:
        if token.pos_ == "VERB" and token.dep_ in _AUX_RELATIONS:
            token.pos_ = "AUX"
    return doc


COMPARATIVE = "smartlint_comparative"
@Language.factory(COMPARATIVE, default_config={"lexicon": None})
def make_comparative(nlp: Language, name: str, lexicon: str | None):
    """Comparatives the tagger missed get ADJ, ``Degree=Cmp`` and their base as lemma.

    A word is repaired when the morphologizer already says ``Degree=Cmp`` but the
    lemma is the form itself, or when it stands in the comparative construction
    "... -er dan" with a tag other than ADJ; in both cases only if a base form is a
    known adjective (``lexicon``: one lemma per line, from the training treebank).
    "De levering gaat sneller dan vorige week": "sneller" is rare in the treebank and
    its suffix looks like a noun's ("speler").
    """
    from smartlint.nl.lexicon import lexicon as dutch

    known = adjective_lemmas(lexicon) if lexicon else frozenset()
    # (lexicon degree_nouns: "een stuk overzichtelijker"; adjective_suffixes: a base the
    # treebank may lack, "overzichtelijk")
    degree_nouns = tuple(sorted(dutch()["degree_nouns"].words))
    suffixes = tuple(sorted(dutch()["adjective_suffixes"].words))

    def repair(doc: Doc) -> Doc:
        for token in _comparative_candidates(doc, degree_nouns):
            # "een stuk overzichtelijker", "stukken goedkoper": after a noun of degree the
            # word is a comparative whatever its tag and lemma say
            after_degree = token.i > 0 and doc[token.i - 1].lower_ in degree_nouns \
                and "Cmp" not in token.morph.get("Degree")
            if token.lemma_ and token.lemma_.lower() != token.lower_ and not after_degree:
                continue
            tagged_cmp = token.pos_ == "ADJ" and "Cmp" in token.morph.get("Degree")
            before_dan = token.pos_ != "ADJ" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "dan"
            before_dan = before_dan or after_degree
            if not (tagged_cmp or before_dan):
                continue
            base = next((b for b in comparative_bases(token.text)
                         if b in known or b.endswith(suffixes)), None)
            if base is None:
                continue
            token.lemma_ = base
            if before_dan:
                token.pos_ = "ADJ"
                token.set_morph("Degree=Cmp")
        return doc

    return repair


def _comparative_candidates(doc: Doc, degree_nouns: tuple[str, ...] = ()) -> list:
    """The tokens the comparative repair may change: an ADJ, or a word before "dan"
    (read from the Doc's arrays; the repair's own test decides)."""
    import numpy
    from spacy.attrs import LOWER, POS

    if not len(doc):
        return []
    strings = doc.vocab.strings
    rows = doc.to_array([POS, LOWER])
    mask = rows[:, 0] == strings["ADJ"]
    mask[:-1] |= rows[1:, 1] == numpy.uint64(strings["dan"])
    for noun in degree_nouns:
        mask[1:] |= rows[:-1, 1] == numpy.uint64(strings[noun])
    return _tokens_where(doc, mask)


INFLECTED_ADJECTIVE = "smartlint_inflected_adjective"


@Language.factory(INFLECTED_ADJECTIVE, default_config={"lexicon": None})
def make_inflected_adjective(nlp: Language, name: str, lexicon: str | None):
    """A sentence's first word tagged PROPN that is the inflected form of a known
    adjective, before a lower-case word, gets ADJ: "Snelle fix voor je VPN-probleem",
    "Nieuwe versie beschikbaar". The capital makes the tagger read a name, and a name
    first in a sentence is read as the subject who acts (paraphrases82: "Snelle" as a
    colleague who "fixes")."""
    known = adjective_lemmas(lexicon) if lexicon else frozenset()

    def repair(doc: Doc) -> Doc:
        for token in _first_names_tagged(doc):
            word = token.lower_
            after = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if after is None or not after.is_alpha or not after.text.islower():
                continue
            if any(base in known for base in inflected_bases(word)):  # (only an -e form has bases)
                token.pos_ = "ADJ"
        return doc

    return repair


def _first_names_tagged(doc: Doc) -> list:
    """The PROPN tokens that open a sentence (read from the Doc's arrays)."""
    from spacy.attrs import POS, SENT_START

    if not len(doc):
        return []
    rows = doc.to_array([POS, SENT_START])
    mask = (rows[:, 0] == doc.vocab.strings["PROPN"]) & (rows[:, 1] == 1)
    return _tokens_where(doc, mask)


def add_fixes(nlp: Language, lexicon: Path | None = None) -> Language:
    """Add the repair components after the parser (a pipeline without one is left as is).

    ``lexicon``: the adjective list the comparative repair needs; without it that
    repair is left out.
    """
    if "parser" in nlp.pipe_names and SINGLE_SUBJECT not in nlp.pipe_names:
        nlp.add_pipe(SINGLE_SUBJECT, after="parser")
    if "parser" in nlp.pipe_names and AUX_TAG not in nlp.pipe_names:
        nlp.add_pipe(AUX_TAG, after=SINGLE_SUBJECT)
    if lexicon is not None and lexicon.is_file() and COMPARATIVE not in nlp.pipe_names:
        nlp.add_pipe(COMPARATIVE, last=True, config={"lexicon": str(lexicon)})
    if lexicon is not None and lexicon.is_file() and "parser" in nlp.pipe_names \
            and INFLECTED_ADJECTIVE not in nlp.pipe_names:
        nlp.add_pipe(INFLECTED_ADJECTIVE, last=True, config={"lexicon": str(lexicon)})
    return nlp
