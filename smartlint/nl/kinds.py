"""What a library string is, when neither the reader nor the configuration says: a
message, a label or legal text.  (A whole draft file is always a message.)

A label (a button, menu item, field name, title, a fragment) has no clause with a
finite verb, or is at most three words without sentence punctuation ("Verder winkelen",
"Kilogram", "Nieuw bericht", "Details bekijken"), or breaks off mid-sentence: it ends
in a conjunction, an article, a preposition that is no verb particle, or a comma (a
template split over entries: "wij zorgen voor een correcte verwerking van je bestand,
maar fouten in de opmaak of"; judged wrong blind, real-text-16).  Everything else is a
message.
Subjects and titles are declared by their readers (an e-mail's Subject) or by the
configuration's key kinds; from the text alone they look like labels.
Legal text (terms and conditions, privacy and liability clauses, a code of conduct: a
lexicon ``legal_text_markers`` phrase) is the fine print, not a message to one reader:
"Wij doen ons best om materiaal te testen ... kunnen wij niet aansprakelijk worden
gesteld" promises nothing to rewrite (blind judges, real-text-14: about 18 of 42 wrong
findings were in such text).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartlint.doc_text import doc_text, doc_tokens
from smartlint.nl.clauses import clauses_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

_SENTENCE_END = (".", "!", "?", ":")


def classify_segment(doc: "Doc") -> str:
    words = [t for t in doc_tokens(doc) if not t.is_punct and not t.is_space]
    if not words:
        return "label"
    if len(words) <= 3 and not doc_text(doc).rstrip().endswith(_SENTENCE_END):
        return "label"
    if _breaks_off(doc, words[-1]):
        return "label"
    clauses = clauses_of(doc)
    if clauses and all(clause._.act == "label" for clause in clauses):
        return "label"
    from smartlint.nl.folding import fold
    from smartlint.nl.lexicon import lexicon

    if lexicon()["legal_text_markers"].find(fold(doc_text(doc))):
        return "legal"
    return "message"


def _breaks_off(doc: "Doc", last) -> bool:
    """Whether the string stops mid-sentence (see the module's docstring)."""
    text = doc_text(doc).rstrip()
    if text.endswith(","):
        return True
    if text.endswith(_SENTENCE_END) or last.idx + len(last) != len(text):
        return False  # ends in punctuation, a quote, an emoji ...: not a broken-off word
    return last.pos_ in ("CCONJ", "SCONJ", "DET") or (last.pos_ == "ADP" and last.dep_ != "compound:prt")
