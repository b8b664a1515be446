"""Who a clause's subject is: speaker, team, person, customer, thing or none.

Read from the subject phrase with the lexicon's actor lists (``speaker_pronouns``,
``customer_pronouns``/``customer_nouns``, ``team_actors``/``team_nouns``/``team_heads``,
``person_roles``, the placeholder words) and a few shapes of names: a capitalised name
("Sanne"), a name with its team ("Mila van de klantenservice"), a web shop's domain or
a brand with an inner capital ("Bol.com", "PostNL").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartlint.nl import QUESTION_ADVERBS
from smartlint.nl.folding import fold
from smartlint.nl.lexicon import compound_of, lexicon
from smartlint.nl.sentence import Sentence
from smartlint.nl.verbs import infinitives_of, is_irregular_past

if TYPE_CHECKING:  # annotations only: the checks import this module without spaCy
    from spacy.tokens import Span, Token

# Determiners that make a team noun someone else's or anyone's: "een team", "dit team".
_NOT_OURS = {"een", "dit", "dat", "deze", "die", "elk", "elke", "ieder", "iedere", "je", "jouw", "uw"}


def _name_like(token: Token) -> bool:
    """A capitalised word that can be a person's name.  The tagger calls many
    sentence-initial nouns PROPN ("Downloadgegevens ophalen mislukt"): a long word, or
    one that ends like a Dutch noun, at the start of a sentence is no name."""
    if token.i != Sentence.start:
        return True
    word = fold(token.text)
    return len(word) <= 12 and not word.endswith(_NOUN_ENDINGS)


# Closed class: a bare indefinite pronoun is nobody of ours ("iemand van IT" is a team).
_INDEFINITE = {"iemand", "niemand", "iedereen", "men"}
# Closed class: "Er is ...", "Daar staat ...", "Wanneer bent u ...?": adverbs, never a name.
_PRONOMINAL_ADVERBS = {"er", "hier", "daar", "waar", "toen", "zo", "dus", "wel", "niet", "vanwaar"} | QUESTION_ADVERBS


def opens_clause(token: Token) -> bool:
    """The first word of the sentence, or of a clause after ";" or ":"."""
    return token.i == Sentence.start or token.i > 0 and token.doc[token.i - 1].text in (":", ";")


def name_read_as_adverb(token: Token) -> bool:
    """_FALLBACK_NAME_AS_ADVERB: "Esmee verstuurt uw pakket morgen": the tagger reads a
    name it does not know, alone before the verb, as an adverb.  A capitalised word at
    the start of the sentence (or of a clause after ";" or ":") that is no listed adverb,
    time word or hedge is a name."""
    lex = lexicon()
    word = fold(token.text)
    return opens_clause(token) and token.text.isalpha() and token.text[:1].isupper() and token.text[1:].islower() \
        and word not in _PRONOMINAL_ADVERBS \
        and token.pos_ in ("ADV", "X", "INTJ") and word not in lex["clause_adverbs"] \
        and word not in lex["time_words"] and word not in lex["hedges"] and _name_like(token) \
        and _finite_after(token)


def _finite_after(token: Token) -> bool:
    """The next word is a finite verb (the name is the verb-second clause's subject)."""
    doc = token.doc
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return nxt is not None and nxt.pos_ in ("VERB", "AUX") and "Inf" not in nxt.morph.get("VerbForm") \
        and "Part" not in nxt.morph.get("VerbForm")


# A web shop's domain ("Bol.com") and a brand with an inner capital ("PostNL").
_DOMAIN_NAME = re.compile(r"^[A-Z][A-Za-z0-9-]+\.[a-z]{2,3}$")
_INNER_CAPITAL = re.compile(r"^[A-Z][a-z]+[A-Z]{2,}[a-z]*$|^[A-Z][a-z]+[A-Z][a-z]+$")


def role_compound(word: str, lex) -> bool:
    """A compound ending in a person role (lexicon ``person_roles``): "servicemonteur",
    "wijkbeheerder", "schadebehandelaar"."""
    return compound_of(word, lex["person_roles"].words)


def _system_noun(word: str, lex) -> bool:
    """Software or a machine (lexicon ``system_nouns``), a compound too: "klantportaal"."""
    return word in lex["system_nouns"] or compound_of(word, lex["system_nouns"].words)


def _team_noun(word: str, lex) -> bool:
    return word in lex["team_nouns"] or compound_of(word, lex["team_heads"].words)


def _placeholder_kind(token: Token, lex) -> str:
    from smartlint.placeholders import name_parts
    from smartlint.preprocess import PLACEHOLDERS_KEY

    name = token.doc.user_data.get(PLACEHOLDERS_KEY, {}).get(token.idx, "")
    parts = name_parts(name)
    if any(p in lex["person_placeholder_words"] for p in parts):
        return "person"
    if any(p in lex["team_placeholder_words"] for p in parts):
        return "team"
    if any(p in lex["customer_placeholder_words"] for p in parts):
        return "customer"
    return "thing"


# How smartlint.preprocess masks a placeholder: "Xxxxx" (a count: "99999").
PLACEHOLDER_SHAPE = re.compile(r"^(?:Xx+|9{2,})$")
_NOUN_ENDINGS = ("ing", "heid", "gegevens", "tie", "teit", "schap", "nis", "ment", "isme")


def points_back_at_staff(token: Token) -> bool:
    """A demonstrative subject ("Die", "Deze") that points back at one of our people: a
    staff noun, role, team or partner company ("... naar de vervoerder. Deze neemt
    contact met u op") among the last words before it, in the sentence before ("Uw
    vraag is doorgezet naar de juiste collega. Die ...", "... aan de afdeling. Die gaan
    ermee aan de slag") or before a comma ("..., naar de afdeling, die laten zsm wat horen")."""
    if fold(token.text) not in ("die", "deze") or token.i == 0:
        return False
    doc, lex = token.doc, lexicon()
    after_comma = doc[token.i - 1].text == ","
    if not token.is_sent_start and not after_comma:
        return False
    previous = [fold(t.text) for t in doc[doc[token.i - 1].sent.start:token.i] if any(c.isalpha() for c in t.text)][-4:]
    # after a comma a team counts too: "Ik geef het door aan de planning, die bellen je asap"
    people = (lex["staff_nouns"], lex["person_roles"], lex["team_nouns"], lex["partner_nouns"])
    return any(form in words for word in previous for form in singulars(word) for words in people) \
        or any(role_compound(word, lex) for word in previous) \
        or bool(lex["team_nouns"].find(" ".join(previous)))  # "de wijkagent", "de tweede lijn"


def singulars(word: str) -> tuple[str, ...]:
    """The word and the singulars its plural may stand for: "collega's", "monteurs",
    "medewerkers" -> "collega", "monteur", "medewerker"."""
    if word.endswith("'s"):
        return word, word[:-2]
    if word.endswith("en"):
        return word, word[:-2], word[:-1]
    if word.endswith("s"):
        return word, word[:-1]
    return (word,)


def _full_name(subject: Span) -> bool:
    """"Ilse de Graaf", "Jan van der Berg": a first name, then surname particles and
    capitalised words only."""
    rest = subject[1:]
    particles = lexicon()["surname_particles"].words
    return len(rest) > 0 and rest[-1].text[:1].isupper() \
        and all(t.text[:1].isupper() or fold(t.text) in particles for t in rest)


def subject_kind(subject: Span | None) -> str:
    if subject is None:
        return "none"
    lex = lexicon()
    if PLACEHOLDER_SHAPE.match(subject.root.text):
        # a masked template placeholder: its name tells ("{agent}", "{bedrijf}"), else it
        # is unknown, not a person ("%1$s is niet geldig")
        return _placeholder_kind(subject.root, lex)
    text = fold(" ".join(subject.text.split()))
    head = fold(subject.root.text)
    if text in _INDEFINITE:
        return "thing"  # "Iemand probeert in te loggen op je account": nobody of ours
    if len(subject) == 1 and points_back_at_staff(subject[0]):
        return "team"  # "... naar de juiste collega. Die neemt contact met u op": someone unnamed
    if text in lex["speaker_pronouns"]:
        return "speaker"
    if text in lex["customer_pronouns"] or head in lex["customer_nouns"]:
        return "customer"
    if text in lex["team_actors"] or head in lex["company_names"]:
        return "team"
    core = [t for t in subject if t.pos_ not in ("DET", "PRON") and t.dep_ not in ("det", "nmod:poss")]
    if len(core) >= 2 and core[1].i == core[0].i + 1 \
            and (core[1].text[:1].isupper() or fold(core[1].text) in lex["honorifics"]) \
            and (fold(core[0].text) in lex["staff_nouns"] or fold(core[0].text) in lex["person_roles"]):
        return "person"  # "Mijn collega Joep", "onze adviseur mevrouw Van Dam": a colleague by name
    if fold(subject[0].text) in ("ons", "onze") and subject.root.pos_ == "NOUN" and _system_noun(head, lex):
        return "thing"  # "Ons klantportaal MijnWolkwerk zet ... actief": software of ours acts by itself
    if fold(subject[0].text) in ("ons", "onze") and subject.root.pos_ in ("NOUN", "PROPN") \
            and not (head in lex["person_roles"] and "Plur" not in subject.root.morph.get("Number")) \
            and not any(t.text[:1].isupper() and fold(t.text) in lex["first_names"] for t in subject[1:]):
        # (a colleague by name is a person: "Onze ICT-specialist Rob Hendriks")
        return "team"  # "Onze juristen", "Ons magazijn": our side, no one named
    bare = " ".join(fold(t.text) for t in subject if t.pos_ not in ("DET", "PRON"))
    compound = compound_of(head, lex["team_heads"].words)
    if (head in lex["team_nouns"] or bare in lex["team_nouns"] or compound) \
            and not any(fold(t.text) in _NOT_OURS for t in subject):
        return "team"  # "de klantenservice", "ons team", "Het storingsteam"; not "een team", "dit team"
    names = [t for t in subject if t.pos_ not in ("DET", "PRON") and t.dep_ != "nmod:poss"]
    if len(names) >= 2 and all(t.text[:1].isupper() for t in names) \
            and fold(names[-1].text) in lex["company_name_words"]:
        return "team"  # "Groenhuis Verzekeringen", "Bakker Installaties": a company by its trade
    roles = lex["person_roles"].words
    if 2 <= len(names) <= 3 and names[0].pos_ in ("NOUN", "PROPN") \
            and names[1].text[:1].isupper() and fold(names[1].text) in lex["first_names"]:
        # "Kwaliteitsfunctionaris Bas", "(Onze) ICT-specialist Rob Hendriks": a function the
        # list lacks, then a first name (and a surname)
        return "person"
    named_role = len(subject) > 1 and fold(subject[0].text) in roles and subject[-1].text[:1].isupper()
    if head in roles or text in roles or role_compound(head, lex) or named_role:  # "Projectleider Marco"
        plural = "Plur" in subject.root.morph.get("Number")
        indefinite = any(fold(t.text) in ("een", "enkele", "sommige") for t in subject)
        return "team" if plural or indefinite else "person"
    root = subject.root
    if len(subject) == 1 and name_read_as_adverb(root):
        return "person"
    first = subject[0]
    words = [t for t in subject if fold(t.text) not in ("de", "het")]
    if len(words) >= 2 and fold(words[0].text) in lex["honorifics"] and words[-1].text[:1].isupper():
        return "person"  # "mevrouw Koster", "de heer Bakker", "dhr. El Amrani"
    if first.text[:1].isupper() and first.text[1:].islower() and fold(first.text) in lex["first_names"] \
            and (len(subject) <= 3 and not any(t.pos_ == "DET" for t in subject) or _full_name(subject)):
        return "person"  # "Lieke bevestigt ...": a first name the tagger read as a noun
    if len(subject) == 1 and first.text.islower() and fold(first.text) in lex["first_names"] \
            and (first.i == 0 or first.doc[first.i - 1].is_space or first.is_sent_start):
        return "person"  # chat without capitals: "lotte pakt het morgen op"
    if root.text[:1].isupper() and not any(t.pos_ == "DET" for t in subject) and any(
            c.dep_ == "nmod" and _team_noun(fold(c.text), lex) for c in root.children):
        return "person"  # "Mila van de klantenservice": a name with its team
    if _DOMAIN_NAME.match(root.text) or _INNER_CAPITAL.match(root.text):
        return "team"  # "Bol.com", "PostNL": a company, whatever its tag
    if root.pos_ == "PROPN" and fold(first.text) in lex["reader_possessives"]:
        return "thing"  # "Jouw Mattermost Cloud (abonnement)", a possessive the tagger took for a name: the reader's thing
    # (no verb form, "Bellen is gratis", "Update volgt", "Uitval e-mail", but a name may be
    # a strong verb's past form: "Koos vertelt je ...")
    if root.pos_ == "PROPN" and root.text[:1].isupper() and _name_like(root) \
            and not (infinitives_of(root.text) and not is_irregular_past(root.text)):
        if any(ch in root.text for ch in ".@") or any(ch.isdigit() for ch in root.text):
            return "team"  # "KPN2": a company, not a person
        after = root.doc[root.i + 1] if root.i + 1 < len(root.doc) else None
        numbered = after is not None and (after.like_num or PLACEHOLDER_SHAPE.match(after.text))
        # a lower-case word in the name ("Credit card"), longer than a surname particle
        # ("de", "van", "el", "ter")
        lower_part = any(c.dep_ == "flat" and c.text.islower() and len(c.text) > 3 for c in root.children)
        if numbered or lower_part or any(c.dep_ == "conj" and c.text.islower() for c in root.children):
            return "thing"  # "Ticket 4471", "Postcode en huisnummer", "Credit card": nouns, no name
        if not root.text.isupper() and not any(t.pos_ == "DET" for t in subject):
            return "person"
    return "thing"


def whole_name(phrase: Span, finite: Token) -> Span | None:
    """_FALLBACK_WHOLE_NAME: "Bas de/det Vries/obl belt u", "Mevrouw/nsubj De Vries van
    onze administratie neemt contact op": the parser split a person's name and made one
    piece the subject.  The capitalised words and surname particles around the subject,
    before the finite verb, are the name when they open with a capitalised word or an
    honorific and end with a capitalised word."""
    doc, lex = phrase.doc, lexicon()
    particles = lex["surname_particles"].words

    def name_piece(token: Token) -> bool:
        return token.is_alpha and token.text[:1].isupper() or fold(token.text) in particles

    start, end = phrase.start, phrase.end
    while start > Sentence.start and name_piece(doc[start - 1]):
        start -= 1
    while end < finite.i and name_piece(doc[end]):
        end += 1
    while end > phrase.end and not doc[end - 1].text[:1].isupper():
        end -= 1  # "Mevrouw De Vries van onze ...": no particle at the end
    if (start, end) == (phrase.start, phrase.end):
        return None
    name = doc[start:end]
    if not all(name_piece(t) for t in name) or fold(name[0].text) in particles or not name[-1].text[:1].isupper():
        return None
    return name if fold(name[0].text) in lex["honorifics"] or _full_name(name) else None


def name_before_parentheses(subject: Token) -> Span | None:
    """_FALLBACK_PARENTHESISED_ROLE: the name right before the parentheses the subject
    stands in, if it does ("Ilse de Graaf (incidentmanager) plaatst ...")."""
    doc = subject.doc
    opening = next((k for k in range(subject.i - 1, max(subject.i - 4, -1), -1) if doc[k].text == "("), None)
    closing = next((k for k in range(subject.i + 1, min(subject.i + 4, len(doc))) if doc[k].text == ")"), None)
    if opening is None or closing is None or opening < 1:
        return None
    name = doc[opening - 1]
    if not (name.is_alpha and name.text[:1].isupper()):
        return None
    # back to the first name of "Ilse de Graaf", "Jan van der Berg": the person, not "Graaf"
    particles = lexicon()["surname_particles"].words
    k = name.i
    while k > 0 and (doc[k - 1].text[:1].isupper() and doc[k - 1].is_alpha or fold(doc[k - 1].text) in particles):
        k -= 1
    while fold(doc[k].text) in particles:
        k += 1
    return doc[k:opening]
