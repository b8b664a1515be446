"""Which word of a clause is its finite verb, read from the parse with named fallbacks.

The embedded tagger, trained on news text, misses verbs in the shapes of support text:
sentence-initial imperatives ("Controleer", "Bel"), chat verbs after a pronoun, plural
verbs it calls participles or nouns, infinitives in labels and owner items that it
calls finite.  :func:`find_finite` takes the parse's finite verb unless a known slip
applies; each repair is named ``_FALLBACK_*`` where it is made.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from smartlint.nl import ONLY_POSSESSIVES
from smartlint.nl.folding import fold
from smartlint.nl.lexicon import lexicon
from smartlint.nl.imperatives import (
    imperative_after_purpose as _imperative_after_purpose,
    imperative_before_complement as _imperative_before_complement,
    imperative_after_link as _imperative_after_link,
    imperative_before_object as _imperative_before_object,
    imperative_taken_for_subject as _imperative_taken_for_subject,
)
from smartlint.nl.sentence import Sentence, first_word, next_word  # noqa: F401  (first_word, next_word: API)
from smartlint.nl.tagged_verbs import (  # noqa: F401  (NOMINATIVE: API)
    NOMINATIVE,
    plural_noun_form,
    plural_tagged_participle,
    stem_and_t,
    verb_after_fronted_clause,
    verb_before_time_head,
)
from smartlint.nl.verbs import (
    auxiliary_forms,
    infinitives_of,
    is_verb_stem,
    is_verb_stem_only,
    known_infinitives,
    participle_only,
    participle_shape,
)

_PLURAL_NOMINATIVE = {"we", "wij", "jullie"}
# Demonstratives that stand alone as a fronted object ("Dat regelen we").
_DEMONSTRATIVES = {"dit", "dat", "deze", "die", "het"}
# Pronouns an object may be (closed class): after "Die pakken" they make "pakken" a verb.
_OBJECT_PRONOUNS = {"het", "hem", "haar", "ze", "je", "jou", "u", "jullie", "ons", "me", "mij"}
# Modal and auxiliary verbs (infinitives) that open a yes/no question or request.
_MODALS = {"kunnen", "willen", "mogen", "moeten", "zullen", "hebben", "zijn", "worden"}


def find_finite(head: Token, mine: list[Token], span: Span) -> Token | None:
    """The clause's finite verb: the parse's, else the first named fallback that finds one."""
    opening = next((t for t in Sentence.of(span) if not t.is_punct and not t.is_space), None)
    if opening is not None and (_chat_intent_infinitive(opening) or _request_infinitive(opening, span)):
        return None  # "ff checken hoor", "Graag de bon bewaren": infinitives, no finite verb
    first = first_word(span)
    if first is not None and (linked := _imperative_after_link(first)) is not None:
        return linked
    if first is not None and (_imperative_before_complement(first) or _imperative_taken_for_subject(first)
                              or _modal_first(first)
                              or first.i == Sentence.start and _imperative_before_object(first)):
        return first
    if first is not None and fold(first.text) == "om":
        after = _imperative_after_purpose(span)
        if after is not None:
            return after
    # The auxiliary before the head: the tagger calls participles finite at times
    # ("wordt ... teruggestort/Fin").
    candidates = [c for c in head.children if c.dep_ in ("aux", "aux:pass", "cop") and span.start <= c.i < span.end]
    candidates.append(head)
    for token in candidates:
        if "Fin" in token.morph.get("VerbForm") and not _bare_infinitive_label(token, span) \
                and not _disagrees(token) and not _never_finite(token):
            return token
    if plural_tagged_participle(head) and not _bare_infinitive_label(head, span) and not _disagrees(head):
        return head
    if _verb_tagged_noun_with_subject(head, span):
        return head
    if (before_time := verb_before_time_head(head, span)) is not None:
        return before_time
    if first is not None and verb_after_fronted_clause(first, span):
        return first
    if first is not None and _is_heading(first):
        # "Onderwerp: ...", "Update 14:30: ...": a heading, not an imperative; the line
        # after it may open with one ("Sneltoetsen: druk op Ctrl + K om ...")
        first = _after_colon(first, span)
    # _FALLBACK_VERB_FIRST: the tagger calls sentence-initial imperatives PROPN/X/NOUN
    # ("Controleer", "Bel"); a clause-initial verb stem is a finite verb.
    if first is not None and first.pos_ not in ("DET", "PRON", "ADP", "NUM") and _clause_initial(first):
        if is_verb_stem(first.text) and not _bare_infinitive_label(first, span) \
                and not _adverb_before_infinitive_label(first, span):
            return first
        nxt = next_word(first)
        if infinitives_of(first.text) and nxt is not None and fold(nxt.text) in NOMINATIVE:
            return first  # "Zullen we ...?", "Heeft u ...?"
    # _FALLBACK_IMPERSONAL_COURTESY: "Het spijt/NOUN ons": "het" and a ``courtesy_verbs``
    # verb form.
    if first is not None and fold(first.text) == "het":
        nxt = next_word(first)
        if nxt is not None and nxt.i < span.end and infinitives_of(nxt.text) & lexicon()["courtesy_verbs"].words:
            return nxt
    # _FALLBACK_PRONOUN_VERB: in chat the tagger misses verbs after a subject pronoun
    # ("ik regel het", "ik hou je op de hoogte"): the word after "ik/we" is the verb.
    for token in mine:
        nxt = next_word(token)
        if fold(token.text) in NOMINATIVE and nxt is not None and nxt.text in (",", "("):
            nxt = _after_apposition(nxt)  # "Ik, Hanneke Bos, verleng ...", "Ik (Koen) kom ..."
        if fold(token.text) in NOMINATIVE and nxt is not None and nxt.i < span.end:
            if nxt.pos_ not in ("DET", "PRON", "ADP", "CCONJ", "SCONJ") and (
                is_verb_stem(nxt.text) or infinitives_of(nxt.text)
            ):
                return nxt
    # _FALLBACK_INVERTED_VERB: "Rond 18:00 uur verwachten/NOUN we dat ...", "Tot 1 januari
    # betaal/NOUN je ...": after a fronted phrase, a verb form right before the subject
    # pronoun it agrees with is the finite verb (an infinitive form before "we/wij/
    # jullie", a stem before "je/jij/ik").
    for token in mine:
        nxt = next_word(token)
        before = Sentence.at(token.i - 1)
        if nxt is None or token.pos_ in ("DET", "PRON", "ADP") or before is None:
            continue
        if before.pos_ in ("DET", "ADJ") and not (before.i == Sentence.start and fold(before.text) in _DEMONSTRATIVES) \
                and not (before.pos_ == "ADJ" and fold(before.text) in lexicon()["time_words"]):
            continue  # "de nieuwe ...", but a demonstrative object first: "Dit fixen/ADJ we voor je";
            # and a time word the tagger calls an adjective: "morgen/ADJ hoor/NOUN je van me"

        word, pronoun = fold(token.text), fold(nxt.text)
        if pronoun in _PLURAL_NOMINATIVE and word.endswith("en") and word in known_infinitives():
            return token
        if pronoun in ("je", "jij", "ik") and is_verb_stem_only(word) and not before.is_punct:
            return token
        # ... and stem + t before a name ("Om 14.00 uur appt/SCONJ Bo jullie een update")
        if nxt.text[:1].isupper() and nxt.pos_ == "PROPN" and stem_and_t(word) \
                and not is_verb_stem_only(word) and not before.is_punct:
            return token
    for token in mine:
        if "Fin" in token.morph.get("VerbForm") and token.pos_ in ("VERB", "AUX") \
                and not _bare_infinitive_label(token, span) and not _disagrees(token) \
                and not _never_finite(token):
            return token
    # _FALLBACK_PLURAL_V2: "Onze juristen beoordelen uw bezwaar" with "beoordelen" tagged
    # ADP, "Jolien en Daan plannen/NOUN de training in": an infinitive form right after
    # the clause's opening noun phrase (plural, or two joined by "en"), with words after
    # it, is its plural finite verb.
    opening = [t for t in Sentence.of(span) if not t.is_punct][:4]
    for k, token in enumerate(opening[1:], 1):
        joined = k >= 3 and fold(opening[k - 2].text) == "en"
        if opening[k - 1].pos_ in ("NOUN", "PROPN") and ("Plur" in opening[k - 1].morph.get("Number") or joined) \
                and fold(token.text).endswith("en") and token.i < span.end - 1:
            if fold(token.text) in known_infinitives() and all(
                t.pos_ in ("DET", "PRON", "ADJ", "NOUN", "PROPN", "NUM") or t.i == opening[k - 2].i and joined
                for t in opening[:k]
            ):
                return token
            break
    # _FALLBACK_IRREGULAR: "zijn" tagged as the possessive ("Uw gegevens zijn opgeslagen").
    for token in mine:
        if fold(token.text) in auxiliary_forms() and (token.dep_ in ("cop", "aux", "aux:pass") or token.pos_ in ("AUX", "VERB")):
            return token
    # _FALLBACK_DEMONSTRATIVE_SUBJECT: "Die pakken/NOUN het asap op": a clause-initial
    # "die"/"deze" read as an article before a word that is also a noun; a verb form with
    # a pronoun after it ("het", "je", "u") is the finite verb and "Die" its subject.
    verb = demonstrative_subject_verb(first)
    if verb is not None:
        return verb
    # _FALLBACK_SUBORDINATE_FINAL: "dat Kees dit oppakt/Part", "dat we dit oppakken/Inf":
    # in a subordinate clause with a subject, the clause-final verb in a present form
    # (stem + t, or the infinitive form after a plural subject) is the finite verb, not
    # the participle ("opgepakt") or infinitive the tagger makes of it.
    final = _subordinate_final_verb(head)
    if final is not None:
        return final
    # _FALLBACK_NAME_VERB: "Lotte appt je ...": after a clause-initial name, a word of
    # the shape stem + t of a known verb is the finite verb, whatever its tag.
    if first is not None and first.text[:1].isupper() and first.pos_ in ("PROPN", "NOUN", "ADJ"):
        nxt = next_word(first)
        word = fold(nxt.text) if nxt is not None else ""
        if nxt is not None and nxt.i < span.end and stem_and_t(word) \
                and not is_verb_stem_only(word):
            return nxt
    return None


def _verb_tagged_noun_with_subject(head: Token, span: Span) -> bool:
    """_FALLBACK_NOUN_WITH_SUBJECT: "Uw afspraak aan de Grote Markt 12 staat/NOUN op vrijdag
    ...", "Opticien Tom de Groot meet/NOUN dan uw ogen op" (or inverted): the parser gives the word a
    subject (no noun has one) but tags it a noun; a form of a known verb, not after an
    article, is the clause's finite verb."""
    if head.pos_ != "NOUN":
        return False
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubj:pass")]
    # inverted, after a fronted phrase: "Om 21.00 uur schuift/NOUN receptiemanager Nina
    # een update onder uw deur" (a noun with an article or adjective of its own is none)
    inverted = any(c.i > head.i for c in subjects) and head.i > span.start \
        and not any(c.dep_ in ("det", "amod", "nmod:poss") for c in head.children)
    if not (any(c.i < head.i for c in subjects) or inverted):
        return False
    before = Sentence.at(head.i - 1)
    if before is not None and before.pos_ == "DET" or not infinitives_of(head.text):
        return False
    return not _bare_infinitive_label(head, span) and not _disagrees(head)


