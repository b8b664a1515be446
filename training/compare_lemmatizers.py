"""Compare the trained edit-tree lemmatizer with spaCy's rule lemmatizer on dev.

The issue asks to choose the lemmatizer by measured accuracy.  Both get the same
predicted POS (from the model's morphologizer); the rule lemmatizer uses the Dutch
tables of spacy-lookups-data (`pip install spacy-lookups-data`).

    python training/compare_lemmatizers.py MODEL_DIR corpus/dev.spacy
"""

from __future__ import annotations

import sys


def main(argv: list[str]) -> int:
    import spacy
    from spacy.tokens import DocBin
    from spacy.training import Example

    model, data = argv[1], argv[2]
    trained = spacy.load(model)
    rule = spacy.load(model, exclude=["trainable_lemmatizer"])
    lemmatizer = rule.add_pipe("lemmatizer", config={"mode": "rule"})
    lemmatizer.initialize()  # loads the nl tables from spacy-lookups-data

    gold_docs = list(DocBin().from_disk(data).get_docs(trained.vocab))
    for name, nlp in (("trained edit-tree", trained), ("rule + lookups", rule)):
        examples = [Example(nlp.make_doc(g.text), g) for g in gold_docs]
        score = nlp.evaluate(examples)["lemma_acc"]
        print(f"{name:18} lemma accuracy: {score:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
