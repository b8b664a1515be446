"""Lexical lists for harmonise.py, derived from the sentences annotated in UD 2.13.

Why derived, not hand-written: which verb+preposition pairs are prepositional objects
(``obl:arg``), which verbs are inherently reflexive (``expl:pv``) and which verbs are
auxiliaries or copulas are decisions of the treebank annotators.  The old (UD 2.0)
LassySmall sentences are mapped onto what the UD 2.13 sentences of train.conllu and the
dev set do, never onto what test.conllu does (test is held out).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

Rows = list[list[str]]  # CoNLL-U token rows of one sentence, multiword/empty tokens removed


def is_old_convention(comments: list[str]) -> bool:
    """The 2017 LassySmall sentences carry a bare "# wiki-..." comment, the UD 2.13 ones a sent_id."""
    return any(c.startswith("# wiki-") for c in comments)


def read_conllu(path: Path) -> list[tuple[list[str], Rows]]:
    sentences, comments, rows = [], [], []
    for line in list(path.open(encoding="utf-8")) + [""]:
        line = line.rstrip("\n")
        if line.startswith("#"):
            comments.append(line)
        elif line:
            cols = line.split("\t")
            if "-" not in cols[0] and "." not in cols[0]:
                rows.append(cols)
        elif rows or comments:
            sentences.append((comments, rows))
            comments, rows = [], []
    return sentences


def norm_lemma(lemma: str) -> str:
    return lemma.replace("_", "").lower()


def case_lemma(rows: Rows, i: str) -> str | None:
    """Lemma of the preposition ("case" child) of token i, if any."""
    cases = [r[2].lower() for r in rows if r[6] == i and r[7] == "case"]
    return cases[0] if cases else None


def head_row(rows: Rows, r: list[str]) -> list[str] | None:
    return rows[int(r[6]) - 1] if r[6] not in ("0", "_") else None


def is_tree(rows: Rows) -> bool:
    """One root and every token reaches it (a few source sentences have a self-loop)."""
    if sum(r[6] == "0" for r in rows) != 1:
        return False
    for r in rows:
        seen, i = set(), r[0]
        while i != "0":
            if i in seen or not i.isdigit() or not 0 < int(i) <= len(rows):
                return False
            seen.add(i)
            i = rows[int(i) - 1][6]
    return True


REFLEXIVE = "zich"  # me/je/ons are also ordinary objects: too ambiguous to map


@dataclass
class Conventions:
    obl_arg: set[tuple[str, str]] = field(default_factory=set)  # (head lemma, preposition)
    reflexive_obj_verbs: set[str] = field(default_factory=set)  # "zich" is a real object
    reflexive_default: str = "expl:pv"  # relation of "zich" with a verb seen in neither list
    aux_lemmas: set[str] = field(default_factory=set)  # verbs that are AUX/aux in UD 2.13
    cop_lemmas: set[str] = field(default_factory=set)  # verbs that are AUX/cop in UD 2.13
    ordinal_forms: set[str] = field(default_factory=set)  # "eerste": ADJ in UD 2.13
    preconj_forms: set[str] = field(default_factory=set)  # "zowel" (... als): cc:preconj
    # (form, head UPOS, old UPOS) -> (UPOS, FEATS) in UD 2.13: "als" ADP -> SCONJ,
    # "vele"/"meeste" PRON -> ADV, "zowel" ADV -> CCONJ, ...
    upos_shift: dict[tuple[str, str, str], tuple[str, str]] = field(default_factory=dict)


def derive(new_sentences: list[Rows], old_sentences: list[Rows], min_count: int = 2) -> Conventions:
    """Lists from the new-convention sentences; old ones only say which forms differ."""
    pp = defaultdict(Counter)  # (head lemma, prep) -> deprel counts
    refl = defaultdict(Counter)  # verb lemma -> deprel of "zich"
    aux, cop, preconj = Counter(), Counter(), Counter()
    pos_new, pos_old = defaultdict(Counter), defaultdict(Counter)
    in_context_new, in_context_old = defaultdict(Counter), defaultdict(Counter)
    feats_new = defaultdict(Counter)  # (form, UPOS) -> FEATS
    for rows in new_sentences:
        for r in rows:
            head = head_row(rows, r)
            if r[7] in ("obl", "obl:arg") and head is not None:
                prep = case_lemma(rows, r[0])
                if prep:
                    pp[(norm_lemma(head[2]), prep)][r[7]] += 1
            if r[1].lower() == REFLEXIVE and r[7] in ("obj", "expl:pv") and head is not None:
                refl[norm_lemma(head[2])][r[7]] += 1
            if r[3] == "AUX" and r[7] == "aux":
                aux[r[2]] += 1
            if r[3] == "AUX" and r[7] == "cop":
                cop[r[2]] += 1
            pos_new[r[1].lower()][r[3]] += 1
            in_context_new[_context(rows, r)][r[3]] += 1
            feats_new[(r[1].lower(), r[3])][r[5]] += 1
            if r[7] == "cc:preconj":
                preconj[r[1].lower()] += 1
    for rows in old_sentences:
        for r in rows:
            pos_old[r[1].lower()][r[3]] += 1
            in_context_old[_context(rows, r)][r[3]] += 1
    conv = Conventions()
    conv.obl_arg = {k for k, c in pp.items() if c["obl:arg"] >= min_count and c["obl:arg"] > c["obl"]}
    conv.reflexive_obj_verbs = {v for v, c in refl.items() if c["obj"] > c["expl:pv"]}
    total = sum(refl.values(), Counter())
    conv.reflexive_default = "expl:pv" if total["expl:pv"] > total["obj"] else "obj"
    # A lemma seen once as aux may be an annotation slip: require min_count.
    conv.aux_lemmas = {lemma for lemma, n in aux.items() if n >= min_count}
    conv.cop_lemmas = {lemma for lemma, n in cop.items() if n >= min_count}
    conv.preconj_forms = {f for f, n in preconj.items() if n >= min_count}
    conv.ordinal_forms = {
        f for f, c in pos_new.items()
        if c.most_common(1)[0][0] == "ADJ" and pos_old[f] and pos_old[f].most_common(1)[0][0] == "NUM"
    }
    conv.upos_shift = _upos_shift(in_context_new, in_context_old, pos_new, feats_new)
    return conv


def _context(rows: Rows, r: list[str]) -> tuple[str, str]:
    head = head_row(rows, r)
    return r[1].lower(), head[3] if head is not None else "ROOT"


CLOSED_CLASS = {"ADP", "ADV", "PRON", "DET", "SCONJ", "CCONJ", "ADJ", "NUM"}


def _upos_shift(new: dict, old: dict, pos_new: dict, feats_new: dict,
                min_count: int = 4, purity: float = 0.85) -> dict:
    """Function words whose tag changed between UD 2.0 and 2.13, per (form, head UPOS).

    The new sentences must agree on one tag in that context (>= min_count, >= purity), and
    the shift must be a convention, not an ambiguity: either most old tokens in that
    context carry another tag ("vele jaren": PRON in 2017, ADV in 2.13), or the new
    sentences never use the old tag for that form at all ("als": no ADP in 2.13).
    """
    shift = {}
    for (form, head_pos), counts in new.items():
        total = sum(counts.values())
        tag, n = counts.most_common(1)[0]
        if total < min_count or n / total < purity or tag not in CLOSED_CLASS:
            continue
        before = old.get((form, head_pos))
        if not before:
            continue
        form_total = sum(pos_new[form].values())
        for old_tag in before:
            if old_tag == tag or old_tag not in CLOSED_CLASS:
                continue
            if before.most_common(1)[0][0] != tag or pos_new[form][old_tag] / form_total < 0.02:
                feats = feats_new[(form, tag)].most_common(1)[0][0]
                shift[(form, head_pos, old_tag)] = (tag, feats)
    return shift


def from_files(train: Path, dev: Path) -> Conventions:
    """New-convention sentences of train plus dev; old-convention train sentences for the diff."""
    new, old = [], []
    for path in (train, dev):
        for comments, rows in read_conllu(path):
            (old if is_old_convention(comments) else new).append(rows)
    return derive(new, old)
