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

Tree and label conventions of the old sentences, mapped onto UD 2.13 (lexical lists are
derived from the UD 2.13 train sentences and dev, see conventions.py; ``--stats`` prints
how many tokens each mapping changed):

* punctuation: UD 2.0 attaches 99% of it to the root, UD 2.13 to the phrase it delimits;
* coordination: ``cc`` (and a comma before a conjunct) attaches to the following
  conjunct, not the first one; ``zowel``/``noch``/... before the first one -> ``cc:preconj``;
* auxiliaries and copulas are the verbs UD 2.13 uses as such: ``moeten`` + infinitive
  becomes ``aux``; ``willen``/``laten``/``gaan``/... (aux) and copulas other than ``zijn``
  (``worden``, ``blijven``, ...) become the VERB head of an ``xcomp``;
* ``obl`` -> ``obl:arg`` (prepositional objects), ``obl:agent`` (``door`` in a passive),
  ``zich`` -> ``expl:pv`` (inherent reflexive); ordinals NUM/nummod -> ADJ/amod;
* separable verbs take their particle into the lemma (``trad ... op``: ``optreden``);
* function-word tags that changed between the versions, per word and head tag, derived
  by ``conventions._upos_shift``: ``als`` ADP -> SCONJ (293 tokens), ``vele``/``meeste``/
  ``minder`` before a noun or adjective PRON -> ADV, ``zowel`` ADV -> CCONJ, ...

Sentences whose dependency tree is incomplete (a ``_`` head) or not a tree are skipped.

