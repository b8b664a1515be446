"""The training recipe's convention mapping (training/conventions.py, training/harmonise.py).

Training never runs in CI, but the mapping decides what the shipped pipeline learned; these
tests pin its decisions on small hand-made sentences (no treebank data needed).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

TRAINING = Path(__file__).resolve().parent.parent / "training"


@pytest.fixture(scope="module")
def training_modules():
    sys.path.insert(0, str(TRAINING))
    try:
        import conventions
        import harmonise
        yield conventions, harmonise
    finally:
        sys.path.remove(str(TRAINING))


def sentence(*tokens: tuple[str, str, int, str]) -> list[list[str]]:
    """Rows from (form, UPOS, head, deprel) tuples."""
    return [[str(i), form, form.lower(), upos, "_", "_", str(head), deprel, "_", "_"]
            for i, (form, upos, head, deprel) in enumerate(tokens, start=1)]


def als_sentence(als_upos: str) -> list[list[str]]:
    # "Hij werkt als kok ." / "Hij werkte als leraar ."
    return sentence(("Hij", "PRON", 2, "nsubj"), ("werkt", "VERB", 0, "root"),
                    ("als", als_upos, 4, "mark"), ("kok", "NOUN", 2, "obl"), (".", "PUNCT", 2, "punct"))


def vele_sentence(upos: str) -> list[list[str]]:
    # "Hij werkt vele jaren ."
    return sentence(("Hij", "PRON", 2, "nsubj"), ("werkt", "VERB", 0, "root"),
                    ("vele", upos, 4, "amod"), ("jaren", "NOUN", 2, "obl"), (".", "PUNCT", 2, "punct"))


def het_sentence(upos: str) -> list[list[str]]:
    # "Het is een stad ." (PRON) -- "het" is ambiguous (DET/PRON), never a convention shift
    return sentence(("Het", upos, 4, "nsubj"), ("is", "AUX", 4, "cop"),
                    ("een", "DET", 4, "det"), ("stad", "NOUN", 0, "root"), (".", "PUNCT", 4, "punct"))


def test_tag_the_new_sentences_never_use_is_shifted(training_modules):
    conventions, _ = training_modules
    new = [als_sentence("SCONJ")] * 5
    old = [als_sentence("ADP"), als_sentence("SCONJ")]
    conv = conventions.derive(new, old)
    assert conv.upos_shift[("als", "NOUN", "ADP")][0] == "SCONJ"


def test_old_majority_tag_in_a_context_is_shifted(training_modules):
    conventions, _ = training_modules
    new = [vele_sentence("ADV")] * 9 + [vele_sentence("PRON")]  # 90 % ADV, PRON still in use
    old = [vele_sentence("PRON")] * 3
    assert conventions.derive(new, old).upos_shift[("vele", "NOUN", "PRON")][0] == "ADV"


def test_ambiguous_word_is_not_shifted(training_modules):
    conventions, _ = training_modules
    # "het" with a nominal head: mostly DET in the new sentences, but PRON is in use there
    # and most old tokens agree with the new majority: an ambiguity, not a convention.
    new = [het_sentence("DET")] * 9 + [het_sentence("PRON")]
    old = [het_sentence("DET")] * 5 + [het_sentence("PRON")]
    assert ("het", "NOUN", "PRON") not in conventions.derive(new, old).upos_shift


def test_too_few_new_examples_shift_nothing(training_modules):
    conventions, _ = training_modules
    conv = conventions.derive([als_sentence("SCONJ")] * 3, [als_sentence("ADP")])
    assert conv.upos_shift == {}


def test_harmonise_applies_the_shift_to_old_sentences(training_modules):
    conventions, harmonise = training_modules
    conv = conventions.derive([als_sentence("SCONJ")] * 5, [als_sentence("ADP")])
    rows, counts = als_sentence("ADP"), Counter()
    harmonise.map_old_tree(rows, conv, counts)
    assert rows[2][3] == "SCONJ"
    assert counts["ADP -> SCONJ (als)"] == 1
