"""What a clause does: its speech act, decided from the clause's parts.

The acts, checked in this order (the first that applies wins):

``label``        no finite verb and no imperative: "Nieuw bericht", "Details bekijken"
``courtesy``     thanks, greetings, apologies, wishes: opens with a ``courtesy_openers``
                 formula, or its verb is a ``courtesy_verbs`` verb of ours ("We hopen ...")
``instruction``  the reader is asked or told to act: an imperative, a ``request_words``
                 word, "u kunt/moet ..." (``instruction_modals`` with the reader as
                 subject), a request in question form ("Wilt u ...?")
``question``     any other sentence that ends in "?"
``cause``        states why: a ``cause_cues`` phrase ("wordt veroorzaakt door")
``promise``      our side commits to a future act: we/a person/the team acts (not in the
                 past tense, not a ``stative_verbs`` verb), the reader receives
                 something ("U ontvangt ..."), something follows ("rapport volgt"), or
                 something of the reader's is handled ("Uw aanvraag wordt behandeld"),
                 unless the clause describes the system's own routine (``automatic_markers``)
``description``  everything else: facts, states, past events, policies, system behaviour

Vocabulary comes from the lexicon (rules/lexicon.yaml); this module is grammar only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartlint.doc_text import span_text
from smartlint.nl import ACTS, OUR_SIDE  # noqa: F401  (ACTS: the names of the acts decided here)
from smartlint.nl.action_lines import action_item
from smartlint.nl.cause_shapes import hedged_opening, states_a_cause
from smartlint.nl.chat_shapes import asks_the_reader, chat_first_person, chat_intent
from smartlint.nl.clause_moments import calendar_date, clock_time, has_moment, only_now
from smartlint.nl.folding import fold
from smartlint.nl.imperatives import step_on_condition
from smartlint.nl.indirect_questions import open_whether, reported_question, told_in_question
from smartlint.nl.lexicon import lexicon
from smartlint.nl.mood import opens_with_question_word, statement_before_question
from smartlint.nl.sentence import Sentence, asks
from smartlint.nl.standing import (
    addresses_reader,
    announces_event,
    announces_work,
    for_a_standing_goal,
    for_everyone,
    names_a_person,
)
from smartlint.nl.verbs import en_participle, infinitives_of, may_be_past, news_comes, participle_shape

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_PERFECT = {"hebben", "zijn"}
_FUTURE = {"gaan", "zullen"}
_PASSIVE = {"worden"}


def classify(clause: "Span", sent: "Span") -> str:
    lex = lexicon()
    folded = fold(span_text(clause))
    ext = clause._  # each ``clause._`` builds a new accessor
    finite = ext.finite
    mood = ext.mood
    kind = ext.subject_kind
    # a formula opens the sentence ("Fijn dat het weer werkt!" even when "Fijn" is a clause of its own)
    opens = clause.start == _first(sent) and _starts_with(
        lex["courtesy_openers"], fold(clause.doc[clause.start : sent.end].text))
    if opens and finite is not None and ext.subject is not None and any(
            t.text == "," for t in clause.doc[clause.start:ext.subject.start]):
        opens = False  # "Dank je, je hoort snel van ons terug": the formula, then a clause of its own
    # A main clause states a cause when it or its subclause does ("komt doordat ...").
    scope = fold(span_text(sent)) if ext.role == "main" else folded
    if states_a_cause(clause, scope, lex) and not opens:
        return "cause"
    if asks_the_reader(clause, lex) or _hortative(clause, sent):
        return "instruction"
    if ext.role == "subordinate" and ext.marker and (ext.marker in lex["purpose_markers"] or ext.marker in lex["condition_only_markers"]):
        return "description"  # "..., zodat wij ... kunnen beantwoorden", "wanneer we proberen ...": no commitment
    if ext.role == "subordinate" and (ext.marker or fold(clause[0].text)) in lex["indirect_question_markers"]:
        return "description"  # "(er wordt besproken) hoe we de inhoud zo goed mogelijk maken": what is talked about
    if ext.role == "subordinate" and ext.marker == "of" and finite is not None and reported_question(clause, sent):
        return "question"  # the reader's question retold: "Je vroeg of je misschien beter kunt pauzeren"
    if finite is not None and kind not in OUR_SIDE and open_whether(clause, ext, finite):
        # what is checked: "(De medewerker beoordeelt) of u mogelijk recht heeft op de
        # toeslag"; not "Ik vraag Martin of hij u belt" (an indirect promise of ours)
        return "question"
    if finite is None:
        if opens or lex["courtesy_words"].find(folded) or lex["courtesy_phrases"].find(folded):
            return "courtesy"
        if action_item(clause):
            return "promise"
        if chat_intent(clause, Sentence.of(clause), lex):
            clause._.elliptic = True
            return "promise"  # "ff checken hoor"
        if _starts_with(lex["verbless_request_openers"], folded) and _infinitive_in(clause):
            return "instruction"  # "Graag het retourlabel op de doos plakken."
        verbal = any(t.pos_ in ("VERB", "AUX") for t in Sentence.of(clause))  # "Wachtwoord vergeten?": a link
        return "question" if Sentence.question and ext.role == "main" and not verbal else "label"  # "Binnenkort jarig?"
    if opens or (lex["courtesy_phrases"].find(folded) and not ext.negated) \
            or (kind == "none" and fold(finite.text) in lex["courtesy_words"]):
        return "courtesy"  # also "Namens het hele team: bedankt!"
    verbs = _verbs(clause)
    if kind in OUR_SIDE and verbs & lex["courtesy_verbs"].words and not ext.negated:
        return "courtesy"
    if kind in ("none", "speaker") and _starts_with(lex["chat_promises"], folded):
        clause._.elliptic = True
        return "promise"  # "komt goed!", "regel ik", "zit er bovenop!"
    if kind in ("none", "customer") and chat_first_person(clause, Sentence.of(clause), finite, lex):
        clause._.elliptic = True
        return "promise"  # "bel je om 15u, Jesse": "ik" left out
    if mood == "imperative":
        # an owner's label before it: "- Kim: winterbanden bestellen asap" (the tagger's "verb")
        return "promise" if action_item(clause) else "instruction"
    if kind == "customer" and infinitives_of(finite.text) & lex["suggestion_verbs"].words and lex["hedges"].find(folded):
        return "instruction"  # "U wilt misschien ook ... toevoegen": a suggestion to the reader
    if kind in OUR_SIDE and verbs & set(lex["advice_verbs"].words) and not clause._.negated:
        return "instruction"  # "We raden je aan de plugin te verwijderen": the reader's step
    if kind == "customer" and lex["assurance_phrases"].find(folded) and not ext.negated:
        return "promise"  # "U kunt rekenen op een snelle afhandeling": our assurance
    if kind == "customer" and infinitives_of(finite.text) & _modal_infinitives(lex) \
            and not (ext.negated and fold(finite.text) in lex["ability_modals"]) \
            and not (fold(finite.text) in lex["ability_modals"] and lex["forecast_cues"].find(folded)) \
            and not any(fold(t.text) in lex["expectation_verbs"] for t in clause) \
            and not hedged_opening(clause, lex) and not (Sentence.question and opens_with_question_word(clause)):
        return "instruction"  # not a limit, our forecast, nor our promise ("Je mag ... een antwoord verwachten")
    if (mood == "interrogative" or asks(span_text(sent))) and told_in_question(clause, ext, finite):
        return "description"  # "(Wist u dat) u in onze handige app ... ziet?": a claim, no commitment
    if mood == "interrogative" or asks(span_text(sent)) and not statement_before_question(clause, finite, ext.subject):
        if _starts_with(lex["request_openers"], fold(span_text(sent).strip())) \
                and not lex["offer_cues"].find(fold(span_text(sent))):
            return "instruction"  # not the offer "Wil je dat ik de bestelling annuleer?"
        return "question"
    if kind == "customer" and step_on_condition(clause, finite, lex):
        return "instruction"
    if _is_promise(clause, finite, kind, verbs, lex):
        return "promise"
    return "description"


_HORTATIVE_MAX_LEAD = 4  # words before the comma: "Goed,", "Welkom Jan,", "Hoi allemaal,"


def _hortative(clause: "Span", sent: "Span") -> bool:
    """"Laten we aan de slag gaan!", "Laat ons ...": at the start of the sentence, or after
    a few words without a verb and a comma ("Goed, laten we het proberen!", "Welkom Jan,
    laten we beginnen"), it invites the reader along (not "Morgen laten we u weten ...",
    an inverted promise)."""
    if clause.start != _first(sent):
        return False
    tokens = [t for t in clause if not t.is_space]
    comma = next((k for k, t in enumerate(tokens[:_HORTATIVE_MAX_LEAD + 1]) if t.text == ","), None)
    if comma and not any(t.pos_ in ("VERB", "AUX", "ADP") or t.is_punct and t.text != "," for t in tokens[:comma]):
        tokens = tokens[comma + 1:]  # an interjection or a greeting before a comma: "Goed, laten we ..."
    words = [fold(t.text) for t in tokens if not t.is_punct][:2]
    return words in (["laten", "we"], ["laten", "wij"], ["laat", "ons"])


def _is_promise(clause: "Span", finite: "Token", kind: str, verbs: set[str], lex) -> bool:
    if "Past" in finite.morph.get("Tense") and may_be_past(finite.text) and fold(finite.text) not in _known_infinitives():
        return False  # not "we vergoeden" (a present plural), "Ik kom ... terug" (a present)
    if kind in ("team", "person") and fold(finite.text) in lex["permission_modals"]:
        return False  # "De beheerder mag een aantal attributen instellen": what one is allowed to do
    finite_verbs = infinitives_of(finite.text)
    main = _main_verb(clause)
    main_verbs = verbs
    participle = main.i != finite.i and ("Part" in main.morph.get("VerbForm") or participle_shape(main)
                                         or bool(finite_verbs & {"hebben"}) and en_participle(main))
    timed = has_moment(clause)
    passive = bool(finite_verbs & _PASSIVE) and participle
    ahead = bool(lex["future_time_markers"].find(fold(span_text(clause))))
    if finite_verbs & _PERFECT and participle and not passive and not ahead \
            and (not timed or has_moment(clause.doc[clause.start : main.i])):
        # "We hebben ... ontvangen", "Uw pakket is op 3 juni verzonden" (a time before the
        # participle dates the past event); not "Uw reservering is bevestigd: aankomst
        # zaterdag 19 december" (the dates after it are coming)
        return False
    if kind in ("speaker", "team") and not timed and lex["machine_markers"].find(fold(span_text(clause))):
        # "We proberen automatisch je spraak naar tekst om te zetten": the software does it
        clause._.routine = True
        return False
    if kind in OUR_SIDE and not (finite_verbs & _FUTURE) and not verbs & _FUTURE \
            and "Pres" in finite.morph.get("Tense") and only_now(clause, lex) and not clause._.negated:
        # (not "We kunnen op dit moment nog geen leverdatum geven": what we cannot tell yet)
        clause._.routine = True  # "Ik zet je nu door naar Noor": done as the reader reads it
        return False
    if kind in OUR_SIDE and not (finite_verbs & _FUTURE) and not timed and for_everyone(clause, lex) \
            and not names_a_person(clause, lex):
        # (a named person's act is one: "Trainer Linda mailt alle leden zodra ...")
        clause._.routine = True  # "we proberen onze leden zoveel mogelijk te helpen": an aim, for no reader
        return False
    if kind in OUR_SIDE and not (finite_verbs & _FUTURE) and _habitual(clause, lex) \
            and not (timed and addresses_reader(clause, lex)) and not calendar_date(clause):
        # a habit, which may name its own time when no reader is in it: "We checken nieuwe
        # logs regelmatig", "Elke week proberen we ...", "Met elke versie streven we ernaar
        # ..."; not "Sophie houdt u vandaag elk uur op de hoogte" (a schedule for this reader),
        # nor "Bouwbedrijf Kok vervangt op 8 december de vloeren, elke dag tussen 7.30 en
        # 16.00 uur" (a dated job: its working hours)
        clause._.routine = True
        return False
    if kind in OUR_SIDE and finite_verbs & lex["intention_verbs"].words and _te_infinitive_after(finite):
        return True  # "We verwachten de storing vanavond op te lossen": a hedged promise
    if kind == "speaker" and lex["expectation_hedges"].find(fold(Sentence.text)) and timed:
        return True  # "Rond 18:00 uur verwachten we dat alles weer werkt"
    stative = lex["stative_verbs"].words
    # (not a verb whose particle makes it another: "We gaan ervan uit" is "uitgaan")
    future = bool(finite_verbs & _FUTURE) and not (main.i == finite.i and not main_verbs & _FUTURE)
    automatic = bool(lex["automatic_markers"].find(fold(span_text(clause))))
    if lex["this_message"].find(fold(span_text(clause))) and not future and main_verbs & (
            lex["receive_verbs"].words | lex["send_verbs"].words | lex["follows_verbs"].words):
        # "Je ontvangt deze e-mail omdat ...", "We sturen u deze e-mail omdat ...": about this message
        clause._.routine = True
        return False
    if automatic and (kind not in OUR_SIDE or passive and lex["machine_markers"].find(fold(span_text(clause)))):
        # "Mislukte taken worden automatisch opgeruimd", "Anderwijs wordt hiervan automatisch op
        # de hoogte gesteld" (a passive's subject is not who acts)
        clause._.routine = True
    lexical = infinitives_of(main.text) if main.i != finite.i else main_verbs
    system = bool(lexical & lex["system_actions"].words)
    if system and kind == "thing" and not passive and not participle:
        clause._.routine = True  # "Je sessie verloopt over 5 minuten": the thing acts by itself
        return False
    if system and kind not in OUR_SIDE and not timed and not has_agent(clause) \
            and not lex["asap_moments"].find(fold(span_text(clause))):
        # (not "Uw offerte wordt zo spoedig mogelijk verstuurd": a moment promised, by someone)
        clause._.routine = True  # "U wordt doorgestuurd naar Mollie", "Opschonen verwijdert ..."
        return False
    if announces_work(clause, lex) or announces_event(clause, lex):
        # "Op zondag voeren wij gepland onderhoud uit", "We sluiten de wedstrijd af om
        # 20u30": an announcement to everyone
        clause._.routine = True
        return False
    if kind in ("team", "person") and lexical & lex["ongoing_verbs"].words and not timed and not future:
        return False  # "Het team onderzoekt wat er is misgegaan": work in progress
    if kind in OUR_SIDE and not future and not timed and for_a_standing_goal(clause, lex):
        clause._.routine = True  # "We doen er alles aan om uw gegevens te beschermen": policy
        return False
    if kind in OUR_SIDE and not future and not timed and lex["policy_manners"].find(fold(span_text(clause))):
        clause._.routine = True  # "Wij behandelen uw gegevens vertrouwelijk"
        return False
    if kind in OUR_SIDE:
        # "Morgen om 8 uur staat Jelle voor je deur om de dozen op te halen": being there
        # at a moment for a purpose promises the purpose; being at the reader's at a
        # time of day promises the visit ("Jasper staat om 14.00 uur bij je op de stoep";
        # not "Morgen staat Bram bij je voor de deur": when, for what?)
        return future or not (lexical & stative) or not lexical or timed and (
            _purpose_after(clause)
            or bool(lexical & lex["arrival_verbs"].words) and addresses_reader(clause, lex) and clock_time(clause)
            or bool(lex["arrival_phrases"].find(fold(span_text(clause)))) and clock_time(clause))
    if kind == "customer":
        if main_verbs & lex["receive_verbs"].words:
            return True
        return passive and not automatic  # "U wordt morgen gebeld"
    if kind == "thing" and fold(finite.text) in lex["ability_modals"]:
        return False  # "Deze gegevens kunnen u helpen om ...": what a thing may do, no one's promise
    # "Het rapport volgt", "(je pakket) gaat vandaag de deur uit" (the phrase in the
    # finite verb's own stretch, no comma between)
    own = fold(clause.doc[finite.i : clause.end].text).split(",")[0]
    subject = clause._.subject
    if main_verbs & lex["follows_verbs"].words or lex["follows_verbs"].find(own) \
            or subject is not None and news_comes((fold(t.text) for t in subject), finite.text):
        return True  # ... and news that comes: "De volgende update komt om 12.00 uur"
    customer_side = any(fold(t.text).rstrip(".") in ("uw", "je", "jouw", "u", "jullie") for t in _tokens(clause))
    if passive and not future and lex["policy_sources"].find(fold(span_text(clause))):
        clause._.routine = True  # "Volgens artikel 7 van uw huurcontract wordt de borg ... teruggestort"
        return False
    if passive and not future and only_now(clause, lex):
        return False  # "Op dit moment wordt uw dossier beoordeeld": work in progress, told as it happens
    if passive and not future and _habitual(clause, lex) and not (timed and kind == "customer") \
            and (not calendar_date(clause) or lex["yearly_markers"].find(fold(span_text(clause)))):
        clause._.routine = True  # "Uw contract wordt ieder jaar op 1 oktober verlengd": how it always goes
        return False
    if passive and not automatic:
        subject = clause._.subject
        ours = subject is not None and any(fold(t.text) in ("uw", "je", "jouw") for t in subject)
        return ours or future or timed
    copula = main.i == finite.i and "zijn" in finite_verbs
    if timed and customer_side and not automatic and not (copula and not ahead):
        return True  # "Uiterlijk maandag staat het bedrag op uw rekening", not "... is één maand"
    if participle and finite_verbs & _PERFECT and lex["future_time_markers"].find(fold(span_text(clause))) and not automatic:
        return True  # "Naar verwachting is de storing rond 16.00 uur verholpen"
    return future and not (main_verbs & stative)


def _purpose_after(clause: "Span") -> bool:
    """An "om ... te" clause follows right after the clause."""
    after = [t for t in Sentence.tokens if t.i >= clause.end and not t.is_punct]
    return len(after) > 2 and fold(after[0].text) == "om" and any(fold(t.text) == "te" for t in after)


def _habitual(clause: "Span", lex) -> bool:
    """A habit of ours (lexicon ``habitual_markers``), or work that never stops
    (``continual_markers``) with no reader in the clause."""
    folded = fold(span_text(clause))
    return bool(lex["habitual_markers"].find(folded)) \
        or bool(lex["continual_markers"].find(folded)) and not addresses_reader(clause, lex)


def _te_infinitive_after(finite: "Token") -> bool:
    """A "te" + infinitive later in the sentence ("verwachten ... op te lossen")."""
    sent = Sentence.tokens
    return any(fold(t.text) == "te" and t.i > finite.i for t in sent)


def _infinitive_in(clause: "Span") -> bool:
    known = _known_infinitives()
    return any(fold(t.text) in known and fold(t.text).endswith("en") for t in _tokens(clause))


def _known_infinitives():
    from smartlint.nl.verbs import known_infinitives

    return known_infinitives()


def has_agent(clause: "Span") -> bool:
    """A passive's "door Sanne" names who acts (read from the span itself: checks ask
    this outside the analysis of the clause's sentence)."""
    return any(t.dep_ == "obl:agent" or fold(t.text) == "door" for t in clause)


