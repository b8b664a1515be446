"""Confidentiality: the names of our other clients never reach a client.

The client names come from the configuration (``clients:`` with aliases, and
``client:`` for the recipient), not from a pack, so this is a check rather than a
phrase list.  Matching is case-insensitive, on whole words, and a multi-word
name may be split over a line break ("Garage De\\nVries").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable

from smartlint.checks import CheckContext, Hit, register
from smartlint.doc_text import doc_text
from smartlint.nl import OUR_SIDE
from smartlint.nl.folding import fold

if TYPE_CHECKING:
    from spacy.tokens import Doc


@register("clients.other_client")
def other_client(doc: "Doc", ctx: CheckContext, params: dict) -> Iterable[Hit]:
    """Hit every mention of a configured client other than the recipient.

    params:
      message: the finding's message; ``{name}`` is the client's main name.
    """
    if not ctx.clients:
        return
    recipient = (ctx.client or "").strip().lower()
    own_names: list[str] = [recipient] if recipient else []
    others: list[tuple[str, tuple[str, ...]]] = []
    for client in ctx.clients:
        names = tuple(n for n in client.names if n and n.strip())
        if recipient and recipient in (n.strip().lower() for n in names):
            own_names += [n.lower() for n in names]  # the recipient's own aliases are fine
        else:
            others.append((client.name, names))
    if not others:
        return
    text = doc_text(doc)
    own_spans = [m.span() for m in _names_regex(tuple(own_names)).finditer(text)] if own_names else []
    message = params.get("message")
    for main_name, names in others:
        for m in _names_regex(names).finditer(text):
            start, end = m.span()
            # "Jansen" inside the recipient's own "Bakkerij Jansen" is the recipient.
            if any(s <= start and end <= e and (e - s) > (end - start) for s, e in own_spans):
                continue
            yield Hit(start, end, message=message.replace("{name}", main_name) if message else None)


@lru_cache(maxsize=64)
def _names_regex(names: tuple[str, ...]) -> re.Pattern:
    """Whole-word, case-insensitive, any whitespace between the words of a name."""
    alternatives = sorted(
        {r"\s+".join(re.escape(word) for word in name.split()) for name in names if name.split()},
        key=len,
        reverse=True,
    )
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)


@register("clients.named_organisation")
def named_organisation(doc: "Doc", ctx: CheckContext, params: dict) -> Iterable[Hit]:
    """Hit an organisation named in a message that is not the recipient: no ``clients:``
    configuration needed.  A run of capitalised words counts as another organisation

    * right after a client noun ("onze klanten Van Oord Logistiek": ``client_nouns``);
    * after "bij" in a clause about our side (a colleague, "we", a team), when one of its
      ends is an organisation noun or a compound of one ("Bouwbedrijf Van Leeuwen",
      params ``organisation_nouns``) or a colleague is there ("Rob zit vandaag bij
      Albert Heijn Zuidas", "Hij is klaar bij de Rabobank": ``presence_verbs``).
    """
    from smartlint.nl.clauses import (
        clauses_of,  # the analysis is imported where it is used
    )

    clauses_of(doc)
    by_sentence = doc._.sentence_clauses or {}

    org_nouns = tuple(fold(w) for w in params.get("organisation_nouns", ()))
    client_nouns = {fold(w) for w in params.get("client_nouns", ())}
    presence = {fold(w) for w in params.get("presence_verbs", ())}
    joiners = {fold(w) for w in params.get("name_joiners", ())}
    examples = {fold(w) for w in params.get("example_words", ())}
    also = {fold(w) for w in params.get("also_words", ())}
    uses = {fold(w) for w in params.get("use_participles", ())}
    registrations = {fold(w) for w in params.get("registration_words", ())}
    recipient = fold(ctx.client or "").strip()
    text = doc_text(doc)
    first_line = text.lstrip().split("\n", 1)[0].rstrip()
    # a heading names what the document is about ("Notulen overleg Gemeente Leusden"),
    # the client it is for, not another one
    heading_end = (len(text) - len(text.lstrip()) + len(first_line)) if first_line[-1:] not in ".!?" else 0
    items = _action_items(doc, text)
    for sent in doc.sents:
        in_sentence = by_sentence.get(sent.start, [])
        for lo, hi in _capitalised_runs(sent, joiners):
            if lo > sent.start and doc[lo - 1].is_lower and _is_organisation(fold(doc[lo - 1].text), org_nouns):
                lo -= 1  # the organisation noun before its name: "bij de gemeente Utrecht"
            if doc[lo].idx < heading_end or any(s <= doc[lo].idx < e for s, e in items):
                continue  # (an item of internal notes may name the client it is about)
            name = doc[lo:hi]
            if recipient and (fold(name.text) in recipient or recipient in fold(name.text)):
                continue
            # the innermost clause of this sentence that holds the name (indexed per
            # sentence: a long text with many names stays linear)
            holders = [c for c in in_sentence if c.start_char <= name.start_char < c.end_char]
            clause = min(holders, key=len) if holders else None
            act = clause._.act if clause is not None else None
            kind = clause._.subject_kind if clause is not None else None
            before = [fold(t.text) for t in doc[max(sent.start, lo - 3):lo]]
            ends = (fold(name[0].text), fold(name[-1].text))
            organisation = len(name) >= 2 and any(_is_organisation(e, org_nouns) for e in ends)
            if set(before) & registrations:
                continue  # "is ingeschreven bij de Kamer van Koophandel": a register, no client
            # "onze klant X", "andere klanten zoals X", "klanten, waaronder X"
            if before and (before[-1] in client_nouns or (
                    before[-1] in examples and any(w in client_nouns for w in before[:-1]))):
                yield Hit(name.start_char, name.end_char)
                continue
            # "ook Gemeente Westerveld werkt met deze module", "De storing treft ook Zorggroep
            # Lindehof", "speelt ook bij Camping De Duinpan": an organisation that has what the
            # reader has is another client (not a partner of ours or the reader's own step:
            # "Wij werken ook samen met Stichting X", "U kunt ook terecht bij Garage Pieterse")
            used_by = before[-2:] in ([w, "door"] for w in uses)  # "... wordt ook gebruikt door Gemeente X"
            if organisation and clause is not None and act not in ("instruction", "question", "courtesy") \
                    and (kind not in OUR_SIDE | {"customer"} or used_by) and any(fold(t.text) in also for t in clause if t.i < lo):
                yield Hit(name.start_char, name.end_char)
                continue
            # our own people at, or our work for, an organisation: "Jeroen zit bij ...", "we
            # hebben dit ook bij Transportbedrijf Meijer opgelost" (not "U kunt terecht bij
            # Garage Pieterse", "Apotheek Rivierenland zet uw medicijnen klaar": a partner or
            # ourselves)
            # (the parse may make a fronted object the subject: "Dit probleem hebben we ...
            # opgelost": a "we" of ours in the clause counts)
            ours = kind in OUR_SIDE or (clause is not None and any(
                fold(t.text) in ("we", "wij", "ik") and t.dep_.startswith("nsubj") for t in clause))
            # "bij X", or the work done for X ("Zoals wij ook voor Stichting Zorggroep West hebben gedaan")
            # ("aan" only with "ook": "Deze steen hebben we ook aan Bouwbedrijf Kuipers
            # geleverd"; not a partner we pass a thing to: "doorgestuurd aan Transport X")
            also_to = "aan" in before[-2:] and any(fold(t.text) in also for t in clause if t.i < lo) \
                if clause is not None else False
            if not (set(before[-2:]) & {"bij", "voor"} or also_to) or not ours or act == "courtesy":
                continue
            present = kind == "person" and "bij" in before[-2:] and any(fold(t.text) in presence for t in clause if t.i < lo)
            if organisation or present:
                yield Hit(name.start_char, name.end_char)




def _is_organisation(word: str, nouns: tuple[str, ...]) -> bool:
    """ "bakkerij", "bouwbedrijf", "rabobank": an organisation noun or a compound ending in one."""
    return any(word == n or (word.endswith(n) and len(word) >= len(n) + 3) for n in nouns)


def _capitalised_runs(sent, joiners: set[str]) -> list[tuple[int, int]]:
    """Token ranges of capitalised words, with name particles between them ("Van der
    Linden", "Brink & De Vries"); a run may not start at the sentence's first word
    unless it holds more than one word."""
    runs, start, last = [], None, None
    for token in sent:
        capital = token.text[:1].isupper() and token.is_alpha
        if capital:
            if start is None:
                start = token.i
            last = token.i
        elif start is not None and (fold(token.text) in joiners or token.text == "&") and token.i - last <= 2:
            continue
        elif start is not None:
            runs.append((start, last + 1))
            start = None
    if start is not None:
        runs.append((start, last + 1))
    doc = sent.doc
    # "Ook Advocatenkantoor ...": a sentence's first word is capitalised for its place only
    runs = [(s + 1, e) if s == sent.start and doc[s].pos_ not in ("PROPN", "NOUN") else (s, e) for s, e in runs]
    return [(s, e) for s, e in runs if e > s and (s != sent.start or e - s > 1)]


def _action_items(doc: "Doc", text: str) -> list[tuple[int, int]]:
    """Ranges of the action items of internal notes ("- Martijn: klant Albert Heijn
    bellen over de SLA, vrijdag 10.00 uur"): notes for the team, not a message to a
    customer, so naming the client an item is about is no breach."""
    from smartlint.checks.action_items import action_list_promises
    from smartlint.checks.promise_words import promise_words

    words = promise_words(None)
    return [(p.start, p.end) for p in action_list_promises(text, fold(text), words) if p.action_item]
