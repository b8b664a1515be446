"""Augmented copies of training sentences in the persons of customer e-mails.

Wikipedia text has almost no "u" (3 tokens in 128,599), few "we" and hardly any "ik"
with a verb: "Het overzicht verstuur ik vrijdag" (a first-person verb after a fronted
phrase) was tagged NOUN.  For a training sentence with a third-person pronoun whose
replacement keeps the sentence grammatical, up to two copies are added:

* second person: "hij"/"hem" -> "u", possessive "zijn" -> "uw" (same verb agreement:
  "hij belt" / "u belt"), plural subject "ze"/"zij" -> "we"/"wij" (plural either way);
* first person: subject "hij" -> "ik" with the finite verb in the first person
  ("hij belt" -> "ik bel", "belt hij" -> "bel ik", "hij heeft" -> "ik heb").
"""

from __future__ import annotations

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


def second_person(rows: list[list[str]]) -> list[list[str]] | None:
    """A copy in the second person ("u", "uw", "we"), or None."""
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


# First-person singular present of verbs whose form no spelling rule gives.
_FIRST_PERSON = {
    "zijn": "ben", "hebben": "heb", "kunnen": "kan", "zullen": "zal", "mogen": "mag",
    "willen": "wil", "gaan": "ga", "staan": "sta", "slaan": "sla", "zien": "zie",
    "doen": "doe", "komen": "kom", "worden": "word",
}
_I = ("ik", "ik", "Case=Nom|Person=1|PronType=Prs")


def first_person_verb(form: str, lemma: str) -> str | None:
    """The first-person present of a third-person present form ("belt" -> "bel",
    "vindt" -> "vind", "zet" -> "zet", "praat" -> "praat"), or None if unsure."""
    low, lemma = form.lower(), lemma.lower()
    if lemma in _FIRST_PERSON:
        first = _FIRST_PERSON[lemma]
    elif not lemma.endswith("en") or not low.endswith("t"):
        return None
    elif lemma[:-2].endswith("t"):
        first = low  # stem in -t: "ik zet", "ik praat", "ik laat"
    else:
        first = low[:-1]  # "belt" -> "bel", "vindt" -> "vind", "loopt" -> "loop"
    return first.capitalize() if form[:1].isupper() else first


def first_person(rows: list[list[str]]) -> list[list[str]] | None:
    """A copy with subject "hij" as "ik" and its finite present verb agreeing, or None."""
    subjects = [r for r in rows if r[1].lower() == "hij" and r[7] in ("nsubj", "nsubj:pass")]
    if len(subjects) != 1 or any(r[1].lower() in ("zich", "zichzelf") for r in rows):
        return None  # "hij vergist zich" would need "me" as well
    subject = subjects[0]
    verbs = [r for r in rows if r[0] == subject[6] or (r[6] == subject[6] and r[7] in ("aux", "aux:pass", "cop"))]
    finite = [r for r in verbs if "VerbForm=Fin" in r[5]]
    if len(finite) != 1:
        return None
    verb = finite[0]
    new_form = verb[1] if "Tense=Past" in verb[5] else first_person_verb(verb[1], verb[2])
    if new_form is None or "Number=Sing" not in verb[5]:
        return None
    forms = {verb[0]: new_form}
    # Coordinated verbs without a subject of their own share "ik": "Ik bel en mail".
    with_subject = {r[6] for r in rows if r[7].startswith("nsubj")}
    for r in rows:
        if r[7] == "conj" and r[6] == subject[6] and "VerbForm=Fin" in r[5] and r[0] not in with_subject:
            form = r[1] if "Tense=Past" in r[5] else first_person_verb(r[1], r[2])
            if form is None:
                return None
            forms[r[0]] = form
    out = []
    for r in rows:
        r = list(r)
        if r[0] == subject[0]:
            r[1] = _I[0].capitalize() if subject[1][:1].isupper() else _I[0]
            r[2], r[3], r[5] = _I[1], "PRON", _I[2]
        elif r[0] in forms:
            r[1] = forms[r[0]]
        out.append(r)
    return out


def augmented_copies(rows: list[list[str]]) -> list[list[list[str]]]:
    """The augmented copies of one sentence (none, one or two)."""
    return [copy for copy in (second_person(rows), first_person(rows)) if copy is not None]