def clause_verbs(clause: "Span") -> set[str]:
    """Public name of :func:`_verbs`, for checks that ask what a clause's verb is."""
    return _verbs(clause) if clause._.finite is not None else set()


def _verbs(clause: "Span") -> set[str]:
    """Infinitives of the clause's main verb, with its separable particle ("pakt ... op"
    -> oppakken, "passen ... aan" -> aanpassen), and of its finite verb."""
    main = _main_verb(clause)
    out = infinitives_of(main.text) | infinitives_of(clause._.finite.text)
    particles = [c for c in main.children if c.dep_ == "compound:prt"] or _loose_particle(clause, main)
    if particles:
        from smartlint.nl.verbs import known_infinitives

        joined = {fold(p.text) + v for p in particles for v in out} & known_infinitives()
        return joined or out
    return out


def _loose_particle(clause: "Span", verb: "Token") -> list:
    """A separable particle the parse did not attach, right after the verb and its
    pronouns ("raden we aan je ...", "raden aan hen te ..."): named fallback, the parse
    reads it as a preposition when an object follows."""
    from smartlint.nl.verbs import PARTICLES

    for token in clause.doc[verb.i + 1 : min(verb.i + 4, clause.end)]:
        if fold(token.text) in PARTICLES:
            # (not the preposition of a time: "komt om 12.00 uur" is no "omkomen")
            after = token.nbor(1) if token.i + 1 < len(token.doc) else None
            return [] if after is not None and after.like_num else [token]
        if token.pos_ != "PRON":
            break
    return []


