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

Usage: python training/harmonise.py SRC_DIR OUT_DIR
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


def harmonise_file(src: Path, dst: Path) -> tuple[int, int]:
    kept = skipped = 0
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
            rows = []
            ok = True
            for c in block:
                if c.startswith("#"):
                    rows.append(c)
                    continue
                cols = c.split("\t")
                if "-" in cols[0] or "." in cols[0]:
                    continue
                if cols[6] == "_" or cols[7] == "_":
                    ok = False
                    break
                rows.append("\t".join(harmonise_token(cols, old)))
            if ok:
                fout.write("\n".join(rows) + "\n\n")
                kept += 1
            else:
                skipped += 1
            block = []
    return kept, skipped


def main(argv: list[str]) -> int:
    src, out = Path(argv[1]), Path(argv[2])
    out.mkdir(parents=True, exist_ok=True)
    for name in ("train", "dev", "test"):
        kept, skipped = harmonise_file(src / f"{name}.conllu", out / f"{name}.conllu")
        print(f"{name}: {kept} sentences kept, {skipped} skipped")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
