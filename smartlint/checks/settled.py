"""A message that reports its matter settled owes no next step.

"Uw betaling is in goede orde ontvangen. Hartelijk dank!", "Excuses voor de fout op uw
factuur. Wij hebben vandaag € 42,50 naar uw rekening overgemaakt." and "We hebben het
aan hem doorgegeven" close the matter: nothing is pending that someone must do, so the
handbook's "who does what when" has nothing left to name (paraphrase writers of two
sets labelled four such messages clean).  Read from the clause analysis: with no
promise in the message, every clause is a courtesy formula or tells what is done, with
a ``settled_words`` phrase (or a payment received: ``payment_nouns`` in the message,
``received_words`` in the clause) in at least one and no ``bad_news_words`` outside the
courtesy formulas ("Uw pakket is beschadigd aangekomen" is not settled).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartlint.doc_text import doc_text, span_text
from smartlint.nl.folding import fold
from smartlint.nl.lexicon import lexicon
from smartlint.preprocess import in_formula

if TYPE_CHECKING:
    from spacy.tokens import Doc


def reports_settled(doc: "Doc") -> bool:
    from smartlint.checks.tense import narrated
    from smartlint.nl.clauses import clauses_of

    lex = lexicon()
    paid = bool(lex["payment_nouns"].find(fold(doc_text(doc))))
    settled = False
    for clause in clauses_of(doc):
        text = fold(span_text(clause))
        if clause._.act == "courtesy" or in_formula(doc, clause.start_char, clause.end_char):
            continue  # (the sender's name in a signature: "Administratie Autobedrijf Veenstra")
        if "?" in span_text(clause.doc[clause.start : min(clause.end + 1, len(clause.doc))]):
            return False  # a question waits for an answer
        if lex["bad_news_words"].find(text) or clause._.act != "description" or clause._.negated:
            return False
        found = bool(lex["settled_words"].find(text) or paid and lex["received_words"].find(text))
        if not found and not narrated(clause):
            return False  # a state now or to come: "Uw abonnement stopt op 31 december"
        settled = settled or found
    return settled
