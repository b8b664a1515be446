"""Promises in a message, and whether their who, what and when are concrete.

A promise is a main clause in which our side commits to a future action:
"We sturen u ...", "Sanne belt u ... terug", "U ontvangt ...", "Uw pakket wordt
... bezorgd", "Er wordt naar gekeken", "Rapport volgt later".  Not promises: past
or present facts ("is verzonden", "hebben ontvangen"), questions, requests and
conditions ("Wilt u", "Neem contact op", "Als u belt, ...", "Werkt het niet, dan
..."), statements ("We begrijpen ..."), negations, greetings and sign-offs.

For each promise :func:`find_promises` decides:

* who: the subject ("we", "ons team", "een monteur", plural "zij" are vague;
  "ik", names, roles are not), the agent of a passive ("door Sanne"; none is
  vague), or for "u ontvangt/hoort" and "... volgt" the source ("van ons" or none
  is vague, "van Sanne" is not);
* what: vague when the main verb is one of ``vague_actions`` ("we pakken het op")
  and no ``concrete_actions`` verb occurs in the clause outside an "om ... te";
* when: concrete if the clause (with its subclauses) holds a date, weekday, clock
  time, bounded duration, a ``concrete_when_words`` word or a date/time
  placeholder -- in incident context also "zodra ... opgelost".  Coordinated
  clauses share it: "Wij vervangen de accu en sturen de laptop vrijdag terug".

Field lines ("Levering: woensdag 25 november vóór 7.00 uur door chauffeur
Ricardo", labels from ``next_step_fields``) count as complete next steps.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from smartlint.checks import CheckContext
from smartlint.checks.action_items import action_list_promises
from smartlint.checks.sentence_fields import sentence_fields
from smartlint.checks.action_words import dated_by_list_heading, meeting_deadlines
from smartlint.checks.chat_promises import elliptic_promises
from smartlint.checks.clause_split import customer_condition, split_clauses
from smartlint.checks.clause_subject import finite_and_subject
from smartlint.checks.clauses import (
    Clause,
    content_sentences,
    norm,
    noun_phrase_at,
    particle_positions,
)
from smartlint.checks.content_promises import delegated_task, promised_content
from smartlint.checks.field_lines import field_line_promises
from smartlint.checks.job_details import detailed_by_next
from smartlint.checks.lexicon import fold
from smartlint.checks.promise_actors import ActorReading
from smartlint.checks.promise_filters import (
    after_request,
    dated_by_placeholder,
    introduces_slots,
    negated_clause,
    not_a_promise,
    tells_the_reader,
    told_after,
)
from smartlint.checks.promise_kinds import KindReading
from smartlint.checks.promise_parts import (
    DONE,
    Part,
    Promise,
    covered_ongoing_work,
    share_what,
    share_when,
)
from smartlint.checks.promise_shapes import (
    addresses_reader,
    answers_question,
    asks_only,
    describes_current_work,
    done_by_next,
    fronted_object_receiver,
    inverted_name,
    looks_into,
    parse_reads_promise,
    started_later,
    status_heading,
)
from smartlint.checks.promise_verbs import VerbReading
from smartlint.checks.promise_when import WhenReading, indirect_questions, readers_relative_clauses
from smartlint.checks.promise_words import PromiseWords, promise_words, words_key
from smartlint.checks.scheduled import (
    outcome_when,
    same_job_when,
    scheduled_events,
)
from smartlint.checks.tense import is_past
from smartlint.checks.timeexpr import concrete_time_spans
from smartlint.checks.word_classes import (
    COORDINATORS,
    CUSTOMER_PRONOUNS,
    FUTURE,
    GAAN,
    HEBBEN,
    KOMEN,
    MODALS,
    PAST_AUX,
    PERFECT,
    REASON_MARKERS,
)
from smartlint.doc_text import doc_text
from smartlint.nl.lexicon import lexicon
from smartlint.nl.verbs import infinitives_of, participle_shape

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_QUOTES = set("\"'“”‘’„«»")
_SINCE_WORD = re.compile(r"(?<![\w-])sinds(?![\w-])")


def find_promises(doc: "Doc", ctx: CheckContext, params: dict | None = None) -> list[Promise]:
    """The promises of ``doc`` in text order, kept on the Doc (``Doc.user_data``) per
    word lists and context: several SMART rules and the date check ask for them."""
    key = ("smartlint.promises", words_key(params), ctx.context, ctx.library,
           tuple((p.start, p.end, p.name) for p in ctx.placeholders))
    cached = doc.user_data.get(key)
    if cached is not None:
        return cached
    analysis = _Analysis(doc, ctx, promise_words(params))
    promises = [p for sentence in content_sentences(doc) for p in analysis.sentence(sentence)]
    promises += elliptic_promises(doc, analysis, promises)  # "bel je om 15u, Jesse"
    fields = field_line_promises(doc, analysis.text, analysis.folded, analysis.words, ctx.placeholders)
    for extra in (action_list_promises(analysis.text, analysis.folded, analysis.words, ctx.client),
                  sentence_fields(doc, analysis.folded, analysis.words, ctx.placeholders),
                  scheduled_events(doc, analysis.folded, analysis.words, ctx.placeholders)):
        fields += [p for p in extra if not any(f.start < p.end and p.start < f.end for f in fields)]
    fields = [dated_by_placeholder(p, ctx) for p in fields]
    # (a next-meeting line hides no step said on it: "Volgende overleg: vrijdag 11 december,
    # 13.30 uur, Sandra mailt de agenda op woensdag 9 december om 12.00 uur")
    items = [(p.start, p.end) for p in fields if p.action_item and not p.meeting]
    promises = [p for p in promises if not any(s <= p.start < e for s, e in items)]
    # (a reader's task hides only a promise read inside its own line)
    tasks = [(p.start, p.end) for p in fields if p.readers_task]
    promises = [p for p in promises if not any(s <= p.start and p.end <= e for s, e in tasks)]
    fields = [p for p in fields if not p.readers_task]
    promises = [p for p in promises if not not_a_promise(doc, p, ctx.library)
                and not (ctx.placeholders and introduces_slots(analysis.text, p, ctx.placeholders))]
    if ctx.library:
        fields = []  # "Actie [%1$s] heeft een ongeldig schema: %2$s" is a log line, not an action item
    # (an appointment the sentence analysis read whole is no second promise: "Een nieuwe
    # afspraak krijgt u morgen vóór 12.00 uur per sms van monteur Dennis")
    fields = [f for f in fields if not any((p.start, p.end) == (f.start, f.end) and p.complete for p in promises)]
    promises = meeting_deadlines(sorted(promises + fields, key=lambda p: p.start), analysis.text)
    promises = dated_by_list_heading(promises, analysis.text, analysis.folded, analysis.words)
    promises = same_job_when(done_by_next(started_later(promises, analysis.text), analysis.text), doc)
    promises = detailed_by_next(promises, doc)
    promises = covered_ongoing_work(outcome_when(promises, doc, analysis.folded, analysis.words))
    doc.user_data[key] = promises
    return promises


class _Analysis(ActorReading, VerbReading, WhenReading, KindReading):
    def __init__(self, doc: "Doc", ctx: CheckContext, words: PromiseWords):
        self.doc, self.ctx, self.words = doc, ctx, words
        self.text = doc_text(doc)
        self.folded = fold(self.text)
        self._sentence_starts: list[int] | None = None  # built on first use
        # the incident protocol's model wording ("Het is opgelost, rapport volgt later")
        # holds during an incident and wherever the message says the problem is fixed
        self.report_may_follow = ctx.context == "incident" or bool(words.fixed_words.find(self.folded))

    def sentence(self, sent: "Span") -> list[Promise]:
        if asks_only(self.doc, sent):
            return []
        heading = status_heading(self.text, self.folded, sent.start_char, sent.end_char, self.words.timestamp_labels)
        found: list[Promise] = []
        subject = None
        answer = answers_question(self.doc, sent)
        previous, waiting = None, False
        conditional = False
        for k, clause in enumerate(split_clauses(sent, self.words.known_forms)):
            if clause.char_range[0] < heading:
                continue  # "Storing app - 11.00 uur": a title, not a clause
            if self._quoted(*clause.char_range):
                continue  # de status "standaard onderzoek": a quoted name, not a clause
            if conditional and clause.words and norm(clause.words[0]) in COORDINATORS:
                clause.conditional = True  # "Haal je hem niet op, dan zet Eva het bedrag terug en stuurt je ..."
            conditional = clause.conditional
            before = subject
            promise, subject = self.clause(clause, subject)
            if promise is None and found and found[-1].when.status == "missing" and subject is before \
                    and clause.words and norm(clause.words[0]) in COORDINATORS:
                # "Wouter vervangt de kast en is om 16.00 uur klaar": the same actor's
                # finishing time is the moment of the work
                found[-1] = self._finished_at(found[-1], clause)
            if promise is None:  # "Ik beloof dat wij uw klacht zullen onderzoeken"
                promise = promised_content(clause, lambda content: self.clause(content, None)[0])
            if promise is None:  # "Ik vraag Jolien om je morgen te bellen"
                promise = delegated_task(clause, lambda content: self.clause(content, None)[0])
            # "Neem contact met ons op en we schrijven je uit en sturen ...": the whole
            # coordinated offer waits on the reader's request
            waiting = after_request(self.doc, previous, clause) or (
                waiting and promise is not None and promise.coordinated)
            if promise is not None and not (k == 0 and answer) and not waiting:
                found.append(promise)
            previous = clause
        return share_what(share_when(found))

    def clause(self, clause: Clause, prev_subject) -> tuple[Promise | None, list | None]:
        w = self.words
        ws = list(clause.words)
        if norm(ws[0]) == "want":
            return None, prev_subject  # "..., want we zullen uw bank ook berichten": a reason
        if told_after(clause):
            return None, prev_subject  # "Hoe het verder gaat, vertelt Koos je woensdag"
        if len(ws) > 2 and norm(ws[1]) == "dat" and participle_shape(ws[0]):
            return None, prev_subject  # "Afgesproken dat we ...": its "dat"-clause is read (content_promises)
        if self._courtesy_dat(clause.char_range[0]):
            return None, prev_subject  # "Fijn dat je het even checkt!": thanks for what the reader did
        coordinated = norm(ws[0]) in COORDINATORS
        ws = ws[1:] if coordinated else ws
        located = finite_and_subject(clause, ws, coordinated, prev_subject, w.known_forms) if ws else None
        if located is None:
            return None, prev_subject
        fi, subject = located
        finite, fword = ws[fi], norm(ws[fi])
        start, end = clause.char_range
        if self.report_may_follow and w.incident_model_wording.find(self.folded, start, end):
            return Promise(start, end, DONE, DONE, DONE, model_wording=True), subject
        if clause.conditional or any(customer_condition(sub) and not tells_the_reader(clause, sub)
                                     for sub in clause.attached):
            return None, subject
        if fword in PAST_AUX or fword in PERFECT and not self._has_ready(ws, fi) or is_past(finite, w):
            return None, subject  # a fact: "is verzonden", "hebben ontvangen", "belde"
        contrast = [t for sub in clause.attached if sub.words and norm(sub.words[0]) == "maar" for t in sub.words]
        if negated_clause(clause.words + contrast, w.known_forms):
            return None, subject  # not "niet op dinsdag, maar op donderdag": the contrast keeps the promise
        if _SINCE_WORD.search(self.folded, start, end):
            return None, subject  # "Sinds deze week verwerken we retouren sneller": a state since then
        if w.statement_phrases.find(self.folded, start, end):
            return None, subject  # "Wij kijken ernaar uit u zaterdag te ontvangen"
        if w.performative_markers.find(self.folded, start, end):
            return self._performed(start, end, finite), subject
        main, passive = self._main_verb(ws, fi)
        if main is None:
            return None, subject  # "Het wordt druk"
        after_finite = ws[fi + 1] if fi + 1 < len(ws) else None
        if passive and (lexicon()["expectation_hedges"].find(self.folded, start, end)
                        or lexicon()["hedges"].find(self.folded, finite.idx, end)
                        or after_finite is not None and norm(after_finite) in lexicon()["possibility_adverbs"]):
            # "De uitval wordt naar verwachting morgen verholpen": a forecast of the fix
            # (the incident rules report its time), no promise anyone makes; "De ouderavond
            # wordt wellicht verschoven": a possibility (the vague word is reported)
            return None, subject
        region = clause.region_words
        words_f = [norm(t) for t in region]
        particle_ok = particle_positions(region)
        mi = region.index(main)
        sort = self._subject_sort(subject, finite)
        receiver = fronted_object_receiver(ws, fi, sort, subject, w.receive_verbs.match_at(words_f, particle_ok, mi))
        if receiver is not None:
            subject, sort = receiver, "customer"  # "De volgende update krijgt u ... van Esther"
        inverted = inverted_name(ws, fi, sort, subject)
        if inverted is not None:
            subject, sort = inverted, "sender"  # "De uitslag zet Bram woensdag in het portaal"
        elif sort == "np" and subject and subject[0].i < finite.i and fi + 1 < len(ws):
            team = noun_phrase_at(ws, fi + 1)
            if team and self._vague_actor(team) is not None:
                subject, sort = team, "vague"  # "Uw vraag beantwoordt de klantenservice ...": a team, no one named
        elif [norm(t) for t in subject or ws[:fi]] == ["er"]:
            someone = self._someone_after_er(ws, fi, finite)
            if someone:
                subject, sort = someone, "vague"  # "Er komt maandag een monteur langs": no one named
        kind = self._kind(sort, subject, passive, mi, words_f, particle_ok)
        if kind == "follows" and self.report_may_follow and subject \
                and w.incident_report_nouns.find(self.folded, subject[0].idx, subject[-1].idx + len(subject[-1].text)):
            return Promise(start, end, DONE, DONE, DONE, model_wording=True), subject  # "Een rapport ... volgt later"
        if kind is None or (fword in MODALS and kind != "receive" and not self._task(fword, sort, kind, words_f, particle_ok, mi)):
            return None, subject
        if kind == "follows" and lexicon()["hedges"].find(self.folded, finite.idx, end):
            return None, subject  # "je pakketje komt waarschijnlijk morgen aan": a forecast, as a hedged passive
        if kind == "receive" and start < finite.idx and self._policy_qualifier(ws, start, finite):
            # "Met het abonnement Plus krijgt u ...", "Als vaste klant krijgt u 10% korting",
            # "Omdat u al 5 jaar klant bent, krijgt u ...": what a product or policy gives
            return None, subject
        if kind == "receive" and lexicon()["benefit_nouns"].find(self.folded, finite.idx, end) \
                and not lexicon()["compensation_cues"].find(self.folded, start, end):
            return None, subject  # "U krijgt een korting van 20% op ...": an offer, no job
        appointment = self._appointment(ws, fi, words_f, particle_ok, mi)
        if kind != "receive" and w.non_promise_verbs.match_at(words_f, particle_ok, mi) \
                and not looks_into(ws, fi, main, subject) and not appointment:
            return None, subject  # "We begrijpen ...", "We gaan ervan uit ...", "We verwachten ..."
        first_person = bool(subject) and norm(subject[0]) in ("ik", "we", "wij")
        if first_person and main is finite and w.performative_verbs.match_at(words_f, particle_ok, mi):
            # "Wij bevestigen uw afspraak": the writer does it by writing
            return self._performed(start, end, finite), subject
        # "Omdat uw contract per 1 januari afloopt, mailt Linda u ...": a reason's date is no moment of the promise
        # ... nor the reader's own moment in a relative clause: "We sturen u een link die u
        # nodig hebt om uw bestelling later te openen"
        reasons = [sub.char_range for sub in clause.attached if sub.subordinator in REASON_MARKERS]
        reasons += indirect_questions(region, w.known_forms)
        when = self._when(start, end, main, skip=reasons, skip_vague=readers_relative_clauses(self.doc, start, end))
        if self.report_may_follow and when.status == "vague" \
                and w.report_later_words.find(self.folded, when.start, when.end) \
                and w.incident_report_nouns.find(self.folded, start, end):
            return Promise(start, end, DONE, DONE, DONE, model_wording=True), subject  # "... sturen we u later toe"
        # "We proberen de lamp te vervangen": an intention verb's te-infinitive is the act
        acts_at = [mi] + ([k for k in range(mi + 2, len(words_f)) if words_f[k - 1] == "te"]
                          if infinitives_of(words_f[mi]) & lexicon()["intention_verbs"].words else [])
        action = any(v.match_at(words_f, particle_ok, k) for v in (w.concrete_actions, w.vague_actions) for k in acts_at)
        future = main is not finite and fword in FUTURE | GAAN | KOMEN
        if kind == "active" and not (action or future or (sort != "np" and when.status != "missing")):
            # A verb on no list is a concrete action ("Ik app je", "Fenna zet de bedragen in
            # uw account") when a person of ours acts and the parse reads a promise;
            # otherwise a fact: "Garage De Vries gebruikt ...", "De prijs stijgt vanaf ...".
            # In a library string the software and its products speak ("PayPal Payments
            # stelt je in staat ..."): there only a listed action counts.
            if sort != "sender" or self.ctx.library or not parse_reads_promise(self.doc, finite) \
                    or not addresses_reader(region, subject):
                return None, subject
        if kind == "active" and when.status == "missing" and not addresses_reader(region, subject) \
                and lexicon()["minuted_verbs"].find(self.folded, finite.idx, end) and "zich" not in words_f:
            # minutes: "Uitvoerder meldt 3 beschadigde pallets" (what was said; not "Martijn
            # meldt zich bij de huurder", going there)
            return None, subject
        if w.courtesy_markers.find(self.folded, start, end) and when.status != "concrete":
            return None, subject  # "We helpen u graag", "dan belt Fleur u graag"
        if not action and kind != "follows" and w.bare_verbs.match_at(words_f, particle_ok, mi) and when.status == "missing" \
                and not (sort == "sender" and not self.ctx.library and parse_reads_promise(self.doc, finite)
                         and addresses_reader(region, subject)):
            return None, subject  # "Het gaat om ...", "Dat komt doordat ..."; not "Fenna zet ... in uw account"
        who = self._who(kind, sort, subject, finite, main, region)
        # (the act an intention verb reaches for is its te-infinitive: "We proberen de opvang te
        # regelen" does something vague, "We proberen u morgen te bellen" something concrete)
        what = DONE if appointment else self._what(words_f, particle_ok, acts_at[-1], region)
        concrete = w.concrete_actions.match_at(words_f, particle_ok, mi)
        if kind == "active" and not concrete and (
                describes_current_work(self.folded, sort, subject, region, start, end)
                or main is finite and w.ongoing_verbs.match_at(words_f, particle_ok, mi)
                and sort == "sender" and norm(subject[0]) not in ("ik", "we", "wij")
                and not addresses_reader(region, subject)):
            # "Noor werkt deze week aan een ander project", "Ruben werkt vandaag aan een
            # ander project": a colleague busy with something not the reader's
            return None, subject
        # "..., en sturen u morgen", "... en dan bel ik u": the same actor goes on
        elliptic = coordinated and (subject is prev_subject or bool(subject) and bool(prev_subject)
                                    and [norm(t) for t in subject] == [norm(t) for t in prev_subject])
        # "Update 9.30 uur: we werken aan het herstel": the time dates the update, not the work
        # (or a heading line above it: "Update 09.20 uur – uitval internet\nEr wordt ...")
        stamped = when.status == "concrete" and when.end <= finite.idx \
            and (":" in self.text[when.end:finite.idx] or "\n" in self.text[when.end:finite.idx])
        # ... and the impersonal passive of it: "Er wordt nog aan het herstel gewerkt"
        ongoing = (main is finite or kind == "passive") and (when.status != "concrete" or stamped) \
            and bool(w.ongoing_verbs.match_at(words_f, particle_ok, mi))
        return Promise(start, end, who, what, when, coordinated=elliptic, joined=coordinated and not elliptic,
                       ongoing=ongoing), subject

    def _finished_at(self, promise: Promise, clause: Clause) -> Promise:
        start, end = clause.char_range
        spans = concrete_time_spans(self.folded, start, end, self.words.concrete_when_words)
        if not spans:
            return promise
        return dataclasses.replace(promise, when=Part("concrete", *spans[0]))

    def _appointment(self, ws, fi: int, words_f, particle_ok, mi: int) -> bool:
        """"Anouk ziet u donderdag om 8.45 uur": seeing the reader at a moment."""
        return bool(self.words.appointment_verbs.match_at(words_f, particle_ok, mi)) and fi + 1 < len(ws) \
            and norm(ws[fi + 1]) in CUSTOMER_PRONOUNS | {"jou"} \
            and bool(concrete_time_spans(self.folded, ws[0].idx, ws[-1].idx + len(ws[-1].text), self.words.concrete_when_words))

    def _has_ready(self, ws, fi: int) -> bool:
        """"Technicus Mark heeft uw laptop morgen om 12.00 uur klaar(staan)": "hebben" with
        a word of readiness (lexicon ``ready_words``) and no participle promises the
        result, it tells nothing done."""
        ready = lexicon()["ready_words"].words
        rest = [t for t in ws[fi + 1:] if norm(t) not in ready]  # (the tagger may call "klaarstaan" one)
        return norm(ws[fi]) in HEBBEN and len(rest) < len(ws) - fi - 1 and self._last_participle(rest) is None

    def _quoted(self, start: int, end: int) -> bool:
        """The clause is a quoted name: a quotation mark right before and right after it."""
        text = self.text
        k = start - 1
        while k >= 0 and text[k] in " \t":
            k -= 1
        if k < 0 or text[k] not in _QUOTES:
            return False
        k = end
        while k < len(text) and text[k] in " \t":
            k += 1
        return k < len(text) and text[k] in _QUOTES

    def _courtesy_dat(self, start: int) -> bool:
        """The clause opens with a courtesy formula ending in "dat" (lexicon
        ``courtesy_that_openers``: "Fijn dat", "Jammer dat"): what follows is the matter it
        comments on, no promise."""
        found = lexicon()["courtesy_that_openers"].find(self.folded, start, min(len(self.folded), start + 40))
        return bool(found) and found[0][0] == start

    def _performed(self, start: int, end: int, finite: "Token") -> Promise | None:
        """"Ik bevestig hierbij uw afspraak op maandag 7 december om 14.00 uur": done by
        writing; with a concrete moment the confirmed appointment is the next step."""
        when = self._when(start, end, finite)
        return Promise(start, end, DONE, DONE, when, model_wording=True) if when.status == "concrete" else None
