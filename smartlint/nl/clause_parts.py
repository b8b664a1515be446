"""The parts of one clause, read from the parse with named word-order fallbacks.

:func:`describe` fills a clause span's ``finite``, ``subject``, ``subject_kind``,
``negated`` and ``mood`` (see :mod:`smartlint.nl.clauses` for the extensions).  The
parse comes first; each fallback (``_FALLBACK_*``) repairs a parse the embedded
pipeline is known to get wrong on e-mail and chat text.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from smartlint.nl.folding import fold
from smartlint.nl.lexicon import lexicon
from smartlint.nl.sentence import Sentence
from smartlint.nl.verbs import auxiliary_forms, infinitives_of, is_verb_stem, is_verb_stem_only, known_infinitives

_SUBJECT_DEPS = {"nsubj", "nsubj:pass", "expl", "expl:pv"}
_NEGATIONS = {"niet", "geen", "nooit", "niets", "niemand", "nergens"}
# Nominative personal pronouns: grammar, not vocabulary.
_NOMINATIVE = {"ik", "we", "wij", "jij", "hij", "zij", "ze", "jullie", "u", "je"}
_PERSONAL = _NOMINATIVE
_PLURAL_NOMINATIVE = {"we", "wij", "jullie"}
# Modal and auxiliary verbs (infinitives): "kun je ...", "wil je ..." ask, never reflexive imperatives.
_MODALS = {"kunnen", "willen", "mogen", "moeten", "zullen", "hebben", "zijn", "worden", "gaan", "hoeven"}
# Finite forms of the first person only: "heb het doorgezet" drops "ik", it asks nothing.
_FIRST_PERSON_ONLY = {"ben", "heb"}
# Forms of "je" that are also possessives: "je" before a noun is "your" ("je wachtwoord").
_POSSESSIVE_JE = {"je", "jouw"}
# Determiners that make a team noun someone else's or anyone's: "een team", "dit team".
_NOT_OURS = {"een", "dit", "dat", "deze", "die", "elk", "elke", "ieder", "iedere", "je", "jouw", "uw"}


def describe(span: Span, head: Token, owner: dict[int, int]) -> None:
    """Fill the clause's parts; ``owner`` maps token index -> its clause head's index."""
    mine = [t for t in Sentence.of(span) if owner.get(t.i) == head.i]
    finite = _finite(head, mine, span)
    subject = next((c for c in head.children if c.dep_ in _SUBJECT_DEPS), None)
    if subject is None and finite is not None and finite.i != head.i:
        subject = next((c for c in finite.children if c.dep_ in _SUBJECT_DEPS), None)
    if subject is not None and finite is not None and subject.i == finite.i:
        subject = None  # "Bel/nsubj ons": the parser took the imperative for a noun
    subject = _repaired_subject(span, finite, subject)
    phrase = _phrase(subject) if subject is not None else None
    if phrase is not None and phrase.start > 0 and fold(phrase.doc[phrase.start - 1].text) in _POSSESSIVE_JE \
            and phrase.root.pos_ in ("NOUN", "PROPN"):
        phrase = phrase.doc[phrase.start - 1 : phrase.end]  # "Je wachtwoord", read as "Je" + object
    ext = span._  # each ``span._`` builds a new accessor: one for the five writes
    ext.finite = finite
    ext.subject = phrase
    ext.subject_kind = subject_kind(phrase)
    ext.negated = any(fold(t.text) in _NEGATIONS for t in mine)
    ext.mood = _mood(span, finite, phrase)


def _finite(head: Token, mine: list[Token], span: Span) -> Token | None:
    # The auxiliary before the head: the tagger calls participles finite at times
    # ("wordt ... teruggestort/Fin").
    first = first_word(span)
    if first is not None and _chat_intent_infinitive(first):
        return None  # "ff checken hoor": an infinitive after "even", no finite verb
    candidates = [c for c in head.children if c.dep_ in ("aux", "aux:pass", "cop") and span.start <= c.i < span.end]
    candidates.append(head)
    for token in candidates:
        if "Fin" in token.morph.get("VerbForm") and not _bare_infinitive_label(token, span) \
                and not _disagrees(token) and not _never_finite(token):
            return token
    if _plural_tagged_participle(head) and not _bare_infinitive_label(head, span) and not _disagrees(head):
        return head
    if first is not None and _is_heading(first):
        first = None  # "Onderwerp: ...", "Update 14:30: ...": a heading, not an imperative
    # _FALLBACK_VERB_FIRST: the tagger calls sentence-initial imperatives PROPN/X/NOUN
    # ("Controleer", "Bel"); a clause-initial verb stem is a finite verb.
    if first is not None and first.pos_ not in ("DET", "PRON", "ADP", "NUM") and _clause_initial(first):
        if is_verb_stem(first.text) and not _bare_infinitive_label(first, span) \
                and not _adverb_before_infinitive_label(first, span):
            return first
        nxt = _next_word(first)
        if infinitives_of(first.text) and nxt is not None and fold(nxt.text) in _PERSONAL:
            return first  # "Zullen we ...?", "Heeft u ...?"
    # _FALLBACK_IMPERSONAL_COURTESY: "Het spijt/NOUN ons": "het" and a ``courtesy_verbs``
    # verb form.
    if first is not None and fold(first.text) == "het":
        nxt = _next_word(first)
        if nxt is not None and nxt.i < span.end and infinitives_of(nxt.text) & lexicon()["courtesy_verbs"].words:
            return nxt
    # _FALLBACK_PRONOUN_VERB: in chat the tagger misses verbs after a subject pronoun
    # ("ik regel het", "ik hou je op de hoogte"): the word after "ik/we" is the verb.
    for token in mine:
        nxt = _next_word(token)
        if fold(token.text) in _NOMINATIVE and nxt is not None and nxt.i < span.end:
            if nxt.pos_ not in ("DET", "PRON", "ADP", "CCONJ", "SCONJ") and (
                is_verb_stem(nxt.text) or infinitives_of(nxt.text)
            ):
                return nxt
    # _FALLBACK_INVERTED_PLURAL: "Rond 18:00 uur verwachten/NOUN we dat ...": a known
    # infinitive form right before "we/wij/jullie" is their finite verb.
    for token in mine:
        nxt = _next_word(token)
        if nxt is not None and fold(nxt.text) in _PLURAL_NOMINATIVE and fold(token.text).endswith("en") \
                and fold(token.text) in known_infinitives() and token.pos_ not in ("DET", "PRON", "ADP"):
            return token
    for token in mine:
        if "Fin" in token.morph.get("VerbForm") and token.pos_ in ("VERB", "AUX") \
                and not _bare_infinitive_label(token, span) and not _disagrees(token) \
                and not _never_finite(token):
            return token
    # _FALLBACK_PLURAL_V2: "Onze juristen beoordelen uw bezwaar" with "beoordelen" tagged
    # ADP: an infinitive form right after the clause's opening noun phrase, with words
    # after it, is its plural finite verb.
    opening = [t for t in Sentence.of(span) if not t.is_punct][:4]
    for k, token in enumerate(opening[1:], 1):
        if opening[k - 1].pos_ in ("NOUN", "PROPN") and "Plur" in opening[k - 1].morph.get("Number") \
                and fold(token.text).endswith("en") and token.i < span.end - 1:
            if fold(token.text) in known_infinitives() and all(
                t.pos_ in ("DET", "PRON", "ADJ", "NOUN", "PROPN", "NUM") for t in opening[:k]
            ):
                return token
            break
    # _FALLBACK_IRREGULAR: "zijn" tagged as the possessive ("Uw gegevens zijn opgeslagen").
    for token in mine:
        if fold(token.text) in auxiliary_forms() and (token.dep_ in ("cop", "aux", "aux:pass") or token.pos_ in ("AUX", "VERB")):
            return token
    # _FALLBACK_NAME_VERB: "Lotte appt je ...": after a clause-initial name, a word of
    # the shape stem + t of a known verb is the finite verb, whatever its tag.
    if first is not None and first.text[:1].isupper() and first.pos_ in ("PROPN", "NOUN", "ADJ"):
        nxt = _next_word(first)
        word = fold(nxt.text) if nxt is not None else ""
        if nxt is not None and nxt.i < span.end and word.endswith("t") and is_verb_stem(word[:-1]) \
                and not is_verb_stem_only(word):
            return nxt
    return None


def _plural_tagged_participle(head: Token) -> bool:
    """_FALLBACK_PLURAL_PART: "Op dit moment ervaren/Part klanten problemen": a verb in
    -en tagged participle, with an active subject and no auxiliary, is a plural finite
    verb (a participle always comes with "zijn", "hebben" or "worden")."""
    if "Part" not in head.morph.get("VerbForm") or not fold(head.text).endswith("en"):
        return False
    children = list(head.children)
    return any(c.dep_ == "nsubj" for c in children) and not any(
        c.dep_ in ("aux", "aux:pass", "cop") for c in children)


def _never_finite(token: Token) -> bool:
    """_FALLBACK_TIME_VERB: the tagger calls some time words finite verbs ("We verwachten
    de storing vanavond/VERB ... op te lossen"), and now and then a line break; a
    ``time_words`` word, white space or punctuation never is one."""
    return token.is_space or token.is_punct or fold(token.text) in lexicon()["time_words"]


def _is_heading(token: Token) -> bool:
    """_FALLBACK_HEADING: a line's first word right before a colon ("Onderwerp: ...",
    "Besloten: ...", "Update 14:30: ...") heads the line; the tagger reads some as
    imperatives."""
    nxt = _next_word(token)
    if nxt is not None and (nxt.like_num or nxt.pos_ == "NUM"):
        nxt = _next_word(nxt)
    return token.i == Sentence.start and nxt is not None and nxt.text == ":"


def _chat_intent_infinitive(first: Token) -> bool:
    """_FALLBACK_CHAT_INTENT: "ff checken hoor", "even kijken wat er mis is": an
    ``intent_openers`` word and an infinitive with no subject is the writer's intention
    in chat; the tagger calls the infinitive finite.  A request to wait ("even
    wachten", ``wait_requests``) is none."""
    lex = lexicon()
    nxt = _next_word(first)
    if nxt is None or not lex["intent_openers"].find(fold(first.text)) or not fold(nxt.text).endswith("en"):
        return False
    if lex["wait_requests"].find(fold(first.text + " " + nxt.text)):
        return False
    return fold(nxt.text) in known_infinitives() or nxt.text.islower() and fold(nxt.text) not in lex["verb_lookalikes"]


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
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubj:pass")]
    if len(subjects) != 1:
        return False
    subject = subjects[0]
    if fold(subject.text) in _NOMINATIVE or subject.pos_ == "PRON":
        return False
    if any(c.dep_ == "conj" for c in subject.children):
        return False  # "Sanne en Kees bellen": two subjects
    return "Sing" in subject.morph.get("Number") or subject.pos_ in ("ADJ", "ADV")


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
    return not any(fold(t.text) in _NOMINATIVE for t in words)


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
    return previous.is_punct or previous.is_space or previous.pos_ == "CCONJ" or fold(previous.text) in ("dan",)


def _next_word(token: Token) -> Token | None:
    i = token.i + 1
    while Sentence.at(i) is not None and Sentence.at(i).is_space:
        i += 1
    return Sentence.at(i)


def _repaired_subject(span: Span, finite: Token | None, subject: Token | None) -> Token | None:
    """Known parser slips on short e-mail clauses, each repaired by word order:

    * _FALLBACK_V2_SUBJECT: "Ons supportteam pakt je vraag op" with "je" as subject:
      in a verb-second clause a noun phrase before the verb is the subject when the
      parser's subject is an object-capable pronoun after it;
    * _FALLBACK_TIME_FIRST: "Morgen krijgt u ...": a time word before the verb is no
      subject, the nominative pronoun after the verb is;
    * _FALLBACK_IMPERATIVE_OBJECT: "Vul een geldig e-mailadres in": after a clause-initial
      verb, a noun phrase is its object, not its subject (unless the line asks a question).
    """
    if finite is None:
        return None  # a verbless label has no subject ("Details bekijken")
    lex = lexicon()
    question = Sentence.question
    verb_first = _verb_first(span, finite)
    if subject is not None and _possessed_noun(subject, finite) is not None:
        subject = _possessed_noun(subject, finite)  # _FALLBACK_POSSESSIVE_JE: "Je wachtwoord/obj is"
    if subject is not None and fold(subject.text) in lex["time_words"]:
        other = next((c for c in subject.head.children if c.dep_ in _SUBJECT_DEPS and c.i > finite.i), None)
        after = other if other is not None else _noun_phrase_after(finite)
        if subject.i < finite.i and after is not None:
            return after  # "Morgen krijgt u ...", "Uiterlijk maandag staat het bedrag ..."
        subject = None
    if subject is None and (verb_first and question or _opens_with_time(span, finite)):
        after = _noun_phrase_after(finite)
        if after is not None:
            return after  # "Werkt de verbinding weer?"
    first = first_word(span)
    if subject is None and first is not None and fold(first.text) == "er" and first.i + 1 == finite.i:
        return first  # existential "Er is een fout opgetreden"
    after_verb = _next_word(finite)
    if subject is None and not verb_first and after_verb is not None and fold(after_verb.text) == "er" \
            and fold(finite.text) in auxiliary_forms():
        return after_verb  # inverted existential "Sinds 09:15 is er een storing"
    if subject is not None and subject.i > finite.i and verb_first and not question and fold(subject.text) == "je" \
            and is_verb_stem_only(finite.text) and fold(finite.text) not in auxiliary_forms() \
            and not infinitives_of(finite.text) & _MODALS \
            and not third_person_form(finite) and finite.i == _first_word_index() \
            and _next_word(finite) is not None and _next_word(finite).i == subject.i:
        return None  # _FALLBACK_REFLEXIVE_JE: "Meld je aan", "Schrijf je in": an imperative
    if subject is not None and subject.i > finite.i and verb_first:
        # An auxiliary form is no imperative: "is het gelukt" keeps its subject.
        if not question and fold(subject.text) not in _NOMINATIVE | {"u"} \
                and fold(finite.text) not in auxiliary_forms() \
                and not (_after_fronted_clause(finite) and third_person_form(finite)):
            return None
    after = _next_word(finite)
    if subject is None and not verb_first and after is not None and fold(after.text) in _NOMINATIVE:
        return after  # "Misschien kunnen we ...": inverted after an adverb
    if (subject is None or subject.i > finite.i) and not verb_first:
        before = [t for t in Sentence.of(span) if t.i < finite.i and not t.is_punct]
        # "collega van logistiek belt je": a PP after the first noun modifies it
        cut = next((k for k, t in enumerate(before) if t.pos_ == "ADP" and k > 0
                    and before[k - 1].pos_ in ("NOUN", "PROPN")), len(before))
        tail_ok = all(t.pos_ in ("DET", "PRON", "ADJ", "NOUN", "PROPN", "NUM", "ADP") for t in before[cut:])
        before = before[:cut] if tail_ok else before
        nouns = [t for t in before if t.pos_ in ("NOUN", "PROPN") or fold(t.text) in _NOMINATIVE
                 or (t.i == Sentence.start and t.text[:1].isupper() and len(before) == 1)]
        if nouns and all(t.pos_ in ("DET", "PRON", "ADJ", "NOUN", "PROPN", "NUM") or _PLACEHOLDER_SHAPE.match(t.text)
                         for t in before):
            # a post-verbal "je"/"u" may be the object; "we", "ik", "hij" never are
            if subject is None or fold(subject.text) not in _NOMINATIVE - {"je", "u", "jullie"}:
                return nouns[-1] if fold(nouns[-1].text) not in lex["time_words"] else subject
    return subject


def _possessed_noun(token: Token, finite: Token) -> Token | None:
    """The noun after a possessive "je" ("je proefperiode", "Je nieuwe pas"), or None.
    After its verb "je" is the subject when the verb agrees with it ("Heb je vragen"),
    possessive when the verb has the third person's -t ("Verloopt je abonnement")."""
    if fold(token.text) not in _POSSESSIVE_JE:
        return None
    word = fold(finite.text)
    if token.i > finite.i and not (word == "is" or word.endswith("t") and not is_verb_stem_only(word)):
        return None
    nxt = _next_word(token)
    while nxt is not None and nxt.pos_ == "ADJ" and nxt.i < Sentence.end - 1:
        nxt = _next_word(nxt)
    return nxt if nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and not nxt.like_num else None


def _after_fronted_clause(finite: Token) -> bool:
    """"Zodra er meer bekend is, volgt een nieuwe update": after a fronted subordinate
    clause the finite verb comes first in its clause and the subject follows it."""
    before = Sentence.at(finite.i - 1)
    opening = Sentence.tokens[0] if Sentence.tokens else None
    return before is not None and before.text == "," and opening is not None \
        and (opening.dep_ == "mark" or opening.pos_ == "SCONJ")


def _noun_phrase_after(finite: Token) -> Token | None:
    """The head of a subject right after the finite verb: a nominative pronoun, or a
    noun after at most two determiners/adjectives ("staat het bedrag")."""
    i = finite.i + 1
    end = min(Sentence.end, i + 4)
    while i < end and (Sentence.at(i).pos_ in ("DET", "ADJ") or Sentence.at(i).dep_ == "nmod:poss"):
        i += 1
    if i < end:
        token = Sentence.at(i)
        if _possessed_noun(token, finite) is not None:
            return _possessed_noun(token, finite)  # "verloopt je proefperiode"
        if fold(token.text) in _NOMINATIVE or (token.pos_ in ("NOUN", "PROPN") and i > finite.i + 1):
            return token
    return None


def _opens_with_time(span: Span, finite: Token) -> bool:
    before = [t for t in Sentence.of(span) if t.i < finite.i and not t.is_punct]
    lex = lexicon()
    return bool(before) and any(fold(t.text) in lex["time_words"] for t in before)


def first_word(span: Span) -> Token | None:
    for token in Sentence.of(span):
        if not token.is_punct and token.pos_ != "CCONJ" and not token.is_space:
            return token
    return None


def _mood(span: Span, finite: Token | None, subject: Span | None) -> str:
    if finite is None:
        return "none"
    if "Imp" in finite.morph.get("Mood"):
        return "imperative"
    ends_with_question = Sentence.question
    verb_first = _verb_first(span, finite)
    if ends_with_question and (verb_first or _wh_first(span)):
        return "interrogative"
    if verb_first and subject is not None and subject.start == finite.i + 1 \
            and (subject.root.pos_ == "PRON" or subject.root.dep_.startswith("expl")) \
            and fold(finite.text) in auxiliary_forms() \
            and fold(finite.text) not in _FIRST_PERSON_ONLY and not _continues_after_comma(span):
        return "interrogative"  # _FALLBACK_NO_QUESTION_MARK: "is het gelukt om in te loggen"
    if _wh_first(span) and _next_word(first_word(span)) is not None \
            and _next_word(first_word(span)).i in (finite.i, finite.i - 1) and not span._.marker:
        return "interrogative"  # "Hoe laat past het u het beste"
    if verb_first and not ends_with_question:
        who = fold(subject.text) if subject is not None else None
        at_start = finite.i == _first_word_index()
        # "Bel ons", "Probeer het opnieuw", and the polite "Neemt u contact op" at the
        # start of a sentence; "..., krijg je een e-mail" is an inverted statement.
        if (who is None and not third_person_form(finite)) or (who == "u" and at_start):
            return "imperative"
    if ends_with_question:
        return "interrogative"
    return "indicative"


def _verb_first(span: Span, finite: Token) -> bool:
    """The finite verb opens the clause, or follows a comma after a verbless opening
    ("Te veel verzoeken, probeer het later opnieuw")."""
    first = first_word(span)
    if first is not None and first.i == finite.i:
        return True
    before_finite = Sentence.at(finite.i - 1)  # None outside the sentence ("]000")
    if finite.i == span.start or before_finite is None or before_finite.text not in (",", ":", ";"):
        return False
    before = [t for t in Sentence.of(span) if t.i < finite.i]
    return not any("Fin" in t.morph.get("VerbForm") for t in before)


def _continues_after_comma(span: Span) -> bool:
    """"Heeft u vragen, dan ...": a verb-first clause before a comma is a condition."""
    return any(t.text == "," for t in Sentence.tokens if t.i >= span.end - 1)


def _first_word_index() -> int:
    for token in Sentence.tokens:
        if not token.is_punct and token.pos_ != "CCONJ" and not token.is_space:
            return token.i
    return Sentence.start


def third_person_form(finite: Token) -> bool:
    """"komt", "wordt", "werkt": stem + t, never an imperative (which is the bare stem:
    "kom", "wacht", "start")."""
    word = fold(finite.text)
    if word in auxiliary_forms():
        return True
    return word.endswith("t") and not is_verb_stem_only(word) and is_verb_stem(word[:-1])


def _wh_first(span: Span) -> bool:
    first = first_word(span)
    return first is not None and first.morph.get("PronType") in (["Int"], ["Int,Rel"])


def _phrase(token: Token) -> Span:
    """The subject phrase: the token with its left modifiers (determiners, possessives)."""
    doc = token.doc
    left = min([token.i] + [t.i for t in token.subtree if t.i < token.i and t.dep_ in
                            ("det", "nmod:poss", "amod", "nummod", "compound", "flat", "fixed")])
    right = token.i + 1
    while right < len(doc) and doc[right].head.i == token.i and doc[right].dep_ in ("flat", "fixed", "appos"):
        right += 1
    return doc[left:right]


def _name_like(token: Token) -> bool:
    """A capitalised word that can be a person's name.  The tagger calls many
    sentence-initial nouns PROPN ("Downloadgegevens ophalen mislukt"): a long word, or
    one that ends like a Dutch noun, at the start of a sentence is no name."""
    if token.i != Sentence.start:
        return True
    word = fold(token.text)
    return len(word) <= 12 and not word.endswith(_NOUN_ENDINGS)


# A web shop's domain ("Bol.com") and a brand with an inner capital ("PostNL").
_DOMAIN_NAME = re.compile(r"^[A-Z][A-Za-z0-9-]+\.[a-z]{2,3}$")
_INNER_CAPITAL = re.compile(r"^[A-Z][a-z]+[A-Z]{2,}[a-z]*$|^[A-Z][a-z]+[A-Z][a-z]+$")


def _team_noun(word: str, lex) -> bool:
    return word in lex["team_nouns"] or any(word.endswith(h) and len(word) > len(h) + 2 for h in lex["team_heads"].words)


def _placeholder_kind(token: Token, lex) -> str:
    from smartlint.preprocess import PLACEHOLDERS_KEY

    name = token.doc.user_data.get(PLACEHOLDERS_KEY, {}).get(token.idx, "")
    parts = [p for p in re.split(r"[^a-z]+", name) if p]
    if any(p in lex["person_placeholder_words"] for p in parts):
        return "person"
    if any(p in lex["team_placeholder_words"] for p in parts):
        return "team"
    return "thing"


# How smartlint.preprocess masks a placeholder: "Xxxxx" (a count: "99999").
_PLACEHOLDER_SHAPE = re.compile(r"^(?:Xx+|9{2,})$")
_NOUN_ENDINGS = ("ing", "heid", "gegevens", "tie", "teit", "schap", "nis", "ment", "isme")


def subject_kind(subject: Span | None) -> str:
    if subject is None:
        return "none"
    lex = lexicon()
    if _PLACEHOLDER_SHAPE.match(subject.root.text):
        # a masked template placeholder: its name tells ("{agent}", "{bedrijf}"), else it
        # is unknown, not a person ("%1$s is niet geldig")
        return _placeholder_kind(subject.root, lex)
    text = fold(" ".join(subject.text.split()))
    head = fold(subject.root.text)
    if text in lex["speaker_pronouns"]:
        return "speaker"
    if text in lex["customer_pronouns"] or head in lex["customer_nouns"]:
        return "customer"
    if text in lex["team_actors"]:
        return "team"
    if fold(subject[0].text) in ("ons", "onze") and subject.root.pos_ in ("NOUN", "PROPN") \
            and not (head in lex["person_roles"] and "Plur" not in subject.root.morph.get("Number")):
        return "team"  # "Onze juristen", "Ons magazijn": our side, no one named
    bare = " ".join(fold(t.text) for t in subject if t.pos_ not in ("DET", "PRON"))
    compound = any(head.endswith(h) and len(head) > len(h) + 2 for h in lex["team_heads"].words)
    if (head in lex["team_nouns"] or bare in lex["team_nouns"] or compound) \
            and not any(fold(t.text) in _NOT_OURS for t in subject):
        return "team"  # "de klantenservice", "ons team", "Het storingsteam"; not "een team", "dit team"
    if head in lex["person_roles"] or text in lex["person_roles"]:
        plural = "Plur" in subject.root.morph.get("Number")
        indefinite = any(fold(t.text) in ("een", "enkele", "sommige") for t in subject)
        return "team" if plural or indefinite else "person"
    root = subject.root
    if root.text[:1].isupper() and not any(t.pos_ == "DET" for t in subject) and any(
            c.dep_ == "nmod" and _team_noun(fold(c.text), lex) for c in root.children):
        return "person"  # "Mila van de klantenservice": a name with its team
    if _DOMAIN_NAME.match(root.text) or _INNER_CAPITAL.match(root.text):
        return "team"  # "Bol.com", "PostNL": a company, whatever its tag
    if root.pos_ == "PROPN" and root.text[:1].isupper() and not infinitives_of(root.text) and _name_like(root):
        if any(ch in root.text for ch in ".@") or any(ch.isdigit() for ch in root.text):
            return "team"  # "KPN2": a company, not a person
        after = root.doc[root.i + 1] if root.i + 1 < len(root.doc) else None
        numbered = after is not None and (after.like_num or _PLACEHOLDER_SHAPE.match(after.text))
        if numbered or any(c.dep_ == "conj" and c.text.islower() for c in root.children):
            return "thing"  # "Ticket 4471", "Postcode en huisnummer": nouns, no name
        if not root.text.isupper() and not any(t.pos_ == "DET" for t in subject):
            return "person"
    return "thing"
