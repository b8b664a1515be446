"""Appointments and visits stated as facts: the customer's next step without a promise verb.

"Uw installatieafspraak staat op woensdag 9 december om 13.00 uur met monteur Kai",
"Het onderhoud vindt plaats op maandag 14 december van 8.00 tot 16.00 uur" and
"Monteur Peter is dinsdag 8 december de hele dag bij u op locatie" tell the customer who
comes when, as completely as "Peter komt dinsdag langs". The promise analysis reads
them as descriptions (the subject is an appointment, or the verb is "zijn"), so they are
added here as complete next steps (a model wording, like a "Levering: ..." field line).

Read from the clause analysis (:mod:`smartlint.nl.clauses`): a main clause in the
present tense, not negated, whose subject is an appointment (``appointment_nouns`` of
the lexicon, a compound by its last part) with a scheduling verb (``schedule_verbs``),
or a person of ours with "zijn"/"komen" at a ``visit_places`` place or doing an
appointment ("voert technicus Bas gepland onderhoud uit"); the clause must name a
concrete moment.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartlint.checks.clauses import particle_positions, word_sentences
from smartlint.checks.promise_parts import DONE, Part, Promise
from smartlint.checks.timeexpr import concrete_time_spans
from smartlint.checks.word_classes import READER_WORDS
from smartlint.doc_text import doc_text
from smartlint.nl.folding import fold
from smartlint.nl.lexicon import lexicon
from smartlint.nl.verbs import infinitives_of
from smartlint.placeholders import dated_by_placeholder_in

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from smartlint.checks.promise_words import PromiseWords



def scheduled_events(doc: "Doc", folded: str, words: "PromiseWords", placeholders=()) -> list[Promise]:
    from smartlint.nl.clauses import clauses_of

    out = []
    for clause in clauses_of(doc):
        ext = clause._  # each ``clause._`` builds a new accessor
        if ext.role != "main":
            continue
        finite = ext.finite
        if ext.negated or finite is None:
            continue
        if not (_appointment(clause) or _visit(clause, folded)):
            continue  # (asked first: few clauses are about an appointment)
        if "Past" in finite.morph.get("Tense") or _perfect(clause):
            continue  # "Uw afspraak stond op ...", "De monteur is bij u geweest": a fact
        if any(t.norm_ in lexicon()["completion_words"] for t in clause):
            continue  # "De reparatie is binnen 3 uur klaar": when the job ends, a forecast, no appointment
        tokens = [t for t in clause if not t.is_space]
        if words.vague_actions.match([t.norm_ for t in tokens], particle_positions(tokens)) is not None:
            continue  # "Romy regelt woensdag de vervanging": what she does is vague
        if concrete_time_spans(folded, clause.start_char, clause.end_char, words.concrete_when_words) \
                or dated_by_placeholder_in(placeholders, clause.start_char, clause.end_char):
            # (a template's date: "je afspraak staat op {{ datum }} om {{ tijd }}")
            out.append(Promise(clause.start_char, clause.end_char, DONE, DONE, DONE, model_wording=True))
    return out


def _perfect(clause: "Span") -> bool:
    """A participle other than a scheduling one ("ingepland"): "is bij u geweest"."""
    schedule = lexicon()["schedule_verbs"].words
    # (not an attributive participle: "Uw volgende controle is op ...")
    return any("Part" in t.morph.get("VerbForm") and t.pos_ in ("VERB", "AUX") and t.norm_ not in schedule
               and t.dep_ != "amod" for t in clause)


def _verbs(clause: "Span") -> set[str]:
    forms = {t.norm_ for t in clause if t.pos_ in ("VERB", "AUX")}
    return forms | {inf for form in forms for inf in infinitives_of(form)}


def _appointment(clause: "Span") -> bool:
    ext = clause._
    subject = ext.subject
    booked = ext.subject_kind in ("customer", "person") and any(t.norm_ in lexicon()["booked_participles"] for t in clause)
    if ext.subject_kind == "customer" and booked:
        return True  # "U staat ingepland voor de griepprik op woensdag 25 november om 16.20 uur"
    if ext.subject_kind == "person" and booked \
            and any(t.norm_ in READER_WORDS and t is not subject.root for t in clause):
        return True  # "kapper Lisa heeft u ingepland op zaterdag 5 december om 11.00 uur": booked by name
    if ext.subject_kind == "customer" and _verbs(clause) & lexicon()["appointment_holding_verbs"].words \
            and any(t.pos_ == "NOUN" and appointment_noun(t.norm_) and not any(c.dep_ == "case" for c in t.children)
                    for t in clause if subject is None or t not in subject):
        # (the appointment itself, not one in a phrase: "Je krijgt bericht over de uitslag van de keuring")
        return True  # "u heeft ma 21 dec om 14.40 uur een afspraak bij ...", "krijgt u een intake"
    if subject is None or ext.subject_kind not in ("thing", "none"):
        return False
    # (the reader's word before the verb: the parse may take a weekday for the subject)
    if any(fold(t.text) in lexicon()["reader_possessives"] for t in clause if t.i < ext.finite.i) \
            and any(t.norm_ in lexicon()["booked_participles"] for t in clause) \
            and any(t.pos_ == "NOUN" and appointment_noun(t.norm_) for t in clause if t not in subject):
        return True  # the reader's thing booked for one: "Uw bus staat maandag ... ingepland voor de grote beurt"
    # (the head before its phrase: "Uw onderhoudsbeurt door monteur Henk staat op ...")
    cut = next((t.i for t in subject if t.pos_ == "ADP" and t.i > subject.start), subject.end)
    # (any tag but a function word's: the tagger may call the noun a verb, "onderhoudsbeurt/VERB")
    heads = [t.norm_ for t in subject if t.pos_ not in ("DET", "PRON", "ADP", "ADJ", "NUM", "PUNCT") and t.i < cut]
    if not heads or not appointment_noun(heads[-1]):
        return False
    return bool(_verbs(clause) & lexicon()["schedule_verbs"].words)


def appointment_noun(word: str) -> bool:
    """An appointment noun of the lexicon, or a compound ending in one (folded word)."""
    return any(word.endswith(noun) for noun in lexicon()["appointment_nouns"].words)


def _visit(clause: "Span", folded: str) -> bool:
    """A person of ours at the customer's ("Monteur Peter is dinsdag bij u") or doing
    the appointment ("voert technicus Bas gepland onderhoud uit")."""
    if clause._.subject_kind != "person":
        return False
    subject = clause._.subject
    if any(t.pos_ == "NOUN" and t.dep_ == "obj" and appointment_noun(t.norm_) for t in clause
           if subject is None or t not in subject):
        return True  # the appointment is what the person does, not "naar de reparatie kijken"
    if not (_verbs(clause) & lexicon()["visit_verbs"].words):
        return False
    return bool(lexicon()["visit_places"].find(folded, clause.start_char, clause.end_char))


def person_state_at(doc: "Doc", offset: int) -> bool:
    """The moment at ``offset`` dates a state of one of our people ("Niels is vandaag bij
    een klant"), not a job: a later "als hij klaar is" is not tied to it."""
    from smartlint.nl.clauses import clause_at

    clause = clause_at(doc, offset)
    if clause is None or clause._.finite is None or clause._.subject_kind != "person":
        return False
    # a visit to the reader is the job ("Monteur Peter is dinsdag bij u. Hij belt als hij onderweg is")
    return "zijn" in infinitives_of(clause._.finite.text) and clause._.act != "promise" \
        and not _visit(clause, fold(doc_text(doc)))


def _same_person(span, promise: Promise) -> bool:
    """The promise's subject is a personal pronoun for the person of the job before:
    "Chauffeur Bert levert hem dinsdag tussen 13.00 en 17.00 uur. Hij belt aan" (at the
    delivery)."""
    return promise.who.status == "concrete" and any(
        t.norm_ in _SUBJECT_PRONOUNS and t.dep_.startswith("nsubj") for t in span)


def _at_the_appointment(promise: Promise, before: Promise) -> bool:
    """Right after an appointment stated with its moment ("Uw afspraak is verzet naar
    woensdag 10 december om 15.45 uur"), a named person's act is what happens there:
    "Fysiotherapeut Stijn behandelt je in kamer 2" (there and then)."""
    return before.model_wording and not before.action_item and promise.who.status == "concrete"


# Subject pronouns of a person (closed class).
_SUBJECT_PRONOUNS = {"hij", "zij", "ze"}

# Object pronouns that point back at the job just named: "... staat op maandag 14
# december. Monteur Frank voert het uit", "vervangt Dennis dinsdag; hij neemt ze mee".
_BACK_POINTERS = {"het", "ze", "die", "dit", "dat", "deze", "hem"}
# Determiners that point back (closed class): "dat besluit", "het besluit" after "een besluit".
_DEMONSTRATIVES = {"dat", "dit", "deze", "die", "het", "de"}


def same_job_when(promises: list[Promise], doc: "Doc") -> list[Promise]:
    """A promise without a moment that points back at the job of the promise or
    appointment just before it, in the same or the previous sentence, takes that job's
    moment: an object pronoun ("Monteur Frank voert het uit"), a pronominal adverb
    (lexicon ``back_pointing_adverbs``: "Je ontvangt hierover een e-mail", "daar zorg ik
    voor") or a demonstrative with a noun the promise before named ("... neem uiterlijk
    16 december een besluit. Dat besluit ontvangt u per brief"), a subject pronoun for the
    job's person ("... levert hem dinsdag 8 december. Hij belt aan"), or a named person's
    act right after an appointment stated with its moment."""
    import dataclasses

    adverbs = lexicon()["back_pointing_adverbs"]
    out = list(promises)
    for k in range(1, len(out)):
        promise, before = out[k], out[k - 1]
        # the job before: someone named and a moment (its action may be an activity:
        # "beoordeel ik uw claim binnen 2 werkdagen. Het besluit mail ik u ...")
        if promise.when.status != "missing" or before.when.status != "concrete" or before.who.status != "concrete" \
                or before.end > promise.start or promise.action_item:
            continue  # (an action item carries its own date: "- Ella: zet de ophaaltijd in het dossier")
        if sentences_apart(doc, before.start, promise.start) > 1:
            continue
        span = doc.char_span(promise.start, promise.end, alignment_mode="expand") or ()
        named_before = {t.norm_ for t in doc.char_span(before.start, before.end, alignment_mode="expand") or ()
                        if t.pos_ == "NOUN"}
        if any(t.norm_ in _BACK_POINTERS and t.dep_ in ("obj", "iobj") for t in span) \
                or any(t.norm_ in adverbs for t in span) \
                or any(t.dep_ == "det" and t.norm_ in _DEMONSTRATIVES and t.head.norm_ in named_before for t in span) \
                or _same_person(span, promise) or _at_the_appointment(promise, before):
            out[k] = dataclasses.replace(promise, when=before.when if before.when.status == "concrete" else DONE)
    return out


def outcome_when(promises: list[Promise], doc: "Doc", folded: str, words: "PromiseWords") -> list[Promise]:
    """A promise without a moment followed, after a comma in its sentence, by words that
    point back at its object and say when that arrives takes that moment: "Ik stuur je
    het label door, binnen 5 minuten staat het in je mail" (the parser may leave it one
    clause, so this reads the words after the promise)."""
    import dataclasses
    import re

    out = list(promises)
    for k, promise in enumerate(out):
        if promise.when.status != "missing" or not folded[promise.end:promise.end + 2].lstrip().startswith(","):
            continue
        span = doc.char_span(promise.start, promise.end, alignment_mode="expand")
        if span is None:
            continue
        end = span.sent.end_char
        later = [p.start for p in out if promise.end <= p.start < end]
        end = min(later, default=end)  # a promise of its own after the comma keeps its moment
        if not set(re.findall(r"\w+", folded[promise.end:end])) & _BACK_POINTERS:
            continue
        spans = concrete_time_spans(folded, promise.end, end, words.concrete_when_words)
        if spans:
            out[k] = dataclasses.replace(promise, when=Part("concrete", *spans[0]))
    return out


def sentences_apart(doc: "Doc", start: int, end: int) -> int:
    """How many sentence starts lie after ``start`` up to ``end``."""
    return sum(1 for sent in word_sentences(doc) if start < sent.start_char <= end)
