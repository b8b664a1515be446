"""Action items of notes and lists read as a clause's act: "- Team support: koppeling
controleren", "Actie Mark: klant uiterlijk woensdag terugbellen" (an owner label, a
colon and an infinitive: a promise).  Read by :func:`smartlint.nl.acts.classify`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartlint.nl.folding import fold
from smartlint.nl.lexicon import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Span


def action_item(clause: "Span") -> bool:
    """"- Team support: koppeling controleren", "Actie Mark: klant uiterlijk woensdag
    terugbellen": an owner label of at most three words, a colon, and an infinitive
    make an action item, a promise."""
    from smartlint.nl.verbs import known_infinitive

    sent = clause.sent
    colon = next((t for t in sent if t.text == ":"), None)
    if colon is None or not clause.start - 1 <= colon.i < clause.end:
        return False  # (the parse may end the label's clause at the colon)
    label = [t for t in sent if t.i < colon.i and not t.is_punct and not t.is_space]
    if not 1 <= len(label) <= 3:
        return False
    if len(label) == 1 and lexicon()["field_labels"].find(fold(label[0].text)):
        return False  # "- Wens: wifi uitbreiden naar de raadszaal": a field of the notes, no owner
    # (not a "te"-infinitive: "Sneltoetsen: druk op Ctrl + K om een klant op te zoeken")
    return any(known_infinitive(fold(t.text)) and fold(t.nbor(-1).text) != "te"
               for t in sent if t.i > colon.i and fold(t.text).endswith("n"))  # ("nagaan", "doen", "zien")