def _never_finite(token: Token) -> bool:
    """_FALLBACK_TIME_VERB: the tagger calls some time words finite verbs ("We verwachten
    de storing vanavond/VERB ... op te lossen"), and now and then a line break; a
    ``time_words`` word, white space or punctuation never is one, nor is a form that can
    only be a participle (``participle_only``)."""
    return token.is_space or token.is_punct or fold(token.text) in lexicon()["time_words"] \
        or participle_only(token.text) or plural_noun_form(token) \
        or attributive_past(token) or _after_preposition(token)  # ("Storing opgelost/Fin": a heading's participle)


def _after_preposition(token: Token) -> bool:
    """"door Marloes per e-mail/VERB": a word that a preposition governs is a noun,
    whatever its tag (a verb stem as a noun: "per e-mail", "via mail"); so is a word right
    after a possessive ("Uw onderhoudsbeurt/VERB door monteur Henk staat op ...")."""
    before = token.nbor(-1) if token.i > token.sent.start else None
    if before is not None and fold(before.text) in ONLY_POSSESSIVES:
        return True
    return before is not None and before.pos_ == "ADP" and before.dep_ == "case" and before.head.i == token.i


def attributive_past(token: Token) -> bool:
    """_FALLBACK_ATTRIBUTIVE_PAST: "De teveel betaalde € 38,20 verrekent Marloes ...": a
    form in -de/-te right after an article (and an adverb) and before a noun, number or
    sign stands for a participle before its noun, not a past tense."""
    doc, word = token.doc, fold(token.text)
    if not word.endswith(("de", "te")) or token.i < 1 or token.i + 1 >= len(doc):
        return False
    k = token.i - 1
    if doc[k].pos_ == "ADV" or fold(doc[k].text) in lexicon()["attributive_adverbs"]:
        k -= 1
    after = doc[token.i + 1]
    return k >= 0 and doc[k].pos_ == "DET" and (after.pos_ in ("NOUN", "NUM", "SYM") or after.text in ("€", "$"))


