"""Repairs of a sentence's clauses where the parser picks the wrong main clause, leaves a
pronoun unresolved or hangs a coordinated clause on the wrong word.  Each is a named fallback (``_FALLBACK_*``), used by
:mod:`smartlint.nl.clauses` after the clauses are read from the parse.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from smartlint.nl import INFINITIVE_MARKS, RELATIVE_PRONOUNS
from smartlint.nl.clause_parts import describe, first_word
from smartlint.nl.finite_verb import NOMINATIVE
from smartlint.nl.folding import fold
from smartlint.nl.lexicon import lexicon
from smartlint.nl.mood import third_person_form
from smartlint.nl.sentence import Sentence
from smartlint.nl.verbs import auxiliary_forms, infinitives_of, is_verb_stem_only

# Pronouns of the third person that stand for someone named before: "hij", "zij".
_THIRD_PERSON = {"hij", "zij"}
# The speaker as subject (closed class).
_FIRST_PERSON = {"ik", "we", "wij"}
# Pronouns that can only be the subject right after a clause-initial finite verb.
_SUBJECT_PRONOUNS = {"u", "je", "jij", "jullie", "we", "wij", "ik"}
# "Lukt dat niet, dan ...", "Werkt dit niet, ...": a demonstrative subject the parser may mark as "dat"-clause
_DEMONSTRATIVE_SUBJECTS = {"dat", "dit", "het", "die", "deze"}


def resolve_pronouns(spans: list[Span], earlier: list[Span]) -> None:
    """"Zodra de monteur het onderdeel heeft, plant hij de reparatie in": "hij" and
    "zij" stand for the last person or team named as a subject before them (in this
    message); with none, they stay a thing ("Hij is mogelijk verwijderd")."""
    seen = [c for c in earlier]
    for span in sorted(spans, key=lambda s: s.start):
        subject = span._.subject
        if subject is not None and len(subject) == 1 and fold(subject.text) in _THIRD_PERSON:
            # (not a relative pronoun: in "Kristof, die vandaag bij een klant zit, ..." the
            # antecedent is the name)
            named = [c for c in seen if c._.subject is not None and c._.subject.start < subject.start
                     and c._.subject_kind in ("person", "team") and fold(c._.subject.text) not in RELATIVE_PRONOUNS]
            if named:
                span._.subject_kind = max(named, key=lambda c: c._.subject.start)._.subject_kind
            else:
                # "Ik heb uw vraag doorgezet naar Wouter. Hij ...": a person; "... aan een van
                # onze juristen voorgelegd. Hij ...": someone unnamed, as "een jurist" is
                # (with no sentence before it, a "hij" who calls the reader is someone of
                # ours the message does not name: "Ik vraag of hij u terugbelt")
                first = not any(c.sent.start < span.sent.start for c in seen)
                span._.subject_kind = _person_mentioned_before(subject[0]) \
                    or ("team" if first and _contacts_the_reader(span) else span._.subject_kind)
        seen.append(span)


def _contacts_the_reader(span: Span) -> bool:
    """The clause's verb is one of contacting (lexicon ``message_verbs``: "bellen",
    "mailen") with the reader after it: only a person does that."""
    finite = span._.finite
    if finite is None or not infinitives_of(finite.text) & lexicon()["message_verbs"].words:
        return False
    return any(fold(t.text) in ("u", "je", "jou") for t in span if t.i > span._.subject.start)


def _person_mentioned_before(pronoun: Token) -> str | None:
    """The kind of the colleague last named before the pronoun though not as a subject,
    in the two sentences before: a known first name or a definite role/staff noun is a
    person ("... doorgezet naar Wouter.", "... aan de monteur gevraagd."); an indefinite
    or plural one is no one the reader can name ("... aan een van onze juristen
    voorgelegd.", "... aan een collega gevraagd."): the kind of "een jurist", team."""
    from smartlint.nl.subject_kinds import role_compound, singulars

    lex = lexicon()
    doc = pronoun.doc
    start = pronoun.sent.start
    if start > 0:
        start = doc[start - 1].sent.start
    for token in reversed(doc[start:pronoun.i]):
        word = fold(token.text)
        if not token.is_alpha:
            continue
        if word in lex["first_names"]:
            return "person"
        if _full_name_ends(token, start, lex):
            return "person"  # "... doorgezet naar Wessel Nauta van Facturatie; hij belt u terug"
        after = doc[token.i + 1] if token.i + 1 < pronoun.i else None
        if word in lex["honorifics"] and after is not None and after.text[:1].isupper():
            return "person"  # "... besloten door mevrouw Kuipers; zij belt u ..."
        # (a verb is no plural of a role: "komt schilder Arno ... schilderen")
        forms = singulars(word) if token.pos_ not in ("VERB", "AUX") else [word]
        form = next((f for f in forms
                     if f in lex["staff_nouns"] or f in lex["person_roles"] or role_compound(f, lex)), None)
        if form is not None:
            plural = form != word  # "collega's", "monteurs": read back to a singular
            indefinite = token.i > start and fold(doc[token.i - 1].text) == "een"
            return "team" if plural or indefinite else "person"
    return None


def _full_name_ends(token: Token, start: int, lex) -> bool:
    """``token`` ends a first name and a surname the first-name list lacks: two
    capitalised names inside the sentence, neither a team, company or trade word
    ("Wessel Nauta"; not "Bakker Installaties", "Team Facturatie")."""
    if token.i - 1 <= start or token.pos_ != "PROPN":
        return False
    before = token.doc[token.i - 1]
    words = (fold(before.text), fold(token.text))
    if not (before.pos_ == "PROPN" and before.text[:1].isupper() and token.text[:1].isupper()):
        return False
    others = (lex["team_nouns"], lex["company_names"], lex["company_name_words"], lex["team_actors"])
    return not any(w in other for w in words for other in others)


def main_after_heading(spans: list[Span]) -> list[Span]:
    """_FALLBACK_HEADING_MAIN: "Besloten: retourtermijn blijft 30 dagen", "Update 14:30:
    de storing is verholpen": the parser makes the heading before the colon the root;
    the clause after it, with its own finite verb and subject, is the main clause.  (An
    action item "Kees: stuurt vrijdag de offerte" has no subject after the colon.)"""
    main = next((s for s in spans if s._.role == "main"), None)
    if main is None:
        return spans
    words = [t for t in Sentence.of(main) if not t.is_punct]
    colon = next((t for t in Sentence.tokens if t.text == ":"), None)
    if colon is None:
        # "moment, ik kijk even mee": a verbless word before a comma, no courtesy formula
        colon = next((t for t in Sentence.tokens if t.text == ","), None)
        lex = lexicon()
        if colon is None or len(words) > 2 or lex["courtesy_openers"].find(fold(main.text)) \
                or lex["courtesy_words"].find(fold(main.text)):
            return spans
    if main.end > colon.i + 1 or not 1 <= len(words) <= 2 or main._.finite is not None:
        return spans  # a heading is a word or two ("Tip:", "Update 14:30:"), not a noun phrase
    after = next((s for s in spans if s.start > colon.i and s._.finite is not None and s._.subject is not None), None)
    if after is None:
        return spans
    main._.role, after._.role, after._.marker = "coordinate", "main", None
    return spans


def main_after_inverted_condition(spans: list[Span]) -> list[Span]:
    """_FALLBACK_INVERTED_CONDITION: "Mocht het probleem terugkomen, dan sturen we ...",
    "Heeft u vragen, neem dan contact op": a sentence that opens with its finite verb
    and a subject (or with "mocht"), then a comma and a clause with a finite verb, is a
    condition and its main clause.  The parser makes the condition the root, or one
    clause of both.  The condition reads as "als" (its ``marker``); a "dan" that opens
    the main clause is left out of it."""
    if Sentence.question or not spans:
        return spans
    words = [t for t in Sentence.tokens if not t.is_punct and not t.is_space]
    if len(words) < 4:
        return spans
    opener, second = words[0], words[1]
    finite_first = "Fin" in opener.morph.get("VerbForm") and opener.pos_ in ("AUX", "VERB") or (
        # the tagger may take a capitalised opening verb for a name: "Lukt/PROPN dat niet, dan ..."
        opener.pos_ in ("PROPN", "NOUN") and third_person_form(opener) and bool(infinitives_of(fold(opener.text))))
    markers = lexicon()["condition_markers"]
    # "Heeft u vragen, ...", "Is het probleem opgelost, ..."; not the imperatives "Neem
    # contact op, dan ...", "Stuur de foto, dan ...", "Probeer het opnieuw, ..."
    subject_next = fold(second.text) in _SUBJECT_PRONOUNS or (
        # "Lukt dat niet, ...", not "Bedankt dat je ...": there "dat" opens a clause with its own subject
        third_person_form(opener) and fold(second.text) in _DEMONSTRATIVE_SUBJECTS
        and words[2].pos_ not in ("PRON", "DET", "NOUN", "PROPN", "NUM")) or (
        third_person_form(opener) and second.pos_ in ("PRON", "DET", "NOUN", "PROPN"))
    if not (fold(opener.text) in markers and finite_first or finite_first and subject_next):
        return spans
    comma = next((t for t in Sentence.tokens if t.text == "," and t.i > second.i), None)
    if comma is None or any(t.text in (":", ";") for t in Sentence.tokens if second.i < t.i < comma.i):
        # "Probeer je router opnieuw op te starten: stekker eruit, ...": the colon ends an
        # imperative, a condition runs to its comma
        return spans
    doc = spans[0].doc
    start = comma.i + 1
    if start < Sentence.end and fold(doc[start].text) == "dan":
        start += 1
    ends = [s.end for s in spans if s.start < comma.i < s.end or s.start in (comma.i + 1, comma.i + 2)]
    end = max(ends) if ends else Sentence.end
    while end > start and doc[end - 1].is_punct:
        end -= 1
    if end <= start:
        return spans
    condition, main = doc[opener.i : comma.i], doc[start:end]
    for part in (condition, main):
        describe(part, part.root, {t.i: part.root.i for t in part})
    if main._.finite is None:
        return spans
    condition._.role, condition._.marker = "subordinate", "als"
    main._.role, main._.marker, main._.condition = "main", None, condition
    rest = [s for s in spans if s.start > comma.i and s.end <= end and s.start not in (comma.i + 1, comma.i + 2)
            and not (s.start <= main.root.i < s.end)]
    return [condition, main, *rest]


def share_subjects(by_head: dict[int, Span], heads: list[Token], owner: dict[int, int]) -> None:
    """"We hebben ... ontvangen en bellen u morgen": a coordinated clause whose verb
    follows the conjunction directly shares the first clause's subject (Dutch would
    say "en u belt" otherwise), whatever the parser made of "u".  The first clause is
    the one the conjunct's head belongs to: the parser may hang the conjunct on a noun
    of it ("Ik zit de hele dag in een training en bel u morgen terug": on "training")."""
    for head in heads:
        span = by_head.get(head.i)
        if span is None or head.dep_ != "conj":
            continue
        first = first_word(span)
        finite = span._.finite
        if finite is None or first is None or first.i != finite.i:
            continue
        if finite.i == Sentence.start:
            continue
        before = Sentence.at(finite.i - 1)
        # ", probeer het opnieuw" is an imperative, not "en bellen u"; but stem + t after a
        # comma never is: "Dennis zit nog bij een klant, belt je om 15:00 terug"
        if before.pos_ != "CCONJ" and not (before.text == "," and third_person_form(finite)
                                           and fold(finite.text) not in auxiliary_forms()):
            continue
        above = head.head.i if head.head.i in by_head else owner.get(head.head.i)
        previous = by_head.get(above) if above is not None else None
        if previous is not None and previous is not span and previous._.subject is not None:
            own = span._.subject
            if own is None or own.start > finite.i:
                span._.subject = previous._.subject
                span._.subject_kind = previous._.subject_kind
                if span._.mood == "imperative" and previous._.mood != "imperative":
                    span._.mood = previous._.mood


# Nominative pronouns that are a subject on their own ("Ik"; not "je", also a possessive,
# nor "ze", also an object).
_NOMINATIVES = NOMINATIVE - {"je", "ze"}


def pronoun_before_its_verb(spans: list[Span]) -> list[Span]:
    """_FALLBACK_PRONOUN_ROOT: after a short sentence ("Oké, helder. Ik regel het voor
    je!") the parser may make the subject pronoun the root and hang the finite verb
    after it on it as parataxis: a clause of the pronoun alone, then a subjectless one
    that reads as an imperative.  The two are one clause with the pronoun as subject."""
    out: list[Span] = []
    merged_into_previous = False
    for span, nxt in zip(spans, [*spans[1:], None]):
        if merged_into_previous:
            merged_into_previous = False
            continue
        if len(span) == 1 and fold(span.text) in _NOMINATIVES and nxt is not None and nxt.start == span.end \
                and nxt._.subject is None and nxt[0].pos_ in ("VERB", "AUX") and "Fin" in nxt[0].morph.get("VerbForm"):
            merged = span.doc[span.start : nxt.end]
            describe(merged, nxt[0], {t.i: nxt[0].i for t in merged})
            merged._.role = "main" if "main" in (span._.role, nxt._.role) else nxt._.role
            merged._.marker = None
            out.append(merged)
            merged_into_previous = True
            continue
        out.append(span)
    return out


def clause_after_formula(spans: list[Span]) -> list[Span]:
    """_FALLBACK_FORMULA_RUN_ON: chat and hurried mail leave out the full stop after a
    courtesy formula ("Bedankt voor uw vraag over de huurprijs ik kom daar morgen op
    terug"); the parser makes one clause of both and the formula's act hides the promise.
    A clause that opens the sentence with a formula (lexicon ``courtesy_openers``) is cut
    before "ik/we/wij" when a noun ends the formula and a verb form follows the pronoun,
    with no subordinator or relative pronoun before it ("Bedankt voor de foto die ik
    kreeg" stays one clause)."""
    out: list[Span] = []
    first = Sentence.tokens[0] if Sentence.tokens else None
    for span in spans:
        cut = None
        if first is not None and span.start == first.i \
                and any(s == 0 for s, _ in lexicon()["courtesy_openers"].find(fold(span.text))):
            cut = next((t for t in span if span.start + 2 <= t.i < span.end - 1 and fold(t.text) in _FIRST_PERSON
                        and span.doc[t.i - 1].pos_ in ("NOUN", "PROPN") and _verb_form(span.doc[t.i + 1])), None)
        if cut is None or any(t.pos_ == "SCONJ" or fold(t.text) in RELATIVE_PRONOUNS for t in span if t.i < cut.i):
            out.append(span)
            continue
        parts = [span.doc[span.start:cut.i], span.doc[cut.i:span.end]]
        sign_off = _trailing_formula(parts[1])
        if sign_off is not None:
            parts = [parts[0], span.doc[cut.i:sign_off], span.doc[sign_off:span.end]]
        for k, part in enumerate(parts):
            head = next((t for t in part if _verb_form(t) and t.i > part.start), part.root) if k else part.root
            describe(part, head, {t.i: head.i for t in part})
            if k == 1 and (part._.subject is None or part._.subject.start < part.start):
                part._.subject = span.doc[cut.i:cut.i + 1]  # the parse's subject may lie in the formula
                part._.subject_kind = "speaker"
            part._.role = span._.role if k == 0 else "main" if k == 1 else "coordinate"
            part._.marker = span._.marker if k == 0 else None
            out.append(part)
    return out


_SIGN_OFF_MAX_WORDS = 4  # "groeten Bert (dienst Verhuur)"


def _trailing_formula(part: Span) -> int | None:
    """Where a sign-off run on after the promise starts ("... op terug groeten Bert"), if any."""
    folded = fold(part.text)
    for start, _ in lexicon()["courtesy_openers"].find(folded):
        if start == 0:
            continue
        token = next((t for t in part if t.idx - part.start_char == start), None)
        if token is not None and not part.doc[token.i - 1].is_punct \
                and sum(1 for t in part if t.i >= token.i and t.is_alpha) <= _SIGN_OFF_MAX_WORDS:
            return token.i
    return None


def _verb_form(token: Token) -> bool:
    return token.is_alpha and (is_verb_stem_only(token.text) or bool(infinitives_of(token.text)))


# Adverbs that link a request to the statement before it: "..., dus kijk goed na", "...,
# maar bel ons gerust".
_CONNECTIVES = {"dus", "maar"}


def imperative_after_comma(span: Span, comma: Token) -> bool:
    """_FALLBACK_COMMA_IMPERATIVE: "Deze aanbieding is 7 dagen geldig, maak er snel gebruik
    van!", "De winkel is zaterdag open, kom gerust langs": a request to the reader after a
    comma, behind a statement with its own subject and finite verb; the parser hangs one
    under the other, so the request was read as part of the statement.  The word after
    the comma is a bare verb stem ("maak", "kom", not "maakt") with no subject pronoun
    after it ("..., bel ik je" is an inverted statement), and the statement is no fronted
    subordinate clause ("Als het klaar is, bel ik ..." is not split) unless "dan" follows the
    stem ("Lukt inloggen niet, probeer dan ...": the reader's step on a condition)."""
    if comma.text != ",":
        return False
    verb, after = Sentence.at(comma.i + 1), Sentence.at(comma.i + 2)
    if verb is not None and fold(verb.text) in _CONNECTIVES:
        verb, after = after, Sentence.at(comma.i + 3)  # "..., dus kijk goed na of alles klopt"
    if verb is None or not verb.is_alpha or verb.text[:1].isupper() or not is_verb_stem_only(verb.text) \
            or third_person_form(verb) or fold(verb.text) in auxiliary_forms() \
            or after is not None and fold(after.text) in NOMINATIVE:
        return False
    before = [t for t in Sentence.of(span) if t.i < comma.i]
    if before and after is not None and fold(after.text) == "dan":
        return True  # "Lukt inloggen niet, probeer dan ...", "Als het niet lukt, bel dan ...": the request a condition opens
    if not before or before[0].dep_ == "mark" or before[0].pos_ == "SCONJ":
        return False
    return any(t.dep_ in ("nsubj", "nsubj:pass") for t in before) \
        and any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in before)


