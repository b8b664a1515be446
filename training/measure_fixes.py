"""Measure smartlint's parse-repair components (smartlint/nlp/components.py).

    python training/measure_fixes.py MODEL corpus/test.spacy

Scores the pipeline on a converted treebank twice, without and with the repair
components, and prints both rows (UPOS, LAS, UAS, lemma) side by side.
"""

from __future__ import annotations

import sys
from pathlib import Path

import spacy
from spacy.tokens import DocBin
from spacy.training import Example

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from smartlint.nlp import ADJECTIVE_LEXICON  # noqa: E402
from smartlint.nlp.components import add_fixes  # noqa: E402

KEYS = ("pos_acc", "morph_acc", "lemma_acc", "dep_uas", "dep_las")


def evaluate(nlp, path: Path) -> dict:
    """spaCy's scores of ``nlp`` (with whatever components it has) on a .spacy corpus."""
    gold = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    return nlp.evaluate([Example(nlp.make_doc(doc.text), doc) for doc in gold])


def scores(nlp, path: Path) -> dict:
    result = evaluate(nlp, path)
    return {key: round(100 * result[key], 2) for key in KEYS}


def main(model: str, data: str) -> None:
    plain = scores(spacy.load(model), Path(data))
    fixed = scores(add_fixes(spacy.load(model), ADJECTIVE_LEXICON), Path(data))
    print("variant      " + "  ".join(f"{k:>9}" for k in KEYS))
    for name, row in (("pipeline", plain), ("+ repairs", fixed)):
        print(f"{name:<12} " + "  ".join(f"{row[k]:>9.2f}" for k in KEYS))


if __name__ == "__main__":
    main(*sys.argv[1:3])
