"""Harmonise the UD Dutch treebanks in ../shared/ud-dutch before training.

Why: train.conllu mixes the 2017 LassySmall sections (UD 2.0 conventions) with
sentences annotated under UD 2.13, while dev/test (Alpino) follow UD 2.13.  A model
trained on two conventions for the same phenomenon learns neither well, so the old
sentences are mapped onto today's conventions where the mapping is deterministic:

* ``flat:name`` -> ``flat`` (UD 2.13 uses plain ``flat`` for names);
* possessive determiners (``zijn boek``: DET/det, no features) ->
  PRON/nmod:poss with ``Person|Poss=Yes|PronType=Prs``, as UD 2.13 annotates them;
* the ``ExtPos`` feature (only in a few UD 2.13 sentences, never in dev/test) is dropped;
* lemmas: compound boundaries (``af_lopen``, ``basis_niveau``) are written without the
  underscore in every split, because the 2017 sections and our users' text have none
  and smartlint's rule packs match lemmas as plain words.

Sentences whose dependency tree is incomplete (a ``_`` head) are skipped.

Augmentation (train only): Wikipedia text has almost no "u" (3 tokens in 128,599) and
few "we" (27), the pronouns of every customer e-mail.  For each training sentence with a
third-person pronoun whose replacement keeps the sentence grammatical, one extra copy is
added with "hij"/"hem" -> "u", possessive "zijn" -> "uw" (same verb agreement: "hij
belt" / "u belt") and plural subject "ze"/"zij" -> "we"/"wij" (plural verb either way).

Usage: python training/harmonise.py SRC_DIR OUT_DIR [--augment]
"""

from __future__ import annotations

import sys
from pathlib import Path

POSSESSIVES = {
    "mijn": "1", "m'n": "1", "jouw": "2", "je": "2", "uw": "2", "zijn": "3", "z'n": "3",
    "haar": "3", "d'r": "3", "ons": "1", "onze": "1", "hun": "3", "jullie": "2",
}


def harmonise_token(cols: list[str], old_convention: bool) -> list[str]:
    form, lemma, upos, feats, deprel = cols[1], cols[2], cols[3], cols[5], cols[7]
    if lemma != "_" and "_" in lemma:
        lemma = lemma.replace("_", "")
    if feats != "_":
        kept = [f for f in feats.split("|") if not f.startswith("ExtPos=")]
        feats = "|".join(kept) if kept else "_"
    if old_convention:
        if deprel == "flat:name":
            deprel = "flat"
        person = POSSESSIVES.get(form.lower())
        if person and deprel == "det" and upos in ("DET", "PRON"):
            upos, deprel = "PRON", "nmod:poss"
            feats = f"Person={person}|Poss=Yes|PronType=Prs"
    cols[2], cols[3], cols[5], cols[7] = lemma, upos, feats, deprel
    cols[8] = "_"  # enhanced graph is not used and is not kept consistent by the mapping
    return cols


# form (lower) -> (new form, lemma, feats), with the deprels where the swap is safe.
_U_SUBJECT = ("u", "u", "Case=Nom|Person=2|PronType=Prs")
_SWAPS = {
    ("hij", "nsubj"): _U_SUBJECT, ("hij", "nsubj:pass"): _U_SUBJECT,
    ("hem", "obj"): ("u", "u", "Case=Acc|Person=2|PronType=Prs"),
    ("hem", "iobj"): ("u", "u", "Case=Acc|Person=2|PronType=Prs"),
    ("hem", "obl"): ("u", "u", "Case=Acc|Person=2|PronType=Prs"),
    ("zijn", "nmod:poss"): ("uw", "uw", "Person=2|Poss=Yes|PronType=Prs"),
}
_PLURAL_SUBJECT = {"ze": ("we", "we"), "zij": ("wij", "wij")}


def augment(rows: list[list[str]]) -> list[list[str]] | None:
    """A copy of the sentence in the pronouns of customer e-mails, or None."""
    by_id = {r[0]: r for r in rows}
    out, changed = [], False
    for r in rows:
        r = list(r)
        low = r[1].lower()
        swap = _SWAPS.get((low, r[7]))
        if swap is None and low in _PLURAL_SUBJECT and r[7] in ("nsubj", "nsubj:pass"):
            head = by_id.get(r[6])
            verbs = [head] + [x for x in rows if x[6] == r[6] and x[7] in ("aux", "aux:pass", "cop")]
            if head and any("Number=Plur" in v[5] and "VerbForm=Fin" in v[5] for v in verbs):
                form, lemma = _PLURAL_SUBJECT[low]
                swap = (form, lemma, "Case=Nom|Person=1|PronType=Prs")
        if swap is not None:
            form = swap[0].capitalize() if r[1][:1].isupper() else swap[0]
            r[1], r[2], r[3], r[5] = form, swap[1], "PRON", swap[2]
            changed = True
        out.append(r)
    return out if changed else None


def harmonise_file(src: Path, dst: Path, augment_pronouns: bool = False) -> tuple[int, int]:
    kept = skipped = augmented = 0
    with src.open(encoding="utf-8") as fin, dst.open("w", encoding="utf-8") as fout:
        block: list[str] = []
        for line in list(fin) + [""]:
            if line.strip():
                block.append(line.rstrip("\n"))
                continue
            if not block:
                continue
            # The 2017 LassySmall sentences carry a bare "# wiki-..." comment.
            old = any(c.startswith("# wiki-") for c in block if c.startswith("#"))
            comments = [c for c in block if c.startswith("#")]
            tokens: list[list[str]] = []
            ok = True
            for c in block:
                if c.startswith("#"):
                    continue
                cols = c.split("\t")
                if "-" in cols[0] or "." in cols[0]:
                    continue
                if cols[6] == "_" or cols[7] == "_":
                    ok = False
                    break
                tokens.append(harmonise_token(cols, old))
            if ok:
                fout.write("\n".join(comments + ["\t".join(t) for t in tokens]) + "\n\n")
                kept += 1
                extra = augment(tokens) if augment_pronouns else None
                if extra is not None:
                    fout.write("\n".join(["\t".join(t) for t in extra]) + "\n\n")
                    augmented += 1
            else:
                skipped += 1
            block = []
    if augmented:
        print(f"{dst.name}: {augmented} augmented copies added")
    return kept, skipped


def main(argv: list[str]) -> int:
    src, out = Path(argv[1]), Path(argv[2])
    out.mkdir(parents=True, exist_ok=True)
    for name in ("train", "dev", "test"):
        augment_pronouns = name == "train" and "--augment" in argv
        kept, skipped = harmonise_file(src / f"{name}.conllu", out / f"{name}.conllu", augment_pronouns)
        print(f"{name}: {kept} sentences kept, {skipped} skipped")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
