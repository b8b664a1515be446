"""Who acts in a promise: the subject's sort and the who-part of a promise.

A mixin of the promise analysis (:class:`smartlint.checks.promises._Analysis`), which
gives it ``doc``, ``ctx``, ``words``, ``text`` and ``folded``. Sorts: customer (the
reader receives), vague (we, ons team, een monteur, a department), sender (ik, a name, a
role with a name), np (a noun phrase that may be an actor), thing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartlint.calendar_nl import WEEKDAY_NAMES
from smartlint.checks.actor_lookups import (
    person_by_clause_analysis,
    plural_things_just_named,
    team_by_clause_analysis,
    thing_by_clause_analysis,
)
from smartlint.checks.clauses import DEMONSTRATIVES, is_capitalised, norm, noun_phrase_at, word_sentences
from smartlint.checks.promise_parts import DONE, Part
from smartlint.checks.promise_shapes import named_by_parse
from smartlint.checks.word_classes import (
    CUSTOMER_PRONOUNS,
    LONE_PRONOUNS,
    PREPOSITIONS,
    SUBJECT_PRONOUNS,
)
from smartlint.nl.folding import fold
from smartlint.nl.lexicon import LexiconSet, compound_of, lexicon
from smartlint.nl.subject_kinds import points_back_at_staff
from smartlint.placeholders import is_when_placeholder, name_parts

if TYPE_CHECKING:
    from spacy.tokens import Token

# Prepositions of a topic: a "van X" inside their phrase belongs to the topic (closed class).
_TOPIC_PREPOSITIONS = {"over", "omtrent", "inzake", "betreffende"}
# ... and of what a message carries: "een sms met het tijdvak van de monteur" (the
# monteur's time slot, not the sender); only before "van", not the passive's "door" ("Er
# wordt contact met u opgenomen door de wijkbeheerder").
_CONTENT_PREPOSITIONS = _TOPIC_PREPOSITIONS | {"met"}
_TEAM_NOUNS = LexiconSet("team_nouns")
_ROLES = LexiconSet("person_roles")
_FIRST_NAMES = LexiconSet("first_names")
_DEPARTMENT_HEADS = LexiconSet("department_heads")
_DEPARTMENT_NAMES = LexiconSet("department_names")
_STAFF = LexiconSet("staff_nouns")
_PARTNERS = LexiconSet("partner_nouns")
# Determiners that point at one outside party: "de leverancier", "uw bank" (not "een vervoerder").
_ONE_PARTY = {"de", "het", "uw", "je", "jouw"}
# Closed class: a person as object ("van haar", "door hem").
_PERSON_OBJECT_PRONOUNS = {"hem", "haar"}
# A person's possessives before the news that follows: "zijn eerste update volgt woensdag"
_PERSON_POSSESSIVES = {"zijn", "haar", "z'n", "d'r"}
# Before a department's name ("De afdeling Planning"); not "zijn" ("Zijn collega Wessel").
_ARTICLES = {"de", "het", "een", "onze", "ons"}
# Owners of a group one unnamed member of which acts: "een van onze engineers" (grammar).
_GROUP_OWNERS = {"onze", "ons", "mijn", "m'n", "de", "hun"}


class ActorReading:
    def _subject_sort(self, subject, finite=None) -> str:
        """customer | vague | sender | np (a noun phrase that may be an actor) | thing."""
        if not subject:
            return "thing"
        first = norm(subject[0])
        if first in CUSTOMER_PRONOUNS and (len(subject) == 1 or first != "je"):
            return "customer"
        if first == "je":
            # "je nieuwe wachtwoord", "je bank": the reader's, it may act but names no one of ours
            return "sender" if any(is_capitalised(t) for t in subject[1:]) else "np"
        s, e = _chars(subject)
        if self._department_placeholder(subject[0]):
            return "vague"  # "{{ afdeling }} neemt contact met u op": a department, no one named
        if _named_apposition(subject, finite):
            return "sender"  # "Onze schade-expert, de heer Pauwels, neemt ... contact op"
        if first in ("ons", "onze") and any(thing_by_clause_analysis(subject[k:]) for k in range(min(2, len(subject)))):
            return "thing"  # "Ons klantportaal MijnWolkwerk zet ... actief": software of ours (lexicon system_nouns)
        if self._vague_actor(subject):
            return "vague"
        bare = [t for t in subject if not t.is_punct]  # (a list's bullet may open the subject)
        if len(bare) == 1 and norm(bare[0]) in lexicon()["team_nouns"]:
            return "vague"  # a department without an article, as notes write it: "Helpdesk informeert ..."
        if len(subject) == 1 and first in ("die", "deze") and points_back_at_staff(subject[0]):
            # "... naar de juiste collega. Die neemt contact met u op": someone unnamed; but
            # "... aan de fysio van de club. Die belt je": the role just named
            return "sender" if _role_just_named(subject[0]) else "vague"
        if first in ("zij", "ze") and len(subject) == 1 and plural_things_just_named(subject[0]):
            return "thing"  # "De kluizen gaan niet open. Over een uurtje werken ze weer": the lockers
        if first in ("zij", "ze") and finite is not None and norm(finite).endswith(("en", "aan", "oen", "ien")):
            # plural "zij nemen het mee", "zij gaan ...": a team, no person; unless it stands for two people
            # just named ("bezorgers Ruud en Ahmed. Ze bellen je ...")
            return "sender" if self._pair_named_before(s) else "vague"
        if first in SUBJECT_PRONOUNS:
            # ik, hij, zij; not a "hij" that stands for someone unnamed ("... aan een van
            # onze juristen voorgelegd. Hij ...": the clause analysis's team)
            return "vague" if len(subject) == 1 and team_by_clause_analysis(subject) else "sender"
        if first in lexicon()["generic_quantifiers"] or first == "de" and len(subject) > 1 \
                and norm(subject[1]) in lexicon()["generic_quantifiers"]:
            return "thing"  # "Veel werkgevers zullen ... verdubbelen": people in general, none of ours
        if first == "een":  # indefinite: "een monteur" is nobody in particular
            if self.words.customer_nouns.find(self.folded, s, e):
                return "thing"
            # ... but "een dynamisch energiecontract" is no one at all
            return "vague" if _people_word(subject) else "np"
        if self.words.specific_roles.find(self.folded, s, e) or _role_compound(subject):
            return "sender"  # "de monteur", "de wijkbeheerder", "schadebehandelaar Joost"
        if first in _ONE_PARTY and len(subject) > 1 and norm(subject[-1]) in _PARTNERS:
            # an outside party named by its role: "De netbeheerder sluit uw woning ... aan",
            # "wordt verholpen door de leverancier" (paraphrase writers label it so in 10 texts)
            return "sender"
        if first in ("ons", "onze"):
            # "ons productteam": a department, no person; "Onze medewerker Lieke": a name;
            # "Ons team Facturatie": a department by its name
            department = len(subject) > 2 and norm(subject[1]) in _DEPARTMENT_HEADS \
                and norm(subject[2]) not in _FIRST_NAMES
            return "sender" if any(is_capitalised(t) for t in subject[2:]) and not department else "vague"
        if len(subject) == 1 and first in _TEAM_NOUNS or first in ("de", "het") and _department(subject):
            return "vague"  # "Finance betaalt ...", "De (technische) dienst vervangt ...": a department
        if first in DEMONSTRATIVES and len(subject) == 2 and norm(subject[1]) in _DEPARTMENT_HEADS:
            return "vague"  # "(... naar de afdeling Incasso.) Deze afdeling stuurt u ...": still a department
        if len(subject) == 1 and first in LONE_PRONOUNS:
            return "thing"
        head = next((subject[:k] for k in range(1, len(subject)) if norm(subject[k]) in PREPOSITIONS), subject)
        core = [t for t in head if norm(t) not in _ARTICLES]
        if len(core) > 1 and norm(core[0]) in _TEAM_NOUNS and norm(core[0]) not in _ROLES \
                and norm(core[0]) not in _STAFF \
                and all(is_capitalised(t) and norm(t) not in _FIRST_NAMES for t in core[1:]):
            if not any(norm(t) in _TEAM_NOUNS or norm(t) in _DEPARTMENT_NAMES for t in core[1:]) \
                    and norm(core[0]) not in _DEPARTMENT_HEADS:
                return "sender"  # "Klantenservice Ziggo", "Storingsdienst Warmtenet": the organisation's
            return "vague"  # "De afdeling Planning", "Team Support": a department by its name
        if core and norm(core[0]) in lexicon()["customer_nouns"]:
            return "thing"  # a note's "Huurder meldt schimmel", "Klant Jansen belt terug": the customer's side
        if len(subject) == 1 and head[0].pos_ == "PROPN" and thing_by_clause_analysis(subject):
            return "np"  # "Update volgt": a bare noun the tagger calls a name
        if head[0].pos_ == "PROPN" or any(is_capitalised(t) for t in head[1:]):
            return "sender"  # "Sanne", "Bakkerij Jansen"; not "De koppeling met Exact Online"
        if len(subject) > 1 and is_capitalised(subject[0]) and norm(subject[1]) in ("van", "de"):
            return "sender"  # "Sem van onze webredactie"
        if self.words.customer_nouns.find(self.folded, s, e):
            return "thing"
        if finite is not None and named_by_parse(self.doc, subject, finite):
            return "sender"
        return "sender" if person_by_clause_analysis(subject) else "np"

    def _someone_after_er(self, ws, fi: int, finite) -> list | None:
        """The existential's subject after the verb, when it is someone unnamed: "Er komt
        maandag een monteur (van ons) langs" (not a thing: "Er komt een nieuwe factuur
        naar u toe"); the noun phrase proper, up to its first word that is no adjective
        or noun."""
        k = next((j for j in range(fi + 1, len(ws)) if norm(ws[j]) in ("een", "één")), None)
        phrase = noun_phrase_at(ws, k) if k is not None else []
        phrase = phrase[:next((j for j, t in enumerate(phrase) if j and t.pos_ not in ("ADJ", "NOUN", "PROPN")),
                              len(phrase))]
        return phrase if len(phrase) > 1 and self._subject_sort(phrase, finite) == "vague" else None

    def _vague_actor(self, tokens) -> tuple[int, int] | None:
        s, e = _chars(tokens)
        for ms, me in self.words.vague_actors.find(self.folded, s, e):
            if self.text[me:me + 1] == "-":
                continue  # "onze klantenservice-medewerker Lieke": the phrase ends mid-word
            following = self.text[me:e].lstrip()
            if ms == s and not following[:1].isupper():
                return ms, me  # "de afdeling", "iemand van Finance"; not "de afdeling Facturatie"
        words = [fold(t.text) for t in tokens[:4]]
        if len(words) == 4 and words[0] in ("een", "één") and words[1] == "van" and words[2] in _GROUP_OWNERS \
                and not tokens[3].text[:1].isupper():
            return s, _chars(tokens[:4])[1]  # "Een van onze engineers": one of a group, no one named
        return None

    def _who(self, kind: str, sort: str, subject, finite, main, region) -> Part:
        if kind in ("passive", "receive", "follows"):
            agent = self._agent(region, "door" if kind == "passive" else "van")
            if agent is None and kind == "follows":
                agent = self._agent(region, "door")  # "De volgende update volgt om 9.00 uur, door Kees"
            if agent is None and kind == "receive":
                agent = self._carrier(region)
            if agent is not None:
                return agent
            if kind in ("receive", "follows") and self._someone_acted_before(finite.idx):
                # "Ik maak het bedrag vandaag over, je krijgt er een mailtje van.", "Wouter
                # houdt u op de hoogte; de eerste update volgt morgen om 12.00 uur"
                return DONE
            if kind == "follows" and subject and norm(subject[0]) in _PERSON_POSSESSIVES \
                    and self._named_before(subject[0].idx):
                return DONE  # "monteur Joris houdt je op de hoogte; zijn eerste update volgt woensdag"
            # the subject and the verb: "Rapport volgt", inverted "volgt een nieuwe update"
            thing = (subject[-1] if subject[0].i > finite.i else subject[0]) if subject else finite
            ends = [main, finite] if kind == "passive" else [thing, finite]
            lo, hi = min(ends, key=lambda t: t.i), max(ends, key=lambda t: t.i)
            if hi.i - lo.i > 3:  # "wordt binnen 5 werkdagen verstuurd": just the verb
                lo = hi = main
            return Part("vague", lo.idx, hi.idx + len(hi.text), kind)
        if sort == "vague":
            s, e = _chars([t for t in subject if not t.is_punct] or subject)
            return Part("vague", s, e, "actor")
        return DONE if sort == "sender" else Part("unknown")

    def _agent(self, region, preposition: str) -> Part | None:
        """The "door X" / "van X" naming who acts, if X is an actor."""
        for k, token in enumerate(region[:-1]):
            if norm(token) != preposition:
                continue
            topics = _CONTENT_PREPOSITIONS if preposition == "van" else _TOPIC_PREPOSITIONS
            if any(norm(t) in topics for t in region[max(0, k - 4):k]):
                continue  # "een bericht over de beslissing van de beheerder": the topic's, not the sender
            phrase = noun_phrase_at(region, k + 1) or [region[k + 1]]
            if norm(phrase[0]) in WEEKDAY_NAMES or phrase[0].like_num:
                continue  # a date, not who: "een uitnodiging voor de bewonersavond van donderdag 17 december"
            phrase = _with_name(region, _on_to_a_name(region, phrase))
            if norm(phrase[0]).rstrip(".!") in ("me", "mij"):
                return DONE  # "Je hoort het morgen van me": the writer
            if norm(phrase[0]).rstrip(".!") in _PERSON_OBJECT_PRONOUNS and self._named_before(token.idx):
                return DONE  # "Uw vraag ligt bij Marloes. U krijgt ... bericht van haar"
            if self._person_placeholder(phrase[0]):
                return DONE  # "door {{ adviseur }}"
            vague = self._vague_actor(phrase)
            if vague is not None:
                return Part("vague", token.idx, vague[1], "agent")
            sort = self._subject_sort(phrase)
            if sort == "vague":  # "door het team Support": a department by its name
                return Part("vague", token.idx, phrase[-1].idx + len(phrase[-1].text), "agent")
            readers = sort == "customer" or norm(phrase[0]) in lexicon()["reader_possessives"]
            if sort == "sender" or any(is_capitalised(t) for t in phrase) or readers and preposition == "door":
                # (a passive's agent may be the reader or the reader's own organisation:
                # "wordt dinsdag door uw bank per post verstuurd"; not "bericht ... van je scooter")
                return DONE
        return None

    def _carrier(self, region) -> Part | None:
        """"Je krijgt hem morgen via PostNL": a carrier (lexicon ``company_names``) delivers
        what the reader receives; "via de app", "via WhatsApp" is a channel, no actor."""
        for k, token in enumerate(region[:-1]):
            if norm(token) == "via" and norm(region[k + 1]) in lexicon()["company_names"]:
                return DONE
        return None

    def _someone_acted_before(self, offset: int) -> bool:
        """The writer ("ik") acts in this or the previous sentence, or a named person
        earlier in this sentence, not negated: what the reader then receives comes from
        them ("Ik heb je factuur gecorrigeerd. Je krijgt vandaag vóór 17.00 uur de nieuwe
        factuur.", "Woensdag schakelt Dirk je verbinding om; je krijgt een sms zodra het
        klaar is").  A person in the sentence before ("Bezorger DHL levert hem morgen.
        Je krijgt vanavond een sms") need not be the sender."""
        from smartlint.nl.clauses import clauses_of

        sents = [s for s in word_sentences(self.doc) if s.start_char <= offset]
        if not sents:
            return False
        this = sents[-1].start_char
        since = sents[-2].start_char if len(sents) > 1 else this
        return any(since <= c.start_char < offset and c._.subject is not None and not c._.negated
                   and (norm(c._.subject[0]) in ("ik", "'k") or c._.subject_kind == "person" and c.start_char >= this)
                   for c in clauses_of(self.doc))

    def _pair_named_before(self, offset: int) -> bool:
        """Two names joined by "en" before ``offset``, in its sentence or the one before."""
        here = next((t for t in self.doc if t.idx >= offset), None)
        if here is None:
            return False
        start = here.sent.start
        if start > 0:
            start = self.doc[start - 1].sent.start
        return any(norm(t) == "en" and start < t.i < len(self.doc) - 1
                   and _a_name(self.doc[t.i - 1]) and _a_name(self.doc[t.i + 1])
                   for t in self.doc[start:here.i])

    def _named_before(self, offset: int) -> bool:
        """A person's name earlier in the message, or a person as a clause's subject ("De
        monteur vervangt ... Na afloop krijgt u van hem een sms"), that a "hem/haar" can
        stand for."""
        from smartlint.nl.clauses import clauses_of

        return any(_a_name(t) for t in self.doc if t.idx < offset) or any(
            c.end_char <= offset and c._.subject_kind == "person" for c in clauses_of(self.doc))

    def _department_placeholder(self, token: "Token") -> bool:
        words = lexicon()["department_placeholder_words"].words
        return any(p.start <= token.idx < p.end and any(part in words for part in name_parts(p.name))
                   for p in self.ctx.placeholders)

    def _person_placeholder(self, token: "Token") -> bool:
        return any(
            p.start <= token.idx < p.end and not is_when_placeholder(p) for p in self.ctx.placeholders
        )


def _a_name(token: "Token") -> bool:
    """A person's name inside a sentence: capitalised, tagged PROPN or a known first name."""
    return token.i != token.sent.start and is_capitalised(token) and not token.text.isupper() \
        and (token.pos_ == "PROPN" or norm(token) in _FIRST_NAMES)


def _named_apposition(subject, finite) -> bool:
    """Whether a name set off by commas or brackets follows the subject, before its verb:
    "Onze monteur, Kees Jansen, komt ...", "Uw adviseur, mevrouw De Vries, belt ...",
    "Team Facturatie (Ilona de Graaf) mailt ..."."""
    if finite is None:
        return False
    doc, i = subject[-1].doc, subject[-1].i + 1
    if i >= finite.i or doc[i].text not in (",", "("):
        return False
    closing = "," if doc[i].text == "," else ")"
    close = next((k for k in range(i + 1, min(i + 6, finite.i)) if doc[k].text == closing), None)
    return close is not None and close + 1 == finite.i and close > i + 1 and any(
        is_capitalised(t) and not t.text.isupper() for t in doc[i + 1:close])  # a name, not "(IT)"


def _on_to_a_name(region, phrase) -> list:
    """The phrase on to a name two lower-case words after it at most: "door verpleegkundig
    specialist Ans Verhoef" (the noun phrase reading stops at the adjective)."""
    if any(is_capitalised(t) for t in phrase) or phrase[-1] not in region:
        return phrase
    end = region.index(phrase[-1]) + 1
    for step in range(end, min(end + 2, len(region))):
        token = region[step]
        if is_capitalised(token) and not token.is_sent_start:
            return list(phrase) + list(region[end:step])
        if token.pos_ in ("VERB", "AUX", "ADP", "PUNCT") or not token.is_alpha:
            return phrase
    return phrase


def _with_name(region, phrase) -> list:
    """The phrase with the name that follows it: "door de heer/NOUN Kaya/PROPN", "van
    het team Support"; the noun phrase reading stops before a capitalised word."""
    end = region.index(phrase[-1]) + 1 if phrase[-1] in region else len(region)
    names = []
    for token in region[end:]:
        # (an acronym is a name too: "van onze bezorgpartner DHL"; not a lone capital)
        if not is_capitalised(token) or token.text.isupper() and len(token.text) < 2 or token.is_sent_start:
            break
        names.append(token)
    return list(phrase) + names


def _chars(tokens) -> tuple[int, int]:
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


# Dutch suffixes of nouns for people who do something ("vergunningverlener", "bezorger",
# "behandelaar", "monteur", "specialist", "consulent", "medewerkster"): morphology.
def _role_just_named(pointer) -> bool:
    """A definite role among the last words before ``pointer`` ("Die", "Deze"): "de
    monteur", "de fysio van de club" (lexicon ``person_roles``, "de" before it)."""
    doc = pointer.doc
    before = [t for t in doc[max(0, pointer.i - 7):pointer.i] if any(c.isalpha() for c in t.text)]
    return any(fold(t.text) in _ROLES and k > 0 and fold(before[k - 1].text) == "de" for k, t in enumerate(before))


_AGENT_SUFFIXES = ("er", "aar", "eur", "ist", "ent", "ant", "ier", "ster", "trice", "ling", "or")


def _people_word(subject) -> bool:
    """The noun phrase names people of some side (a team, a role, a colleague), as the
    clause analysis reads subjects (smartlint.nl.subject_kinds), or its head has the
    shape of a noun for a person who acts; not "een dynamisch energiecontract"."""
    from smartlint.nl.subject_kinds import subject_kind

    span = subject[0].doc[subject[0].i : subject[-1].i + 1]
    head = norm(span.root).split("-")[-1]  # "schade-expert": the last part heads the compound
    return subject_kind(span) in ("team", "person", "speaker") or head.endswith(_AGENT_SUFFIXES) \
        or head in _STAFF or head in _ROLES or head in _TEAM_NOUNS


def _role_compound(tokens) -> bool:
    """A word of the phrase is a compound ending in a role ("wijkbeheerder",
    "schadebehandelaar"), as :func:`smartlint.nl.subject_kinds.subject_kind` reads it."""
    from smartlint.nl.lexicon import lexicon
    from smartlint.nl.subject_kinds import role_compound

    lex = lexicon()
    return any(role_compound(norm(t), lex) for t in tokens)


def _department(tokens) -> bool:
    """An article, adjectives and a team noun ("de administratie", "de technische
    dienst"; lexicon ``team_nouns``, whole or by its head)."""
    words = [norm(t) for t in tokens[1:]]
    if not words or any(is_capitalised(t) for t in tokens[1:]):
        return False
    head = words[-1]
    # (or a compound with a department's head: "het netwerkteam", "de supportafdeling")
    group = head in _TEAM_NOUNS or compound_of(head, _DEPARTMENT_HEADS)
    return " ".join(words) in _TEAM_NOUNS or group and all(t.pos_ == "ADJ" for t in tokens[1:-1])
