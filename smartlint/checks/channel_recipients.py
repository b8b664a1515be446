"""Who a promise to inform reaches: the reader, us, or someone else.

:mod:`smartlint.checks.channel` reports an informing promise without a channel only when
it informs the reader.  These helpers read the words of the promise (folded, without
punctuation) and its clause: the reader hears ("U hoort", "hoort u"), informs us ("zodra u
ons laat weten"), or someone else is informed ("koppelt het terug aan de leverancier",
"Ik laat het de monteur weten").  In an action list the reader is the customer the notes
are about, named in the third person ("- Sarita: mevrouw Bos informeren ...", the notes'
own client by name).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartlint.checks.claim_words import clause_of
from smartlint.nl.lexicon import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_ARTICLES = {"de", "het", "een"}
# Object pronouns of the speaker (closed class): informing them is not informing the reader.
_US = {"ons", "mij", "me"}
# Readers' words that also own a noun: "van je datamigratie", "van uw bank" (grammar).
_POSSESSIVE_READERS = {"je", "jouw", "uw", "jullie"}
# Words between a relative "die" and the verb of its clause: "die [tocht] melden".
_RELATIVE_SPAN = 5


def from_the_reader(words: list[str], readers: frozenset[str], tokens: list["Token"]) -> bool:
    """ "Tenzij wij vóór vrijdag bericht van u ontvangen": the news comes from the reader
    (not "op de hoogte van de voortgang van je datamigratie": "je" owns the noun after it)."""
    return any(w == "van" and k + 1 < len(words) and words[k + 1] in readers
               and not (words[k + 1] in _POSSESSIVE_READERS and k + 2 < len(words)
                        and tokens[k + 2].pos_ in ("NOUN", "PROPN", "ADJ"))
               for k, w in enumerate(words))


def names_other_person(words: list[str], indices: list[int], others: frozenset[str],
                       readers: frozenset[str] = frozenset()) -> bool:
    """A role or team inside the informing phrase is its recipient: "Ik laat het de
    monteur weten" (not "Sanne laat u weten of de monteur komt": after the phrase; nor
    the agent of a passive: "U wordt ... door uw casemanager ... op de hoogte gebracht";
    nor the subject after the verb when the reader follows it: "neemt monteur Lars ...
    contact met u op", "laat wijkbeheerder Romy u ... weten")."""
    last = max(indices)
    return any(w in others and "door" not in words[max(min(indices), k - 3):k]
               and not any(r in readers for r in words[k + 1:last + 1])
               for k, w in enumerate(words[:last + 1]) if k >= min(indices))


def before_content(words: list[str], indices: list[int]) -> list[str]:
    """The words up to the content told, which opens after the informing verb with a
    content marker (lexicon ``content_markers``): "laat u weten | hoe laat uw kind aan de
    beurt is" names no other recipient."""
    markers = lexicon()["content_markers"].words
    end = next((k for k in range(max(indices) + 1, len(words)) if words[k] in markers), len(words))
    return words[:end]


def other_recipient(words: list[str], readers: frozenset[str]) -> bool:
    """Someone else is informed: "koppelt het terug aan de leverancier", "neemt contact op
    met de bank" ("aan X", "contact met X" where X is not the reader)."""
    for k, word in enumerate(words[:-1]):
        nxt = words[k + 1]
        if nxt in _ARTICLES and k + 2 < len(words):
            nxt = words[k + 2]  # "geeft door aan de klant": the reader after the article
        if (word == "aan" or (word == "met" and k > 0 and words[k - 1] == "contact")) and nxt not in readers:
            return True
        if word == "contact" and nxt == "op" and k + 3 < len(words) and words[k + 2] == "met" \
                and words[k + 3] not in readers:
            return True
    return False


def reader_next_to(words: list[str], indices: list[int], readers: frozenset[str]) -> bool:
    """The reader is the subject next to the verb: "U hoort", "hoort u", "Je hoort"; not
    after "bij", where "horen bij" is belonging ("welke gegevens bij u horen", "hoort
    bij u")."""
    k = min(indices)
    if (k >= 2 and words[k - 2] == "bij") or (k + 1 < len(words) and words[k + 1] == "bij"):
        return False
    return any(0 <= j < len(words) and words[j] in readers for j in (k - 1, k + 1))


