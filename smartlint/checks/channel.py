"""How the customer hears it: a promise to inform the customer names its channel.

The handbook: "Wat hoort je klant dan en hoe?"  The promises of ours are those of
:func:`smartlint.checks.promises.find_promises` (not questions, requests, conditions,
facts or negations), in a draft also the clauses the clause analysis reads as a promise
(act ``promise``, not negated, not routine) and the items of an action list.  One is an
informing promise when

* its words hold an informing verb phrase ("laten weten", "informeren", "op de hoogte
  houden", "terugkomen op", "terugkoppelen", "contact opnemen", "u hoort van ons") in a
  clause whose subject is not the reader ("zodra u ons laat weten ..." is the reader
  informing us);
* or a verb that carries a message ("geven", "sturen", "krijgen", "ontvangen") with a
  word of news ("bericht", "update", "antwoord"): "Ilse geeft u om 15.00 uur een
  update", "u krijgt bericht van Dennis"; news that follows needs no reader named
  ("Update volgt", "Meer informatie volgt");
* or it is a field line whose label is such a word ("Volgende update: 14.00 uur door Ilse").

It is reported when its sentence names no channel: a channel verb in any form
("belt", "mailt", "appen") or a channel word ("per sms", "in dit ticket", "telefonisch",
"klantportaal", compounds ending in a listed word of three letters or more), or, when
it opens by pointing back ("Dan laat ik je weten ..."), the sentence before does.  In a
library string only a whole message is checked (a greeting or sign-off, or several
sentences): a shorter string is a template the software sends through its own channel.
Every word comes from the rule's ``params`` (rules/channel.yaml).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterable

from smartlint.checks import CheckContext, Hit, register
from smartlint.checks.claim_words import (
    MarkerList,
    clause_of,
    compiled,
    reads_as_message,
    tells_what_happened,
)
from smartlint.checks.channel_recipients import (
    before_content,
    client_names,
    from_the_reader,
    informs_us,
    names_listed_reader,
    names_other_person,
    other_recipient,
    reader_next_to,
    readers_clause,
    readers_relative_clause,
)
from smartlint.checks.clauses import particle_positions
from smartlint.checks.verbs import VerbList
from smartlint.checks.word_classes import CONDITIONALS, DETERMINERS, REASON_MARKERS
from smartlint.doc_text import doc_text
from smartlint.nl import OUR_SIDE
from smartlint.nl.folding import fold
from smartlint.nl.lexicon import LexiconSet, lexicon
from smartlint.preprocess import PLACEHOLDERS_KEY

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_WORD = re.compile(r"[\w'-]+")
# An e-mail or web address (without "www": URLs are masked as placeholders) is where the
# reader looks: "via storingen@zuidhaven.nl", "op zuidhaven.nl/storingen".
# (a host with a subdomain needs no path: "op status.zuidhaven.nl"; a bare "Bol.com" is a shop)
_ADDRESS = re.compile(r"(?<![\w.@-])(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[\w-]+\.(?:nl|be|com|org|eu|net)/\S*"
                      r"|[\w-]+\.[\w-]+\.(?:nl|be|com|org|eu|net)\b)")
# A bare host after "op"/"via" is a site to look at: "update om 17.00 uur op storingen.nl"
# ("Bol.com" alone is a shop).
_SITE_AFTER_ROUTE = re.compile(r"\b(?:op|via) ([\w-]+\.(?:nl|be|com|org|eu|net))\b")
# An item of an action list: "- Yusuf: klant informeren over ..., uiterlijk maandag".
# The bullet or number an item of a list opens with, before its first word.
_BULLET = re.compile(r"[ \t]*(?:[-*•–—]|\d{1,2}[.)])[ \t]+\S")
_LIST_ITEM = re.compile(r"(?m)^[ \t]*[-*•–—][ \t]+([^\n:]{2,40}):[ \t]*(\S[^\n]*)$")
# Closed classes for the object after an informing verb: "informeren wij de huisarts".
_SPEAKERS = LexiconSet("speaker_pronouns")
_ARTICLES = {"de", "het", "een", "onze", "ons"}


@register("channel.missing_how")
def missing_how(doc: "Doc", ctx: CheckContext, params: dict) -> Iterable[Hit]:
    if ctx.library and not reads_as_message(doc, int(params.get("library_min_sentences", 3))):
        return
    words = compiled("channel", params, _Words)
    text = doc_text(doc)
    folded = fold(text)
    reported: list[tuple[int, int]] = []
    unnamed: list[tuple[int, int]] = []
    named_by_us = False
    own_client = client_names(ctx.client, ctx.clients)
    for start, end, field, item in _candidates(doc, ctx, folded):
        span = _informing(doc, start, end, field, words, folded, ctx.context == "incident",
                          own_client if item else None)
        if span is None or any(s < span[1] and span[0] < e for s, e in reported + unnamed):
            continue
        if ctx.library and words.replies.find(folded, *span):
            continue  # a library's reply goes back the way the reader's message came: "we reageren binnenkort"
        lo, hi = _sentence_range(doc, start, end, words.anaphoric, folded)
        sentence = doc.char_span(lo, hi, alignment_mode="expand")
        if words.replies.find(folded, *span) and sentence is not None and sentence.start > 0:
            # a reply goes back the way the question came: "... kunt u een bericht sturen naar
            # info@... Wij zullen uw vragen zo spoedig mogelijk beantwoorden"
            before = sentence.start - 1
            while before > 0 and doc[before].is_space:
                before -= 1  # (the line break between them is a sentence of its own)
            lo = doc[before].sent.start_char
        if words.has_channel(doc, folded, lo, hi, span):
            reported.append(span)  # informs by a named channel
            clause = clause_of(doc, *span)
            named_by_us = named_by_us or (clause is not None and clause._.subject_kind in OUR_SIDE)
        else:
            unnamed.append(span)
    # A promise of ours to inform by a named channel names it for the message ("We laten u
    # binnen 3 werkdagen weten wat we hebben gedaan. ... We houden u op de hoogte via
    # e-mail."; blind judges called 24 of 24 such findings wrong, real-text-194).
    if not named_by_us:
        for span in unnamed:
            yield Hit(*span)


def _candidates(doc: "Doc", ctx: CheckContext, folded: str) -> list[tuple[int, int, bool, bool]]:
    """(start, end, is a field line, is an action item) of every promise of ours: the SMART analysis's
    promises, the clauses the clause analysis reads as a promise (it also knows verbs
    outside the SMART lists: "Ilse geeft u om 15.00 uur een update"), and the items of
    an action list ("- Yusuf: klant informeren, uiterlijk maandag")."""
    from smartlint.checks.promises import find_promises
    from smartlint.nl.clauses import clauses_of

    text = doc_text(doc)
    found = [(p.start, p.end, (p.model_wording or p.field_line) and not p.action_item,
              p.action_item or _list_line(text, p.start)) for p in find_promises(doc, ctx)]
    if not ctx.library:
        for clause in clauses_of(doc):
            if clause._.act == "promise" and not (clause._.negated or clause._.routine) \
                    and clause._.role != "subordinate" and not clause.text.rstrip().endswith("?"):
                found.append((clause.start_char, clause.end_char, False, _list_line(text, clause.start_char)))
        for m in _LIST_ITEM.finditer(text):
            found.append((m.start(2), m.end(2), False, True))
    return sorted(found)


def _list_line(text: str, start: int) -> bool:
    """The promise at ``start`` is an item of a list: its line opens with a bullet or a
    number ("- Femke informeert Wijnholt ...", "2. Klant bellen ...")."""
    line_start = text.rfind("\n", 0, start) + 1
    return _BULLET.match(text, line_start, start + 1) is not None


class _Words:
    def __init__(self, params: dict):
        self.inform = VerbList.parse(params.get("inform_actions") or [])
        self.inform_person = VerbList.parse(params.get("inform_person_actions") or [])
        self.receive = VerbList.parse(params.get("receive_actions") or [])
        self.readers = frozenset(fold(w) for w in params.get("readers") or [])
        self.others = frozenset(fold(w) for w in params.get("other_recipients") or [])
        self.carriers = VerbList.parse(params.get("message_carriers") or [])
        self.following = VerbList.parse(params.get("following_carriers") or [])
        self.news = MarkerList.parse(params.get("news_words") or [])
        self.carried_news = MarkerList.parse((params.get("news_words") or []) + (params.get("carried_news_words") or []))
        self.channel_verbs = VerbList.parse(params.get("channel_verbs") or [])
        self.channel_words = MarkerList.parse(params.get("channel_words") or [])
        self.anaphoric = MarkerList.parse(params.get("anaphoric_openers") or [])
        self.replies = MarkerList.parse(params.get("reply_words") or [])
        self.tails = tuple(fold(w) for w in params.get("channel_words") or []
                           if " " not in str(w) and len(str(w)) >= 3)
        self.heads = tuple(t for t in self.tails if len(t) >= 4)

    def has_channel(self, doc: "Doc", folded: str, lo: int, hi: int, informing: tuple[int, int]) -> bool:
        """A channel in [lo, hi) that is the route of the informing at ``informing``."""
        places = [s for s, _ in self.channel_words.find(folded, lo, hi)]
        # a compound: "klantportaal", "bewonersapp", "e-mailadres"
        # (not a name that starts like one: "PostNL laat je weten ..." names the sender)
        text = doc_text(doc)
        places += [m.start() for m in _WORD.finditer(folded, lo, hi)
                   if m.group().endswith(self.tails) or m.group().startswith(self.heads)
                   and not _name_after_head(text[m.start():m.end()], self.heads)]
        places = [p for p in places if not _via_a_person(folded, p)]
        # a web or e-mail address: "op www.zuidhaven.nl/storingen" (a URL is masked as a
        # placeholder named "url"), "via storingen@zuidhaven.nl"
        places += [m.start() for m in _ADDRESS.finditer(folded, lo, hi)]
        places += [m.start(1) for m in _SITE_AFTER_ROUTE.finditer(folded, lo, hi)]
        places += [p for p, name in (doc.user_data.get(PLACEHOLDERS_KEY) or {}).items() if name == "url" and lo <= p < hi]
        tokens = _tokens(doc, lo, hi)
        verb = self.channel_verbs.match([fold(t.text) for t in tokens], particle_positions(tokens))
        if verb is not None:
            places.append(tokens[min(verb[1])].idx)
        return any(_route(doc, place, informing) for place in places)


def _name_after_head(word: str, heads: tuple[str, ...]) -> bool:
    """Capitals after the channel word it starts with: a name ("PostNL"), not a compound
    ("e-mailadres", "Postbus")."""
    head = next(h for h in heads if fold(word).startswith(h))
    return any(ch.isupper() for ch in word[len(head):])


def _via_a_person(folded: str, offset: int) -> bool:
    """"via de accountmanager", "via Sanne": a go-between, not the medium the reader
    watches (a writer of paraphrases53 left such news without a channel)."""
    if not folded.startswith("via ", offset):
        return False
    lex = lexicon()
    words = folded[offset + 4:offset + 60].split()
    words = [w.strip(".,;:!?") for w in words]
    while words and words[0] in DETERMINERS:
        words = words[1:]
    return bool(words) and (words[0] in lex["person_roles"].words or words[0] in lex["first_names"].words)


def _route(doc: "Doc", offset: int, informing: tuple[int, int]) -> bool:
    """Whether a channel word at ``offset`` can be the route of the informing: not when it
    stands in another clause that tells what happened ("Ik heb je mail doorgestuurd, zij
    komt erop terug": the reader's mail) or is the content told ("We laten u weten
    wanneer de monteur langskomt")."""
    own = clause_of(doc, informing[0], informing[0] + 1)
    clause = clause_of(doc, offset, offset + 1)
    if clause is None or own is None or (clause.start_char, clause.end_char) == (own.start_char, own.end_char):
        return True
    if clause._.finite is None and clause.end_char <= own.start_char \
            and doc_text(doc)[clause.end_char:own.start_char].strip().startswith(":"):
        return False  # a heading: "Storing in de app: we sturen u ... een update"
    root = clause.root
    if root.dep_ == "acl:relcl" and own.start <= root.head.i < own.end:
        # "informeert u in het rapport dat hij per e-mail stuurt": how the news comes; not
        # "over het rapport dat hij per e-mail kreeg", what happened
        finite = clause._.finite
        return not (tells_what_happened(clause) or finite is not None and "Past" in finite.morph.get("Tense"))
    content = lexicon()["content_markers"]
    if clause._.role == "subordinate" and clause._.marker and clause._.marker in content:
        return False
    if clause.start_char >= own.end_char and fold(clause[0].text) in content:
        return False  # "laat je weten hoe laat hij langskomt": the parse gave "hoe" no mark
    if clause.start_char <= own.start_char and own.end_char <= clause.end_char:
        # the parse gave the clause around the informing one its words too: judge the rest
        return not tells_what_happened(clause, skip=(own.start_char, own.end_char))
    return not tells_what_happened(clause)


def _informing(doc: "Doc", start: int, end: int, field: bool, words: _Words, folded: str,
               incident: bool, item_client: frozenset[str] | None = None) -> tuple[int, int] | None:
    """The characters that make the promise at [start, end) one to inform the reader:
    an informing verb ("laat u weten", "komen erop terug"; not to someone else:
    "koppelt het terug aan de leverancier"), one with the reader as its object
    ("klant informeren", not "informeren de monteur"), the reader hearing ("u hoort", not "ik hoor graag van u"),
    or news carried to the reader ("geeft u een update"; in an incident the update goes
    to everyone: "Ilse stuurt om 15.00 uur een update"), or news that follows ("Update
    volgt om 10.30 uur", in an incident too: where does the reader look for it?).  Not what happened ("We
    hebben u een update gestuurd").  ``item_client`` is set for an action item (the own
    client's folded names): its reader may be named in the third person, and its
    infinitive has no subject ("- Bewoners informeren" informs the residents)."""
    label_end = folded.find(":", start, end)
    if field and label_end > 0:
        label_stop = len(folded[:label_end].rstrip())
        if any(e == label_stop for _, e in words.news.find(folded, start, label_end)):
            return start, label_end  # "Volgende update: 14.00 uur door Ilse"
        return None  # (not a title naming this update's topic: "Update storing planningssysteem: ...")
    tokens = _tokens(doc, start, end)
    if not tokens:
        return None
    folded_words = [fold(t.text) for t in tokens]
    particles = particle_positions(tokens)
    names_reader = any(w in words.readers for w in folded_words) \
        or (item_client is not None and names_listed_reader(tokens, folded_words, item_client))
    for verbs, needs_reader in ((words.inform, False), (words.inform_person, True)):
        hit = verbs.match(folded_words, particles)
        if hit is None or (needs_reader and not (names_reader and not _informs_a_third(tokens, hit[1], words.readers))):
            continue
        if len(hit[1]) == 1 and _noun_reading(tokens[hit[1][0]]):
            continue  # "u krijgt bericht": the noun, not the verb "berichten"
        if _this_message(tokens, hit[1]) or _reason_clause(doc, tokens, hit[1]) \
                or (readers_clause(doc, tokens, hit[1]) and not (item_client is not None and _infinitive(tokens, hit[1]))) \
                or _purpose(folded_words, hit[1]) or readers_relative_clause(tokens, folded_words, hit[1], words.readers) \
                or informs_us(folded_words, hit[1]) \
                or other_recipient(before_content(folded_words, hit[1]), words.readers) or _done(doc, tokens, hit[1]) \
                or names_other_person(folded_words, hit[1], words.others, words.readers) \
                or from_the_reader(folded_words, words.readers, tokens):
            continue
        return _range(tokens, hit[1])
    hit = words.receive.match(folded_words, particles)
    if hit is not None and reader_next_to(folded_words, hit[1], words.readers) and not _done(doc, tokens, hit[1]):
        return _range(tokens, hit[1])
    news = words.carried_news.find(folded, start, end)
    routes = [(words.carriers, not incident), (words.following, False)]
    for carriers, needs_reader in routes:
        carrier = carriers.match(folded_words, particles)
        if carrier is not None and news and (names_reader or not needs_reader) \
                and not _done(doc, tokens, carrier[1]) and not from_the_reader(folded_words, words.readers, tokens) \
                and not _in_condition(tokens, carrier[1]):
            return _range(tokens, carrier[1], news[0])
    return None


def _informs_a_third(tokens: list["Token"], indices: list[int], readers: frozenset[str]) -> bool:
    """The informing verb's object, right after the verb and its subject pronoun, is
    someone other than the reader: "Met ingang van 13 december informeren wij de
    huisarts op verzoek van de cliënt" (not "Wij informeren de klant morgen").  Word
    order, not the parse: the parser takes a date or "de voortgang" for the object."""
    k = max(indices) + 1 if len(indices) == 1 else len(tokens)
    while k < len(tokens) and fold(tokens[k].text) in _SPEAKERS:
        k += 1
    return k + 1 < len(tokens) and fold(tokens[k].text) in _ARTICLES \
        and tokens[k + 1].is_alpha and fold(tokens[k + 1].text) not in readers


def _infinitive(tokens: list["Token"], indices: list[int]) -> bool:
    """The informing verb of an action item is an infinitive ("Bewoners informeren"): the
    noun before it is its object, not a subject."""
    return tokens[min(indices)].text.lower().endswith("en")


def _noun_reading(token: "Token") -> bool:
    """A one-word informing verb read as a noun: "krijgt u bericht", "de berichten"; not
    the infinitive at the end of a clause the tagger calls a noun ("zullen u ...
    berichten")."""
    if token.pos_ != "NOUN":
        return False
    before = token.doc[token.i - 1] if token.i > 0 else None
    return not token.text.lower().endswith("en") or (before is not None and before.pos_ in ("DET", "NUM"))


def _this_message(tokens: list["Token"], indices: list[int]) -> bool:
    """ "We laten je weten dat je bestelling is geannuleerd": this very message informs
    (the phrase is followed by "dat", maybe in a clause of its own), nothing is promised."""
    last = tokens[max(indices)]
    doc = last.doc
    after = next((t for t in doc[last.i + 1:last.i + 3] if not t.is_space and t.text != ","), None)
    if after is None or after.lower_ != "dat":
        return False
    # only the writer informs by writing; "Merel laat de klant weten dat de pagina live
    # staat" is a task to inform
    first = tokens[min(indices)]
    clause = clause_of(doc, first.idx, first.idx + len(first.text))
    return clause is None or clause._.subject_kind in ("speaker", None)


def _purpose(words: list[str], indices: list[int]) -> bool:
    """ "... om te reageren": a purpose, not a promise to answer."""
    k = min(indices)
    return k >= 2 and words[k - 1] == "te" and "om" in words[:k - 1]


def _done(doc: "Doc", tokens: list["Token"], indices: list[int]) -> bool:
    """The informing verb's clause tells what happened: "We hebben u een update gestuurd"."""
    first = tokens[min(indices)]
    clause = clause_of(doc, first.idx, first.idx + len(first.text))
    return clause is not None and tells_what_happened(clause, verbs=[tokens[i] for i in indices])


def _in_condition(tokens: list["Token"], indices: list[int]) -> bool:
    """The carrier is the verb of a condition, read back to the last comma or verb: "als
    de uitslag aanleiding geeft tot vervolgonderzoek" (what may happen, no news carried;
    not "Als het klaar is geeft Sanne u een seintje")."""
    for token in reversed(tokens[:min(indices)]):
        word = fold(token.text)
        if word in (",", ";", ":") or token.pos_ in ("VERB", "AUX"):
            return False
        if word in CONDITIONALS:
            return True
    return False


def _reason_clause(doc: "Doc", tokens: list["Token"], indices: list[int]) -> bool:
    """The informing verb stands in a reason: "Omdat uw meter geen standen meer
    doorgeeft, vervangt Dirk hem" (why, not a promise to inform)."""
    first = tokens[min(indices)]
    clause = clause_of(doc, first.idx, first.idx + len(first.text))
    return clause is not None and clause._.role == "subordinate" and clause._.marker in REASON_MARKERS


def _range(tokens: list["Token"], indices: list[int], extra: tuple[int, int] | None = None) -> tuple[int, int]:
    first, last = tokens[min(indices)], tokens[max(indices)]
    start, end = first.idx, last.idx + len(last.text)
    if extra is not None and abs(extra[0] - end) < 40:
        start, end = min(start, extra[0]), max(end, extra[1])
    return start, end


def _tokens(doc: "Doc", start: int, end: int) -> list["Token"]:
    span = doc.char_span(start, end, alignment_mode="expand")
    return [t for t in span if not t.is_space and not t.is_punct] if span is not None else []


def _sentence_range(doc: "Doc", start: int, end: int, anaphoric: MarkerList, folded: str) -> tuple[int, int]:
    """The sentence(s) the promise stands in: a channel anywhere there counts.  A
    sentence that opens by pointing back ("Ik bel je morgen. Dan laat ik je weten
    ...") includes the sentence before it."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return start, end
    first, last = span[0].sent, span[-1].sent
    lo = first.start_char
    opener = anaphoric.find(folded, lo, first.end_char)
    if opener and opener[0][0] == lo and first.start > 0:
        lo = doc[first.start - 1].sent.start_char
    return lo, last.end_char