Augmentation (train only): Wikipedia text has almost no "u" (3 tokens in 128,599) and
few "we" (27), the pronouns of every customer e-mail.  For each training sentence with a
third-person pronoun whose replacement keeps the sentence grammatical, one extra copy is
added with "hij"/"hem" -> "u", possessive "zijn" -> "uw" (same verb agreement: "hij
belt" / "u belt") and plural subject "ze"/"zij" -> "we"/"wij" (plural verb either way);
and a second copy in the first person, "hij belt" -> "ik bel", "belt hij" -> "bel ik"
(see augment.py).

Usage: python training/harmonise.py SRC_DIR OUT_DIR [--augment] [--stats]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from augment import augmented_copies
from conventions import (Conventions, Rows, case_lemma, from_files, head_row, is_old_convention, is_tree,
                         norm_lemma)

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


# ---- tree and label conventions of the UD 2.0 sentences (see the module docstring) ----

def _kids(rows: Rows, i: str) -> Rows:
    return [r for r in rows if r[6] == i]


def _pos(r: list[str]) -> int:
    return int(r[0])


def _swap(rows: Rows, top: list[str], low: list[str], rel: str, moved) -> None:
    """`low`, a dependent of `top`, takes top's place; top becomes low's `rel` dependent and
    top's dependents for which moved(dep) is true (all when moved is None) follow low."""
    low[6], low[7] = top[6], top[7]
    top[6], top[7] = low[0], rel
    for r in _kids(rows, top[0]):
        if r is not low and (moved is None or moved(r)):
            r[6] = low[0]


def _is_clause(rows: Rows, r: list[str]) -> bool:
    return r[3] in ("VERB", "AUX") or any(k[7] in ("nsubj", "cop", "aux") for k in _kids(rows, r[0]))


# Dependents that UD 2.13 attaches to the finite verb, not to its xcomp (counted in dev:
# nsubj 57:0, punct 44:3, mark 21:0, cc 11:0; advmod/obl/obj stay with an infinitive).
_CLAUSE_LEVEL = {"nsubj", "nsubj:pass", "csubj", "expl", "cc", "punct", "parataxis"}


def _clause_dep(rows: Rows, verb: list[str], k: list[str]) -> bool:
    if k[7] == "aux":  # "zou willen zien": zou goes up, "wil gaan zwemmen": gaan stays
        return _pos(k) < _pos(verb)
    if k[7] == "mark":
        return k[1].lower() != "te"
    return k[7] in _CLAUSE_LEVEL or (k[7] == "conj" and _is_clause(rows, k))


def _cop_dep(rows: Rows, verb: list[str], pred: list[str], k: list[str]) -> bool:
    # With a predicate (not an infinitive) modifiers of the clause also go to the verb
    # (dev: advmod 41:12, obl 39:3), except an adverb right before an adjective ("zeer ziek").
    if k[7] == "advmod":
        return not (_pos(k) + 1 == _pos(pred) and pred[3] in ("ADJ", "ADV"))
    return k[7] in ("obl", "obl:agent", "advcl", "aux:pass", "iobj") or _clause_dep(rows, verb, k)


def _map_verbs(rows: Rows, conv: Conventions, n: Counter) -> None:
    for r in rows:
        if r[3] == "VERB" and r[2] in conv.aux_lemmas:  # moeten + infinitive: aux in UD 2.13
            infs = [k for k in _kids(rows, r[0]) if k[7] == "xcomp" and k[3] in ("VERB", "AUX")
                    and not any(m[7] == "mark" and m[1].lower() == "te" for m in _kids(rows, k[0]))]
            if infs:
                _swap(rows, r, infs[0], "aux", None)
                r[3] = "AUX"
                n["VERB+xcomp -> AUX/aux (moeten)"] += 1
        elif r[3] == "AUX" and r[7] in ("aux", "cop") and (head := head_row(rows, r)) is not None:
            if r[7] == "aux" and r[2] not in conv.aux_lemmas:  # willen/laten/gaan + infinitive
                _swap(rows, head, r, "xcomp", lambda k, v=r: _clause_dep(rows, v, k))
                n["AUX/aux -> VERB+xcomp (willen, laten, gaan, ...)"] += 1
            elif r[7] == "cop" and r[2] not in conv.cop_lemmas:  # worden/blijven + predicate
                _swap(rows, head, r, "xcomp", lambda k, v=r, p=head: _cop_dep(rows, v, p, k))
                n["AUX/cop -> VERB+xcomp (worden, blijven, ...)"] += 1
            else:
                continue
            r[3] = "VERB"


def _shift_upos(rows: Rows, keys: list[tuple[str, str, str]], conv: Conventions, n: Counter) -> None:
    for r, key in zip(rows, keys):
        new = conv.upos_shift.get(key)
        if new and r[3] == key[2]:  # not already changed by another mapping
            n[f"{r[3]} -> {new[0]} ({r[1].lower()})"] += 1
            r[3], r[5] = new


def _fix_punct(rows: Rows, n: Counter) -> None:
    """Attach punctuation as udapi's ud.FixPunct does: to the lower of the highest nodes of
    the left and right neighbouring spans that do not cross it (UD 2.13 style)."""
    heads = {r[0]: r[6] for r in rows}

    def climb(i: int, keep) -> int:
        while heads[str(i)] != "0" and keep(int(heads[str(i)])):
            i = int(heads[str(i)])
        return i

    def below(a: int, b: int) -> bool:  # a is a descendant of b
        while a != 0:
            a = int(heads[str(a)])
            if a == b:
                return True
        return False

    for r in rows:
        p = _pos(r)
        if r[7] != "punct" or r[3] != "PUNCT" or _kids(rows, r[0]):
            continue
        left = next((i for i in range(p - 1, 0, -1) if rows[i - 1][3] != "PUNCT"), None)
        right = next((i for i in range(p + 1, len(rows) + 1) if rows[i - 1][3] != "PUNCT"), None)
        left = climb(left, lambda h: h < p) if left else None
        right = climb(right, lambda h: h > p) if right else None
        target = left if right is None or (left is not None and not below(right, left)) else right
        if target is None:
            continue
        if str(target) != r[6]:
            r[6] = heads[r[0]] = str(target)
            n["punct reattached"] += 1


def map_old_tree(rows: Rows, conv: Conventions, n: Counter) -> None:
    """Map one UD 2.0 sentence onto UD 2.13 conventions; n counts the changed tokens."""
    for r in rows:  # lemmas first: the obl:arg and expl:pv lists use UD 2.13 lemmas
        prt = [k for k in _kids(rows, r[0]) if k[7] == "compound:prt"]
        if r[3] == "VERB" and prt and not norm_lemma(r[2]).startswith(prt[0][2].lower()):
            r[2] = prt[0][2].lower() + r[2]
            n["lemma: particle + separable verb"] += 1
    # Keys of the tag shifts use the tags as conventions.derive saw them (before any mapping).
    shift_keys = [(r[1].lower(), head[3] if (head := head_row(rows, r)) is not None else "ROOT", r[3])
                  for r in rows]
    _map_verbs(rows, conv, n)
    for r in rows:
        head = head_row(rows, r)
        if r[7] == "cc" and head is not None:
            later = [k for k in _kids(rows, head[0]) if k[7] == "conj" and _pos(k) > _pos(r)]
            if _pos(r) > _pos(head) and later:  # UD 2.0: on the first conjunct
                r[6] = later[0][0]
                n["cc -> following conjunct"] += 1
            elif _pos(r) < _pos(head) and later and r[1].lower() in conv.preconj_forms:
                r[7] = "cc:preconj"
                n["cc -> cc:preconj"] += 1
        elif r[7] == "obl" and head is not None:
            prep = case_lemma(rows, r[0])
            if prep == "door" and any(k[7] == "aux:pass" for k in _kids(rows, head[0])):
                r[7] = "obl:agent"  # UD 2.13: the agent of a passive (dev 102 of 102)
                n["obl -> obl:agent"] += 1
            elif prep and (norm_lemma(head[2]), prep) in conv.obl_arg:
                r[7] = "obl:arg"
                n["obl -> obl:arg"] += 1
        elif r[1].lower() == "zich" and r[7] == "obj" and head is not None:
            if norm_lemma(head[2]) not in conv.reflexive_obj_verbs and conv.reflexive_default == "expl:pv":
                r[7] = "expl:pv"
                n["zich obj -> expl:pv"] += 1
        if r[3] == "NUM" and r[1].lower() in conv.ordinal_forms:
            r[3], r[5] = "ADJ", "_"
            r[7] = "amod" if r[7] == "nummod" else r[7]
            n["ordinal NUM -> ADJ"] += 1
    _shift_upos(rows, shift_keys, conv, n)
    _fix_punct(rows, n)


def harmonise_file(src: Path, dst: Path, conv: Conventions, stats: Counter,
                   augment_pronouns: bool = False) -> tuple[int, int]:
    kept = skipped = augmented = 0
    with src.open(encoding="utf-8") as fin, dst.open("w", encoding="utf-8") as fout:
        block: list[str] = []
        for line in list(fin) + [""]:
            if line.strip():
                block.append(line.rstrip("\n"))
                continue
            if not block:
                continue
            comments = [c for c in block if c.startswith("#")]
            old = is_old_convention(comments)
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
            ok = ok and is_tree(tokens)
            if ok and old:
                mapped, counts = [list(t) for t in tokens], Counter()
                map_old_tree(mapped, conv, counts)
                if is_tree(mapped):  # a mapping must never break the tree; keep UD 2.0 if it does
                    tokens = mapped
                    stats.update(counts)
                else:
                    stats["sentence left unmapped (mapping broke the tree)"] += 1
            if ok:
                fout.write("\n".join(comments + ["\t".join(t) for t in tokens]) + "\n\n")
                kept += 1
                for extra in augmented_copies(tokens) if augment_pronouns else ():
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
    # Never from test.conllu: test is held out.
    conv = from_files(src / "train.conllu", src / "dev.conllu")
    stats: Counter = Counter()
    for name in ("train", "dev", "test"):
        augment_pronouns = name == "train" and "--augment" in argv
        kept, skipped = harmonise_file(src / f"{name}.conllu", out / f"{name}.conllu", conv, stats, augment_pronouns)
        print(f"{name}: {kept} sentences kept, {skipped} skipped")
    if "--stats" in argv:
        for mapping, count in stats.most_common():
            print(f"  {count:6d}  {mapping}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