def _after_colon(heading: Token, span: Span) -> Token | None:
    """The first word after the colon that ends a heading, inside ``span``."""
    colon = next((t for t in span if t.i > heading.i and t.text == ":"), None)
    word = next_word(colon) if colon is not None else None
    # (capitalised only as an imperative: "Stap 3: Scan de QR-code")
    return word if word is not None and word.i < span.end \
        and (word.is_lower or _imperative_before_object(word)) else None


def _is_heading(token: Token) -> bool:
    """_FALLBACK_HEADING: a line's first word right before a colon ("Onderwerp: ...",
    "Besloten: ...", "Update 14:30: ...") heads the line; the tagger reads some as
    imperatives.  So is a line's first word before a bare noun and a colon ("Update
    storing: ...", "Status levering: ..."), not before a pronoun or particle ("Bel
    ons: ...", "Let op: ...")."""
    nxt = next_word(token)
    if nxt is not None and (nxt.like_num or nxt.pos_ == "NUM"):
        nxt = next_word(nxt)
    elif nxt is not None and nxt.pos_ == "NOUN" and fold(nxt.text) not in NOMINATIVE:
        after = next_word(nxt)
        nxt = after if after is not None and after.text == ":" else nxt
    # (after a list bullet too: "- Wens: wifi uitbreiden naar de raadszaal")
    opens = token.i == Sentence.start or all(t.is_punct or t.is_space for t in token.doc[Sentence.start:token.i])
    return opens and nxt is not None and nxt.text == ":"


