"""Incident protocol: no estimate of when the fix is done.

During an incident we do not say when it will be solved ("binnen een uur
verholpen", "vanavond om 18.00 uur weer bereikbaar"): estimates are often wrong
and then become the story.  We do say when the next update comes ("om 14.00 uur
volgt een nieuwe update"), and "we kunnen nog niet zeggen hoe lang het herstel
duurt" is the recommended wording.

The check works per clause: a clause with a time expression *and* a word about the
fix or the service coming back, without an update or negation cue, is an
estimate.  All words come from the pack's ``params`` (rules/incident.yaml); the
time expressions are found with a regular expression built from those word lists
(:func:`smartlint.checks.timeexpr.vocabulary_time_regex`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterable

from smartlint.checks import CheckContext, Hit, register
from smartlint.checks.timeexpr import TimeMatch, merged_times, vocabulary_time_regex
from smartlint.checks.word_classes import AFTERWARDS, CUSTOMER_PRONOUNS
from smartlint.doc_text import doc_text, doc_tokens
from smartlint.nl.lexicon import lexicon
from smartlint.placeholders import is_when_placeholder, name_parts

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_CLAUSE_BREAKS = {",", ";", ":", "(", ")", "–", "—", "en", "maar", "want", "of"}


@register("incident.time_estimate")
def time_estimate(doc: "Doc", ctx: CheckContext, params: dict) -> Iterable[Hit]:
    """Hit the time expression of each clause that estimates the fix.

    params:
      recovery: words/phrases about the fix or the service returning (opgelost, weer online)
      thing_back: words of coming back that count as recovery only with a thing as the
        clause's subject ("De verbinding is om 18.00 uur terug"; not "Sanne is ... terug")
      update: words/phrases that make the time about the next update (update, stand van zaken)
      negation: words/phrases that say there is no estimate (nog niet, onbekend)
      service_back: phrases by which the customer can use the service again ("kunt u
        weer"); with "weer" in the clause they make a channel verb the service coming
        back ("Vanaf 16.00 uur kunt u weer bellen"), not an update, unless the clause
        also has one of update_nouns ("U kunt om 14.00 uur weer een update verwachten")
      done: phrases that report the fix as done ("is opgelost"); such a clause only
        estimates with a future_cue ("we verwachten") or a future_days/duration time
      future_cues, future_days: see ``done``
      deadline_words: a time after one of these is ahead even in a done report ("De
        storing is vandaag vóór 17.00 uur opgelost")
      time_openers: subordinators of time whose clause, opening a sentence, dates the main
        clause after it ("Nadat de leverancier om 15.00 uur ..., draait alles weer")
      not_after: a time right after these words describes the incident ("van vanochtend")
      duration_verbs: verbs of lasting before a count ("duurt een paar uurtjes"), not
        part of the hit
      numbers, units, day_words, duration_words, clock_words, months, hour_words: vocabulary
        of the time expressions ("binnen 2 uur", "om 16.30 uur", "vanavond", "3 december",
        "rond vieren")
    """
    verbs = tuple(params.get("duration_verbs", ()))
    time_re = vocabulary_time_regex(*(tuple(params.get(k, ())) + (verbs if k == "duration_words" else ())
                                      for k in _VOCABULARY))
    lasting = {v.lower() for v in verbs}
    recovery, update, negation, done, future_cues, service_back, update_nouns = (
        _phrases(params.get(k, ()))
        for k in ("recovery", "update", "negation", "done", "future_cues", "service_back", "update_nouns")
    )
    thing_back = {w.lower() for w in params.get("thing_back", ())}
    lowers = {t.lower_ for t in doc_tokens(doc)}
    if not any(all(w in lowers for w in r) for r in recovery) and not lowers & thing_back:
        return  # each hit needs a recovery phrase's words: most messages hold none
    future_days = {d.lower() for d in params.get("future_days", ())}
    deadline_words = {d.lower() for d in params.get("deadline_words", ())}
    time_openers = frozenset(d.lower() for d in params.get("time_openers", ()))
    not_after = re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(w) for w in params.get("not_after", ()) or ["(?!)"]) + r")\s*$",
        re.IGNORECASE,
    )
    text = doc_text(doc)
    for sent in doc.sents:
        head: list[str] = []
        for clause, after_colon in _clauses(sent, time_openers):
            words = _words(clause)
            # "Verwachte hersteltijd: 16.30 uur": the words before the colon give the topic.
            topic = head + words if after_colon else words
            head = words
            if not any(_contains(topic, r) for r in recovery) and not (
                    any(w in thing_back for w in words) and _thing_subject(clause)):
                continue
            if any(_contains(words, n) for n in negation):
                continue
            about_update = any(_contains(words, u) for u in update)
            if about_update and not _service_back(words, service_back, update_nouns):
                continue
            reported_done = any(_contains(words, d) for d in done) and not any(
                _contains(topic, f) for f in future_cues
            )
            # a template's date, time or duration stands for the moment: "De storing is naar
            # verwachting binnen %{duur} verholpen" (a date or time after a done report is
            # when it was done; a duration is ahead)
            yield from (Hit(p.start, p.end) for p in ctx.placeholders
                        if clause.start_char <= p.start < clause.end_char and is_when_placeholder(p)
                        and (not reported_done or _duration_placeholder(p)))
            for m in merged_times(time_re, text, clause.start_char, clause.end_char):
                if not_after.search(text[max(0, m.start - 12) : m.start]) or _elapsed_inside(m, not_after):
                    continue  # "de storing van vanochtend", "sinds 11.00 uur", "duurt al 2 uur"
                if reported_done and not _is_future(m, future_days, deadline_words):
                    continue  # "De storing is vanochtend om 9.00 uur opgelost."
                first = m.text.split()[0]
                rest = m.text[len(first):].lstrip()  # "duurt een paar uurtjes" -> "een paar uurtjes"
                yield Hit(m.end - len(rest) if first.lower() in lasting else m.start, m.end)


_VOCABULARY = ("numbers", "units", "day_words", "duration_words", "clock_words", "months", "hour_words", "day_parts")


def _duration_placeholder(placeholder) -> bool:
    """``{{ duur }}``, ``%{duration}``, ``{eta}``: how long, not a date."""
    return bool(set(name_parts(placeholder.name)) & lexicon()["duration_placeholder_words"].words)


def _elapsed_inside(match: TimeMatch, not_after: re.Pattern) -> bool:
    """A ``not_after`` word inside a duration, before its number: "duurt inmiddels 2 uur"."""
    words = match.text.split()
    return "duration" in match.kinds and any(
        not_after.search(" ".join(words[: k + 1])) for k in range(1, len(words) - 1))


def _service_back(words: list[str], service_back: list[tuple[str, ...]],
                  update_nouns: list[tuple[str, ...]]) -> bool:
    """The customer can use the service again: "kunt u (vanaf 16.00 uur) weer bellen",
    also with words between the reader and the verb in a subclause: "(Reken erop) dat je
    vanmiddag weer kunt mailen"."""
    able = any(w in CUSTOMER_PRONOUNS and any(v in _CAN for v in words[k + 1:]) for k, w in enumerate(words))
    return (
        "weer" in words
        and (able or any(_contains(words, p) for p in service_back))
        and not any(_contains(words, n) for n in update_nouns)
    )


# Closed class: the forms of "kunnen" with the reader (CUSTOMER_PRONOUNS) able to use the service again.
_CAN = {"kunt", "kun", "kan", "kunnen"}


def _is_future(match: TimeMatch, future_days: set[str], deadline_words: set[str] = frozenset()) -> bool:
    text = match.text.lower()
    words = text.split()
    # (a future day opens the time: "is vanavond om 20.00 uur opgelost")
    return "duration" in match.kinds or any(text == d or text.startswith(d + " ") for d in future_days) \
        or any(w in deadline_words for w in words)  # "is (vandaag) vóór 17.00 uur opgelost": ahead


def _thing_subject(clause: "Span") -> bool:
    """The clause analysis read the subject as a thing (the service), not a person."""
    from smartlint.nl.clauses import clause_at

    found = clause_at(clause.doc, clause.start_char)
    return found is not None and found._.subject_kind == "thing"


def _phrases(items) -> list[tuple[str, ...]]:
    return [tuple(p.lower().split()) for p in items]


def _words(span: "Span") -> list[str]:
    return [t.lower_ for t in span if not t.is_space]


def _contains(words: list[str], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(tuple(words[i : i + n]) == phrase for i in range(len(words) - n + 1))


def _bare_time_between_commas(doc, start: int, end: int) -> bool:
    """doc[start:end] is set off by a comma before it and holds no verb, but a number or a
    day word: an apposition of time (", vanavond om 22.00 uur,")."""
    if start == 0 or doc[start - 1].text != ",":
        return False
    words = doc[start:end]
    days = lexicon()["time_words"].words
    # (the tagger may call "vanavond" a verb)
    return not any(t.pos_ in ("VERB", "AUX") and t.lower_ not in days for t in words) and any(
        t.like_num or t.lower_ in days for t in words)


def _clauses(sent: "Span", time_openers: frozenset[str] = frozenset()) -> Iterable[tuple["Span", bool]]:
    """Split a sentence at commas, colons, line breaks and coordinating words;
    yields (clause, whether it follows a colon)."""
    start, after_colon = sent.start, False
    doc = sent.doc
    # "Nadat de leverancier om 15.00 uur de schijf heeft geplaatst, draait alles weer":
    # the opening clause's time is when the main clause's recovery comes
    opening = next((t for t in sent if not t.is_space and not t.is_punct), None)
    joined = opening is not None and opening.lower_ in time_openers
    for token in sent:
        is_break = token.lower_ in _CLAUSE_BREAKS or (token.is_space and "\n" in token.text)
        if token.lower_ == "en" and token.i > sent.start and token.i + 1 < sent.end \
                and doc[token.i - 1].like_num and doc[token.i + 1].like_num:
            is_break = False  # "tussen 01.00 en 03.00 uur": one span of time
        if token.lower_ == "of" and token.i + 1 < sent.end and doc[token.i + 1].like_num:
            is_break = False  # "over een uurtje of twee": an approximate number, not "or"
        if token.lower_ == "en" and token.i > start and not any(t.pos_ in ("VERB", "AUX") for t in doc[start:token.i]):
            is_break = False  # "nog even en het draait weer": the time before "en" is when
        if token.lower_ in (",", ";", "en") and token.i + 1 < sent.end and doc[token.i + 1].lower_ in AFTERWARDS:
            # "Nog een uurtje geduld, dan draait alles weer", "Die wordt vannacht geüpdatet en
            # daarna werkt alles weer": one estimate
            is_break = False
        if token.text == "," and joined:
            is_break = joined = False  # only the first comma closes the opening clause
        elif token.text == "," and token.i > start and _bare_time_between_commas(doc, start, token.i):
            # "Na de herstart van de server, vanavond om 22.00 uur, werkt de app weer": a time
            # set off by commas times the clause after it
            is_break = False
        if is_break and token.i >= start:
            if token.i > start:
                yield doc[start : token.i], after_colon
            start, after_colon = token.i + 1, token.text == ":"
            if after_colon and start < sent.end and doc[start].lower_ in time_openers:
                joined = True  # a status line: "Storing parkeerautomaten: voordat de avondspits begint, ..."
    if start < sent.end:
        yield doc[start : sent.end], after_colon
