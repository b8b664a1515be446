"""Promises told as the content of a promise: "Ik beloof dat wij uw klacht zullen
onderzoeken", "Hierbij bevestig ik dat Sanne u morgen om 10.00 uur belt", or of the
writer passing the job on ("Ik laat Kees weten dat hij u terugbelt", "Ik zeg tegen Kees
dat hij u morgen belt": lexicon ``delegating_verbs``).

The writer's own verb (lexicon ``content_promise_verbs``: beloven, bevestigen ...)
says only that a promise is made; what is promised, and by whom, is the "dat"-clause.
That clause has its verbs at the end ("wij uw klacht zullen onderzoeken"), which the
word-order reading of :mod:`smartlint.checks.promises` expects second; the clause
analysis (:mod:`smartlint.nl.clauses`) knows its finite verb and subject, so the
words are put in main-clause order (subject, finite verb, the rest) and read as a
clause of their own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from smartlint.checks.clauses import Clause, norm
from smartlint.nl.lexicon import lexicon
from smartlint.nl.verbs import infinitives_of, participle_shape

if TYPE_CHECKING:
    from smartlint.checks.promise_parts import Promise

def promised_content(clause: Clause, read: Callable[[Clause], "Promise | None"]) -> "Promise | None":
    """The promise in the "dat"-clause of a writer's verb of promising in ``clause``,
    read by ``read`` (the promise analysis of one clause), or None."""
    words = clause.words
    at = next((k for k, t in enumerate(words) if norm(t) == "dat"), None)
    if at is None or at + 2 >= len(words):
        return None
    host = words[:at]
    lex = lexicon()
    writers = lex["speaker_pronouns"].words
    promising = any(infinitives_of(t.text) & lex["content_promise_verbs"].words for t in host)
    delegating = any(infinitives_of(t.text) & lex["delegating_verbs"].words for t in host)
    if not promising and not delegating:
        return None
    if not promising and any(norm(t) in lex["customer_pronouns"].words for t in host):
        return None  # "... laten wij u weten dat wij de zaak bespreken": the reader is told, no colleague asked
    # the writer promises ("Ik beloof dat ..."), or a note records the agreement with the
    # participle alone ("Afgesproken dat we dit oppakken", "- Toegezegd dat ...")
    if not any(norm(t) in writers for t in host) and not (len(host) == 1 and participle_shape(host[0])):
        return None
    content = words[at + 1:]
    from smartlint.nl.clauses import clause_at

    analysed = clause_at(words[0].doc, content[0].idx)
    if analysed is None or analysed._.act != "promise" or analysed._.finite is None or analysed._.subject is None:
        return None
    finite, subject = analysed._.finite, analysed._.subject
    if finite not in content or not all(t in content for t in subject):
        return None
    ordered = list(subject) + [finite] + [t for t in content if t not in subject and t != finite]
    promise = read(Clause(ordered))
    # "we verzekeren u dat we er hard aan werken": work going on, reassurance, no promise
    return None if promise is None or promise.ongoing else promise


def delegated_task(clause: Clause, read: Callable[[Clause], "Promise | None"]) -> "Promise | None":
    """The colleague's task when the writer asks a named colleague to act: "Ik vraag
    Jolien van Planning om je morgen te bellen", "Ik heb Kees gevraagd om u vrijdag te
    mailen" (lexicon ``delegating_verbs``). The colleague is the actor of the "om ... te"
    infinitive, which is read as that colleague's clause: "Jolien van Planning bellen je
    morgen". The reader asked ("Ik vraag u om ...") is no colleague: the actor must
    start with a name or a determiner and a noun."""
    words = clause.words
    folded = [norm(t) for t in words]
    if "om" not in folded or "te" not in folded[folded.index("om"):]:
        return None
    at = folded.index("om")
    host, content = words[:at], words[at + 1:]
    lex = lexicon()
    if not any(f in lex["speaker_pronouns"].words for f in folded[:at]):
        return None
    asking = [k for k, t in enumerate(host) if infinitives_of(t.text) & lex["delegating_verbs"].words]
    if not asking:
        return None
    actor = _named_actor(host, asking)
    te = max(k for k, t in enumerate(content) if norm(t) == "te")
    if actor is None or te + 1 >= len(content) or content[te + 1].pos_ not in ("VERB", "AUX"):
        return None
    infinitive = content[te + 1]
    rest = [t for k, t in enumerate(content) if k not in (te, te + 1)]
    return read(Clause(actor + [infinitive] + rest))


def _named_actor(host: list, asking: list[int]) -> list | None:
    """The words after the writer's finite verb, less the asking verb and the writer,
    when they name a colleague: a name ("Jolien van Planning") or a determiner and a
    noun ("de monteur")."""
    writers = lexicon()["speaker_pronouns"].words
    span = [t for k, t in enumerate(host) if k >= 2 and k not in asking and norm(t) not in writers]
    if not span:
        return None
    named = span[0].pos_ == "PROPN"
    role = len(span) > 1 and norm(span[0]) in ("de", "onze") and span[1].pos_ in ("NOUN", "PROPN")
    return span if named or role else None