def _chat_intent_infinitive(first: Token) -> bool:
    """_FALLBACK_CHAT_INTENT: "ff checken hoor", "even kijken wat er mis is": an
    ``intent_openers`` word and an infinitive with no subject is the writer's intention
    in chat; the tagger calls the infinitive finite.  A request to wait ("even
    wachten", ``wait_requests``) is none."""
    lex = lexicon()
    nxt = next_word(first)
    if nxt is None or not lex["intent_openers"].find(fold(first.text)) or not fold(nxt.text).endswith("en"):
        return False
    if lex["wait_requests"].find(fold(first.text + " " + nxt.text)):
        return False
    return fold(nxt.text) in known_infinitives() or nxt.text.islower() and fold(nxt.text) not in lex["verb_lookalikes"]


def _modal_first(first: Token) -> bool:
    """_FALLBACK_MODAL_FIRST: "Kun/PROPN je de factuur sturen?": a sentence-initial modal
    or auxiliary form before a subject pronoun is the finite verb; the parser then
    takes the infinitive at the end for it."""
    nxt = next_word(first)
    return first.i == Sentence.start and first.pos_ not in ("VERB", "AUX") and nxt is not None \
        and fold(nxt.text) in NOMINATIVE and bool(infinitives_of(first.text) & _MODALS)


def _request_infinitive(opening: Token, span: Span) -> bool:
    """_FALLBACK_REQUEST_INFINITIVE: "Graag de bon bewaren bij de retourzending": after a
    ``verbless_request_openers`` word, a clause-final verb in -en with no subject is an
    infinitive; the tagger calls it finite."""
    if not lexicon()["verbless_request_openers"].find(fold(opening.text)):
        return False
    words = [t for t in Sentence.of(span) if not t.is_punct and not t.is_space]
    last = words[-1] if words else None
    verbs = [t for t in words[1:] if fold(t.text).endswith("en") and fold(t.text) in known_infinitives()]
    return bool(verbs) and not any(fold(t.text) in NOMINATIVE or t.dep_ in ("nsubj", "nsubj:pass") for t in words) \
        and last is not None and (last in verbs or any(v.i > t.i for v in verbs for t in words if t.pos_ == "NOUN"))