def _main_verb(clause: "Span") -> "Token":
    root = clause.root
    if root.pos_ in ("VERB", "AUX"):
        if infinitives_of(root.text) & _FUTURE:
            # _FALLBACK_AUX_ROOT: "U zult/ROOT morgen een mail ontvangen/xcomp": the parser
            # made the future auxiliary the root; the infinitive is the main verb
            infinitive = next((c for c in root.children if c.i > root.i and c.pos_ in ("VERB", "AUX")
                               and "Inf" in c.morph.get("VerbForm")), None)
            if infinitive is not None:
                return infinitive
        if infinitives_of(root.text) & _PASSIVE:
            # _FALLBACK_PASSIVE_NOUN: "wordt de back-up opgeslagen/NOUN": a participle's shape
            # after "worden", whatever its tag, is the passive's verb
            participle = next((c for c in root.children if c.i > root.i and participle_shape(c)
                               and infinitives_of(c.text)), None)
            if participle is not None:
                return participle
        return root
    finite = clause._.finite
    # _FALLBACK_FINAL_INFINITIVE: "Wij kunnen uw bestelling niet meer wijzigen/NOUN":
    # a known infinitive after a finite verb is the clause's main verb, whatever its tag.
    if finite is not None and root.i > finite.i and (fold(root.text) in _known_infinitives() or (
            infinitives_of(finite.text) & _PASSIVE and participle_shape(root) and infinitives_of(root.text))):
        return root  # ... and a participle's shape after "worden": "Het bedrag wordt vandaag teruggestort/NOUN"
    return finite or root


def _modal_infinitives(lex) -> set[str]:
    return {v for w in lex["instruction_modals"].words for v in infinitives_of(w)}


def _tokens(span: "Span") -> list:
    return Sentence.of(span)


def _starts_with(words, folded: str) -> bool:
    text = folded.lstrip(" -*•\t\n\"'(")
    return any(start == 0 for start, _ in words.find(text))


def _first(sent: "Span") -> int:
    for token in sent:
        if not token.is_punct and not token.is_space:
            return token.i
    return sent.start
