"""Indirect questions: a clause that says what is asked or checked, not what we promise.

"(De medewerker beoordeelt) of u mogelijk recht heeft op de toeslag": the hedge belongs to
what is checked; "Je vroeg of je misschien beter kunt pauzeren": the reader's question
retold. Not "Ik vraag Martin of hij u belt" (an indirect promise of ours). Read by
:func:`smartlint.nl.acts.classify`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartlint.nl.folding import fold
from smartlint.nl.lexicon import lexicon
from smartlint.nl.verbs import infinitives_of, is_irregular_past

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def open_whether(clause: "Span", ext, finite: "Token") -> bool:
    """A "whether"-clause: "of" opens it and its finite verb does not follow the subject
    straight away (verb-final), also when the parser took "of" for "or" ("en beoordeelt
    of u mogelijk recht heeft"); not "of we bellen u morgen" (a main clause after "or")."""
    words = [t for t in clause if not t.is_punct]
    if len(words) < 3 or fold(words[0].text) != "of" or ext.role not in ("subordinate", "coordinate"):
        return False
    subject = ext.subject
    if subject is None or not len(subject):
        return False
    return finite.i > subject[-1].i + 1


def reported_question(clause: "Span", sent: "Span") -> bool:
    """A verb of asking in the past before the clause (lexicon ``question_verbs``): the
    reader's question retold ("Je vroeg of ..."), not "Ik vraag Martin of hij u belt"
    (an indirect promise)."""
    asking = lexicon()["question_verbs"].words
    asked = [t for t in sent if t.i < clause.start and infinitives_of(t.text) & asking]
    return any("Past" in t.morph.get("Tense") or is_irregular_past(t.text) for t in asked)


def told_in_question(clause: "Span", ext, finite: "Token") -> bool:
    """"Wist u dat u in onze app alle vaccinaties op één plek ziet?": a "dat"-clause under
    a verb of knowing (lexicon ``knowing_verbs``) in a question is what we tell; only the
    main clause asks."""
    # (the parser may hang "dat" as an object, not a marker: its first word then)
    if ext.role != "subordinate" or (ext.marker or fold(clause[0].text)) != "dat" or finite.head.i == finite.i:
        return False
    return bool(infinitives_of(finite.head.text) & lexicon()["knowing_verbs"].words)