def informs_us(words: list[str], indices: list[int]) -> bool:
    """We are the ones informed: "laat ons weten", "Sanne houdt mij op de hoogte"; after
    "melden bij" the one named after "bij" ("Ik meld me bij u": "me" is reflexive)."""
    lo, hi = min(indices), max(indices)
    if words[hi] == "bij":
        return hi + 1 < len(words) and words[hi + 1] in _US
    # (a reflexive that is the phrase's own word, beside its verb, is no one informed: "We
    # melden ons straks weer"; not "Sanne meldt het bij ons team")
    return any(w in _US and not (i in indices and {i - 1, i + 1} & set(indices))
               for i, w in enumerate(words[lo:hi + 2], lo))


def readers_clause(doc: "Doc", tokens: list["Token"], indices: list[int]) -> bool:
    """The informing verb stands in a clause of the reader ("zodra u ons laat weten")."""
    first = tokens[min(indices)]
    clause = clause_of(doc, first.idx, first.idx + len(first.text))
    # The promise's own main clause may have the reader as subject ("U wordt geïnformeerd");
    # in the active the reader informs ("Huurder meldt schimmel in de badkamer").
    if clause is None or clause._.subject_kind != "customer":
        return False
    return clause._.role == "subordinate" or clause.start_char > tokens[0].idx or reader_opens(clause)


def reader_opens(clause) -> bool:
    """A main clause that opens with the reader as the subject of an active verb: the
    reader informs ("Huurder meldt schimmel in de badkamer"), not "U wordt geïnformeerd"."""
    subject, finite = clause._.subject, clause._.finite
    return clause._.role == "main" and subject is not None and finite is not None \
        and subject.start == clause.start and finite.i > subject.end - 1 and not passive(clause)


def passive(clause) -> bool:
    from smartlint.nl.verbs import infinitives_of

    finite = clause._.finite
    return finite is not None and "worden" in infinitives_of(finite.text)


def client_names(client: str | None, clients) -> frozenset[str]:
    """The folded names of the message's own client (``client``) and that client's
    aliases among the known ``clients``: in meeting notes about a client, informing it
    is informing the reader's side ("- Femke informeert Wijnholt over de vertraging")."""
    from smartlint.nl.folding import fold

    if not client:
        return frozenset()
    names = {client}
    for known in clients:
        if client in known.names:
            names.update(known.names)
    return frozenset(" ".join(fold(name).split()) for name in names)


def names_listed_reader(tokens: list["Token"], words: list[str], own_client: frozenset[str]) -> bool:
    """An action item names the customer it is about in the third person: an honorific
    with a name ("- Sarita: mevrouw Bos informeren over de uitkomst") or the notes' own
    client ("Thuiszorg Veluwe informeren")."""
    honorifics = lexicon()["honorifics"].words
    if any(w in honorifics and tokens[k + 1].text[:1].isupper() for k, w in enumerate(words[:-1])):
        return True
    line = f" {' '.join(words)} "
    return any(f" {name} " in line for name in own_client)


def readers_relative_clause(tokens: list["Token"], words: list[str], indices: list[int],
                            readers: frozenset[str]) -> bool:
    """The informing verb stands in a relative clause about the reader: "bij de bewoners
    die tocht melden" (the residents inform), "klanten die ons laten weten ...": a reader
    word, then "die", then the verb within a few words (not the demonstrative before a
    noun: "laat je die ochtend weten")."""
    k = max(indices)  # the verb ("melden bij" may take a "bij" before the relative clause)
    for j in range(max(0, k - _RELATIVE_SPAN), k):
        if words[j] == "die" and j > 0 and words[j - 1] in readers \
                and tokens[j].dep_ != "det" and not _moment_word(words[j + 1]):
            return True
    return False


def _moment_word(word: str) -> bool:
    """A word of time after "die" makes it a demonstrative: "die ochtend", "die dag"."""
    lex = lexicon()
    return bool(lex["time_words"].find(word)) or word in lex["day_parts"].words or word in lex["duration_units"].words