def _disagrees(token: Token) -> bool:
    """"Contant betalen bij aflevering": a verb in -en (plural or infinitive) whose only
    subject is a singular noun or adjective is an infinitive in a label, not a finite
    verb (Dutch verbs agree with their subject).  So is one right after a singular
    object noun behind an owner's colon ("- Fatima: bevestiging sturen aan klant")."""
    if not fold(token.text).endswith("en"):
        return False
    before = Sentence.at(token.i - 1)
    colon = Sentence.at(token.i - 2)
    if before is not None and colon is not None and colon.text == ":" and before.pos_ == "NOUN" \
            and "Plur" not in before.morph.get("Number") \
            and not any(c.dep_ in ("nsubj", "nsubj:pass") and c.i != before.i for c in token.children):
        return True
    # (the parse may hang two singular words on it as subjects: "Binnenkort eten
    # tijdsduur (minuten)", a setting's label)
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubj:pass")]
    if not subjects:
        return False
    for subject in subjects:
        if fold(subject.text) in NOMINATIVE or subject.pos_ == "PRON":
            return False
        if any(c.dep_ == "conj" for c in subject.children):
            return False  # "Sanne en Kees bellen": two subjects
    return all("Sing" in s.morph.get("Number") or s.pos_ in ("ADJ", "ADV") for s in subjects)


def _bare_infinitive_label(token: Token, span: Span) -> bool:
    """"Details bekijken", "Factuur downloaden", "Wachtwoord vergeten?": a verb form in
    -en at the end of a subject-less line is an infinitive or participle, not a verb
    that makes a sentence."""
    first = first_word(span)
    if not fold(token.text).endswith("en") or (first is not None and first.i == token.i):
        return False
    words = [t for t in Sentence.tokens if not t.is_punct and not t.is_space]
    if not words or words[-1].i != token.i or len(words) > 5:
        return False
    if any(c.dep_ in ("aux", "aux:pass", "cop") for c in token.children):
        return False
    return not any(fold(t.text) in NOMINATIVE for t in words)


def _adverb_before_infinitive_label(first: Token, span: Span) -> bool:
    """_FALLBACK_ADVERB_LABEL: "Snel bestellen", "Nu kopen": an adjective or adverb
    before a closing bare infinitive is a label, even when it looks like a verb stem."""
    words = [t for t in Sentence.tokens if not t.is_punct and not t.is_space]
    return first.pos_ in ("ADJ", "ADV") and len(words) >= 2 and words[-1].i != first.i \
        and fold(words[-1].text) in known_infinitives() and _bare_infinitive_label(words[-1], span)


def _clause_initial(token: Token) -> bool:
    if token.i == Sentence.start:
        return True
    previous = Sentence.at(token.i - 1)
    return previous.is_punct or previous.is_space or previous.pos_ == "CCONJ" or fold(previous.text) in ("dan", "dus")


def _after_apposition(comma: Token) -> Token | None:
    """The word after a name set off by commas or brackets ("Ik, Hanneke Bos, verleng ...",
    "Ik (Koen) kom ..."): up to four words that open with a capital, then the closing
    mark; else None."""
    close = ")" if comma.text == "(" else ","
    words = []
    token = next_word(comma)
    while token is not None and token.text != close and len(words) < 4:
        if not token.is_alpha:
            return None
        words.append(token)
        token = next_word(token)
    if token is None or not words or not words[0].text[:1].isupper():
        return None
    return next_word(token)


def _subordinate_final_verb(head: Token) -> Token | None:
    if not any(c.dep_ == "mark" and c.i < head.i and fold(c.text) not in ("om", "te") for c in head.children):
        return None
    subject = next((c for c in head.children if c.dep_.startswith("nsubj") and c.i < head.i), None)
    if subject is None or head.pos_ not in ("VERB", "AUX") or participle_shape(head):
        return None
    word = fold(head.text)
    if stem_and_t(word) and fold(subject.text) not in _PLURAL_NOMINATIVE:
        return head
    plural = fold(subject.text) in _PLURAL_NOMINATIVE | {"zij", "ze"} or "Plur" in subject.morph.get("Number")
    if plural and word.endswith("en") and infinitives_of(word):
        return head
    return None


def demonstrative_subject_verb(first: Token | None) -> Token | None:
    """The verb after a clause-initial "Die"/"Deze" tagged as an article, when a pronoun
    follows it (see _FALLBACK_DEMONSTRATIVE_SUBJECT)."""
    if first is None or fold(first.text) not in ("die", "deze") or first.pos_ != "DET":
        return None
    verb = next_word(first)
    after = next_word(verb) if verb is not None else None
    if verb is None or after is None or fold(after.text) not in _OBJECT_PRONOUNS:
        return None
    word = fold(verb.text)
    plural = word.endswith("en") and word in known_infinitives()
    singular = stem_and_t(word) and not participle_shape(verb)
    return verb if plural or singular else None