def words_before_marker(heads: list[Token], owner: dict[int, int], head_set: set[int]) -> None:
    """_FALLBACK_BEFORE_MARKER: a Dutch subclause opens with its subordinator; words the
    parser hangs under the subclause's verb though they stand before "dat/of/als" belong
    to the clause around it ("U hoort maandag van Noor [via een bericht in de app] of uw
    claim is goedgekeurd")."""
    for head in heads:
        if head.dep_ == "ROOT" or head.head.i == head.i:
            continue
        marker = next((c for c in head.children if c.i < head.i and (
            c.dep_ == "mark" and c.pos_ == "SCONJ" and fold(c.text) not in INFINITIVE_MARKS
            or c.dep_ == "cc" and fold(c.text) == "of" and head.dep_ in ("ccomp", "advcl"))), None)
        if marker is None:
            continue
        above = head.head.i if head.head.i in head_set else owner.get(head.head.i)
        if above is None or above == head.i or head.head.i > marker.i:
            continue  # (only when the clause around it starts before the subordinator)
        for i, own in list(owner.items()):
            if own == head.i and i < marker.i:
                owner[i] = above


def owner_before_colon(spans: list[Span]) -> list[Span]:
    """_FALLBACK_OWNER_LABEL: an action item "- Wessel: belt klant Hoekstra morgen terug",
    "Priya en Sem: testen de betaalpagina": the person before the colon is the subject
    of the verb right after it (a third-person or, after two names, a plural form)."""
    from smartlint.nl.subject_kinds import subject_kind

    colon = next((t for t in Sentence.tokens if t.text == ":"), None)
    if colon is None or colon.i + 1 >= Sentence.end:
        return spans
    label = [t for t in Sentence.tokens if t.i < colon.i and not t.is_punct and not t.is_space]
    verb = Sentence.at(colon.i + 1)
    if not 1 <= len(label) <= 4 or not label[0].text[:1].isupper():
        return spans
    owner = verb.doc[label[0].i:label[-1].i + 1]
    kind = subject_kind(owner)
    lex = lexicon()
    listed = Sentence.tokens[0].is_punct and Sentence.tokens[0].i < label[0].i  # "- Wessel: ..."
    if lex["field_labels"].find(fold(owner.text)) or not listed and not any(
            fold(t.text) in lex[words] for t in label for words in _OWNER_WORDS):
        return spans  # "Status: wordt verwerkt": a field; outside a list only a name the lexicon knows
    pair = any(fold(t.text) == "en" for t in label)
    if kind not in ("person", "team") or not (third_person_form(verb) or pair and fold(verb.text) in _plural_forms(verb)):
        return spans
    clause = next((s for s in spans if s.start <= verb.i < s.end), None)
    if clause is None or clause._.subject is not None:
        return spans
    for span in spans:
        if span is not clause and span.end <= verb.i and span._.finite is None:
            span._.role = "coordinate"  # the label itself
    clause._.role, clause._.finite, clause._.subject, clause._.subject_kind = "main", verb, owner, kind
    clause._.mood = "indicative"
    return spans


# Lexicon lists of which a word in an owner label is one: a first name, a role, a team.
_OWNER_WORDS = ("first_names", "person_roles", "staff_nouns", "team_nouns", "team_actors", "company_names")


def _plural_forms(verb: Token) -> set[str]:
    """The word itself when it is a known infinitive form ("testen", "bellen")."""
    word = fold(verb.text)
    return {word} if word.endswith("en") and word in infinitives_of(word) else set()
