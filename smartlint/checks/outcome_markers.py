"""What a marker of an absolute outcome says in its clause, read from the pack's words
(rules/realistic.yaml ``params``): a warning that something cannot be undone ("Je
gegevens worden voorgoed verwijderd"), a right the reader may use at any time ("Uw
toestemming kan te allen tijde worden ingetrokken"), a softened claim ("Dit komt
gelukkig vrijwel niet meer voor"). None of them promises an outcome, so
:mod:`smartlint.checks.unrealistic` leaves them out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartlint.checks.claim_words import WORD_RUN, clause_of
from smartlint.checks.word_classes import WORDEN
from smartlint.doc_text import doc_text
from smartlint.nl.folding import fold

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Modal forms that grant a possibility or permission (closed class): "kan worden ingetrokken".
_PERMISSION_MODALS = {"kan", "kunnen", "mag", "mogen"}


def warns_of_loss(doc: "Doc", start: int, end: int, params: dict) -> bool:
    """A lasting marker ("voor altijd", "voorgoed": params ``lasting_markers``) in a clause
    whose verb is one of losing or deleting (``loss_verbs``): a warning that something
    cannot be undone ("Je gegevens worden voorgoed verwijderd"), not an outcome promised."""
    from smartlint.nl.acts import clause_verbs

    lasting = {fold(m) for m in params.get("lasting_markers") or []}
    if fold(doc_text(doc)[start:end]) not in lasting:
        return False
    clause = clause_of(doc, start, end)
    loss = {fold(v) for v in params.get("loss_verbs") or []}
    if clause is not None and clause_verbs(clause) & loss:
        return True
    # the parser may split "zullen voor altijd verloren gaan" around the marker: any verb
    # form of losing in the sentence
    from smartlint.nl.verbs import infinitives_of

    sentence = doc.char_span(start, end, alignment_mode="expand")
    # (an infinitive the verb lexicon does not know is its own form: "zal je account voor
    # altijd wissen", which the tagger may not even call a verb)
    return sentence is not None and any((infinitives_of(t.text) | {fold(t.text)}) & loss for t in sentence.sent)


def grants_a_right(doc: "Doc", start: int, end: int, params: dict) -> bool:
    """A marker of any moment (params ``anytime_markers``) in a passive clause whose
    finite verb is "kan/kunnen/mag/mogen": what may be done at any time, not an outcome."""
    return _in_modal_passive(doc, start, end, params.get("anytime_markers"))


def denies_a_possibility(doc: "Doc", start: int, end: int, params: dict) -> bool:
    """A marker of never (params ``never_markers``) in a passive clause whose finite verb
    is "kan/kunnen/mag/mogen": what can never be done, a warning ("het kan nooit meer
    hersteld worden"), not an outcome promised ("dit gebeurt nooit meer")."""
    return _in_modal_passive(doc, start, end, params.get("never_markers"))


def _in_modal_passive(doc: "Doc", start: int, end: int, markers) -> bool:
    clause = clause_of(doc, start, end)
    if fold(doc_text(doc)[start:end]) not in {fold(m) for m in markers or []} \
            or clause is None or clause._.finite is None:
        return False
    return fold(clause._.finite.text) in _PERMISSION_MODALS \
        and any(fold(t.text) in WORDEN for t in clause if t.i > clause._.finite.i)


def softened(doc: "Doc", start: int, end: int, params: dict) -> bool:
    """A softener (params ``softeners``: "vrijwel", "bijna") in the marker or in the
    words of its clause before it."""
    clause = clause_of(doc, start, end)
    begin = clause.start_char if clause is not None else start
    words = f" {' '.join(WORD_RUN.findall(fold(doc_text(doc)[begin:end])))} "
    return any(f" {fold(s)} " in words for s in params.get("softeners") or [])
