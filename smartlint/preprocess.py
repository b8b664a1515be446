"""Prepare a segment's text for parsing, keeping every offset one to one.

Two things happen before spaCy sees a text:

* Template placeholders (``{{ datum }}``, ``{% if x %}``, ``%{naam}``, ``{naam}``,
  ``${bedrag}``, ``[NAAM]``) are masked by a same-length stand-in
  (:mod:`smartlint.placeholders`), so they are neither flagged nor break the parse.
* The e-mail structure is read line by line: a greeting ("Beste Jan,"), a sign-off
  ("Met vriendelijke groet,") and the signature under it become their own
  sentences ("formulas"), paragraphs and list items start new sentences, and a
  line wrapped in the middle of a sentence does not.  The result is a list of
  sentence-start decisions per character offset that the engine presets on the
  ``Doc`` before the parser runs (the parser respects preset boundaries).

No spaCy here: this is plain text work, testable without a pipeline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from smartlint.checks.word_classes import SUBJECT_PRONOUNS
from smartlint.nl.folding import fold
from smartlint.nl.lexicon import Lexicon, LexiconSet, lexicon
from smartlint.placeholders import Placeholder, mask_placeholders
from smartlint.sentence_ends import after_sentence_end, is_emoji

if TYPE_CHECKING:
    from spacy.tokens import Doc

FORMULAS_KEY = "smartlint.formulas"  # Doc.user_data key of the formula ranges
HEADINGS_KEY = "smartlint.headings"  # Doc.user_data key of title/subject line ranges
PLACEHOLDERS_KEY = "smartlint.placeholders"  # Doc.user_data key: {start: name} of masked placeholders
_HEADING_MAX_WORDS = 14
# A line of at most this many words without end punctuation over a capitalised sentence
# is a heading or a label, not the start of that sentence (a hard-wrapped mail line runs
# longer and goes on in lower case).
_SHORT_HEAD_WORDS = 4
_SIGNATURE_MAX_LINES = 6
_SIGNATURE_MAX_CHARS = 60

# Lower-case words allowed in an addressee ("Beste klant", "Geachte heer van Dijk").
_ADDRESSEE_WORDS = LexiconSet("addressee_words")
# "Status: onderzoek loopt", "Volgende update: 14.00 uur" (a label, a colon, a value).
# A line that ends in a clock time without end punctuation is a stamped heading.
_STAMPED_LINE = re.compile(r"(?<![\w.,:])(?:[01]?\d|2[0-3])[.:][0-5]\d(?:\s*uur)?\s*$")
# A status heading that opens with its time: "Update 11.05 uur – Storing in de app",
# "13:20 - Storing e-mail" (up to two words, the clock time, a dash).
_STAMPED_HEAD = re.compile(r"^(?:[^\W\d]+\s){0,2}(?:[01]?\d|2[0-3])[.:][0-5]\d(?:\s*uur)?\s+[-–—|]\s")
_LABEL_LINE = re.compile(r"^[A-Z][\w'\-]*(?: [\w'\-]+){0,3}:\s+\S")
# (also an owner in brackets: "[Fleur] offerte mailen – vr 5 mrt")
_LIST_ITEM = re.compile(r"^\s*(?:[-*•–☐☑✓→]\s|\d{1,2}[.)]\s|\[[^\]\n]{1,30}\]\s)")
_END_PUNCT = (".", "!", "?", "…", ":")


def _alternation(words) -> str:
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=2)
def _formula_patterns(lex: Lexicon) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """Greeting, sign-off and subject-line patterns: the grammar of the formulas here,
    their words from the lexicon (greeting_words, signoff_adjectives, subject_labels)."""
    # The greeting is the line up to its first , ! or : (or the whole short line).
    greeting = re.compile(
        rf"(?i)^(?:{_alternation(lex['greeting_words'].words)})\b"
        r"(?:[^,!:\n]{0,60}?[,!:](?=\s|$)|[^,!:\n]{0,60}$)"
    )
    # "(Met) vriendelijke groet(en)", "Groetjes", "Bedankt en groet", "Fijne dag",
    # "Hoogachtend"; "m.v.g." in any punctuation.
    sign_off = re.compile(
        rf"(?i)^(?:met\s+)?(?:{_alternation(lex['signoff_adjectives'].words)})\s+groet(?:en)?\b"
        r"|^(?:met\s+)?groet(?:en|jes)?\b|^m\.?v\.?g\.?(?=\W|$)"
        rf"|^(?:alvast\s+)?(?:{_alternation(lex['signoff_thanks'].words)})[\s,]+(?:en\s+)?groet(?:en)?"
        rf"|^(?:{_alternation(lex['signoff_lines'].words)})\b"
    )
    # "Onderwerp: ...", "Betreft: ...": a subject line names the topic, it promises nothing.
    subject_line = re.compile(rf"(?i)^(?:{_alternation(lex['subject_labels'].words)})\s*:")
    return greeting, sign_off, subject_line


def _sign_off(line: str) -> re.Match | None:
    return _formula_patterns(lexicon())[1].match(line)


def greets_or_signs_off(text: str) -> bool:
    """A greeting on the first line with text ("Beste Jan,") or a sign-off line anywhere
    ("Met vriendelijke groet", "Groetjes"): the formulas of a letter."""
    greeting, sign_off, _ = _formula_patterns(lexicon())
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return bool(lines) and (bool(greeting.match(lines[0])) or any(sign_off.match(line) for line in lines))


@dataclass
class PreparedText:
    """A segment text ready for the parser.

    ``text`` has the same length as the original; ``sentence_starts`` maps the
    character offsets of line starts (and of text after a greeting on the same
    line) to True (a sentence starts here), False (it does not: a wrapped line) or
    None (the parser decides); ``formulas`` lists (start, end, kind) of
    greeting/sign-off/signature ranges, kind in {"greeting", "signoff", "signature"}
    (the engine stores them in ``doc.user_data[FORMULAS_KEY]``).
    """

    text: str
    placeholders: list[Placeholder] = field(default_factory=list)
    sentence_starts: dict[int, bool | None] = field(default_factory=dict)
    formulas: list[tuple[int, int, str]] = field(default_factory=list)
    headings: list[tuple[int, int]] = field(default_factory=list)


def prepare(text: str) -> PreparedText:
    masked, placeholders = mask_placeholders(text)
    starts, formulas = _structure(masked)
    masked = _capitalise_after_greetings(masked, formulas)
    masked = _join_wrapped_lines(masked)
    masked = _mask_long_runs(masked)
    return PreparedText(masked, placeholders, starts, formulas, _headings(masked))


def _capitalise_after_greetings(text: str, formulas: list[tuple[int, int, str]]) -> str:
    """"Beste Joris, gezien de drukte belt ...": the sentence after a greeting on its line
    starts in lower case, which the tagger reads as a verb-first clause ("gezien" as an
    imperative). Its first letter is given to the parser in upper case; the length, and
    so every offset, stays the same (findings quote the original text)."""
    chars = None
    for start, end, kind in formulas:
        if kind != "greeting":
            continue
        k = end
        while k < len(text) and text[k] in " \t":
            k += 1
        if k < len(text) and text[k].islower() and len(text[k].upper()) == 1:  # not "ß" -> "SS"
            chars = chars or list(text)
            chars[k] = text[k].upper()
    return "".join(chars) if chars else text


# A hard-wrapped line of prose: a plain-text e-mail wrapped at about 70 columns.
_WRAPPED_LINE_MIN_CHARS = 40
_WRAP = re.compile(r"(?<=[\w,;)\]'\"])(\r?\n)(?=[ \t]*[a-zà-ÿ])")


# A run of this many characters without a space is no word of prose (a data blob, a
# base64 line, "{{{{..." bait): the tokenizer splits its affixes one character at a
# time, in time quadratic in the run's length.
_LONG_RUN = re.compile(r"\S{200,}")


def _mask_long_runs(text: str) -> str:
    """Each run of 200 or more non-space characters becomes as many zeros: one token the
    tokenizer reads in one pass, with nothing in it to report.  Same length, so every
    offset stays."""
    return _LONG_RUN.sub(lambda m: "0" * len(m.group()), text) if len(text) >= 200 else text


def _join_wrapped_lines(text: str) -> str:
    """"Normaal gesproken zal Mailman u iedere maand op de hoogte houden van\nuw
    wachtwoord": a line break inside a sentence of hard-wrapped prose (a long line that
    ends without punctuation, the next one going on in lower case) is given to the
    parser as a space, which it was trained on; a line break it reads as a boundary.
    Same length, so every offset stays; the sentence starts were found before.  Not
    after a short line: chat puts each message on a line of its own ("ff checken\nbel
    je zo")."""
    chars = None
    for m in _WRAP.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if m.start() - line_start < _WRAPPED_LINE_MIN_CHARS or _LIST_ITEM.match(text, m.end()):
            continue
        chars = chars or list(text)
        for k in range(m.start(1), m.end(1)):
            chars[k] = " "
    return "".join(chars) if chars else text


def _headings(text: str) -> list[tuple[int, int]]:
    """Title and subject lines: "Onderwerp: ..." lines of the opening block, and a
    first line without end punctuation followed by a blank line ("Update storing
    e-mail", "Notulen overleg ...").  They are no content sentences."""
    lines = _lines(text)
    found = []
    for k, (start, end) in enumerate(lines):
        content = text[start:end].strip()
        if not content:
            break  # only the opening block holds headings
        first = start + len(text[start:end]) - len(text[start:end].lstrip())
        if _formula_patterns(lexicon())[2].match(content):
            found.append((first, first + len(content)))
            continue
        after = text[lines[k + 1][0]:lines[k + 1][1]].strip() if k + 1 < len(lines) else ""
        # a blank line follows, or a list after a line that is no sentence of a speaker:
        # "Notulen overleg groepslessen\n- Lisa: mailt ...", not "Wij regelen morgen\n- ..."
        blank_after = not after or _LIST_ITEM.match(after) is not None and not (
            SUBJECT_PRONOUNS & set(fold(content).split()))
        is_title = (
            k == 0 and blank_after and not content.endswith(_END_PUNCT + (",",))
            and len(content.split()) <= _HEADING_MAX_WORDS and _greeting_end(content) is None
            and not _sign_off(content) and k + 1 < len(lines)
        )
        if is_title:
            found.append((first, first + len(content)))
    return found


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line, without its line break."""
    out = []
    pos = 0
    for line in text.splitlines(keepends=True):
        stripped = line.rstrip("\r\n\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85")
        out.append((pos, pos + len(stripped)))
        pos += len(line)
    return out


def _structure(text: str) -> tuple[dict[int, bool | None], list[tuple[int, int, str]]]:
    starts: dict[int, bool | None] = {}
    formulas: list[tuple[int, int, str]] = []
    previous: tuple[int, int] | None = None  # last non-blank line
    previous_kind: str | None = None
    blank_since_previous = False
    signature_left = 0
    for start, end in _lines(text):
        line = text[start:end]
        if not line.strip():
            blank_since_previous = True
            continue
        first = start + len(line) - len(line.lstrip())
        last = start + len(line.rstrip())
        content = text[first:last]
        kind = None
        if _sign_off(content) and len(content.split()) <= 8:
            kind = "signoff"
            signature_left = _SIGNATURE_MAX_LINES
        elif signature_left and len(content) <= _SIGNATURE_MAX_CHARS and not _is_sentence(content):
            kind = "signature"
            signature_left -= 1
        else:
            signature_left = 0
            greeting_end = _greeting_end(content)
            if greeting_end is not None:
                formulas.append((first, first + greeting_end, "greeting"))
                rest = content[greeting_end:]
                if rest.strip():  # "Beste Jan, bedankt voor uw mail."
                    starts[first + greeting_end + len(rest) - len(rest.lstrip())] = True
                kind = "greeting-line"
        if kind in ("signoff", "signature"):
            formulas.append((first, last, kind))
        elif kind is None:
            dashed = _DASH_SIGNATURE.search(content)
            if dashed is not None and len(content[:dashed.start()].split()) >= 4 \
                    and fold(content[dashed.start("dash") + 1:].strip().split()[0]) not in lexicon()["time_words"] \
                    and not (_LIST_ITEM.match(content) or _LABEL_LINE.match(content)):
                # (a list item or a labelled line ends with its owner: "- Offerte mailen – Kees",
                # "Actie: klanten informeren – Team")
                # "Ik stuur je het label door – Joyce": a chat line signed after a dash
                # (not a label: "Prijs - Kilogram")
                formulas.append((first + dashed.start("dash"), last, "signature"))
                starts[first + dashed.start("dash")] = True
        starts[first] = _line_start(text, previous, previous_kind, (first, last), blank_since_previous, kind)
        previous, previous_kind = (first, last), kind
        blank_since_previous = False
    return starts, formulas


# A name after a dash at the end of a line: the chat writer's signature ("... – Joyce",
# "... - Gijs").  A dash then one or two capitalised words, nothing after.
_DASH_SIGNATURE = re.compile(r"\s(?P<dash>[-–—])\s?[A-Z][a-zà-ÿ]+(?:\s[A-Z][a-zà-ÿ]+)?\s*$")


def _greeting_end(line: str) -> int | None:
    """Length of the greeting at the start of ``line`` ("Beste Jan,"), or None."""
    m = _formula_patterns(lexicon())[0].match(line)
    if not m:
        return None
    words = m.group().rstrip(",!:").split()
    if len(words) > 6:
        return None
    addressee = words[1:]
    if m.group().rstrip().endswith(",") and not line[m.end():].strip() and addressee:
        return m.end()  # "Beste bewoner," "Hoi allemaal,": a greeting word, words, a comma at line end
    if any(not (w[:1].isupper() or all(fold(part) in _ADDRESSEE_WORDS for part in w.split("/")))
           for w in addressee):  # (either of two: "Beste ouder/verzorger")
        return None  # "Dag en nacht zijn wij bereikbaar" is no greeting
    rest = line[m.end():]
    more = rest.strip().rstrip(",!:").split()
    if more and rest.strip()[-1:] in (",", "!", ":") and len(more) <= 4 \
            and all(fold(w.strip(",/")) in _ADDRESSEE_WORDS for w in more):
        return len(line.rstrip())  # "Geachte heer, mevrouw,": one greeting to either
    return m.end()


def _line_start(text, previous, previous_kind, current, blank, kind) -> bool | None:
    """Does a sentence start at the first character of this line?"""
    if previous is None or blank or kind or previous_kind:
        return True
    prev_text = text[previous[0] : previous[1]]
    cur_text = text[current[0] : current[1]]
    if prev_text.endswith(_END_PUNCT) or _LIST_ITEM.match(cur_text) or prev_text.rstrip(",;").endswith(("?", "!")):
        return True  # (also a question with a stray comma after it: "Hoeveel sterren krijgen wij van u?,")
    if _LABEL_LINE.match(cur_text) or _LABEL_LINE.match(prev_text):
        return True  # status lines: "Verwachte hersteltijd: 16.30 uur"
    if (_STAMPED_LINE.search(prev_text) and not _wrapped_after(prev_text, cur_text)) \
            or _STAMPED_HEAD.match(prev_text):
        return True  # a status heading with its time: "Storing e-mail - update 10.00 uur"
    if prev_text.split() and is_emoji(prev_text.split()[-1]) and cur_text[:1].isupper():
        return True  # chat ends a line's sentence with an emoji: "... er nog is 👍\nOm 16.00 uur ..."
    if cur_text[:1].islower() or cur_text[:1].isdigit():
        return False  # a hard-wrapped sentence continues
    if _LIST_ITEM.match(prev_text) and current[0] > 0 and text[current[0] - 1] == "\n":
        # a capitalised line flush left after a list item ends the list ("- Sleutels
        # inleveren\nOpzichter Marjan belt u ..."); an item's wrapped text is indented
        return True
    if len(prev_text.split()) <= _SHORT_HEAD_WORDS and _is_sentence(cur_text.strip()):
        return True  # a short heading over a sentence: "Bezorgmelding Woonhuis Brinkman\nDe planning stuurt u ..."
    return None  # a capital after a line without punctuation: let the parser decide


def _wrapped_after(prev_text: str, cur_text: str) -> bool:
    """A hard-wrapped mail line that happens to end on a clock time, not a status
    heading: the next line goes on in lower case and this one holds a sentence end or
    runs long ("... er komen geen vrachtbrieven uit. Om 14.30 uur\nmailt Fenna u ...")."""
    if not cur_text[:1].islower():
        return False
    return len(prev_text.split()) >= 8 or re.search(r"[.!?]\s", prev_text) is not None


def _is_sentence(line: str) -> bool:
    """A signature line is short and no sentence ("Bel me gerust als u vragen heeft.")."""
    return len(line.split()) >= 5 and line.endswith((".", "!", "?"))


def apply_sentence_starts(doc: "Doc", prepared: PreparedText, offset: int = 0) -> None:
    """Preset ``is_sent_start`` on a tokenised (not yet parsed) ``Doc``.

    ``offset``: where the Doc's text starts in ``prepared.text`` (a piece of a long
    message, see :mod:`smartlint.long_text`); the Doc's first token always starts
    a sentence.

    Line structure decides where it can (see :func:`prepare`); inside a line a
    sentence only starts after . ! ? (not after "dhr.") so the parser cannot cut
    "Bakkerij | Jansen stuurt ..." in two.
    """
    import numpy
    from spacy.attrs import SENT_START

    decisions = prepared.sentence_starts
    previous = None
    starts = []
    for token in doc:
        if token.i == 0:
            start = True
        elif token.is_space:
            start = False
        elif token.idx + offset in decisions:
            start = decisions[token.idx + offset]
        else:
            start = after_sentence_end(previous, token)
        starts.append(1 if start else -1)
        if not token.is_space:
            previous = token
    # A line break between two sentences is a sentence of its own: inside the sentence
    # before it the parser may take it for that sentence's root ("... opnieuw.\n\n"
    # as ROOT, the verbs hanging under it), and every clause then spans the whole line.
    for k in range(1, len(starts) - 1):
        if starts[k + 1] == 1 and "\n" in doc[k].text and doc[k].is_space:
            starts[k] = 1
    # ... and so is the line break that ends the text: inside the last sentence the parser
    # took it for the root, and the sentence's subject was lost
    if len(starts) > 1 and doc[len(starts) - 1].is_space and "\n" in doc[len(starts) - 1].text:
        starts[-1] = 1
    # One array write: setting Token.is_sent_start token by token re-checks the
    # whole Doc each time (quadratic in a long message).
    if starts:
        doc.from_array([SENT_START], numpy.array(starts, dtype="int64").reshape(-1, 1).astype("uint64"))
    if offset == 0:
        set_structure(doc, prepared)


def set_structure(doc: "Doc", prepared: PreparedText) -> None:
    """Keep the formula and heading ranges of ``prepared`` on the (whole) Doc."""
    doc.user_data[FORMULAS_KEY] = list(prepared.formulas)
    doc.user_data[HEADINGS_KEY] = list(prepared.headings)
    # the clause analysis reads a placeholder subject's name: "{agent} belt u" names a person
    doc.user_data[PLACEHOLDERS_KEY] = {p.start: p.name for p in prepared.placeholders}


def in_formula(doc: "Doc", start: int, end: int) -> bool:
    """True when doc characters [start, end) lie inside a greeting/sign-off/signature."""
    return any(
        f_start <= start and end <= f_end
        for f_start, f_end, _ in doc.user_data.get(FORMULAS_KEY, ())
    )
